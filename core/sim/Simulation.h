#pragma once
// One network learning one class set under one condition: days and nights. Internal.
#include <chrono>
#include <string>

#include <torch/torch.h>

#include "config/ExperimentConfig.h"
#include "data/Dataset.h"
#include "model/Vgg.h"
#include "sim/Events.h"
#include "sim/Training.h"

namespace rl {

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
    static double workUnits(const ExperimentConfig& cfg, const SplitData& data, const Condition& c);

    VggImpl& network() { return *net_; }

private:
    bool realEpoch(int day, const char* phase);
    bool night(int day);
    void evaluate(int day, const char* phase);
    void report(int day, const char* phase, double unitsInPhase, double doneInPhase);

    const ExperimentConfig& cfg_;
    SimulationPlan plan_;
    torch::Device device_;
    Observer& observer_;
    CancelToken& cancel_;
    ProgressContext progress_;
    PreprocessOptions prep_;
    Vgg net_{nullptr};
    SharedAdam adam_;
    Rng dataRng_;
    at::Generator dropoutGen_;
    TensorSet val_, test_;
    PhaseTimes times_;
    double unitsDone_ = 0;
    double bestValLoss_ = 1e300;
    Evaluation bestTest_;
    int numClasses_ = 0;
};

}  // namespace rl
