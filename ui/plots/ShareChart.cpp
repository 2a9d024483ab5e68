#include "plots/ShareChart.h"

#include <algorithm>
#include <cmath>

#include <QChart>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPen>
#include <QScatterSeries>
#include <QValueAxis>

namespace replaylab::ui {

ShareChart::ShareChart(const ResultsModel& results, const PolicyModel& policy, QWidget* parent)
    : ChartPanel(parent), results_(results), policy_(policy) {
    setObjectName(QStringLiteral("shareChart"));
    scatter_ = new QScatterSeries;
    scatter_->setMarkerSize(9);
    scatter_->setColor(seriesColor(1));
    uniform_ = new QLineSeries;
    QPen pen(QColor(120, 120, 120));
    pen.setStyle(Qt::DashLine);
    uniform_->setPen(pen);
    x_ = new QValueAxis(this);
    y_ = new QValueAxis(this);
    x_->setRange(0, 100);
    y_->setRange(0, 30);
    x_->setLabelFormat(QStringLiteral("%.0f%%"));
    y_->setLabelFormat(QStringLiteral("%.0f%%"));
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{uniform_, scatter_}) {
        chart()->addSeries(s);
        s->attachAxis(x_);
        s->attachAxis(y_);
    }
    r_ = std::nan("");
    retranslateUi();
}

void ShareChart::retranslateUi() {
    ChartPanel::retranslateUi();
    const QString r = std::isnan(r_) ? QStringLiteral("–") : QString::number(r_, 'f', 2);
    chart()->setTitle(tr("Replay share vs initial accuracy (Pearson r = %1)").arg(r));
    x_->setTitleText(tr("Test accuracy after day 1"));
    y_->setTitleText(tr("Share of the replay steps"));
    scatter_->setName(tr("class (one run)"));
    uniform_->setName(tr("uniform replay"));
}

void ShareChart::refresh() {
    if (drawn_[0] == results_.revision() && drawn_[1] == policy_.revision()) return;
    drawn_[0] = results_.revision();
    drawn_[1] = policy_.revision();
    const auto pts = policy_.sharePoints(results_);
    QVector<QPointF> xy;
    double maxY = 20;
    int classes = 0;
    for (const auto& p : pts) {
        xy.push_back(QPointF(100.0 * p.initialAccuracy, 100.0 * p.share));
        maxY = std::max(maxY, 100.0 * p.share);
    }
    for (const auto& run : policy_.runs()) classes = std::max(classes, policy_.classCount(run));
    scatter_->replace(xy);
    if (classes > 0)
        uniform_->replace({QPointF(0, 100.0 / classes), QPointF(100, 100.0 / classes)});
    else
        uniform_->clear();
    y_->setRange(0, std::ceil(maxY / 10.0) * 10.0);
    r_ = PolicyModel::correlation(pts);
    retranslateUi();
}

QVector<QPointF> ShareChart::points() const { return scatter_->points(); }

QString ShareChart::csv() const {
    QString out = QStringLiteral("class_set,seed,class,initial_accuracy,replay_share\n");
    for (const auto& p : policy_.sharePoints(results_))
        out += csvField(p.classSet) + ',' + QString::number(p.seed) + ',' + csvField(p.className) + ',' +
               number(p.initialAccuracy) + ',' + number(p.share) + '\n';
    return out;
}

}  // namespace replaylab::ui
