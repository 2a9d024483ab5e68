#include "plots/BandSeries.h"

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace replaylab::ui {

BandSeries makeBandSeries(const QColor& c, QObject* owner) {
    BandSeries b;
    b.mean = new QLineSeries;
    QPen pen(c);
    pen.setWidthF(2.0);
    b.mean->setPen(pen);
    b.upper = new QLineSeries(owner);
    b.lower = new QLineSeries(owner);
    b.band = new QAreaSeries(b.upper, b.lower);
    QColor fill = c;
    fill.setAlpha(55);
    b.band->setBrush(fill);
    b.band->setPen(Qt::NoPen);
    return b;
}

QScatterSeries* makeMarkers(Marker shape, double size, const QColor& fill, const QColor& border) {
    auto* s = new QScatterSeries;
    s->setMarkerShape(shape == Marker::Triangle ? QScatterSeries::MarkerShapeTriangle : QScatterSeries::MarkerShapeCircle);
    s->setMarkerSize(size);
    s->setColor(fill);
    s->setBorderColor(border);
    return s;
}

void hideFromLegend(QChart* chart, QAbstractSeries* s) {
    for (auto* m : chart->legend()->markers(s)) m->setVisible(false);
}

void addToChart(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, std::initializer_list<QAbstractSeries*> series,
                std::initializer_list<QAbstractSeries*> unlisted) {
    for (QAbstractSeries* s : series) {
        chart->addSeries(s);
        s->attachAxis(x);
        s->attachAxis(y);
    }
    for (QAbstractSeries* s : unlisted) hideFromLegend(chart, s);
}

void removeFromChart(QChart* chart, const BandSeries& b, std::initializer_list<QAbstractSeries*> extra) {
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(b.band), static_cast<QAbstractSeries*>(b.mean)}) {
        chart->removeSeries(s);
        delete s;
    }
    for (QAbstractSeries* s : extra) {
        chart->removeSeries(s);
        delete s;
    }
    delete b.upper;
    delete b.lower;
}

QLineSeries* addZeroLine(QChart* chart, QAbstractAxis* x, QAbstractAxis* y) {
    auto* zero = new QLineSeries;
    QPen pen(QColor(60, 60, 60));
    pen.setWidthF(1.5);
    pen.setStyle(Qt::DashLine);
    zero->setPen(pen);
    chart->addSeries(zero);
    zero->attachAxis(x);
    zero->attachAxis(y);
    hideFromLegend(chart, zero);
    return zero;
}

void fitDifferenceAxis(QValueAxis* y, double lo, double hi, double minSpan) {
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    const double span = std::max(minSpan, hi - lo);
    if (hi - lo < minSpan) {  // centre a small range on its data
        const double mid = (hi + lo) / 2;
        lo = mid - span / 2;
        hi = mid + span / 2;
    }
    const double pad = 0.08 * span;
    y->setRange(lo - pad, hi + pad);
    y->applyNiceNumbers();
    y->setLabelFormat(y->max() - y->min() >= 10 ? QStringLiteral("%+.0f") : QStringLiteral("%+.1f"));
}

}  // namespace replaylab::ui
