#include "plots/SummaryChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>
#include <algorithm>

#include "Labels.h"
#include "plots/BandSeries.h"
#include "report/ResultTable.h"

namespace replaylab::ui {
namespace {

constexpr double kBarWidth = 0.6;  // of a category; two bars share it
const QColor kWhisker(40, 40, 40);

}  // namespace

SummaryChart::SummaryChart(const ResultsModel& model, QWidget* parent)
    : ChartPanel(parent), model_(model) {
    setObjectName(QStringLiteral("summaryChart"));
    bars_ = new QBarSeries;
    bars_->setBarWidth(kBarWidth);
    finalSet_ = new QBarSet(QString());
    bestSet_ = new QBarSet(QString());
    finalSet_->setColor(seriesColor(0));
    bestSet_->setColor(seriesColor(0).lighter(150));
    bars_->append(finalSet_);
    bars_->append(bestSet_);
    chart()->addSeries(bars_);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    x_ = new QBarCategoryAxis(this);
    xValues_ = new QValueAxis(this);
    xValues_->setVisible(false);
    y_ = new QValueAxis(this);
    y_->setRange(0, 100);
    y_->setLabelFormat(QStringLiteral("%.0f%%"));
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(xValues_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    bars_->attachAxis(x_);
    bars_->attachAxis(y_);
    retranslateUi();
}

void SummaryChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(
        tr("Final and best-by-validation test accuracy per condition (mean ± SEM over runs)"));
    y_->setTitleText(tr("Test accuracy"));
    finalSet_->setLabel(tr("at the last day"));
    bestSet_->setLabel(tr("best by validation loss"));
    setCaption(tr(
        "Left bar: after the last day (after its night when the condition has nights). Right bar: "
        "the "
        "checkpoint with the lowest validation loss. Whiskers: ± one standard error over runs."));
    QStringList names;
    // Condition names are long: on two lines each keeps every one whole under its bars.
    for (const QString& c : conditions_)
        names.push_back(Labels::categoryLabel(Labels::condition(c), true));
    if (x_->categories() != names) {
        x_->clear();
        x_->append(names);
    }
}

void SummaryChart::refresh() {
    if (drawnRevision_ == model_.revision()) return;
    drawnRevision_ = model_.revision();
    const auto table = replaylab::summarise(model_.rows());
    conditions_.clear();
    final_.clear();
    best_.clear();
    auto bar = [](const replaylab::MeanSem& m) { return Bar{100.0 * m.mean, 100.0 * m.sem, m.n}; };
    for (const QString& c : model_.conditions()) {  // the run's order, as the other charts
        const auto it = std::find_if(
            table.conditions.begin(), table.conditions.end(),
            [&](const replaylab::ConditionSummary& s) { return s.condition == c.toStdString(); });
        if (it == table.conditions.end() || it->afterDay.empty()) continue;
        conditions_.push_back(c);
        final_.push_back(
            bar(!it->afterNight.empty() ? it->afterNight.back() : it->afterDay.back()));
        best_.push_back(bar(it->best));
    }

    finalSet_->remove(0, finalSet_->count());
    bestSet_->remove(0, bestSet_->count());
    for (QLineSeries* w : whiskers_) {
        chart()->removeSeries(w);
        delete w;
    }
    whiskers_.clear();
    const int n = static_cast<int>(conditions_.size());
    xValues_->setRange(-0.5, std::max(0, n - 1) + 0.5);
    QPen pen(kWhisker);
    pen.setWidthF(1.5);
    for (int i = 0; i < n; ++i) {
        finalSet_->append(final_[i].mean);
        bestSet_->append(best_[i].mean);
        // Two bars per category: their centres a quarter of the group's width either side.
        for (const auto& [b, x] :
             {std::pair{final_[i], i - kBarWidth / 4}, std::pair{best_[i], i + kBarWidth / 4}}) {
            if (b.n < 2) continue;
            auto* w = new QLineSeries;
            w->setPen(pen);
            w->append(x, b.mean - b.sem);
            w->append(x, b.mean + b.sem);
            chart()->addSeries(w);
            w->attachAxis(xValues_);
            w->attachAxis(y_);
            hideFromLegend(chart(), w);
            whiskers_.push_back(w);
        }
    }
    retranslateUi();  // the category names
    applyScale();
}

QString SummaryChart::csv() const {
    QString out = QStringLiteral("condition,measure,mean,sem,n\n");
    auto row = [&](const QString& c, const char* measure, const Bar& b) {
        out += csvField(c) + ',' + QLatin1String(measure) + ',' + number(b.mean / 100.0) + ',' +
               number(b.sem / 100.0) + ',' + QString::number(b.n) + '\n';
    };
    for (int i = 0; i < conditions_.size(); ++i) {
        row(conditions_[i], "final", final_[i]);
        row(conditions_[i], "best_val", best_[i]);
    }
    return out;
}

}  // namespace replaylab::ui
