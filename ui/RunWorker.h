#pragma once
// The worker that runs an experiment off the UI thread. It lives in a QThread
// (moveToThread); run() blocks that thread until the experiment ends. Events leave as
// queued signals carrying values; stop and pause go through a CancelToken, which is
// thread-safe and honoured by the engine at batch boundaries.
#include <functional>
#include <memory>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include <QObject>
#include <QString>

#include "MetaTypes.h"

namespace replaylab {
class RunSession;
}

namespace replaylab::ui {

class RunWorker : public QObject {
    Q_OBJECT
public:
    explicit RunWorker(QObject* parent = nullptr);

    /// Starts a replaylab::RunSession of cfg (the same checks, run folder and files as the
    /// CLI's, summary.txt included) and runs it. Call in the worker's thread.
    /// Never throws: bad input and failures become failed().
    void run(const replaylab::ExperimentConfig& cfg, std::shared_ptr<replaylab::CancelToken> cancel);
    /// Goes on with the unfinished run in dir (replaylab::RunSession::resume): its finished
    /// simulations are kept, the rest run; reopened() comes first. Never throws, as run().
    void resume(const QString& dir, std::shared_ptr<replaylab::CancelToken> cancel);

Q_SIGNALS:
    /// A resumed run's folder was reopened: its files now hold just the simulations in kept.
    void reopened(const QString& dir, const std::vector<replaylab::SimulationKey>& kept);
    void runStarted(const replaylab::RunInfo& info);
    void progress(const replaylab::Progress& p);
    void evaluated(const replaylab::Evaluation& e);
    void imagined(const replaylab::Imagination& i);
    void policyStep(const replaylab::PolicyStep& s);
    void warning(const QString& message);
    /// The run ended (completed, stopped or failed inside the engine).
    void finished(const replaylab::RunSummary& summary);
    /// The run could not start or failed; message is one line for the user.
    void failed(const QString& message);

private:
    void guarded(const std::function<void()>& work);
    void execute(replaylab::RunSession& session, replaylab::CancelToken& cancel);
    nlohmann::json manifestExtra() const;
};

}  // namespace replaylab::ui
