#include "MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include "AboutDialog.h"
#include "ExplorePanel.h"
#include "GuideDialog.h"
#include "Labels.h"
#include "Language.h"
#include "ResultsPanel.h"
#include "RunControls.h"
#include "RunController.h"
#include "SetupPanel.h"
#include "config/ConfigJson.h"
#include "runfolder/Manifest.h"
#include "runfolder/RunDirectory.h"
#include "session/Sweep.h"

namespace replaylab::ui {
namespace {

constexpr int kReplanMs = 150;  // settle typing before validating and planning

QStringList conditionNames(const replaylab::ExperimentConfig& cfg) {
    QStringList out;
    for (const auto& c : cfg.replay.conditions) out.push_back(QString::fromStdString(c.name()));
    return out;
}

QString readText(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return QString();
    return QString::fromUtf8(f.readAll());
}

}  // namespace

MainWindow::MainWindow(bool restoreSettings, QWidget* parent) : QMainWindow(parent), restore_(restoreSettings) {
    setObjectName(QStringLiteral("mainWindow"));
    registerMetaTypes();
    language_ = new Language(this);
    controller_ = new RunController(this);
    setup_ = new SetupPanel;
    setup_->setObjectName(QStringLiteral("setupPanel"));
    controls_ = new RunControls;
    results_ = new ResultsPanel;

    setupScroll_ = new QScrollArea;
    setupScroll_->setWidget(setup_);
    setupScroll_->setWidgetResizable(true);
    setupScroll_->setMinimumWidth(440);
    setupScroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setupDock_ = new QDockWidget(this);
    setupDock_->setObjectName(QStringLiteral("setupDock"));
    setupDock_->setWidget(setupScroll_);
    setupDock_->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, setupDock_);

    auto* centre = new QWidget;
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(controls_);
    layout->addWidget(results_, 1);
    setCentralWidget(centre);

    measure_ = new QFutureWatcher<PlanResult>(this);
    planTimer_.setSingleShot(true);
    planTimer_.setInterval(kReplanMs);
    connect(&planTimer_, &QTimer::timeout, this, [this] { replan(measurePlan_); });
    connect(measure_, &QFutureWatcherBase::finished, this, [this] {
        const PlanResult r = measure_->result();
        if (measuredGeneration_ == planGeneration_ && !controller_->isRunning()) controls_->setPlan(r);
        if (measureAgain_) {
            measureAgain_ = false;
            replan(true);
        }
    });

    createActions();

    // Settings -> plan; controls -> controller; controller -> panels.
    connect(setup_, &SetupPanel::configChanged, this, &MainWindow::scheduleReplan);
    connect(controls_, &RunControls::runRequested, this, [this] { startRun(); });
    connect(controls_, &RunControls::pauseToggled, controller_, &RunController::setPaused);
    connect(controls_, &RunControls::stopRequested, controller_, &RunController::stop);
    connect(controller_, &RunController::stateChanged, this, &MainWindow::updateActions);
    // Closing during a run waits for the run to stop, so its folder is complete.
    connect(controller_, &RunController::stateChanged, this, [this] {
        if (closeAfterStop_ && !controller_->isRunning()) QTimer::singleShot(0, this, &QWidget::close);
    });
    connect(controller_, &RunController::runStarted, this, [this](const replaylab::RunInfo& info) {
        device_ = tr("%1, %n thread(s)", nullptr, info.threads).arg(QString::fromStdString(info.device));
    });
    connect(controller_, &RunController::progress, controls_, &RunControls::showProgress);
    connect(controller_, &RunController::evaluated, results_, &ResultsPanel::addEvaluation);
    connect(controller_, &RunController::imagined, results_, &ResultsPanel::addImagination);
    connect(controller_, &RunController::policyStep, results_, &ResultsPanel::addPolicyStep);
    connect(controller_, &RunController::warning, this,
            [this](const QString& w) { statusBar()->showMessage(tr("Warning: %1").arg(w), 10000); });
    connect(controller_, &RunController::failed, controls_, &RunControls::showFailed);
    // A resumed run's folder, reopened by the engine: what it kept is final, the rest comes live.
    connect(controller_, &RunController::reopened, this,
            [this](const QString& dir, const std::vector<replaylab::SimulationKey>& kept) {
                try {
                    results_->loadRunDirectory(dir, &kept);
                } catch (const std::exception& e) {
                    statusBar()->showMessage(Labels::firstLine(e.what()), 10000);
                }
            });
    connect(controller_, &RunController::finished, this, [this](const replaylab::RunSummary& s) {
        controls_->showFinished(s);
        results_->redraw();
        statusBar()->showMessage(tr("Results in %1").arg(QDir::toNativeSeparators(runDir_)));
    });

