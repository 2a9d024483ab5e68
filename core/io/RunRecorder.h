#pragma once
// Observer that keeps the run directory up to date as the run goes: config.json at the
// start, metrics.csv rows after every evaluation, manifest.json at start and end.
#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "io/RunDirectory.h"
#include "sim/Events.h"

namespace rl {

std::vector<MetricRow> toMetricRows(const Evaluation& e);

class RunRecorder : public Observer {
public:
    /// extra is merged into manifest.json (e.g. the command line).
    RunRecorder(RunDirectory& dir, const ExperimentConfig& cfg, nlohmann::json extra = {});

    void runStarted(const RunInfo& info) override;
    void evaluated(const Evaluation& e) override;
    void policyStep(const PolicyStep& s) override;
    void warning(const std::string& w) override;
    void runFinished(const RunSummary& s) override;

private:
    void writeManifest();
    RunDirectory& dir_;
    nlohmann::json manifest_;
};

/// rl.csv: one row per RL replay step; p_k is the policy's probability of the set's k-th class.
std::string rlCsvHeader(std::size_t classes);
std::string rlCsvLine(const PolicyStep& s);

/// The current UTC time as ISO 8601 ("2026-11-28T18:37:36Z").
std::string utcNow();

}  // namespace rl
