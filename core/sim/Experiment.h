#pragma once
// Experiment: every condition on every class set (paired seeds), days and nights.
#include <memory>
#include <string>
#include <vector>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

namespace replaylab {

/// What a night needs, per condition, and how long the run should take.
struct ConditionPlan {
    std::string condition;
    double activationBytes = 0;   ///< activations kept for the Gaussians (after down-sampling)
    double sampleBytes = 0;       ///< imagined samples of one night
    double veridicalBytes = 0;    ///< stored real activations (veridical replay)
    double nightBytes = 0;        ///< peak extra memory of a night, all of the above that apply
    double secondsPerSimulation = 0;
};

struct RunPlan {
    std::vector<ConditionPlan> conditions;
    int simulations = 0;           ///< of this process: the shard's when cfg.shard is set
    int runSimulations = 0;        ///< of the whole run (all shards)
    std::string shard;             ///< "2/4" for a shard, else empty
    int firstSimulation = 0;       ///< a shard's first simulation in the run, 1-based
    int jobs = 1;                  ///< simulations at once (jobsFor)
    double modelBytes = 0;         ///< network, gradients and optimiser state
    double peakBytes = 0;          ///< (model + data + the largest night) x jobs
    double availableBytes = -1;    ///< free memory of this machine; < 0 when unknown
    double totalSeconds = 0;       ///< expected wall time, from timing a few batches here, over the jobs
    bool feasible = true;
    std::string reason;            ///< why not, when not feasible
    std::string suggestion;        ///< what to change
    std::string format() const;    ///< a few lines for a terminal
};

/// Plans a run from its settings alone (no data loaded). With measure, times a few
/// training and replay batches of the real network on random input to estimate time.
/// A shard (cfg.shard) is planned alone: its simulations, its time.
RunPlan planExperiment(const ExperimentConfig& cfg, bool measure = true);

/// An experiment ready to run: settings validated, every class set's data loaded and split,
/// the backbone checked. Construction does all checks that can fail on bad input, before
/// any training, and throws InputError with one clear line.
class Experiment {
public:
    explicit Experiment(ExperimentConfig cfg);
    ~Experiment();
    Experiment(const Experiment&) = delete;
    Experiment& operator=(const Experiment&) = delete;

    const ExperimentConfig& config() const;
    RunInfo info() const;
    /// Warnings from loading (skipped images), also sent to the observer when run starts.
    const std::vector<std::string>& loadWarnings() const;
    int skippedImages() const;

    /// Runs every simulation. Events go to observer on the calling thread. Returns when
    /// done, stopped (cancel) or failed; a failure inside becomes status "failed".
    /// Simulations listed in alreadyFinished are skipped (resuming a killed run): each
    /// simulation seeds its own generators, so the others give the numbers they would
    /// have given in one uninterrupted run.
    RunSummary run(Observer& observer, CancelToken& cancel,
                   const std::vector<SimulationKey>& alreadyFinished = {});

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Sets LibTorch's intra-op threads (0 = all cores) of the calling thread (OpenMP keeps
/// the count per thread), and BLAS to the calling thread (pinBlasToCallingThread); returns
/// the number in use.
int setComputeThreads(int threads);

/// Intra-op threads of each simulation: train.threads, 0 = all cores.
int threadsPerSimulation(const ExperimentConfig& cfg);
/// Simulations run at once for a run of `simulations`: train.jobs, 0 = cores / threads per
/// simulation (one on a GPU); never more than the simulations, at least 1. Only the speed
/// depends on it: each simulation computes with threadsPerSimulation whatever the jobs.
int jobsFor(const ExperimentConfig& cfg, int simulations);

/// "LibTorch 1.13.0, OpenCV 4.6.0" etc., for manifests and About boxes.
struct LibraryVersions {
    std::string app, libtorch, opencv, eigen, compiler;
};
LibraryVersions libraryVersions();

}  // namespace replaylab