    runsFolder_ = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("Replay Lab/runs"));
    device_ = tr("%1 (set in the settings), %n core(s) here", nullptr, QThread::idealThreadCount())
                  .arg(QStringLiteral("cpu"));
    resize(1400, 900);
    if (restore_) readSettings();
    else language_->setLanguage(QString());
    // Sweeps start from the Set-up's settings and go where runs go.
    ExplorePanel* explore = results_->explorePanel();
    explore->setBaseConfig([this] {
        replaylab::ExperimentConfig c = setup_->config();
        c.outputDir.clear();
        return c;
    });
    explore->setRunsFolder(runsFolder_);
    connect(explore, &ExplorePanel::openRequested, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Open sweep folder"), runsFolder_);
        if (!dir.isEmpty()) openRunDirectory(dir);
    });
    connect(explore, &ExplorePanel::runningChanged, this, [this](bool running) {
        statusBar()->showMessage(running ? tr("Sweep running into %1").arg(QDir::toNativeSeparators(results_->explorePanel()->folder()))
                                         : results_->explorePanel()->message(), 10000);
    });
    retranslateUi();
    updateActions();
    planNow();
    scheduleReplan();  // then the timed estimate, in the background
}

MainWindow::~MainWindow() {
    measure_->waitForFinished();
}

