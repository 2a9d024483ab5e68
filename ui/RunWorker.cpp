#include "RunWorker.h"

#include <exception>

#include <QtGlobal>

#include "Labels.h"
#include "io/RunDirectory.h"
#include "io/RunRecorder.h"
#include "sim/Experiment.h"

namespace rlui {
namespace {

/// Turns engine events (on the worker thread) into the worker's signals. The signals are
/// queued to receivers in other threads, so every argument is copied.
class SignalObserver : public rl::Observer {
public:
    explicit SignalObserver(RunWorker& w) : w_(w) {}
    void runStarted(const rl::RunInfo& i) override { Q_EMIT w_.runStarted(i); }
    void progress(const rl::Progress& p) override { Q_EMIT w_.progress(p); }
    void evaluated(const rl::Evaluation& e) override { Q_EMIT w_.evaluated(e); }
    void imagined(const rl::Imagination& i) override { Q_EMIT w_.imagined(i); }
    void policyStep(const rl::PolicyStep& s) override { Q_EMIT w_.policyStep(s); }
    void warning(const std::string& m) override { Q_EMIT w_.warning(QString::fromStdString(m)); }
    void runFinished(const rl::RunSummary&) override {}  // sent by run() after the recorder

private:
    RunWorker& w_;
};

}  // namespace

RunWorker::RunWorker(QObject* parent) : QObject(parent) { registerMetaTypes(); }

void RunWorker::run(const rl::ExperimentConfig& cfg, std::shared_ptr<rl::CancelToken> cancel) {
    guarded([&] {
        rl::Experiment experiment(cfg);  // every check that can fail on bad input, first
        rl::RunDirectory dir(cfg.outputDir);
        rl::RunRecorder recorder(dir, cfg, manifestExtra());
        execute(experiment, recorder, *cancel, {});
    });
}

void RunWorker::resume(const QString& dirName, std::shared_ptr<rl::CancelToken> cancel) {
    guarded([&] {
        const rl::ResumePoint from = rl::readResumePoint(dirName.toStdString());
        rl::FolderLock hold(from.config.outputDir);  // refused at once while another process writes
        rl::Experiment experiment(from.config);
        rl::RunDirectory dir = rl::RunDirectory::reopen(from.config.outputDir, from.finished, std::move(hold));
        rl::RunRecorder recorder(dir, from, manifestExtra());
        execute(experiment, recorder, *cancel, from.finished);
    });
}

nlohmann::json RunWorker::manifestExtra() const {
    return {{"interface", "desktop app"}, {"qt", std::string(qVersion())}};
}

void RunWorker::execute(rl::Experiment& experiment, rl::Observer& recorder, rl::CancelToken& cancel,
                        const std::vector<rl::SimulationKey>& alreadyFinished) {
    SignalObserver signalling(*this);
    rl::ObserverList observers;
    observers.add(&recorder);
    observers.add(&signalling);
    const rl::RunSummary summary = experiment.run(observers, cancel, alreadyFinished);
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

}  // namespace rlui
