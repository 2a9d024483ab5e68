#include "plots/DifferenceChart.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include "Labels.h"
#include "plots/BandSeries.h"

namespace replaylab::ui {
namespace {

constexpr double kMarker = 9.0;     // px, one point per day
constexpr double kMinSpan = 4.0;    // percentage points: a flat line still gets an axis

}  // namespace

DifferenceChart::DifferenceChart(const ResultsModel& results, QWidget* parent)
    : ChartPanel(parent), results_(results), model_(results) {
    setObjectName(QStringLiteral("differenceChart"));
    x_ = new QValueAxis(this);
    y_ = new QValueAxis(this);
    x_->setRange(0.5, 3.5);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    x_->setTickType(QValueAxis::TicksDynamic);
    x_->setTickAnchor(1.0);
    x_->setTickInterval(1.0);
    y_->setRange(-kMinSpan / 2, kMinSpan / 2);
    y_->setLabelFormat(QStringLiteral("%+.1f"));
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);

    zero_ = addZeroLine(chart(), x_, y_);

    retranslateUi();
}

void DifferenceChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(tr("Difference from no replay (mean and 95 % interval over paired runs)"));
    x_->setTitleText(tr("Day"));
    y_->setTitleText(tr("Points above no replay"));
    zero_->setName(tr("no difference"));
    const QString how = tr("Each condition after the night (after the day when it has no nights) minus no replay "
                           "after the same day, paired on class set and seed; above zero, replay helped.");
    setCaption(how);
    QString tip = how;
    for (auto it = curves_.begin(); it != curves_.end(); ++it) {
        it->mean->setName(Labels::condition(it.key()));
        tip += QLatin1Char('\n') + (model_.phaseOf(it.key()) == QLatin1String("night")
                                         ? tr("%1: after the night").arg(Labels::condition(it.key()))
                                         : tr("%1: after the day").arg(Labels::condition(it.key())));
    }
    setToolTip(tip);
}

DifferenceChart::Curves& DifferenceChart::curvesFor(const QString& condition) {
    auto it = curves_.find(condition);
    if (it != curves_.end()) return *it;
    // The accuracy chart's colour for the condition: its index in the run's order.
    const QColor c = seriesColor(std::max(0, static_cast<int>(results_.conditions().indexOf(condition))));
    Curves k;
    static_cast<BandSeries&>(k) = makeBandSeries(c, this);
    k.points = makeMarkers(Marker::Circle, kMarker, c, c.darker(130));
    addToChart(chart(), x_, y_, {k.band, k.mean, k.points}, {k.band, k.points});
    k.mean->setName(Labels::condition(condition));
    return *curves_.insert(condition, k);
}

void DifferenceChart::removeCurves(const QString& condition) {
    const auto it = curves_.find(condition);
    if (it == curves_.end()) return;
    removeFromChart(chart(), *it, {it->points});
    curves_.erase(it);
}

void DifferenceChart::refresh() {
    if (drawnRevision_ == results_.revision()) return;
    drawnRevision_ = results_.revision();
    const QStringList conditions = model_.conditions();
    for (const QString& c : curves_.keys())
        if (!conditions.contains(c)) removeCurves(c);
    int lastDay = 1;
    double lo = 0, hi = 0;  // the axis always holds zero
    for (const QString& c : conditions) {
        QVector<QPointF> mean, upper, lower;
        for (const auto& p : model_.points(c)) {
            mean.push_back(QPointF(p.day, p.mean));
            upper.push_back(QPointF(p.day, p.high));
            lower.push_back(QPointF(p.day, p.low));
            lo = std::min(lo, p.low);
            hi = std::max(hi, p.high);
            lastDay = std::max(lastDay, p.day);
        }
        Curves& k = curvesFor(c);
        k.mean->replace(mean);
        k.upper->replace(upper);
        k.lower->replace(lower);
        k.points->replace(mean);
    }
    x_->setRange(0.5, lastDay + 0.5);
    x_->setTickInterval(lastDay <= 15 ? 1.0 : std::ceil(lastDay / 10.0));
    zero_->replace(QVector<QPointF>{QPointF(0.5, 0.0), QPointF(lastDay + 0.5, 0.0)});
    fitDifferenceAxis(y_, lo, hi, kMinSpan);
    retranslateUi();  // the tooltip names each condition's point
    applyScale();
}

QVector<QPointF> DifferenceChart::meanPoints(const QString& c) const { return pointsOf(curves_.value(c).mean); }
QVector<QPointF> DifferenceChart::bandLower(const QString& c) const { return pointsOf(curves_.value(c).lower); }
QVector<QPointF> DifferenceChart::bandUpper(const QString& c) const { return pointsOf(curves_.value(c).upper); }
QVector<QPointF> DifferenceChart::zeroLine() const { return pointsOf(zero_); }
double DifferenceChart::yMin() const { return y_->min(); }
double DifferenceChart::yMax() const { return y_->max(); }

}  // namespace replaylab::ui
