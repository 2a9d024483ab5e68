#include "plots/ClassChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QValueAxis>

#include "Labels.h"

namespace replaylab::ui {

ClassChart::ClassChart(const ResultsModel& model, QWidget* parent) : ChartPanel(parent), model_(model) {
    setObjectName(QStringLiteral("classChart"));
    bars_ = new QBarSeries;
    uniformSet_ = new QBarSet(QString());
    chosenSet_ = new QBarSet(QString());
    uniformSet_->setColor(seriesColor(0));
    chosenSet_->setColor(seriesColor(1));
    bars_->append(uniformSet_);
    bars_->append(chosenSet_);
    chart()->addSeries(bars_);
    chart()->legend()->setMarkerShape(QLegend::MarkerShapeRectangle);  // filled, as the bars
    x_ = new QBarCategoryAxis(this);
    y_ = new QValueAxis(this);
    y_->setRange(0, 100);
    y_->setLabelFormat(QStringLiteral("%.0f%%"));
    x_->setLabelsAngle(-90);  // upright names need the least width: none is cut
    chart()->addAxis(x_, Qt::AlignBottom);
    chart()->addAxis(y_, Qt::AlignLeft);
    bars_->attachAxis(x_);
    bars_->attachAxis(y_);

    setLabel_ = new QLabel(this);
    setBox_ = new QComboBox(this);
    setBox_->setObjectName(QStringLiteral("classSetBox"));
    pointLabel_ = new QLabel(this);
    pointBox_ = new QComboBox(this);
    pointBox_->setObjectName(QStringLiteral("replayPointBox"));
    setLabel_->setBuddy(setBox_);
    pointLabel_->setBuddy(pointBox_);
    controls()->addWidget(setLabel_);
    controls()->addWidget(setBox_);
    controls()->addWidget(pointLabel_);
    controls()->addWidget(pointBox_);
    auto redraw = [this] {
        drawnRevision_ = -1;
        refresh();
    };
    connect(setBox_, qOverload<int>(&QComboBox::activated), this, redraw);
    connect(pointBox_, qOverload<int>(&QComboBox::activated), this, redraw);
    retranslateUi();
}

void ClassChart::retranslateUi() {
    ChartPanel::retranslateUi();
    chart()->setTitle(tr("Per-class accuracy at the last day: uniform vs RL-chosen replay"));
    y_->setTitleText(tr("Test accuracy"));
    setLabel_->setText(tr("&Class set:"));
    pointLabel_->setText(tr("&Replay point:"));
    setBox_->setToolTip(tr("Each class set (the paper's \"model\") learns its own 10 categories"));
    pointBox_->setToolTip(tr("Compare generative-poolN (uniform) with rl-poolN (chosen by the hippocampal RL learner)"));
    uniformSet_->setLabel(uniform_.isEmpty() ? tr("uniform generative replay") : Labels::condition(uniform_));
    chosenSet_->setLabel(chosen_.isEmpty() ? tr("replay chosen by RL") : Labels::condition(chosen_));
    for (int i = 0; i < pointBox_->count(); ++i)
        pointBox_->setItemText(i, Labels::replayPoint(pointBox_->itemData(i).toInt()));
}

void ClassChart::pickConditions() {
    // Replay points where either condition of the pair ran.
    QList<int> points;
    for (const QString& c : model_.conditions()) {
        try {
            const auto cond = replaylab::conditionFromString(c.toStdString());
            if ((cond.mode == replaylab::ReplayMode::Generative || cond.mode == replaylab::ReplayMode::RlChosen) &&
                !points.contains(cond.layer))
                points.push_back(cond.layer);
        } catch (const std::exception&) {
        }
    }
    std::sort(points.begin(), points.end());
    const int keep = pointBox_->currentData().toInt();
    pointBox_->clear();
    for (int p : points) pointBox_->addItem(Labels::replayPoint(p), p);
    // Prefer a point where both ran.
    int pick = pointBox_->findData(keep);
    if (pick < 0)
        for (int i = 0; i < pointBox_->count() && pick < 0; ++i) {
            const int p = pointBox_->itemData(i).toInt();
            if (model_.conditions().contains(QStringLiteral("rl-pool%1").arg(p)) &&
                model_.conditions().contains(QStringLiteral("generative-pool%1").arg(p)))
                pick = i;
        }
    if (pick < 0 && pointBox_->count() > 0) pick = 0;
    pointBox_->setCurrentIndex(pick);
    const int layer = pointBox_->currentData().toInt();
    uniform_ = chosen_ = QString();
    if (layer > 0) {
        const QString u = QStringLiteral("generative-pool%1").arg(layer);
        const QString c = QStringLiteral("rl-pool%1").arg(layer);
        if (model_.conditions().contains(u)) uniform_ = u;
        if (model_.conditions().contains(c)) chosen_ = c;
    }

    const QString keepSet = setBox_->currentText();
    setBox_->clear();
    setBox_->addItems(model_.classSets());
    const int s = setBox_->findText(keepSet);
    setBox_->setCurrentIndex(s >= 0 ? s : 0);
}

void ClassChart::refresh() {
    if (drawnRevision_ == model_.revision()) return;
    drawnRevision_ = model_.revision();
    pickConditions();
    const QString set = setBox_->currentText();
    const QStringList classes = model_.classNames(set);
    auto values = [&](const QString& cond) {
        QList<qreal> v;
        const auto cv = cond.isEmpty() ? QVector<ClassValue>() : model_.finalClassAccuracy(cond, set);
        for (const QString& cls : classes) {
            qreal x = 0;
            for (const auto& c : cv)
                if (c.className == cls) x = 100.0 * c.mean;
            v.push_back(x);
        }
        return v;
    };
    uniformSet_->remove(0, uniformSet_->count());
    chosenSet_->remove(0, chosenSet_->count());
    uniformSet_->append(values(uniform_));
    chosenSet_->append(values(chosen_));
    x_->clear();
    QStringList shown;
    // Upright names need the least width; presentation mode (the chart wide, the text tall)
    // breaks long ones onto two lines so they keep within the axis' height.
    for (const QString& c : classes) shown.push_back(Labels::categoryLabel(c, scale() > 1.0));
    x_->append(shown);
    retranslateUi();  // set labels name the conditions picked
}

void ClassChart::scaleChanged() {
    drawnRevision_ = -1;
    refresh();
}

QVector<double> ClassChart::uniformValues() const {
    QVector<double> v;
    for (int i = 0; i < uniformSet_->count(); ++i) v.push_back(uniformSet_->at(i));
    return v;
}

QVector<double> ClassChart::chosenValues() const {
    QVector<double> v;
    for (int i = 0; i < chosenSet_->count(); ++i) v.push_back(chosenSet_->at(i));
    return v;
}

QString ClassChart::csv() const {
    QString out = QStringLiteral("class_set,condition,class,mean,sem,n\n");
    for (const QString& set : model_.classSets())
        for (const QString& cond : {uniform_, chosen_}) {
            if (cond.isEmpty()) continue;
            for (const auto& c : model_.finalClassAccuracy(cond, set))
                out += csvField(set) + ',' + csvField(cond) + ',' + csvField(c.className) + ',' +
                       number(c.mean) + ',' + number(c.sem) + ',' + QString::number(c.n) + '\n';
        }
    return out;
}

}  // namespace replaylab::ui
