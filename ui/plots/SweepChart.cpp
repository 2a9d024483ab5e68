#include "plots/SweepChart.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include "Labels.h"
#include "util/Csv.h"

namespace replaylab::ui {
namespace {

constexpr double kMarker = 10.0;  // px, one point per value
constexpr double kMinSpan = 4.0;  // percentage points: a flat line still gets an axis

/// Positions of the first axis's values: the numbers themselves when every value is one,
/// else 1..n in the order given.
QVector<double> positionsOf(const replaylab::SweepAxis& axis) {
    QVector<double> pos;
    for (const auto& v : axis.values) {
        double x = 0;
        if (!replaylab::parseDouble(v, x) || !std::isfinite(x)) {
            pos.clear();
            for (std::size_t i = 0; i < axis.values.size(); ++i) pos.push_back(static_cast<double>(i + 1));
            return pos;
        }
        pos.push_back(x);
    }
    return pos;
}

}  // namespace

SweepChart::SweepChart(QWidget* parent) : ChartPanel(parent) {
    setObjectName(QStringLiteral("sweepChart"));
    x_ = new QCategoryAxis(this);
    x_->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    y_ = new QValueAxis(this);
    y_->setRange(-kMinSpan / 2, kMinSpan / 2);
    y_->setLabelFormat(QStringLiteral("%+.1f"));
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);

    zero_ = addZeroLine(chart(), x_, y_);

    measure_ = new QComboBox(this);
    measure_->setObjectName(QStringLiteral("sweepMeasure"));
    measure_->addItem(QString(), QStringLiteral("mean_over_days"));
    measure_->addItem(QString(), QStringLiteral("last_day"));
    controls()->addWidget(measure_);
    connect(measure_, &QComboBox::currentIndexChanged, this, [this] {
        dirty_ = true;
        refresh();
    });
    retranslateUi();
}

void SweepChart::retranslateUi() {
    ChartPanel::retranslateUi();
    measure_->setItemText(0, tr("Mean over days"));
    measure_->setItemText(1, tr("Last day"));
    measure_->setToolTip(tr("Each run's accuracy averaged over its days, or on its last day"));
    const QString key = axes_.empty() ? QString() : QString::fromStdString(axes_.front().key);
    chart()->setTitle(tr("Effect of replay against %1 (mean and 95 % interval over paired runs)")
                          .arg(key.isEmpty() ? tr("the swept setting") : key));
    x_->setTitleText(key);
    y_->setTitleText(tr("Points above no replay"));
    zero_->setName(tr("no difference"));
    setCaption(tr("At each value: test accuracy with replay minus without, paired on class set and seed; the "
                  "band is the 95 % t interval. Above zero, replay helped."));
}

void SweepChart::setSweep(const std::vector<replaylab::SweepAxis>& axes,
                          const std::vector<replaylab::SweepEffect>& effects) {
    axes_ = axes;
    effects_ = effects;
    dirty_ = true;
    refresh();
}

void SweepChart::clear() { setSweep({}, {}); }

void SweepChart::setMeasure(const QString& measure) {
    const int i = measure_->findData(measure);
    if (i >= 0) measure_->setCurrentIndex(i);
}

QString SweepChart::measure() const { return measure_->currentData().toString(); }

SweepChart::Curves& SweepChart::curvesFor(const QString& name, int index) {
    auto it = curves_.find(name);
    if (it != curves_.end()) return *it;
    const QColor c = seriesColor(index + 1);  // colour 0 is no replay's elsewhere
    Curves k;
    static_cast<BandSeries&>(k) = makeBandSeries(c, this);
    k.points = makeMarkers(Marker::Circle, kMarker, c, c.darker(130));
    addToChart(chart(), x_, y_, {k.band, k.mean, k.points}, {k.band, k.points});
    k.mean->setName(name);
    return *curves_.insert(name, k);
}

void SweepChart::removeCurves(const QString& name) {
    const auto it = curves_.find(name);
    if (it == curves_.end()) return;
    removeFromChart(chart(), *it, {it->points});
    curves_.erase(it);
}

