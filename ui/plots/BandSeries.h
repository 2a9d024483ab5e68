#pragma once
// A condition's curve as the accuracy and difference charts draw it: a mean line with a
// shaded band (SEM or an interval) around it, and point markers. Made once here so that the
// charts look alike.
#include <initializer_list>

#include <QColor>
#include <QPointF>
#include <QVector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractSeries;
class QAreaSeries;
class QChart;
class QLineSeries;
class QObject;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

struct BandSeries {
    QLineSeries* mean = nullptr;
    QLineSeries* upper = nullptr;  ///< owned by the chart panel: the area series only refers to them
    QLineSeries* lower = nullptr;
    QAreaSeries* band = nullptr;
};

/// The mean line (2 px) and its band (the colour, mostly transparent) in colour c; the band's
/// edges are parented to owner.
BandSeries makeBandSeries(const QColor& c, QObject* owner);
enum class Marker { Circle, Triangle };
/// Point markers of one shape and size.
QScatterSeries* makeMarkers(Marker shape, double size, const QColor& fill, const QColor& border);
/// Leaves a series out of the chart's legend.
void hideFromLegend(QChart* chart, QAbstractSeries* s);
/// Adds the series to the chart on both axes, in drawing order (the last on top); those also in
/// `unlisted` stay out of the legend.
void addToChart(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, std::initializer_list<QAbstractSeries*> series,
                std::initializer_list<QAbstractSeries*> unlisted);

/// Takes a curve off the chart and deletes its series, `extra` (its markers) included.
void removeFromChart(QChart* chart, const BandSeries& b, std::initializer_list<QAbstractSeries*> extra);

/// The dashed "no difference" line of the difference charts, on both axes, out of the legend.
QLineSeries* addZeroLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y);
/// A difference axis (percentage points) that holds lo..hi and zero: at least minSpan wide
/// (a small range centred on its data), padded by 8 %, nice numbers, "+1.5" or "+15" labels.
void fitDifferenceAxis(QValueAxis* y, double lo, double hi, double minSpan);

/// A series' points, or none for a series not there (for the charts' test accessors).
template <typename S>
QVector<QPointF> pointsOf(const S* s) {
    return s ? QVector<QPointF>(s->points()) : QVector<QPointF>();
}

}  // namespace replaylab::ui