void MainWindow::createActions() {
    openRunAct_ = new QAction(this);
    openRunAct_->setShortcut(QKeySequence::Open);
    connect(openRunAct_, &QAction::triggered, this, &MainWindow::openRunDialog);
    loadSettingsAct_ = new QAction(this);
    connect(loadSettingsAct_, &QAction::triggered, this, &MainWindow::loadSettingsDialog);
    saveSettingsAct_ = new QAction(this);
    saveSettingsAct_->setShortcut(QKeySequence::Save);
    connect(saveSettingsAct_, &QAction::triggered, this, &MainWindow::saveSettingsDialog);
    exportAllAct_ = new QAction(this);
    exportAllAct_->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(exportAllAct_, &QAction::triggered, this, &MainWindow::exportAllInteractive);
    quitAct_ = new QAction(this);
    quitAct_->setShortcut(QKeySequence::Quit);
    connect(quitAct_, &QAction::triggered, this, &QWidget::close);

    runAct_ = new QAction(this);
    runAct_->setShortcut(QKeySequence(Qt::Key_F5));
    connect(runAct_, &QAction::triggered, this, [this] { startRun(); });
    pauseAct_ = new QAction(this);
    pauseAct_->setCheckable(true);
    pauseAct_->setShortcut(QKeySequence(Qt::Key_F6));
    connect(pauseAct_, &QAction::triggered, controller_, &RunController::setPaused);
    stopAct_ = new QAction(this);
    stopAct_->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F5));
    connect(stopAct_, &QAction::triggered, controller_, &RunController::stop);
    resumeAct_ = new QAction(this);
    resumeAct_->setObjectName(QStringLiteral("resumeAction"));
    connect(resumeAct_, &QAction::triggered, this, [this] { resumeRun(); });

    langGroup_ = new QActionGroup(this);
    langSystemAct_ = new QAction(langGroup_);
    langSystemAct_->setData(QString());
    langEnAct_ = new QAction(QStringLiteral("English"), langGroup_);
    langEnAct_->setData(QStringLiteral("en"));
    langDeAct_ = new QAction(QStringLiteral("Deutsch"), langGroup_);
    langDeAct_->setData(QStringLiteral("de"));
    for (QAction* a : langGroup_->actions()) a->setCheckable(true);
    connect(langGroup_, &QActionGroup::triggered, this, [this](QAction* a) {
        language_->setLanguage(a->data().toString());
        writeSettings();
    });
    aboutAct_ = new QAction(this);
    connect(aboutAct_, &QAction::triggered, this, &MainWindow::showAbout);
    guideAct_ = new QAction(this);
    guideAct_->setObjectName(QStringLiteral("guideAction"));
    guideAct_->setShortcut(QKeySequence::HelpContents);
    connect(guideAct_, &QAction::triggered, this, &MainWindow::showGuide);
    presentationAct_ = new QAction(this);
    presentationAct_->setObjectName(QStringLiteral("presentationAction"));
    presentationAct_->setCheckable(true);
    presentationAct_->setShortcut(QKeySequence(Qt::Key_F11));
    connect(presentationAct_, &QAction::triggered, this, [this](bool on) {
        setPresentationMode(on);
        if (restore_) QSettings().setValue(QStringLiteral("view/presentation"), on);
    });

    fileMenu_ = menuBar()->addMenu(QString());
    fileMenu_->addAction(openRunAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(loadSettingsAct_);
    fileMenu_->addAction(saveSettingsAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(exportAllAct_);
    fileMenu_->addSeparator();
    fileMenu_->addAction(quitAct_);
    runMenu_ = menuBar()->addMenu(QString());
    runMenu_->addAction(runAct_);
    runMenu_->addAction(pauseAct_);
    runMenu_->addAction(stopAct_);
    runMenu_->addSeparator();
    runMenu_->addAction(resumeAct_);
    viewMenu_ = menuBar()->addMenu(QString());
    viewMenu_->addAction(presentationAct_);
    languageMenu_ = menuBar()->addMenu(QString());
    languageMenu_->addActions(langGroup_->actions());
    helpMenu_ = menuBar()->addMenu(QString());
    helpMenu_->addAction(guideAct_);
    helpMenu_->addSeparator();
    helpMenu_->addAction(aboutAct_);
}

void MainWindow::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(e);
}

void MainWindow::retranslateUi() {
    setWindowTitle(tr("Replay Lab"));
    setupDock_->setWindowTitle(tr("Set-up"));
    fileMenu_->setTitle(tr("&File"));
    runMenu_->setTitle(tr("&Run", "menu"));
    viewMenu_->setTitle(tr("&View"));
    languageMenu_->setTitle(tr("&Language"));
    helpMenu_->setTitle(tr("&Help"));
    openRunAct_->setText(tr("&Open run folder…"));
    openRunAct_->setStatusTip(tr("Show the results of a past run (metrics.csv, rl.csv)"));
    loadSettingsAct_->setText(tr("&Load settings…"));
    loadSettingsAct_->setStatusTip(tr("Load settings from a JSON file (as config.json or the command line's --config)"));
    saveSettingsAct_->setText(tr("&Save settings…"));
    saveSettingsAct_->setStatusTip(tr("Save the settings as JSON, usable with replaylab-cli run --config"));
    exportAllAct_->setText(tr("&Export all figures"));
    exportAllAct_->setStatusTip(tr("Write every chart as an image (in the format last chosen in a chart's Export image…) and CSV into the run folder's figures/"));
    quitAct_->setText(tr("&Quit"));
    runAct_->setText(tr("&Run"));
    pauseAct_->setText(tr("&Pause"));
    stopAct_->setText(tr("&Stop"));
    resumeAct_->setText(tr("Res&ume"));
    resumeAct_->setStatusTip(tr("Go on with the opened run where it stopped: finished simulations are kept, the rest run"));
    langSystemAct_->setText(tr("&System language"));
    aboutAct_->setText(tr("&About Replay Lab"));
    guideAct_->setText(tr("&Guide"));
    guideAct_->setStatusTip(tr("A short tour: what a day, a night, a replay point and an imagination are, and what to try first"));
    presentationAct_->setText(tr("&Presentation mode"));
    presentationAct_->setStatusTip(tr("Full screen, larger text, thicker lines and bigger markers: readable from the back of a room"));
}