void SweepChart::refresh() {
    if (!dirty_) return;
    dirty_ = false;
    retranslateUi();
    // The x axis: one label per value of the first swept setting.
    for (const QString& l : x_->categoriesLabels()) x_->remove(l);
    QVector<double> pos;
    if (!axes_.empty()) pos = positionsOf(axes_.front());
    double xlo = 0, xhi = 1;
    if (!pos.isEmpty()) {
        xlo = *std::min_element(pos.begin(), pos.end());
        xhi = *std::max_element(pos.begin(), pos.end());
        for (int i = 0; i < pos.size(); ++i) x_->append(QString::fromStdString(axes_.front().values[i]), pos[i]);
    }
    const double xpad = xhi > xlo ? 0.08 * (xhi - xlo) : 0.5;
    x_->setStartValue(xlo - xpad);
    x_->setRange(xlo - xpad, xhi + xpad);

    // One curve per condition (and value of the second setting), points in the first axis's order.
    const std::string want = measure().toStdString();
    QStringList order;
    QMap<QString, QVector<std::pair<double, const replaylab::SweepEffect*>>> byCurve;
    for (const auto& e : effects_) {
        if (e.measure != want || e.values.empty()) continue;
        QString name = Labels::condition(QString::fromStdString(e.condition));
        if (axes_.size() > 1 && e.values.size() > 1)
            name += QStringLiteral(", %1 = %2").arg(QString::fromStdString(axes_[1].key), QString::fromStdString(e.values[1]));
        const auto& vals = axes_.front().values;
        const auto at = std::find(vals.begin(), vals.end(), e.values.front());
        if (at == vals.end()) continue;
        if (!order.contains(name)) order.push_back(name);
        byCurve[name].push_back({pos[static_cast<int>(at - vals.begin())], &e});
    }
    for (const QString& c : curves_.keys())
        if (!order.contains(c)) removeCurves(c);
    double lo = 0, hi = 0;  // the axis always holds zero
    for (int i = 0; i < order.size(); ++i) {
        auto points = byCurve[order[i]];
        std::sort(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QVector<QPointF> mean, upper, lower;
        for (const auto& [x, e] : points) {
            const double m = 100 * e->diff.diff.mean;
            // No interval from a single run: the band closes on the mean.
            const double l = std::isnan(e->diff.low) ? m : 100 * e->diff.low;
            const double h = std::isnan(e->diff.high) ? m : 100 * e->diff.high;
            mean.push_back(QPointF(x, m));
            lower.push_back(QPointF(x, l));
            upper.push_back(QPointF(x, h));
            lo = std::min(lo, l);
            hi = std::max(hi, h);
        }
        Curves& k = curvesFor(order[i], i);
        k.mean->replace(mean);
        k.upper->replace(upper);
        k.lower->replace(lower);
        k.points->replace(mean);
    }
    zero_->replace(QVector<QPointF>{QPointF(xlo - xpad, 0.0), QPointF(xhi + xpad, 0.0)});
    fitDifferenceAxis(y_, lo, hi, kMinSpan);
    setEmptyMessage(effects_.empty()
                        ? tr("No sweep yet. Choose a setting and its values above and press Run sweep: every value "
                             "runs the Set-up's class sets with and without replay, and each finished value adds a "
                             "point here. Or open a sweep folder (replaylab-cli sweep writes them too).")
                        : QString());
    applyScale();
}

QString SweepChart::csv() const {
    return QString::fromStdString(replaylab::sweepCsvHeader(axes_) + replaylab::sweepCsvLines(effects_));
}

QVector<QPointF> SweepChart::meanPoints(const QString& c) const { return pointsOf(curves_.value(c).mean); }
QVector<QPointF> SweepChart::bandLower(const QString& c) const { return pointsOf(curves_.value(c).lower); }
QVector<QPointF> SweepChart::bandUpper(const QString& c) const { return pointsOf(curves_.value(c).upper); }
QStringList SweepChart::xLabels() const { return x_->categoriesLabels(); }
double SweepChart::yMin() const { return y_->min(); }
double SweepChart::yMax() const { return y_->max(); }

}  // namespace replaylab::ui
