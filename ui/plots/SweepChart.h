#pragma once
// The effect of replay against a swept setting: per replay condition (and per value of a
// second swept setting, in a grid), the paired difference from no replay in percentage points
// at each value, with its 95 % t interval as a band, a zero line, the axis scaled to the data.
// The measure is the mean over days or the last day (a choice beside the export buttons).
#include <QMap>
#include <QPointF>
#include <QStringList>
#include <QVector>

#include <vector>

#include "plots/BandSeries.h"
#include "plots/ChartPanel.h"
#include "session/Sweep.h"

QT_BEGIN_NAMESPACE
class QCategoryAxis;
class QComboBox;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class SweepChart : public ChartPanel {
    Q_OBJECT
public:
    explicit SweepChart(QWidget* parent = nullptr);

    /// The sweep's settings and every effect known so far (replaces what is shown).
    void setSweep(const std::vector<replaylab::SweepAxis>& axes, const std::vector<replaylab::SweepEffect>& effects);
    void clear();

    void refresh() override;
    /// sweep.csv's columns, every effect of both measures.
    QString csv() const override;
    QString fileStem() const override { return QStringLiteral("sweep"); }

    /// "mean_over_days" (default) or "last_day".
    void setMeasure(const QString& measure);
    QString measure() const;

    /// What the chart shows now (x = the value, or its position 1..n for values that are not
    /// numbers; y = percentage points). For tests and checks.
    QStringList curveNames() const { return curves_.keys(); }
    QVector<QPointF> meanPoints(const QString& curve) const;
    QVector<QPointF> bandLower(const QString& curve) const;
    QVector<QPointF> bandUpper(const QString& curve) const;
    QStringList xLabels() const;
    double yMin() const;
    double yMax() const;

protected:
    void retranslateUi() override;

private:
    struct Curves : BandSeries {
        QScatterSeries* points = nullptr;
    };
    Curves& curvesFor(const QString& name, int index);
    void removeCurves(const QString& name);

    std::vector<replaylab::SweepAxis> axes_;
    std::vector<replaylab::SweepEffect> effects_;
    QMap<QString, Curves> curves_;
    QLineSeries* zero_ = nullptr;
    QCategoryAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    QComboBox* measure_ = nullptr;
    bool dirty_ = true;
};

}  // namespace replaylab::ui
