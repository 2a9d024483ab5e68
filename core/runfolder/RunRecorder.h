#pragma once
// Observer that keeps the run directory up to date as the run goes: config.json at the
// start, metrics.csv rows after every evaluation, rl.csv rows after every chosen replay,
// manifest.json at start, after each simulation and at the end, imaginations/ after each
// night when imagination.keep > 0.
#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "runfolder/Manifest.h"
#include "runfolder/RunDirectory.h"
#include "sim/Events.h"

namespace replaylab {

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
    void imagined(const Imagination& i) override;
    void warning(const std::string& w) override;
    void simulationFinished(const SimulationKey& k) override;
    void runFinished(const RunSummary& s) override;

private:
    void writeManifest();
    RunDirectory& dir_;
    nlohmann::json manifest_;
    double earlierSeconds_ = 0;  ///< wall time recorded by earlier sessions of a resumed run
    bool keepImaginations_ = false;  ///< imagination.keep > 0
};

}  // namespace replaylab
