#pragma once
// Accuracy per day and night, per condition: mean over runs (line), ± SEM (band), after-day
// points as circles and after-night points as triangles.
#include <QMap>
#include <QPointF>
#include <QStringList>
#include <QVector>

#include "itemmodels/ResultsModel.h"
#include "plots/BandSeries.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QComboBox;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class AccuracyChart : public ChartPanel {
    Q_OBJECT
public:
    explicit AccuracyChart(const ResultsModel& model, QWidget* parent = nullptr);

    void refresh() override;
    QString csv() const override;
    QString fileStem() const override { return QStringLiteral("accuracy"); }

    /// "test" or "val".
    QString split() const;
    void setSplit(const QString& split);

    /// What the chart shows now, in chart coordinates (x = day, day + 0.5 after the night;
    /// y = accuracy in percent). For tests and checks.
    QStringList shownConditions() const { return curves_.keys(); }
    QVector<QPointF> meanPoints(const QString& condition) const;
    QVector<QPointF> dayPoints(const QString& condition) const;
    QVector<QPointF> nightPoints(const QString& condition) const;
    QVector<QPointF> bandUpper(const QString& condition) const;
    QVector<QPointF> bandLower(const QString& condition) const;

protected:
    void retranslateUi() override;

private:
    struct Curves : BandSeries {
        QScatterSeries* days = nullptr;
        QScatterSeries* nights = nullptr;
    };
    Curves& curvesFor(const QString& condition);
    void removeCurves(const QString& condition);

    const ResultsModel& model_;
    QMap<QString, Curves> curves_;
    QScatterSeries* dayKey_ = nullptr;    // legend entries for the two kinds of point
    QScatterSeries* nightKey_ = nullptr;
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    QComboBox* splitBox_ = nullptr;
    QLabel* splitLabel_ = nullptr;
    int drawnRevision_ = -1;
    int colorIndex_ = 0;
};

}  // namespace replaylab::ui
