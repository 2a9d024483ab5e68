#include "plots/PolicyChart.h"

#include <algorithm>

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include "Labels.h"

namespace replaylab::ui {

QString runLabel(const PolicyRunKey& k) {
    return QStringLiteral("%1 · %2 · %3")
        .arg(k.classSet, Labels::tr("seed %1").arg(k.seed), Labels::condition(k.condition));
}

PolicyChart::PolicyChart(const ResultsModel& results, const PolicyModel& policy, QWidget* parent)
    : ChartPanel(parent), results_(results), policy_(policy) {
    setObjectName(QStringLiteral("policyChart"));
    x_ = new QValueAxis(this);
    y_ = new QValueAxis(this);
    x_->setRange(0, 1);
    y_->setRange(0, 1);
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    runLabel_ = new QLabel(this);
    runBox_ = new QComboBox(this);
    runBox_->setObjectName(QStringLiteral("runBox"));
    runLabel_->setBuddy(runBox_);
    controls()->addWidget(runLabel_);
    controls()->addWidget(runBox_);
    connect(runBox_, qOverload<int>(&QComboBox::activated), this, [this] {
        drawn_[0] = -1;
        refresh();
    });
    retranslateUi();
}

void PolicyChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(tr("Policy of the hippocampal RL learner: probability of replaying each class"));
    x_->setTitleText(tr("Night (steps within each night)"));
    y_->setTitleText(tr("Probability of choosing the class"));
    runLabel_->setText(tr("&Run:"));
    runBox_->setToolTip(tr("A class set, seed and RL condition"));
    const auto runs = policy_.runs();
    for (int i = 0; i < runBox_->count() && i < runs.size(); ++i) runBox_->setItemText(i, runLabel(runs[i]));
}

void PolicyChart::refresh() {
    if (drawn_[0] == results_.revision() && drawn_[1] == policy_.revision()) return;
    drawn_[0] = results_.revision();
    drawn_[1] = policy_.revision();
    const auto runs = policy_.runs();
    const int keep = std::max(0, runBox_->currentIndex());
    runBox_->clear();
    for (const auto& r : runs) runBox_->addItem(runLabel(r));
    runBox_->setCurrentIndex(runs.isEmpty() ? -1 : std::min(keep, static_cast<int>(runs.size()) - 1));
    if (runs.isEmpty()) {
        for (auto* s : lines_) s->clear();
        return;
    }
    const auto run = runs[runBox_->currentIndex()];
    const auto curves = policy_.probabilityCurves(run);
    const QStringList names = results_.classNames(run.classSet);
    while (lines_.size() < curves.size()) {
        auto* s = new QLineSeries;
        QPen pen(seriesColor(lines_.size()));
        pen.setWidthF(1.5);
        s->setPen(pen);
        chart()->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
        lines_.push_back(s);
    }
    double maxX = 1, maxY = 0.2;
    for (int k = 0; k < lines_.size(); ++k) {
        const QVector<QPointF> pts = k < curves.size() ? curves[k] : QVector<QPointF>();
        lines_[k]->replace(pts);
        lines_[k]->setName(k < names.size() ? names[k] : tr("class %1").arg(k + 1));
        lines_[k]->setVisible(k < curves.size());
        for (const auto& p : pts) {
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    }
    x_->setRange(0, std::ceil(maxX));
    y_->setRange(0, std::min(1.0, std::ceil(maxY * 10.0) / 10.0));
    applyScale();  // new classes' lines at the presentation size
}

QVector<QPointF> PolicyChart::linePoints(int cls) const {
    return cls >= 0 && cls < lines_.size() ? QVector<QPointF>(lines_[cls]->points()) : QVector<QPointF>();
}

QString PolicyChart::csv() const { return policy_.csv(results_); }

}  // namespace replaylab::ui
