#include "RunController.h"

#include "RunWorker.h"

namespace replaylab::ui {

RunController::RunController(QObject* parent) : QObject(parent) {
    registerMetaTypes();
    thread_.setObjectName(QStringLiteral("replaylab-run"));
    worker_ = new RunWorker;
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    // Signal to signal: queued, since worker_ lives in thread_ and this object in the UI.
    connect(worker_, &RunWorker::reopened, this, &RunController::reopened);
    connect(worker_, &RunWorker::runStarted, this, &RunController::runStarted);
    connect(worker_, &RunWorker::progress, this, &RunController::progress);
    connect(worker_, &RunWorker::evaluated, this, &RunController::evaluated);
    connect(worker_, &RunWorker::imagined, this, &RunController::imagined);
    connect(worker_, &RunWorker::policyStep, this, &RunController::policyStep);
    connect(worker_, &RunWorker::warning, this, &RunController::warning);
    connect(worker_, &RunWorker::failed, this, &RunController::failed);
    connect(worker_, &RunWorker::finished, this, &RunController::finished);
    // Both end a run; failed() may come alone (bad input) or before finished().
    connect(worker_, &RunWorker::finished, this, &RunController::onWorkerDone);
    connect(worker_, &RunWorker::failed, this, &RunController::onWorkerDone);
    thread_.start();
}

RunController::~RunController() {
    if (cancel_) cancel_->requestStop();
    thread_.quit();
    thread_.wait();
}

bool RunController::start(const replaylab::ExperimentConfig& cfg) {
    return begin(QString::fromStdString(cfg.outputDir),
                 [cfg](RunWorker* w, std::shared_ptr<replaylab::CancelToken> c) { w->run(cfg, std::move(c)); });
}

bool RunController::resume(const QString& dir) {
    return begin(dir, [dir](RunWorker* w, std::shared_ptr<replaylab::CancelToken> c) { w->resume(dir, std::move(c)); });
}

bool RunController::begin(const QString& dir,
                          std::function<void(RunWorker*, std::shared_ptr<replaylab::CancelToken>)> work) {
    if (running_) return false;
    cancel_ = std::make_shared<replaylab::CancelToken>();
    runDir_ = dir;
    running_ = true;
    paused_ = false;
    auto cancel = cancel_;
    RunWorker* w = worker_;
    QMetaObject::invokeMethod(w, [w, work, cancel] { work(w, cancel); }, Qt::QueuedConnection);
    Q_EMIT stateChanged();
    return true;
}

void RunController::stop() {
    if (!running_ || !cancel_) return;
    cancel_->requestStop();
}

void RunController::setPaused(bool paused) {
    if (!running_ || !cancel_ || paused_ == paused) return;
    paused_ = paused;
    cancel_->setPaused(paused);
    Q_EMIT stateChanged();
}

void RunController::onWorkerDone() {
    if (!running_) return;
    running_ = false;
    paused_ = false;
    Q_EMIT stateChanged();
}

}  // namespace replaylab::ui
