#pragma once
// Owns the worker thread of runs and the cancel token of the current run. Lives in the UI
// thread; everything it emits arrives there (queued from the worker).
#include <functional>
#include <memory>

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QThread>

#include "MetaTypes.h"

namespace replaylab::ui {

class RunWorker;

class RunController : public QObject {
    Q_OBJECT
public:
    explicit RunController(QObject* parent = nullptr);
    ~RunController() override;  ///< stops a running run and waits for the thread

    bool isRunning() const { return running_; }
    bool isPaused() const { return paused_; }
    /// The run directory of the current (or last) run.
    QString runDirectory() const { return runDir_; }

    /// Starts cfg in the worker thread. cfg.outputDir must be set. Returns false (and does
    /// nothing) while another run is going.
    bool start(const replaylab::ExperimentConfig& cfg);
    /// Goes on with the unfinished run in dir (see RunWorker::resume). Returns false while
    /// another run is going.
    bool resume(const QString& dir);

public Q_SLOTS:
    /// Asks the run to stop at the next batch boundary; finished() follows.
    void stop();
    void setPaused(bool paused);

Q_SIGNALS:
    void stateChanged();
    /// A resumed run's folder was reopened (see RunWorker::reopened).
    void reopened(const QString& dir, const std::vector<replaylab::SimulationKey>& kept);
    void runStarted(const replaylab::RunInfo& info);
    void progress(const replaylab::Progress& p);
    void evaluated(const replaylab::Evaluation& e);
    void imagined(const replaylab::Imagination& i);
    void policyStep(const replaylab::PolicyStep& s);
    void warning(const QString& message);
    void finished(const replaylab::RunSummary& summary);
    void failed(const QString& message);

private:
    bool begin(const QString& dir, std::function<void(RunWorker*, std::shared_ptr<replaylab::CancelToken>)> work);
    void onWorkerDone();
    QThread thread_;
    RunWorker* worker_ = nullptr;  // owned by thread_ (deleted on its finish)
    std::shared_ptr<replaylab::CancelToken> cancel_;
    QString runDir_;
    bool running_ = false;
    bool paused_ = false;
};

}  // namespace replaylab::ui
