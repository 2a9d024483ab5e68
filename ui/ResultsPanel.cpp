#include "ResultsPanel.h"

#include <algorithm>

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSplitter>

#include "ExplorePanel.h"
#include "ExportDialog.h"
#include "ImaginationPanel.h"
#include "runfolder/ImaginationFiles.h"
#include "itemmodels/RunLoader.h"
#include "plots/AccuracyChart.h"
#include "plots/ClassChart.h"
#include "plots/DifferenceChart.h"
#include "plots/ImaginationCharts.h"
#include "plots/PolicyChart.h"
#include "plots/ShareChart.h"
#include "plots/SummaryChart.h"
#include "plots/SweepChart.h"

namespace replaylab::ui {
namespace {
constexpr int kRedrawMs = 40;  // at most 25 redraws a second
}

ResultsPanel::ResultsPanel(QWidget* parent) : QTabWidget(parent) {
    setObjectName(QStringLiteral("resultsPanel"));
    accuracy_ = new AccuracyChart(results_, this);
    summary_ = new SummaryChart(results_, this);
    difference_ = new DifferenceChart(results_, this);
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
    addTab(summary_, QString());
    addTab(difference_, QString());
    addTab(classTab_, QString());
    addTab(policyChart_, QString());
    addTab(imaginationPanel_, QString());
    explore_ = new ExplorePanel(this);
    addTab(explore_, QString());

    timer_.setSingleShot(true);
    timer_.setInterval(kRedrawMs);
    connect(&timer_, &QTimer::timeout, this, &ResultsPanel::redraw);
    for (ChartPanel* c : charts()) {
        connect(c, &ChartPanel::exportPngRequested, this, [this, c] { exportImageInteractive(c); });
        connect(c, &ChartPanel::exportCsvRequested, this, [this, c] { exportCsvInteractive(c); });
    }
    connect(explore_->chart(), &ChartPanel::exportPngRequested, this, [this] { exportImageInteractive(explore_->chart()); });
    connect(explore_->chart(), &ChartPanel::exportCsvRequested, this, [this] { exportCsvInteractive(explore_->chart()); });
    retranslateUi();
    updateEmptyStates();
}

QList<ChartPanel*> ResultsPanel::charts() const {
    return {accuracy_, summary_, difference_, classes_, share_, policyChart_, imaginationPanel_->pcaChart(),
            imaginationPanel_->fidelityChart()};
}

void ResultsPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QTabWidget::changeEvent(e);
}

void ResultsPanel::retranslateUi() {
    setTabText(AccuracyTab, tr("Accuracy"));
    setTabToolTip(AccuracyTab, tr("Test accuracy after each day and each night, per condition (the paper's figures 1B, 2B, 3B)"));
    setTabText(SummaryTab, tr("Final accuracy"));
    setTabToolTip(SummaryTab, tr("Test accuracy at the last day and at the best checkpoint by validation loss, per condition (figure 1C)"));
    setTabText(DifferenceTab, tr("Difference"));
    setTabToolTip(DifferenceTab, tr("Each condition minus no replay, per day, paired on class set and seed: mean and 95 % interval"));
    setTabText(ClassTab, tr("Per class"));
    setTabToolTip(ClassTab, tr("Per-class accuracy with uniform vs RL-chosen replay, and how much each class was replayed (figure 3C)"));
    setTabText(PolicyTab, tr("RL policy"));
    setTabToolTip(PolicyTab, tr("How the hippocampal RL learner's preferences over classes change over the nights"));
    setTabText(ImaginationTab, tr("Imaginations"));
    setTabToolTip(ImaginationTab, tr("Real vs imagined activations at the replay point"));
    setTabText(ExploreTab, tr("Explore"));
    setTabToolTip(ExploreTab, tr("Sweep a setting and see replay's effect against it, value by value"));
    updateEmptyStates();
}

