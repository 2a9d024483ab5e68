#pragma once
#include <vector>
// The main window: wiring only. Set-up panel (dock), run controls and results (centre),
// menus; state in QSettings. Logic lives in the panels, models and RunController.
#include <QFutureWatcher>
#include <QMainWindow>
#include <QTimer>

#include "MetaTypes.h"
#include "itemmodels/Planner.h"

QT_BEGIN_NAMESPACE
class QAction;
class QActionGroup;
class QDockWidget;
class QMenu;
class QScrollArea;
QT_END_NAMESPACE

namespace replaylab::ui {

class Language;
class ResultsPanel;
class RunControls;
class RunController;
class SetupPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// restoreSettings: read the last settings, geometry and language from QSettings.
    explicit MainWindow(bool restoreSettings = true, QWidget* parent = nullptr);
    ~MainWindow() override;

    SetupPanel* setupPanel() const { return setup_; }
    RunControls* runControls() const { return controls_; }
    ResultsPanel* resultsPanel() const { return results_; }
    RunController* runController() const { return controller_; }
    Language* language() const { return language_; }

    void setConfig(const replaylab::ExperimentConfig& cfg);
    /// Validates and plans the settings shown now and updates the plan display (no timing;
    /// the debounced re-plan after an edit also times a few batches in the background).
    void planNow() { replan(false); }
    /// Also time a few batches for the plan (in the background). On by default.
    void setPlanMeasurement(bool on) { measurePlan_ = on; }
    /// Starts a run of the settings shown; false (reason shown) when they cannot run.
    bool startRun();
    /// Shows a past run folder's results (and its settings), or a sweep folder in the Explore
    /// tab. False with the reason shown.
    bool openRunDirectory(const QString& dir);
    /// Goes on with the opened (or last) run when it did not complete: its finished
    /// simulations stay on the charts, the rest run. False with the reason shown.
    bool resumeRun();
    /// The opened or last run folder holds a run that did not complete.
    bool canResume() const;
    /// Settings as JSON (the format of config.json and of replaylab-cli run --config).
    /// False with *error set (naming the file) when the file cannot be read or written.
    bool loadSettingsFile(const QString& file, QString* error = nullptr);
    bool saveSettingsFile(const QString& file, QString* error = nullptr) const;
    /// Writes every chart (PNG + CSV) into <run folder>/figures. Returns the files.
    QStringList exportAll();
    /// The folder of the current, last or opened run.
    QString runDirectory() const { return runDir_; }
    /// Where new run folders go when the settings name none.
    QString runsFolder() const { return runsFolder_; }
    void setRunsFolder(const QString& folder);

    /// Presentation mode: full screen, text x1.6, thicker lines, bigger markers and tiles
    /// (View menu, F11); remembered in the settings.
    void setPresentationMode(bool on);
    bool presentationMode() const { return presentation_; }

public Q_SLOTS:
    void showAbout();
    void showGuide();
    /// Stops a running run without asking and closes the window once the run folder is
    /// written (status stopped); closes at once when nothing runs.
    void stopAndClose();

protected:
    void closeEvent(QCloseEvent* e) override;
    void changeEvent(QEvent* e) override;

private:
    void createActions();
    void retranslateUi();
    void readSettings();
    void writeSettings() const;
    void scheduleReplan();
    void replan(bool measure);
    void startMeasuredPlan(const replaylab::ExperimentConfig& cfg);
    void updateActions();
    void openRunDialog();
    void loadSettingsDialog();
    void saveSettingsDialog();
    void exportAllInteractive();

    SetupPanel* setup_ = nullptr;
    RunControls* controls_ = nullptr;
    ResultsPanel* results_ = nullptr;
    RunController* controller_ = nullptr;
    Language* language_ = nullptr;
    QDockWidget* setupDock_ = nullptr;
    QScrollArea* setupScroll_ = nullptr;

    QMenu* fileMenu_ = nullptr;
    QMenu* runMenu_ = nullptr;
    QMenu* viewMenu_ = nullptr;
    QMenu* languageMenu_ = nullptr;
    QMenu* helpMenu_ = nullptr;
    QAction* openRunAct_ = nullptr;
    QAction* loadSettingsAct_ = nullptr;
    QAction* saveSettingsAct_ = nullptr;
    QAction* exportAllAct_ = nullptr;
    QAction* quitAct_ = nullptr;
    QAction* runAct_ = nullptr;
    QAction* pauseAct_ = nullptr;
    QAction* stopAct_ = nullptr;
    QAction* resumeAct_ = nullptr;
    QAction* langSystemAct_ = nullptr;
    QAction* langEnAct_ = nullptr;
    QAction* langDeAct_ = nullptr;
    QActionGroup* langGroup_ = nullptr;
    QAction* aboutAct_ = nullptr;
    QAction* guideAct_ = nullptr;
    QAction* presentationAct_ = nullptr;

    QTimer planTimer_;
    QFutureWatcher<PlanResult>* measure_ = nullptr;
    bool measurePlan_ = true;
    bool measureAgain_ = false;
    int planGeneration_ = 0;
    int measuredGeneration_ = -1;
    bool restore_ = true;
    QString runDir_;
    /// A resumed run: its finished simulations are read back once the engine has reopened
    /// the folder (at runStarted), the rest arrive as events.
    QString runsFolder_;
    QString device_;
    QStringList plannedConditions_;  // of the current run, for the empty tabs' messages
    bool presentation_ = false;
    bool closeAfterStop_ = false;
};

}  // namespace replaylab::ui
