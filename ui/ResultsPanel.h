#pragma once
// The results of the current (or an opened) run: the models and the charts drawn from them.
// Events only touch the models; the charts redraw on a 40 ms single-shot timer, so a burst
// of events costs one redraw.
#include <QList>
#include <QSize>
#include <QStringList>
#include <QTabWidget>
#include <QTimer>

#include "MetaTypes.h"
#include "itemmodels/ImaginationModel.h"
#include "itemmodels/PolicyModel.h"
#include "itemmodels/ResultsModel.h"

namespace replaylab::ui {

class AccuracyChart;
class ChartPanel;
class ClassChart;
class DifferenceChart;
class ExplorePanel;
class ImaginationPanel;
class PolicyChart;
class ShareChart;
class SummaryChart;

class ResultsPanel : public QTabWidget {
    Q_OBJECT
public:
    explicit ResultsPanel(QWidget* parent = nullptr);

    const ResultsModel& results() const { return results_; }
    const PolicyModel& policy() const { return policy_; }
    const ImaginationModel& imaginations() const { return imaginations_; }

    AccuracyChart* accuracyChart() const { return accuracy_; }
    SummaryChart* summaryChart() const { return summary_; }
    DifferenceChart* differenceChart() const { return difference_; }
    ClassChart* classChart() const { return classes_; }
    ShareChart* shareChart() const { return share_; }
    PolicyChart* policyChart() const { return policyChart_; }
    ImaginationPanel* imaginationPanel() const { return imaginationPanel_; }
    /// The Explore tab (sweeps); its chart is not one of charts(): it shows a sweep, not the run.
    ExplorePanel* explorePanel() const { return explore_; }
    /// Every chart, in tab order.
    QList<ChartPanel*> charts() const;
    /// Redraws done so far (each covers every event since the one before).
    int redrawCount() const { return redraws_; }
    /// The tabs, in order.
    enum Tab { AccuracyTab, SummaryTab, DifferenceTab, ClassTab, PolicyTab, ImaginationTab, ExploreTab };
    /// What a tab says instead of its chart while it has nothing to show; empty when it
    /// shows results.
    QString emptyMessage(Tab tab) const;

    /// A run is going (or not) with these conditions: empty tabs say what they wait for.
    void setRunState(bool running, const QStringList& plannedConditions);
    /// Presentation mode: larger fonts, thicker lines, bigger markers and tiles.
    void setPresentation(bool on);
    bool presentation() const { return presentation_; }
    /// How much larger text, lines and markers are in presentation mode.
    static constexpr double kPresentationScale = 1.6;

    /// Reads a past run folder (metrics.csv, rl.csv) in place of what is shown.
    /// Throws replaylab::InputError naming the file.
    /// With only, just the rows of those simulations (a resumed run's finished ones).
    void loadRunDirectory(const QString& dir, const std::vector<replaylab::SimulationKey>* only = nullptr);
    /// Writes every chart as an image in format ("png", "svg" or "pdf") and as CSV into folder
    /// (created when missing), plus the imagination maps (PNG) when there are any. Returns the
    /// files written; errors in *errors.
    QStringList exportAll(const QString& folder, const QSize& size, double dpi, QStringList* errors,
                          const QString& format = QStringLiteral("png"));

    /// Export settings remembered between dialogs.
    QSize exportSize() const { return exportSize_; }
    int exportDpi() const { return exportDpi_; }
    QString exportFormat() const { return exportFormat_; }
    void setExportDefaults(const QSize& size, int dpi);
    /// Folder offered by the export file dialogs.
    void setExportFolder(const QString& folder);

public Q_SLOTS:
    void clear();
    void addEvaluation(const replaylab::Evaluation& e);
    void addPolicyStep(const replaylab::PolicyStep& s);
    void addImagination(const replaylab::Imagination& i);
    /// Redraws now (the timer calls this).
    void redraw();

protected:
    void changeEvent(QEvent* e) override;

private:
    void scheduleRedraw();
    void retranslateUi();
    void updateEmptyStates();
    void exportImageInteractive(ChartPanel* chart);
    void exportCsvInteractive(ChartPanel* chart);

    ResultsModel results_;
    PolicyModel policy_;
    ImaginationModel imaginations_;
    AccuracyChart* accuracy_ = nullptr;
    SummaryChart* summary_ = nullptr;
    DifferenceChart* difference_ = nullptr;
    ClassChart* classes_ = nullptr;
    ShareChart* share_ = nullptr;
    PolicyChart* policyChart_ = nullptr;
    ImaginationPanel* imaginationPanel_ = nullptr;
    ExplorePanel* explore_ = nullptr;
    QWidget* classTab_ = nullptr;
    bool running_ = false;
    bool fromFolder_ = false;  // read from a run folder (imaginations from its imaginations/)
    bool presentation_ = false;
    QStringList planned_;
    QTimer timer_;
    int redraws_ = 0;
    QSize exportSize_{1600, 1000};
    int exportDpi_ = 150;
    QString exportFormat_ = QStringLiteral("png");
    QString exportFolder_;
};

}  // namespace replaylab::ui