QString ResultsPanel::emptyMessage(Tab tab) const {
    switch (tab) {
        case AccuracyTab: return accuracy_->emptyMessage();
        case SummaryTab: return summary_->emptyMessage();
        case DifferenceTab: return difference_->emptyMessage();
        case ClassTab: return classes_->emptyMessage();
        case PolicyTab: return policyChart_->emptyMessage();
        case ImaginationTab: return imaginationPanel_->emptyMessage();
        case ExploreTab: return explore_->chart()->emptyMessage();
    }
    return QString();
}

void ResultsPanel::setRunState(bool running, const QStringList& plannedConditions) {
    running_ = running;
    if (running) planned_ = plannedConditions;
    updateEmptyStates();
}

void ResultsPanel::setPresentation(bool on) {
    presentation_ = on;
    for (ChartPanel* c : charts()) c->setScale(on ? kPresentationScale : 1.0);
    explore_->chart()->setScale(on ? kPresentationScale : 1.0);
    imaginationPanel_->setLarge(on);
}

void ResultsPanel::updateEmptyStates() {
    auto planned = [this](const QString& prefix) {
        if (!running_) return false;
        for (const QString& c : planned_)
            if (c.startsWith(prefix)) return true;
        return false;
    };
    const QString pressRun = tr("No results yet. Press Run (F5) to run the settings on the left (the demo preset "
                                "shows replay at work in about a minute), or open a past run with File ▸ Open run folder.");
    const QString firstDay = tr("The run has started: the first points appear when day 1 has been trained and tested.");
    const QString waiting = tr("The run goes on: this tab fills in when the conditions it needs have run.");
    const QString noResults = running_ ? firstDay : pressRun;
    accuracy_->setEmptyMessage(results_.isEmpty() ? noResults : QString());
    summary_->setEmptyMessage(results_.isEmpty() ? noResults : QString());

    QString diff;
    const QStringList compared = difference_->model().conditions();
    if (results_.isEmpty()) diff = noResults;
    else if (!difference_->model().hasBaseline())
        diff = planned(QStringLiteral("none")) ? waiting
                                               : tr("Nothing to compare with: add the condition “No replay” (Set-up ▸ "
                                                    "Conditions) and run; this tab shows every other condition minus no "
                                                    "replay, run by run.");
    else if (compared.isEmpty())
        diff = running_ && planned_.size() > 1
                   ? waiting
                   : tr("Only no replay ran: add a condition with replay (for example generative replay at pool5) "
                        "and run to see how far it lies from no replay.");
    else if (std::none_of(compared.begin(), compared.end(),
                          [this](const QString& c) { return !difference_->meanPoints(c).isEmpty(); }))
        diff = running_ ? waiting
                        : tr("No run shares a class set and seed with no replay, so there is no pair to compare.");
    difference_->setEmptyMessage(diff);

    const QString rl = planned(QStringLiteral("rl-"))
                           ? waiting
                           : tr("Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: "
                                "“Replay chosen by RL”) and run. This tab then compares the classes it chose to "
                                "replay with uniform generative replay at the same replay point.");
    classes_->setEmptyMessage(classes_->chosenCondition().isEmpty() ? rl : QString());
    share_->setEmptyMessage(policy_.isEmpty() ? rl : QString());
    share_->setVisible(!policy_.isEmpty());
    policyChart_->setEmptyMessage(
        policy_.isEmpty() ? (planned(QStringLiteral("rl-"))
                                 ? waiting
                                 : tr("Nothing to show: add a condition with RL-chosen replay (Set-up ▸ Conditions: "
                                      "“Replay chosen by RL”) and run to see which classes the hippocampal learner "
                                      "prefers, night by night."))
                          : QString());

    QString imagined;
    if (imaginations_.isEmpty()) {
        if (planned(QStringLiteral("generative-")) || planned(QStringLiteral("continuous-")) || planned(QStringLiteral("rl-")))
            imagined = tr("No imaginations yet: they appear after the first night of generative, continuous or "
                          "RL-chosen replay.");
        else if (fromFolder_ && !running_)
            imagined = tr("This run folder keeps no imaginations: its runs had no generative, continuous or "
                          "RL-chosen replay, or kept none (Advanced ▸ Imaginations kept per class = 0).");
        else
            imagined = tr("No imaginations: replay generatively (generative, continuous or RL-chosen replay) to see "
                          "imagined activations; they appear after the first night.");
    }
    imaginationPanel_->setEmptyMessage(imagined);
}

