#include "ResultsPanel.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSplitter>

#include "ExportDialog.h"
#include "ImaginationPanel.h"
#include "itemmodels/RunLoader.h"
#include "plots/AccuracyChart.h"
#include "plots/ClassChart.h"
#include "plots/ImaginationCharts.h"
#include "plots/PolicyChart.h"
#include "plots/ShareChart.h"

namespace replaylab::ui {
namespace {
constexpr int kRedrawMs = 40;  // at most 25 redraws a second
}

ResultsPanel::ResultsPanel(QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("resultsPanel"));
    accuracy_ = new AccuracyChart(results_, this);
    classes_ = new ClassChart(results_, this);
    share_ = new ShareChart(results_, policy_, this);
    policyChart_ = new PolicyChart(results_, policy_, this);
    imaginationPanel_ = new ImaginationPanel(imaginations_, this);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(classes_);
    split->addWidget(share_);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({3000, 2000});  // scaled to the splitter's width: 3 : 2
    classTab_ = split;
    addTab(accuracy_, QString());
    addTab(classTab_, QString());
    addTab(policyChart_, QString());
    addTab(imaginationPanel_, QString());

    timer_.setSingleShot(true);
    timer_.setInterval(kRedrawMs);
    connect(&timer_, &QTimer::timeout, this, &ResultsPanel::redraw);
    for (ChartPanel* c : charts()) {
        connect(c, &ChartPanel::exportPngRequested, this, [this, c] { exportPngInteractive(c); });
        connect(c, &ChartPanel::exportCsvRequested, this, [this, c] { exportCsvInteractive(c); });
    }
    retranslateUi();
}

QList<ChartPanel*> ResultsPanel::charts() const {
    return {accuracy_, classes_, share_, policyChart_, imaginationPanel_->pcaChart(),
            imaginationPanel_->fidelityChart()};
}

void ResultsPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QTabWidget::changeEvent(e);
}

void ResultsPanel::retranslateUi() {
    setTabText(0, tr("Accuracy"));
    setTabToolTip(0, tr("Test accuracy after each day and each night, per condition (the paper's figures 1B, 2B, 3B)"));
    setTabText(1, tr("Per class"));
    setTabToolTip(1, tr("Per-class accuracy with uniform vs RL-chosen replay, and how much each class was replayed (figure 3C)"));
    setTabText(2, tr("RL policy"));
    setTabToolTip(2, tr("How the hippocampal RL learner's preferences over classes change over the nights"));
    setTabText(3, tr("Imaginations"));
    setTabToolTip(3, tr("Real vs imagined activations at the replay point"));
}

void ResultsPanel::scheduleRedraw() {
    if (!timer_.isActive()) timer_.start();
}

void ResultsPanel::redraw() {
    timer_.stop();
    ++redraws_;
    for (ChartPanel* c : charts()) c->refresh();
    imaginationPanel_->refresh();
}

void ResultsPanel::clear() {
    results_.clear();
    policy_.clear();
    imaginations_.clear();
    scheduleRedraw();
}

void ResultsPanel::addEvaluation(const replaylab::Evaluation& e) {
    results_.add(e);
    scheduleRedraw();
}

void ResultsPanel::addPolicyStep(const replaylab::PolicyStep& s) {
    policy_.add(s);
    scheduleRedraw();
}

void ResultsPanel::addImagination(const replaylab::Imagination& i) {
    imaginations_.add(i);
    scheduleRedraw();
}

void ResultsPanel::loadRunDirectory(const QString& dir, const std::vector<replaylab::SimulationKey>* only) {
    replaylab::ui::loadRunDirectory(dir, results_, policy_, only);  // throws before touching the models
    imaginations_.clear();
    exportFolder_ = QDir(dir).filePath(QStringLiteral("figures"));
    redraw();
}

void ResultsPanel::setExportDefaults(const QSize& size, int dpi) {
    if (size.isValid()) exportSize_ = size;
    if (dpi > 0) exportDpi_ = dpi;
}

QStringList ResultsPanel::exportAll(const QString& folder, const QSize& size, double dpi, QStringList* errors) {
    redraw();
    QStringList written;
    if (!QDir().mkpath(folder)) {
        if (errors) errors->push_back(tr("Cannot create %1").arg(folder));
        return written;
    }
    const QDir dir(folder);
    for (ChartPanel* c : charts()) {
        QString error;
        const QString png = dir.filePath(c->fileStem() + QStringLiteral(".png"));
        const QString csv = dir.filePath(c->fileStem() + QStringLiteral(".csv"));
        if (c->exportPng(png, size, dpi, &error)) written.push_back(png);
        else if (errors) errors->push_back(error);
        if (c->exportCsv(csv, &error)) written.push_back(csv);
        else if (errors) errors->push_back(error);
    }
    if (!imaginations_.isEmpty()) {
        const QString maps = dir.filePath(QStringLiteral("imagination-maps.png"));
        if (imaginationPanel_->mapsImage().save(maps, "PNG")) written.push_back(maps);
        else if (errors) errors->push_back(tr("Cannot write %1").arg(maps));
    }
    return written;
}

void ResultsPanel::exportPngInteractive(ChartPanel* chart) {
    ExportDialog dialog(exportSize_, exportDpi_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    exportSize_ = dialog.imageSize();
    exportDpi_ = dialog.dpi();
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export chart as PNG"), QDir(exportFolder_).filePath(chart->fileStem() + QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    QString error;
    if (!chart->exportPng(file, exportSize_, exportDpi_, &error)) QMessageBox::warning(this, tr("Export"), error);
}

void ResultsPanel::exportCsvInteractive(ChartPanel* chart) {
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export chart data as CSV"), QDir(exportFolder_).filePath(chart->fileStem() + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (file.isEmpty()) return;
    QString error;
    if (!chart->exportCsv(file, &error)) QMessageBox::warning(this, tr("Export"), error);
}

}  // namespace replaylab::ui
