#include "plots/AccuracyChart.h"

#include <algorithm>
#include <cmath>

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

#include "Labels.h"
#include "plots/BandSeries.h"

namespace replaylab::ui {
namespace {

constexpr double kDayMarker = 9.0;    // px, after-day circles
constexpr double kNightMarker = 11.0; // px, after-night triangles

}  // namespace

AccuracyChart::AccuracyChart(const ResultsModel& model, QWidget* parent)
    : ChartPanel(parent), model_(model) {
    setObjectName(QStringLiteral("accuracyChart"));
    x_ = new QValueAxis(this);
    y_ = new QValueAxis(this);
    x_->setRange(0.5, 3.5);
    x_->setLabelFormat(QStringLiteral("%.0f"));
    // Ticks on whole days; night points sit half-way to the next day.
    x_->setTickType(QValueAxis::TicksDynamic);
    x_->setTickAnchor(1.0);
    x_->setTickInterval(1.0);
    y_->setRange(0, 100);
    y_->setLabelFormat(QStringLiteral("%.0f%%"));
    y_->setTickCount(6);
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);

    // Legend keys for the point kinds (no data of their own).
    dayKey_ = new QScatterSeries;
    dayKey_->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    dayKey_->setMarkerSize(kDayMarker);
    dayKey_->setColor(QColor(110, 110, 110));
    dayKey_->setBorderColor(QColor(110, 110, 110));
    nightKey_ = new QScatterSeries;
    nightKey_->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    nightKey_->setMarkerSize(kNightMarker);
    nightKey_->setColor(QColor(40, 40, 40));
    nightKey_->setBorderColor(QColor(40, 40, 40));
    chart()->addSeries(dayKey_);
    chart()->addSeries(nightKey_);
    for (auto* s : {dayKey_, nightKey_}) {
        s->attachAxis(x_);
        s->attachAxis(y_);
    }

    splitLabel_ = new QLabel(this);
    splitBox_ = new QComboBox(this);
    splitBox_->setObjectName(QStringLiteral("splitBox"));
    splitBox_->addItem(QString(), QStringLiteral("test"));
    splitBox_->addItem(QString(), QStringLiteral("val"));
    splitLabel_->setBuddy(splitBox_);
    controls()->addWidget(splitLabel_);
    controls()->addWidget(splitBox_);
    connect(splitBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        drawnRevision_ = -1;
        refresh();
    });
    retranslateUi();
}

void AccuracyChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(tr("Accuracy after each day and night (mean ± SEM over class sets and seeds)"));
    x_->setTitleText(tr("Day"));
    y_->setTitleText(split() == QLatin1String("val") ? tr("Validation accuracy") : tr("Test accuracy"));
    dayKey_->setName(tr("after the day"));
    nightKey_->setName(tr("after the night"));
    splitLabel_->setText(tr("&Split:"));
    splitBox_->setItemText(0, tr("Test"));
    splitBox_->setItemText(1, tr("Validation"));
    splitBox_->setToolTip(tr("Held-out test images (as the paper's figures) or the validation images"));
    for (auto it = curves_.begin(); it != curves_.end(); ++it)
        it->mean->setName(Labels::condition(it.key()));
}

QString AccuracyChart::split() const {
    return splitBox_ ? splitBox_->currentData().toString() : QStringLiteral("test");
}

void AccuracyChart::setSplit(const QString& split) {
    const int i = splitBox_->findData(split);
    if (i >= 0) splitBox_->setCurrentIndex(i);
}

AccuracyChart::Curves& AccuracyChart::curvesFor(const QString& condition) {
    auto it = curves_.find(condition);
    if (it != curves_.end()) return *it;
    const QColor c = seriesColor(colorIndex_++);
    Curves k;
    static_cast<BandSeries&>(k) = makeBandSeries(c, this);
    k.mean->setName(Labels::condition(condition));
    k.days = makeMarkers(Marker::Circle, kDayMarker, c, c.darker(130));
    k.nights = makeMarkers(Marker::Triangle, kNightMarker, c.darker(140), c.darker(180));
    addToChart(chart(), x_, y_, {k.band, k.mean, k.days, k.nights}, {k.band, k.days, k.nights});
    return *curves_.insert(condition, k);
}

void AccuracyChart::removeCurves(const QString& condition) {
    const auto it = curves_.find(condition);
    if (it == curves_.end()) return;
    removeFromChart(chart(), *it, {it->days, it->nights});
    curves_.erase(it);
}

void AccuracyChart::refresh() {
    if (drawnRevision_ == model_.revision()) return;
    drawnRevision_ = model_.revision();
    const QStringList conditions = model_.conditions();
    for (const QString& c : curves_.keys())
        if (!conditions.contains(c)) removeCurves(c);
    if (conditions.isEmpty()) colorIndex_ = 0;
    const QString sp = split();
    double maxX = 1.0;
    for (const QString& c : conditions) {
        const auto pts = model_.curve(c, sp);
        QVector<QPointF> mean, upper, lower, days, nights;
        for (const auto& p : pts) {
            const QPointF m(p.x, 100.0 * p.mean);
            mean.push_back(m);
            upper.push_back(QPointF(p.x, 100.0 * std::min(1.0, p.mean + p.sem)));
            lower.push_back(QPointF(p.x, 100.0 * std::max(0.0, p.mean - p.sem)));
            (p.phase == QLatin1String("night") ? nights : days).push_back(m);
            maxX = std::max(maxX, p.x);
        }
        Curves& k = curvesFor(c);
        k.mean->replace(mean);
        k.upper->replace(upper);
        k.lower->replace(lower);
        k.days->replace(days);
        k.nights->replace(nights);
    }
    const int lastDay = std::max(1, static_cast<int>(maxX));
    x_->setRange(0.5, lastDay + 0.75);
    x_->setTickInterval(lastDay <= 15 ? 1.0 : std::ceil(lastDay / 10.0));
    y_->setTitleText(sp == QLatin1String("val") ? tr("Validation accuracy") : tr("Test accuracy"));
    applyScale();  // new conditions' series at the presentation size
}

QString AccuracyChart::csv() const { return model_.curvesCsv(split()); }

QVector<QPointF> AccuracyChart::meanPoints(const QString& c) const { return pointsOf(curves_.value(c).mean); }
QVector<QPointF> AccuracyChart::dayPoints(const QString& c) const { return pointsOf(curves_.value(c).days); }
QVector<QPointF> AccuracyChart::nightPoints(const QString& c) const { return pointsOf(curves_.value(c).nights); }
QVector<QPointF> AccuracyChart::bandUpper(const QString& c) const { return pointsOf(curves_.value(c).upper); }
QVector<QPointF> AccuracyChart::bandLower(const QString& c) const { return pointsOf(curves_.value(c).lower); }

}  // namespace replaylab::ui
