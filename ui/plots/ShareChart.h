#pragma once
// Each class of each RL run: test accuracy after day 1 against its share of the replay
// steps the RL learner chose (the paper: weakly learned classes get replayed more).
#include <QPointF>
#include <QVector>

#include "itemmodels/PolicyModel.h"
#include "itemmodels/ResultsModel.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class ShareChart : public ChartPanel {
    Q_OBJECT
public:
    ShareChart(const ResultsModel& results, const PolicyModel& policy, QWidget* parent = nullptr);
    void refresh() override;
    QString csv() const override;
    QString fileStem() const override { return QStringLiteral("replay-share"); }
    /// Points in percent (x: initial accuracy, y: share).
    QVector<QPointF> points() const;

protected:
    void retranslateUi() override;

private:
    const ResultsModel& results_;
    const PolicyModel& policy_;
    QScatterSeries* scatter_ = nullptr;
    QLineSeries* uniform_ = nullptr;  // the share uniform replay would give
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    double r_ = 0;
    int drawn_[2] = {-1, -1};
};

}  // namespace replaylab::ui
