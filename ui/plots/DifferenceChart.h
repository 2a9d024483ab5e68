#pragma once
// Each condition minus no replay, per day, in percentage points: mean over paired runs
// (line and points) with its 95 % interval (band), a zero line, the axis scaled to the data.
#include <QMap>
#include <QPointF>
#include <QStringList>
#include <QVector>

#include "itemmodels/DifferenceModel.h"
#include "plots/BandSeries.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class DifferenceChart : public ChartPanel {
    Q_OBJECT
public:
    explicit DifferenceChart(const ResultsModel& results, QWidget* parent = nullptr);

    void refresh() override;
    QString csv() const override { return model_.csv(); }
    QString fileStem() const override { return QStringLiteral("difference"); }
    const DifferenceModel& model() const { return model_; }

    /// What the chart shows now (x = day, y = percentage points). For tests and checks.
    QStringList shownConditions() const { return curves_.keys(); }
    QVector<QPointF> meanPoints(const QString& condition) const;
    QVector<QPointF> bandLower(const QString& condition) const;
    QVector<QPointF> bandUpper(const QString& condition) const;
    QVector<QPointF> zeroLine() const;
    double yMin() const;
    double yMax() const;

protected:
    void retranslateUi() override;

private:
    struct Curves : BandSeries {
        QScatterSeries* points = nullptr;
    };
    Curves& curvesFor(const QString& condition);
    void removeCurves(const QString& condition);

    const ResultsModel& results_;
    DifferenceModel model_;
    QMap<QString, Curves> curves_;
    QLineSeries* zero_ = nullptr;
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    int drawnRevision_ = -1;
};

}  // namespace replaylab::ui