void MainWindow::updateActions() {
    const bool running = controller_->isRunning();
    const bool paused = controller_->isPaused();
    controls_->setRunning(running, paused);
    setup_->setEditable(!running);
    runAct_->setEnabled(!running && controls_->runEnabled());
    pauseAct_->setEnabled(running);
    pauseAct_->setChecked(paused);
    stopAct_->setEnabled(running);
    resumeAct_->setEnabled(!running && canResume());
    openRunAct_->setEnabled(!running);
    loadSettingsAct_->setEnabled(!running);
    results_->setRunState(running, plannedConditions_);
    const QString chosen = language_->chosen();
    for (QAction* a : langGroup_->actions()) a->setChecked(a->data().toString() == chosen);
    if (!running) scheduleReplan();
}

void MainWindow::setConfig(const replaylab::ExperimentConfig& cfg) { setup_->setConfig(cfg); }

void MainWindow::scheduleReplan() { planTimer_.start(); }

void MainWindow::replan(bool measure) {
    planTimer_.stop();
    const replaylab::ExperimentConfig cfg = setup_->config();
    ++planGeneration_;
    const PlanResult quick = planRun(cfg, /*measure=*/false);
    controls_->setPlan(quick);
    runAct_->setEnabled(!controller_->isRunning() && controls_->runEnabled());
    if (quick.runnable() && measure && !controller_->isRunning()) startMeasuredPlan(cfg);
}

void MainWindow::startMeasuredPlan(const replaylab::ExperimentConfig& cfg) {
    if (measure_->isRunning()) {  // one measurement at a time; redo for the latest settings
        measureAgain_ = true;
        return;
    }
    measuredGeneration_ = planGeneration_;
    measure_->setFuture(QtConcurrent::run([cfg] { return planRun(cfg, /*measure=*/true); }));
}

bool MainWindow::startRun() {
    if (controller_->isRunning()) return false;
    planNow();
    if (!controls_->runEnabled()) {
        statusBar()->showMessage(tr("These settings cannot run; see the reason above."), 8000);
        return false;
    }
    replaylab::ExperimentConfig cfg = setup_->config();
    if (cfg.outputDir.empty())  // named as the CLI names its runs
        cfg.outputDir = replaylab::newRunFolder(runsFolder_.toStdString(), cfg.name).string();
    runDir_ = QString::fromStdString(cfg.outputDir);
    results_->clear();
    results_->setExportFolder(QDir(runDir_).filePath(QStringLiteral("figures")));
    plannedConditions_ = conditionNames(cfg);
    device_ = QString::fromStdString(cfg.train.device);
    writeSettings();
    statusBar()->showMessage(tr("Running into %1").arg(QDir::toNativeSeparators(runDir_)));
    return controller_->start(cfg);
}

void MainWindow::setRunsFolder(const QString& folder) {
    runsFolder_ = folder;
    results_->explorePanel()->setRunsFolder(folder);
}

bool MainWindow::openRunDirectory(const QString& dir) {
    if (controller_->isRunning()) return false;
    if (replaylab::isSweepFolder(dir.toStdString())) {
        ExplorePanel* explore = results_->explorePanel();
        results_->setCurrentWidget(explore);
        if (!explore->openSweep(dir)) {
            controls_->showFailed(explore->message());
            return false;
        }
        // The sweep's base settings, to look at or sweep again (into a new folder).
        try {
            replaylab::ExperimentConfig cfg = replaylab::readSweepRecord(dir.toStdString()).spec.base;
            cfg.outputDir.clear();
            setup_->setConfig(cfg);
        } catch (const std::exception& e) {
            statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
        }
        controls_->showMessage(explore->message());
        return true;
    }
    try {
        results_->loadRunDirectory(dir);
    } catch (const std::exception& e) {
        controls_->showFailed(QString::fromUtf8(e.what()));
        return false;
    }
    runDir_ = dir;
    // The run's settings, to look at or run again (into a new folder).
    const QString json = readText(QDir(dir).filePath(QStringLiteral("config.json")));
    if (!json.isEmpty()) {
        try {
            replaylab::ExperimentConfig cfg = replaylab::configFromJson(json.toStdString(), QDir(dir).filePath("config.json").toStdString());
            cfg.outputDir.clear();
            setup_->setConfig(cfg);
        } catch (const std::exception& e) {
            statusBar()->showMessage(QString::fromUtf8(e.what()), 10000);
        }
    }
    if (canResume())
        controls_->showMessage(tr("Showing %1; it did not complete: Run ▸ Resume goes on with it")
                                   .arg(QDir::toNativeSeparators(dir)));
    else
        controls_->showMessage(tr("Showing %1").arg(QDir::toNativeSeparators(dir)));
    updateActions();
    return true;
}