void ResultsPanel::scheduleRedraw() {
    if (!timer_.isActive()) timer_.start();
}

void ResultsPanel::redraw() {
    timer_.stop();
    ++redraws_;
    for (ChartPanel* c : charts()) c->refresh();
    imaginationPanel_->refresh();
    updateEmptyStates();
}

void ResultsPanel::clear() {
    results_.clear();
    policy_.clear();
    imaginations_.clear();
    fromFolder_ = false;
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
    // Read everything first: a bad file throws before any model is touched.
    auto imagined = replaylab::readImaginations(dir.toStdString());
    replaylab::ui::loadRunDirectory(dir, results_, policy_, only);
    imaginations_.clear();
    for (const auto& im : imagined) {
        const replaylab::SimulationKey k{im.classSet, im.condition, im.seed};
        if (!only || std::find(only->begin(), only->end(), k) != only->end()) imaginations_.add(im);
    }
    fromFolder_ = true;
    exportFolder_ = QDir(dir).filePath(QStringLiteral("figures"));
    imaginationPanel_->setExportFolder(exportFolder_);
    redraw();
}

void ResultsPanel::setExportFolder(const QString& folder) {
    exportFolder_ = folder;
    imaginationPanel_->setExportFolder(folder);
}

void ResultsPanel::setExportDefaults(const QSize& size, int dpi) {
    if (size.isValid()) exportSize_ = size;
    if (dpi > 0) exportDpi_ = dpi;
}

QStringList ResultsPanel::exportAll(const QString& folder, const QSize& size, double dpi, QStringList* errors,
                                    const QString& format) {
    redraw();
    QStringList written;
    if (!QDir().mkpath(folder)) {
        if (errors) errors->push_back(tr("Cannot create %1").arg(folder));
        return written;
    }
    const QDir dir(folder);
    for (ChartPanel* c : charts()) {
        QString error;
        const QString image = dir.filePath(c->fileStem() + QLatin1Char('.') + format);
        const QString csv = dir.filePath(c->fileStem() + QStringLiteral(".csv"));
        if (c->exportImage(image, format, size, dpi, &error)) written.push_back(image);
        else if (errors) errors->push_back(error);
        if (c->exportCsv(csv, &error)) written.push_back(csv);
        else if (errors) errors->push_back(error);
    }
    if (!imaginations_.isEmpty()) {
        const QString maps = dir.filePath(QStringLiteral("imagination-maps.png"));
        if (imaginationPanel_->mapsImage().save(maps, "PNG")) written.push_back(maps);
        else if (errors) errors->push_back(tr("Cannot write %1").arg(maps));
        const QString drawings = dir.filePath(QStringLiteral("imagination-drawings.png"));
        if (!imaginationPanel_->picturesImage().isNull()) {
            QString error;
            if (imaginationPanel_->exportPictures(drawings, &error)) written.push_back(drawings);
            else if (errors) errors->push_back(error);
        }
    }
    return written;
}

void ResultsPanel::exportImageInteractive(ChartPanel* chart) {
    ExportDialog dialog(exportSize_, exportDpi_, exportFormat_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    exportSize_ = dialog.imageSize();
    exportDpi_ = dialog.dpi();
    exportFormat_ = dialog.format();
    const QString filter = exportFormat_ == QLatin1String("svg")   ? tr("SVG images (*.svg)")
                           : exportFormat_ == QLatin1String("pdf") ? tr("PDF documents (*.pdf)")
                                                                   : tr("PNG images (*.png)");
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export chart"), QDir(exportFolder_).filePath(chart->fileStem() + QLatin1Char('.') + exportFormat_),
        filter);
    if (file.isEmpty()) return;
    QString error;
    if (!chart->exportImage(file, exportFormat_, exportSize_, exportDpi_, &error))
        QMessageBox::warning(this, tr("Export"), error);
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
