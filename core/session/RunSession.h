#pragma once
// One run, driven the same way by the CLI, the desktop app, a cluster task and a test:
// the settings checked, every class set loaded, the run folder made (or reopened) and held,
// config.json, manifest.json, metrics.csv and rl.csv kept up to date, summary.txt written at
// the end. Callers add their own observer (a progress bar, Qt signals) and a cancel token.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "runfolder/Manifest.h"
#include "sim/Events.h"

namespace replaylab {

/// Settings that do not change the numbers and may differ when a run is gone on with.
struct ResumeOverrides {
    int threads = -1;     ///< LibTorch threads; < 0: as recorded
    std::optional<int> jobs;  ///< simulations at once; empty: as recorded (never changes the numbers)
    std::string device;   ///< empty: as recorded
    std::string dataDir;  ///< empty: as recorded (the data moved since the run started)
};

class RunSession {
public:
    /// A new run of cfg. Checks every setting (validateConfig), loads and checks every class
    /// set and the backbone, refuses a run whose plan does not fit in free memory, and only
    /// then creates the run folder: cfg.outputDir, or newRunFolder(runsParent, cfg.name) when
    /// empty. Holds the folder while the session lives and writes config.json and
    /// manifest.json; interface is merged into the manifest (the command line, "desktop app").
    /// Throws InputError with a clear message (one line per problem) before any file is written.
    static std::unique_ptr<RunSession> start(ExperimentConfig cfg, const nlohmann::json& interface,
                                             const std::filesystem::path& runsParent = "runs");

    /// Goes on with the run in dir that did not complete: its finished simulations are kept,
    /// the rows of the others dropped, the rest run. Refused at once (InputError naming the
    /// folder) while another process writes it, when it completed, or when it is not a run
    /// folder; data and backbone are checked before the folder is touched.
    static std::unique_ptr<RunSession> resume(const std::filesystem::path& dir, const ResumeOverrides& overrides,
                                              const nlohmann::json& interface);

    ~RunSession();
    RunSession(const RunSession&) = delete;
    RunSession& operator=(const RunSession&) = delete;

    /// Runs every simulation not finished before. Events go to observer (on this thread)
    /// after the run folder has recorded them. Writes summary.txt whatever the outcome and
    /// returns the summary (Completed, Stopped or Failed; never throws for a failure inside
    /// the engine). Call once.
    RunSummary run(Observer& observer, CancelToken& cancel);

    const std::filesystem::path& folder() const;
    const ExperimentConfig& config() const;
    RunInfo info() const;
    /// Simulations finished before this session (empty for a new run).
    const std::vector<SimulationKey>& finishedBefore() const;
    bool resumed() const;

private:
    struct Impl;
    explicit RunSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// The closing table of a run folder: test accuracy per day and condition with the paired
/// differences against no replay, and the per-class "which" table when rl.csv is there.
/// Throws InputError naming the file when metrics.csv or rl.csv is malformed.
std::string runReport(const std::filesystem::path& dir);

}  // namespace replaylab