bool MainWindow::canResume() const {
    return !runDir_.isEmpty() && replaylab::checkResumable(runDir_.toStdString()).resumable;
}

bool MainWindow::resumeRun() {
    if (controller_->isRunning() || runDir_.isEmpty()) return false;
    if (const auto can = replaylab::checkResumable(runDir_.toStdString()); !can.resumable) {
        if (can.status == replaylab::RunStatus::Completed)
            controls_->showMessage(tr("%1 completed; nothing to resume").arg(QDir::toNativeSeparators(runDir_)));
        else
            controls_->showFailed(QString::fromStdString(can.reason));
        return false;
    }
    results_->setExportFolder(QDir(runDir_).filePath(QStringLiteral("figures")));
    plannedConditions_ = conditionNames(setup_->config());  // the run's own, read back at open
    statusBar()->showMessage(tr("Resuming %1").arg(QDir::toNativeSeparators(runDir_)));
    return controller_->resume(runDir_);
}

QStringList MainWindow::exportAll() {
    if (runDir_.isEmpty()) return {};
    QStringList errors;
    const QStringList files = results_->exportAll(QDir(runDir_).filePath(QStringLiteral("figures")),
                                                  results_->exportSize(), results_->exportDpi(), &errors,
                                                  results_->exportFormat());
    if (!errors.isEmpty()) controls_->showFailed(errors.join(QStringLiteral("; ")));
    else statusBar()->showMessage(tr("%n file(s) written to %1", nullptr, files.size())
                                      .arg(QDir::toNativeSeparators(QDir(runDir_).filePath(QStringLiteral("figures")))), 10000);
    return files;
}

void MainWindow::exportAllInteractive() {
    if (runDir_.isEmpty()) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Export all figures into"));
        if (dir.isEmpty()) return;
        QStringList errors;
        results_->exportAll(dir, results_->exportSize(), results_->exportDpi(), &errors, results_->exportFormat());
        if (!errors.isEmpty()) QMessageBox::warning(this, tr("Export"), errors.join('\n'));
        return;
    }
    exportAll();
}

void MainWindow::openRunDialog() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open run folder"), runsFolder_);
    if (!dir.isEmpty() && !openRunDirectory(dir))
        QMessageBox::warning(this, tr("Open run folder"), tr("%1 holds no readable results.").arg(dir));
}

bool MainWindow::loadSettingsFile(const QString& file, QString* error) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error) *error = tr("Cannot read %1").arg(file);
        return false;
    }
    try {
        setup_->setConfig(replaylab::configFromJson(f.readAll().toStdString(), file.toStdString()));
    } catch (const std::exception& e) {
        if (error) *error = QString::fromUtf8(e.what());
        return false;
    }
    return true;
}

bool MainWindow::saveSettingsFile(const QString& file, QString* error) const {
    QSaveFile out(file);
    const QByteArray bytes = QByteArray::fromStdString(replaylab::configToJson(setup_->config()));
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

void MainWindow::loadSettingsDialog() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Load settings"), QString(), tr("JSON settings (*.json)"));
    QString error;
    if (!file.isEmpty() && !loadSettingsFile(file, &error)) QMessageBox::warning(this, tr("Load settings"), error);
}

