#include "sim/Simulation.h"

#include <cmath>

#include <ATen/CPUGeneratorImpl.h>

#include "util/Error.h"

namespace rl {
namespace {

using Clock = std::chrono::steady_clock;

double since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// The seed of a named random stream of one simulation. All conditions of a class set and
// run seed share these, so that they are paired: same initial head, same first day.
std::uint64_t streamSeed(int runSeed, const std::string& classSet, const char* stream) {
    return Rng::derive(Rng::derive(static_cast<std::uint64_t>(runSeed), classSet), stream);
}

at::Generator makeGenerator(std::uint64_t seed) { return at::detail::createCPUGenerator(seed); }

}  // namespace

PreprocessOptions preprocessOptions(const ModelConfig& m) {
    PreprocessOptions p;
    p.inputSize = m.arch == "vgg16" ? 224 : m.inputSize;
    p.channels = m.arch == "vgg16" ? 3 : m.inChannels;
    p.norm = normalisationFromString(m.preprocessing);
    p.resize = m.fit == "resize";
    return p;
}

AugmentOptions augmentOptions(const AugmentConfig& a) {
    AugmentOptions o;
    o.enabled = a.enabled;
    o.rotationDeg = a.rotationDeg;
    o.shift = a.shift;
    o.zoomMin = a.zoomMin;
    o.zoomMax = a.zoomMax;
    o.horizontalFlip = a.horizontalFlip;
    return o;
}

AdamOptions adamOptions(const TrainConfig& t) {
    AdamOptions o;
    o.lr = t.learningRate;
    o.beta1 = t.beta1;
    o.beta2 = t.beta2;
    o.kerasForm = t.optimizer == "keras-eps1";
    o.eps = o.kerasForm ? 1.0 : t.adamEpsilon;
    return o;
}

double Simulation::workUnits(const ExperimentConfig& cfg, const SplitData& data,
                             const Condition& c) {
    const double dayBatches = std::ceil(static_cast<double>(data.train.size()) / cfg.train.batchSize);
    double nightBatches = 0;
    switch (c.mode) {
        case ReplayMode::None: nightBatches = 0; break;
        default: nightBatches = dayBatches; break;
    }
    return cfg.train.days * (dayBatches + nightBatches);
}

Simulation::Simulation(const ExperimentConfig& cfg, const SimulationPlan& plan,
                       const std::string& backbone, torch::Device device, Observer& observer,
                       CancelToken& cancel, const ProgressContext& progress)
    : cfg_(cfg),
      plan_(plan),
      device_(device),
      observer_(observer),
      cancel_(cancel),
      progress_(progress),
      prep_(preprocessOptions(cfg.model)),
      adam_(adamOptions(cfg.train)),
      dataRng_(streamSeed(plan.seed, plan.set->name, "data")) {
    const auto t0 = Clock::now();
    const auto& split = plan_.set->split;
    numClasses_ = static_cast<int>(split.classNames.size());
    net_ = Vgg(VggOptions::fromConfig(cfg.model, numClasses_));
    if (!backbone.empty()) loadWeights(*net_, backbone, /*featuresOnly=*/true);
    net_->resetHead(numClasses_, makeGenerator(streamSeed(plan.seed, plan.set->name, "init")));
    dropoutGen_ = makeGenerator(streamSeed(plan.seed, plan.set->name, "dropout"));
    net_->setDropoutGenerator(dropoutGen_);
    net_->to(device_);
    val_ = toTensors(split.val, prep_, device_);
    test_ = toTensors(split.test, prep_, device_);
    times_.load += since(t0);
}

void Simulation::report(int day, const char* phase, double unitsInPhase, double doneInPhase) {
    Progress p;
    p.simulation = progress_.simulation;
    p.simulations = progress_.simulations;
    p.classSet = plan_.set->name;
    p.condition = plan_.condition.name();
    p.seed = plan_.seed;
    p.day = day;
    p.days = cfg_.train.days;
    p.phase = phase;
    const double done = progress_.unitsBefore + unitsDone_ + doneInPhase;
    p.fraction = progress_.unitsTotal > 0 ? std::min(1.0, done / progress_.unitsTotal) : 0.0;
    p.elapsedSeconds = since(progress_.start);
    p.etaSeconds = p.fraction > 1e-6 ? p.elapsedSeconds * (1.0 - p.fraction) / p.fraction : -1.0;
    (void)unitsInPhase;
    observer_.progress(p);
}

bool Simulation::realEpoch(int day, const char* phase) {
    EpochOptions eo;
    eo.batchSize = cfg_.train.batchSize;
    eo.augment = cfg_.augment.enabled;
    eo.augmentOptions = augmentOptions(cfg_.augment);
    eo.prep = prep_;
    eo.device = device_;
    double doneHere = 0;
    const bool ok = trainEpoch(*net_, adam_, plan_.set->split.train, eo, dataRng_, &cancel_,
                               [&](int64_t done, int64_t total) {
                                   doneHere = static_cast<double>(done);
                                   report(day, phase, static_cast<double>(total), doneHere);
                               });
    unitsDone_ += doneHere;
    return ok;
}

bool Simulation::night(int day) {
    switch (plan_.condition.mode) {
        case ReplayMode::None: return true;
        case ReplayMode::ExtraDay: return realEpoch(day, "night");
        default:
            throw InputError("replay condition '" + plan_.condition.name() +
                             "' is not available in this version");
    }
}

void Simulation::evaluate(int day, const char* phase) {
    const auto t0 = Clock::now();
    auto emit = [&](const EvalNumbers& r, const char* split, const char* ph, int d) {
        Evaluation e;
        e.classSetIndex = plan_.set->index;
        e.classSet = plan_.set->name;
        e.condition = plan_.condition.name();
        e.seed = plan_.seed;
        e.day = d;
        e.phase = ph;
        e.split = split;
        e.classNames = plan_.set->split.classNames;
        e.accuracy = r.accuracy;
        e.loss = r.loss;
        e.classAccuracy = r.classAccuracy;
        e.classLoss = r.classLoss;
        return e;
    };
    const auto test = evaluateFrom(*net_, kInputTap, test_.x, test_.y, numClasses_);
    const auto val = evaluateFrom(*net_, kInputTap, val_.x, val_.y, numClasses_);
    const auto testEval = emit(test, "test", phase, day);
    observer_.evaluated(testEval);
    observer_.evaluated(emit(val, "val", phase, day));
    if (val.loss < bestValLoss_) {  // the paper's "best performing model" by validation loss
        bestValLoss_ = val.loss;
        bestTest_ = testEval;
        bestTest_.phase = "best";
    }
    times_.evaluate += since(t0);
}

bool Simulation::run() {
    for (int day = 1; day <= cfg_.train.days; ++day) {
        auto t0 = Clock::now();
        if (!realEpoch(day, "day")) return false;
        times_.day += since(t0);
        evaluate(day, "day");
        if (plan_.condition.mode == ReplayMode::None) continue;
        t0 = Clock::now();
        if (!night(day)) return false;
        times_.night += since(t0);
        evaluate(day, "night");
    }
    observer_.evaluated(bestTest_);
    return true;
}

}  // namespace rl
