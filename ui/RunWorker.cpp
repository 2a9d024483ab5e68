#include "RunWorker.h"

#include <exception>

#include <QtGlobal>

#include "Labels.h"
#include "session/RunSession.h"

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
        auto session = replaylab::RunSession::start(cfg, manifestExtra());
        execute(*session, *cancel);
    });
}

void RunWorker::resume(const QString& dirName, std::shared_ptr<replaylab::CancelToken> cancel) {
    guarded([&] {
        auto session = replaylab::RunSession::resume(dirName.toStdString(), {}, manifestExtra());
        Q_EMIT reopened(dirName, session->finishedBefore());
        execute(*session, *cancel);
    });
}

nlohmann::json RunWorker::manifestExtra() const {
    return {{"interface", "desktop app"}, {"qt", std::string(qVersion())}};
}

void RunWorker::execute(replaylab::RunSession& session, replaylab::CancelToken& cancel) {
    SignalObserver signalling(*this);
    const replaylab::RunSummary summary = session.run(signalling, cancel);
    if (summary.status == replaylab::RunStatus::Failed) Q_EMIT failed(QString::fromStdString(summary.message));
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
