#include "session/RunSession.h"

#include <system_error>

#include "config/ConfigJson.h"
#include "report/ResultTable.h"
#include "report/WhichReport.h"
#include "runfolder/RunDirectory.h"
#include "runfolder/RunRecorder.h"
#include "sim/Experiment.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/FolderLock.h"

namespace replaylab {

namespace fs = std::filesystem;

struct RunSession::Impl {
    std::unique_ptr<Experiment> experiment;
    std::unique_ptr<RunDirectory> dir;
    std::unique_ptr<RunRecorder> recorder;
    std::vector<SimulationKey> finishedBefore;
    bool resumed = false;
    bool ran = false;
};

RunSession::RunSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RunSession::~RunSession() = default;

std::unique_ptr<RunSession> RunSession::start(ExperimentConfig cfg, const nlohmann::json& interface,
                                              const fs::path& runsParent) {
    if (const auto problems = validateConfig(cfg); !problems.empty()) {
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : "\n") + p;
        throw InputError(all);
    }
    if (cfg.outputDir.empty()) cfg.outputDir = newRunFolder(runsParent, cfg.name).string();
    auto impl = std::make_unique<Impl>();
    impl->experiment = std::make_unique<Experiment>(cfg);  // loads and checks before any file
    const RunPlan plan = planExperiment(cfg, /*measure=*/false);
    if (!plan.feasible) throw InputError(plan.reason + "; " + plan.suggestion);
    impl->dir = std::make_unique<RunDirectory>(cfg.outputDir);
    impl->recorder = std::make_unique<RunRecorder>(*impl->dir, cfg, interface);
    return std::unique_ptr<RunSession>(new RunSession(std::move(impl)));
}

std::unique_ptr<RunSession> RunSession::resume(const fs::path& dir, const ResumeOverrides& overrides,
                                               const nlohmann::json& interface) {
    ResumePoint from = readResumePoint(dir);
    FolderLock hold(dir);  // refused at once while the run still goes
    if (from.status == RunStatus::Completed)
        throw InputError(dir.string() + ": the run completed; nothing to resume");
    if (overrides.threads >= 0) from.config.train.threads = overrides.threads;
    if (overrides.jobs) from.config.train.jobs = *overrides.jobs;
    if (!overrides.device.empty()) from.config.train.device = overrides.device;
    if (!overrides.dataDir.empty()) from.config.data.dataDir = overrides.dataDir;
    auto impl = std::make_unique<Impl>();
    impl->experiment = std::make_unique<Experiment>(from.config);  // every check before touching the folder
    impl->dir = std::make_unique<RunDirectory>(RunDirectory::reopen(dir, from.finished, std::move(hold)));
    impl->recorder = std::make_unique<RunRecorder>(*impl->dir, from, interface);
    impl->finishedBefore = from.finished;
    impl->resumed = true;
    return std::unique_ptr<RunSession>(new RunSession(std::move(impl)));
}

RunSummary RunSession::run(Observer& observer, CancelToken& cancel) {
    if (impl_->ran) throw std::logic_error("RunSession::run called twice");
    impl_->ran = true;
    ObserverList observers;
    observers.add(impl_->recorder.get());  // the folder first: what a user sees is on disk
    observers.add(&observer);
    RunSummary summary = impl_->experiment->run(observers, cancel, impl_->finishedBefore);
    try {
        writeFileAtomic(folder() / "summary.txt", runReport(folder()));
    } catch (const std::exception& e) {
        observer.warning("summary.txt not written: " + std::string(e.what()));
    }
    return summary;
}

const fs::path& RunSession::folder() const { return impl_->dir->root(); }
const ExperimentConfig& RunSession::config() const { return impl_->experiment->config(); }
RunInfo RunSession::info() const { return impl_->experiment->info(); }
const std::vector<SimulationKey>& RunSession::finishedBefore() const { return impl_->finishedBefore; }
bool RunSession::resumed() const { return impl_->resumed; }

std::string runReport(const fs::path& dir) {
    const auto rows = readMetricsCsv(dir / "metrics.csv");
    std::string text = formatTable(summarise(rows));
    std::error_code ec;
    if (fs::exists(dir / "rl.csv", ec))
        text += "\n" + formatWhich(whichReport(rows, readRlCsv(dir / "rl.csv")));
    return text;
}

}  // namespace replaylab
