#pragma once
// One network learning one class set under one condition: days and nights. Internal.
#include <chrono>
#include <memory>
#include <string>

#include <torch/torch.h>

#include "config/ExperimentConfig.h"
#include "data/Dataset.h"
#include "network/Vgg.h"
#include "replay/Replay.h"
#include "hippocampus/Hippocampus.h"
#include "sim/Events.h"
#include "sim/Schedule.h"
#include "sim/Training.h"

namespace replaylab {

struct ClassSetData {
    int index = 0;     ///< 1-based position in the experiment
    std::string name;  ///< "set 1"
    SplitData split;
};

struct SimulationPlan {
    const ClassSetData* set = nullptr;
    Condition condition;
    int seed = 0;
    double units = 0;  ///< batches this simulation will run (for progress)
};

struct ProgressContext {
    int simulation = 0, simulations = 0;
    double unitsBefore = 0, unitsTotal = 0;
    std::chrono::steady_clock::time_point start;
};

PreprocessOptions preprocessOptions(const ModelConfig& m);
AugmentOptions augmentOptions(const AugmentConfig& a);
AdamOptions adamOptions(const TrainConfig& t);
torch::Device resolveDevice(const std::string& spec);

class Simulation {
public:
    Simulation(const ExperimentConfig& cfg, const SimulationPlan& plan, const std::string& backbone,
               torch::Device device, Observer& observer, CancelToken& cancel,
               const ProgressContext& progress);

    /// Runs every day and night; false if stopped by the cancel token.
    bool run();
    const PhaseTimes& phaseTimes() const { return times_; }

    /// Batches a simulation of this condition runs, for progress.
    /// trainImages: training images of the class set (all classes together).
    static double workUnits(const ExperimentConfig& cfg, std::size_t trainImages, std::size_t classes,
                            const Condition& c);

    VggImpl& network() { return *net_; }
    /// Real images trained on, per day and per night (index day-1); for checks.
    const std::vector<int64_t>& realImagesByDay() const { return realByDay_; }
    const std::vector<int64_t>& realImagesByNight() const { return realByNight_; }
    const std::vector<int64_t>& replayedByNight() const { return replayedByNight_; }
    const std::vector<int64_t>& replayedByDay() const { return replayedByDay_; }
    /// RL-chosen replay: steps per class, per night ([night-1][class]).
    const std::vector<std::vector<int64_t>>& rlChoices() const { return rlChoices_; }
    const Hippocampus* hippocampus() const { return hippo_.get(); }

    /// Runs one day or one night by itself (run() calls these in turn).
    bool runDay(int day);
    bool runNight(int day);

private:
    /// Trains on one feed of the schedule (a day or a night).
    bool feed(Feed f, int day, Phase phase);
    bool realEpoch(int day, Phase phase, std::vector<int64_t>& counter);
    bool generativeEpoch(int day, Phase phase, std::vector<int64_t>& counter);
    bool veridicalEpoch(int day, Phase phase);
    void fitSamplersFromLastDay();
    bool rlNight(int day);
    torch::Tensor classBatch(int k, int64_t m);
    void emitImagination(int day);
    /// Whether this night keeps imaginations as drawings (imagination.keep, imagination.nights).
    bool keepsPicturesAt(int day) const;
    /// The kept night's drawings per class: real targets (N, C, H, W; full) and imagined ones
    /// (N, C, h, w; down-sampled) inverted,
    /// the real drawings, and the nearest training drawings of each imagined one.
    std::vector<ClassPictures> drawImaginations(int day, const torch::Tensor& realTargets,
                                                const std::vector<int64_t>& pick,
                                                const std::vector<int>& pickClass,
                                                const torch::Tensor& imagTargets, int imagPerClass);
    int tap() const { return plan_.condition.layer; }
    int factor() const;
    void evaluate(int day, Phase phase);
    void report(int day, Phase phase, double doneInPhase);

    const ExperimentConfig& cfg_;
    SimulationPlan plan_;
    torch::Device device_;
    Observer& observer_;
    CancelToken& cancel_;
    ProgressContext progress_;
    PreprocessOptions prep_;
    Vgg net_{nullptr};
    SharedAdam adam_;
    EpochOptions epoch_;
    Rng dataRng_;
    Rng replayRng_;
    at::Generator dropoutGen_;
    at::Generator sampleGen_;
    at::Generator imaginationGen_;
    DayDraw lastDraw_;
    std::vector<GaussianSampler> samplers_;
    ActivationSet samplerShape_;  ///< shape and factor of the activations the samplers fit
    std::vector<int64_t> realByDay_, realByNight_, replayedByNight_, replayedByDay_;
    Rng policyRng_;
    const Schedule& schedule_;
    std::unique_ptr<Hippocampus> hippo_;
    Hippocampus::State firstNight_;
    std::vector<std::vector<int64_t>> rlChoices_;
    TensorSet val_, test_;
    PhaseTimes times_;
    double unitsDone_ = 0;
    double bestValLoss_ = 1e300;
    Evaluation bestTest_;
    int numClasses_ = 0;
};

}  // namespace replaylab
