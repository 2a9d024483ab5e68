#include "RunWorker.h"

#include <exception>

#include <QtGlobal>

#include "Labels.h"
#include "io/RunDirectory.h"
#include "io/RunRecorder.h"
#include "sim/Experiment.h"

namespace replaylab::ui {
namespace {

/// Turns engine events (on the worker thread) into the worker's signals. The signals are
/// queued to receivers in other threads, so every argument is copied.
class SignalObserver : public replaylab::Observer {
public:
    explicit SignalObserver(RunWorker& w) : w_(w) {}
    void runStarted(const replaylab::RunInfo& i) override { Q_EMIT w_.runStarted(i); }
    void progress(const replaylab::Progress& p) override { Q_EMIT w_.progress(p); }
    void evaluated(const replaylab::Evaluation& e) override { Q_EMIT w_.evaluated(e); }
    void imagined(const replaylab::Imagination& i) override { Q_EMIT w_.imagined(i); }
    void policyStep(const replaylab::PolicyStep& s) override { Q_EMIT w_.policyStep(s); }
    void warning(const std::string& m) override { Q_EMIT w_.warning(QString::fromStdString(m)); }
    void runFinished(const replaylab::RunSummary&) override {}  // sent by run() after the recorder

private:
    RunWorker& w_;
};

}  // namespace

RunWorker::RunWorker(QObject* parent) : QObject(parent) { registerMetaTypes(); }

void RunWorker::run(const replaylab::ExperimentConfig& cfg, std::shared_ptr<replaylab::CancelToken> cancel) {
    guarded([&] {
        replaylab::Experiment experiment(cfg);  // every check that can fail on bad input, first
        replaylab::RunDirectory dir(cfg.outputDir);
        replaylab::RunRecorder recorder(dir, cfg, manifestExtra());
        execute(experiment, recorder, *cancel, {});
    });
}

void RunWorker::resume(const QString& dirName, std::shared_ptr<replaylab::CancelToken> cancel) {
    guarded([&] {
        const replaylab::ResumePoint from = replaylab::readResumePoint(dirName.toStdString());
        replaylab::FolderLock hold(from.config.outputDir);  // refused at once while another process writes
        replaylab::Experiment experiment(from.config);
        replaylab::RunDirectory dir = replaylab::RunDirectory::reopen(from.config.outputDir, from.finished, std::move(hold));
        replaylab::RunRecorder recorder(dir, from, manifestExtra());
        execute(experiment, recorder, *cancel, from.finished);
    });
}

nlohmann::json RunWorker::manifestExtra() const {
    return {{"interface", "desktop app"}, {"qt", std::string(qVersion())}};
}

void RunWorker::execute(replaylab::Experiment& experiment, replaylab::Observer& recorder, replaylab::CancelToken& cancel,
                        const std::vector<replaylab::SimulationKey>& alreadyFinished) {
    SignalObserver signalling(*this);
    replaylab::ObserverList observers;
    observers.add(&recorder);
    observers.add(&signalling);
    const replaylab::RunSummary summary = experiment.run(observers, cancel, alreadyFinished);
    if (summary.status == "failed") Q_EMIT failed(QString::fromStdString(summary.message));
    Q_EMIT finished(summary);
}

void RunWorker::guarded(const std::function<void()>& work) {
    try {
        work();
    } catch (const std::exception& e) {
        Q_EMIT failed(Labels::firstLine(e.what()));
    } catch (...) {
        Q_EMIT failed(tr("unknown error"));
    }
}

}  // namespace replaylab::ui
