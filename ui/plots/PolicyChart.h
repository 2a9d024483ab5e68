#pragma once
// The RL learner's policy over the steps of its nights: one line per class.
#include <QPointF>
#include <QVector>

#include "itemmodels/PolicyModel.h"
#include "itemmodels/ResultsModel.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class PolicyChart : public ChartPanel {
    Q_OBJECT
public:
    PolicyChart(const ResultsModel& results, const PolicyModel& policy, QWidget* parent = nullptr);
    void refresh() override;
    QString csv() const override;
    QString fileStem() const override { return QStringLiteral("rl-policy"); }
    int lineCount() const { return lines_.size(); }
    QVector<QPointF> linePoints(int cls) const;

protected:
    void retranslateUi() override;

private:
    const ResultsModel& results_;
    const PolicyModel& policy_;
    QVector<QLineSeries*> lines_;
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    QComboBox* runBox_ = nullptr;
    QLabel* runLabel_ = nullptr;
    int drawn_[2] = {-1, -1};
};

/// "set 1 · seed 1 · Replay chosen by RL at pool4 (LOC)".
QString runLabel(const PolicyRunKey& k);

}  // namespace replaylab::ui
