#pragma once
// Observer that keeps the run directory up to date as the run goes: config.json at the
// start, metrics.csv rows after every evaluation, manifest.json at start and end.
#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "io/RunDirectory.h"
#include "sim/Events.h"

namespace replaylab {

std::vector<MetricRow> toMetricRows(const Evaluation& e);

/// What the folder of an earlier run holds for going on with it.
struct ResumePoint {
    ExperimentConfig config;               ///< config.json, with outputDir set to the folder
    std::vector<SimulationKey> finished;   ///< manifest.json: the simulations that finished
    std::string status;                    ///< as recorded: "running" after a kill, "stopped", ...
    nlohmann::json manifest;
};

/// Reads config.json and manifest.json of a run directory. Throws InputError naming the
/// file and the problem when one is missing or malformed.
ResumePoint readResumePoint(const std::filesystem::path& dir);

class RunRecorder : public Observer {
public:
    /// A new run: writes config.json and manifest.json. extra is merged into manifest.json
    /// (e.g. the command line).
    RunRecorder(RunDirectory& dir, const ExperimentConfig& cfg, nlohmann::json extra = {});
    /// Going on with an earlier run (RunDirectory::reopen): keeps config.json and the
    /// manifest, whose "resumed" list gets an entry holding the time and extra.
    RunRecorder(RunDirectory& dir, const ResumePoint& from, nlohmann::json extra = {});

    void runStarted(const RunInfo& info) override;
    void evaluated(const Evaluation& e) override;
    void policyStep(const PolicyStep& s) override;
    void warning(const std::string& w) override;
    void simulationFinished(const SimulationKey& k) override;
    void runFinished(const RunSummary& s) override;

private:
    void writeManifest();
    RunDirectory& dir_;
    nlohmann::json manifest_;
    double earlierSeconds_ = 0;  ///< wall time recorded by earlier sessions of a resumed run
};

/// rl.csv: one row per RL replay step; p_k is the policy's probability of the set's k-th class.
std::string rlCsvHeader(std::size_t classes);
std::string rlCsvLine(const PolicyStep& s);

/// The current UTC time as ISO 8601 ("2026-11-28T18:37:36Z").
std::string utcNow();

}  // namespace replaylab
