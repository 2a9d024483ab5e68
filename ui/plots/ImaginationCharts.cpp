#include "plots/ImaginationCharts.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegendMarker>
#include <QScatterSeries>
#include <QValueAxis>

#include "Labels.h"

namespace replaylab::ui {

PcaChart::PcaChart(const ImaginationModel& model, QWidget* parent) : ChartPanel(parent), model_(model) {
    setObjectName(QStringLiteral("pcaChart"));
    x_ = new QValueAxis(this);
    y_ = new QValueAxis(this);
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    auto make = [&](QScatterSeries::MarkerShape shape, QColor c, double size) {
        auto* s = new QScatterSeries;
        s->setMarkerShape(shape);
        s->setMarkerSize(size);
        s->setColor(c);
        s->setBorderColor(c.darker(130));
        chart()->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
        return s;
    };
    QColor faint(200, 200, 200);
    otherReal_ = make(QScatterSeries::MarkerShapeCircle, faint, 6);
    otherImagined_ = make(QScatterSeries::MarkerShapeRectangle, faint, 6);
    real_ = make(QScatterSeries::MarkerShapeCircle, seriesColor(0), 8);
    imagined_ = make(QScatterSeries::MarkerShapeRectangle, seriesColor(1), 8);
    retranslateUi();
}

void PcaChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(tr("Real vs imagined activations at the replay point (PCA)"));
    setToolTip(tr("Real (held-out) and imagined activations at the replay point in the plane of their first two principal components; the chosen class in colour"));
    x_->setTitleText(tr("PC 1"));
    y_->setTitleText(tr("PC 2"));
    real_->setName(tr("real"));
    imagined_->setName(tr("imagined"));
    otherReal_->setName(tr("real, others"));
    otherImagined_->setName(tr("imagined, others"));
    for (auto* s : {otherReal_, otherImagined_})
        for (auto* m : chart()->legend()->markers(s)) m->setVisible(highlight_ >= 0);
}

void PcaChart::setRun(const PolicyRunKey& run, int highlightClass, int night) {
    if (run == run_ && highlightClass == highlight_ && night == night_) return;
    run_ = run;
    highlight_ = highlightClass;
    night_ = night;
    drawn_ = -1;
    refresh();
}

void PcaChart::refresh() {
    if (drawn_ == model_.revision()) return;
    drawn_ = model_.revision();
    QVector<QPointF> r, i, orr, oi;
    double lo = 0, hi = 0, lo2 = 0, hi2 = 0;
    bool first = true;
    auto take = [&](const std::vector<float>& xs, const std::vector<float>& ys, const std::vector<int>& cls,
                    QVector<QPointF>& mine, QVector<QPointF>& other) {
        for (std::size_t k = 0; k < xs.size() && k < ys.size(); ++k) {
            const int c = k < cls.size() ? cls[k] : -1;
            const QPointF p(xs[k], ys[k]);
            (highlight_ < 0 || c == highlight_ ? mine : other).push_back(p);
            if (first) {
                lo = hi = p.x();
                lo2 = hi2 = p.y();
                first = false;
            }
            lo = std::min(lo, p.x());
            hi = std::max(hi, p.x());
            lo2 = std::min(lo2, p.y());
            hi2 = std::max(hi2, p.y());
        }
    };
    if (const auto* im = model_.get(run_, night_)) {
        take(im->pcaRealX, im->pcaRealY, im->pcaRealClass, r, orr);
        take(im->pcaImaginedX, im->pcaImaginedY, im->pcaImaginedClass, i, oi);
    }
    real_->replace(r);
    imagined_->replace(i);
    otherReal_->replace(orr);
    otherImagined_->replace(oi);
    const double padX = std::max(1e-6, (hi - lo) * 0.05), padY = std::max(1e-6, (hi2 - lo2) * 0.05);
    x_->setRange(lo - padX, hi + padX);
    y_->setRange(lo2 - padY, hi2 + padY);
    retranslateUi();
}

QVector<QPointF> PcaChart::realPoints() const { return real_->points(); }
QVector<QPointF> PcaChart::imaginedPoints() const { return imagined_->points(); }

FidelityChart::FidelityChart(const ImaginationModel& model, QWidget* parent)
    : ChartPanel(parent), model_(model) {
    setObjectName(QStringLiteral("fidelityChart"));
    bars_ = new QBarSeries;
    set_ = new QBarSet(QString());
    set_->setColor(seriesColor(4));
    bars_->append(set_);
    chart()->addSeries(bars_);
    x_ = new QBarCategoryAxis(this);
    y_ = new QValueAxis(this);
    x_->setLabelsAngle(-90);  // upright names need the least width: none is cut
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    bars_->attachAxis(x_);
    bars_->attachAxis(y_);
    chart()->legend()->setVisible(false);
    retranslateUi();
}

void FidelityChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(tr("Fidelity per class (Fréchet distance; lower = more faithful)"));
    setToolTip(tr("Fréchet distance between real held-out and imagined activations per class, in the space of the leading principal components"));
    y_->setTitleText(tr("Fréchet distance"));
    set_->setLabel(tr("Fréchet distance"));
}

void FidelityChart::setRun(const PolicyRunKey& run, int night) {
    if (run == run_ && night == night_) return;
    run_ = run;
    night_ = night;
    drawn_ = -1;
    refresh();
}

void FidelityChart::refresh() {
    if (drawn_ == model_.revision()) return;
    drawn_ = model_.revision();
    set_->remove(0, set_->count());
    x_->clear();
    const auto* im = model_.get(run_, night_);
    if (!im) return;
    QStringList names;
    double maxV = 0;
    for (std::size_t c = 0; c < im->fidelity.size(); ++c) {
        names.push_back(Labels::categoryLabel(c < im->classNames.size() ? QString::fromStdString(im->classNames[c])
                                                                        : QString::number(c + 1),
                                              scale() > 1.0));  // as in ClassChart
        set_->append(im->fidelity[c]);
        maxV = std::max(maxV, im->fidelity[c]);
    }
    x_->append(names);
    y_->setRange(0, maxV > 0 ? maxV * 1.1 : 1.0);
}

void FidelityChart::scaleChanged() {
    drawn_ = -1;
    refresh();
}

QVector<double> FidelityChart::values() const {
    QVector<double> v;
    for (int k = 0; k < set_->count(); ++k) v.push_back(set_->at(k));
    return v;
}

}  // namespace replaylab::ui