void MainWindow::saveSettingsDialog() {
    const QString file = QFileDialog::getSaveFileName(this, tr("Save settings"), QStringLiteral("replaylab.json"),
                                                      tr("JSON settings (*.json)"));
    QString error;
    if (!file.isEmpty() && !saveSettingsFile(file, &error)) QMessageBox::warning(this, tr("Save settings"), error);
}

void MainWindow::showAbout() {
    AboutDialog dialog(device_, this);
    dialog.exec();
}

void MainWindow::showGuide() {
    GuideDialog dialog(this);
    dialog.exec();
}

void MainWindow::setPresentationMode(bool on) {
    presentation_ = on;
    presentationAct_->setChecked(on);
    if (on) {
        QFont f = QApplication::font();
        if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * ResultsPanel::kPresentationScale);
        else f.setPixelSize(qRound(f.pixelSize() * ResultsPanel::kPresentationScale));
        setFont(f);
        setWindowState(windowState() | Qt::WindowFullScreen);
    } else {
        setFont(QFont());  // back to the application's font
        setWindowState(windowState() & ~Qt::WindowFullScreen);
    }
    // The results take the screen; F11 again brings the set-up back.
    setupDock_->setVisible(!on);
    results_->setPresentation(on);
}

void MainWindow::readSettings() {
    QSettings s;
    restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    runsFolder_ = s.value(QStringLiteral("paths/runs"), runsFolder_).toString();
    results_->setExportDefaults(s.value(QStringLiteral("export/size"), QSize(1600, 1000)).toSize(),
                                s.value(QStringLiteral("export/dpi"), 150).toInt());
    language_->setLanguage(s.value(QStringLiteral("language")).toString());
    if (s.value(QStringLiteral("view/presentation"), false).toBool()) setPresentationMode(true);
    const QString json = s.value(QStringLiteral("setup/config")).toString();
    if (!json.isEmpty()) {
        try {
            setup_->setConfig(replaylab::configFromJson(json.toStdString(), "the saved settings"));
        } catch (const std::exception&) {
            // settings of an older version: start from the defaults
        }
    }
}

void MainWindow::writeSettings() const {
    if (!restore_) return;  // a window that did not read the settings does not overwrite them
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("paths/runs"), runsFolder_);
    s.setValue(QStringLiteral("export/size"), results_->exportSize());
    s.setValue(QStringLiteral("export/dpi"), results_->exportDpi());
    s.setValue(QStringLiteral("language"), language_->chosen());
    replaylab::ExperimentConfig cfg = setup_->config();
    s.setValue(QStringLiteral("setup/config"), QString::fromStdString(replaylab::configToJson(cfg)));
}

void MainWindow::closeEvent(QCloseEvent* e) {
    if (controller_->isRunning()) {
        e->ignore();
        if (closeAfterStop_) return;  // stopping already; closes when the run has ended
        QMessageBox box(QMessageBox::Question, tr("Close Replay Lab"),
                        tr("A run is going. Stop it and close? The run folder keeps everything written up to "
                           "the stop (status stopped), and Run ▸ Resume can go on with it later."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("closeDuringRunBox"));
        QPushButton* stop = box.addButton(tr("Stop and close"), QMessageBox::AcceptRole);
        stop->setObjectName(QStringLiteral("stopAndCloseButton"));
        QPushButton* cancel = box.addButton(QMessageBox::Cancel);
        cancel->setObjectName(QStringLiteral("cancelCloseButton"));
        box.setDefaultButton(cancel);
        box.exec();
        if (box.clickedButton() == stop && controller_->isRunning()) stopAndClose();
        else if (box.clickedButton() == stop) QTimer::singleShot(0, this, &QWidget::close);  // ended meanwhile
        return;
    }
    writeSettings();
    e->accept();
}

void MainWindow::stopAndClose() {
    if (!controller_->isRunning()) {
        close();
        return;
    }
    closeAfterStop_ = true;
    statusBar()->showMessage(tr("Stopping the run; the window closes when its folder is written"));
    controller_->stop();
}

}  // namespace replaylab::ui
