// planExperiment: what each night needs in memory, and how long the run should take.
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>
#include <string>

#include <ATen/CPUGeneratorImpl.h>
#include <opencv2/core.hpp>

#include "network/Vgg.h"
#include "sim/Experiment.h"
#include "sim/Schedule.h"
#include "sim/Simulation.h"
#include "sim/Training.h"
#include "util/Random.h"
#include "util/Text.h"

namespace replaylab {
namespace {

/// A plan longer than this (a week) gets a warning line in format().
constexpr double kLongPlanSeconds = 7 * 86400.0;

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;

double availableMemoryBytes() {
    std::ifstream in("/proc/meminfo");
    std::string key;
    double kb = 0;
    std::string unit;
    while (in >> key >> kb >> unit)
        if (key == "MemAvailable:") return kb * 1024.0;
    return -1.0;
}

std::string gib(double bytes) {
    char buf[32];
    if (bytes < 0.1 * kGiB)
        std::snprintf(buf, sizeof buf, "%.1f MiB", bytes / (1024.0 * 1024.0));
    else
        std::snprintf(buf, sizeof buf, "%.2f GiB", bytes / kGiB);
    return buf;
}

int numClassesOf(const ExperimentConfig& cfg) {
    if (!cfg.data.customClassSets.empty()) return static_cast<int>(cfg.data.customClassSets.front().size());
    return 10;
}

int classSetsOf(const ExperimentConfig& cfg) {
    if (!cfg.data.customClassSets.empty()) return static_cast<int>(cfg.data.customClassSets.size());
    return cfg.data.classSets.empty() ? 10 : static_cast<int>(cfg.data.classSets.size());
}

// Seconds per batch of training at the input and of replay from a tap, per image of
// making a batch (preprocessing and augmentation, OpenCV) and of evaluation, timed here.
struct Timing {
    double day = 0, replayByTap[7] = {0, 0, 0, 0, 0, 0, 0}, collectPerImage = 0;
    double batchPerImage = 0, evalPerImage = 0;
};

Timing measure(const ExperimentConfig& cfg, const std::vector<int>& taps, int numClasses,
               torch::Device device) {
    Timing t;
    Vgg net(VggOptions::fromConfig(cfg.model, numClasses));
    auto gen = at::detail::createCPUGenerator(1);
    net->resetFeatures(gen);
    net->resetHead(numClasses, gen);
    net->to(device);
    SharedAdam adam(adamOptions(cfg.train));
    const int64_t b = cfg.train.batchSize;
    const auto& o = net->options();
    auto y = torch::zeros({b}, torch::TensorOptions().dtype(torch::kInt64).device(device));
    auto timeIt = [&](const std::function<void()>& f) {
        f();  // warm-up
        const int reps = 2;
        const auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < reps; ++i) f();
        return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count() / reps;
    };
    auto x = torch::rand({b, o.inChannels, o.inputSize, o.inputSize}, gen).to(device);
    t.day = timeIt([&] { replayStep(*net, adam, kInputTap, x, y); });
    for (int tap : taps) {
        const auto s = net->tapShape(tap);
        auto a = torch::rand({b, s[0], s[1], s[2]}, gen).to(device);
        t.replayByTap[tap] = timeIt([&] { replayStep(*net, adam, tap, a, y); });
    }
    {
        torch::NoGradGuard ng;
        net->eval();
        t.collectPerImage = timeIt([&] { net->forwardRange(x, kInputTap, kPoolTaps); }) / static_cast<double>(b);
    }
    {
        // Evaluation runs in batches of 256 through the whole network.
        constexpr int64_t kEval = 256;
        auto xe = torch::rand({kEval, o.inChannels, o.inputSize, o.inputSize}, gen).to(device);
        auto ye = torch::zeros({kEval}, torch::TensorOptions().dtype(torch::kInt64).device(device));
        t.evalPerImage = timeIt([&] { evaluateFrom(*net, kInputTap, xe, ye, numClasses); }) / kEval;
    }
    {
        // A batch of stored 8-bit images, each augmented as by day.
        const auto prep = preprocessOptions(cfg.model);
        LabelledImages imgs;
        std::vector<int> idx;
        std::vector<AugmentParams> params;
        Rng rng(1);
        const auto aug = augmentOptions(cfg.augment);
        for (int64_t i = 0; i < b; ++i) {
            cv::Mat m(prep.inputSize, prep.inputSize, prep.channels == 3 ? CV_8UC3 : CV_8UC1);
            cv::randu(m, 0, 256);
            imgs.images.push_back(m);
            imgs.labels.push_back(0);
            idx.push_back(static_cast<int>(i));
            params.push_back(drawAugment(aug, prep.inputSize, rng));
        }
        const auto* p = cfg.augment.enabled ? &params : nullptr;
        t.batchPerImage = timeIt([&] { makeBatch(imgs, idx, 0, idx.size(), prep, p); }) / static_cast<double>(b);
    }
    return t;
}

}  // namespace

std::string RunPlan::format() const {
    std::ostringstream o;
    o << "Plan: ";
    if (!shard.empty())
        o << "shard " << shard << ", simulations " << firstSimulation << "-" << firstSimulation + simulations - 1
          << " of " << runSimulations << ": ";
    o << simulations << " simulation(s), " << jobs << " at once; network " << gib(modelBytes) << ", peak about "
      << gib(peakBytes);
    if (availableBytes >= 0) o << " of " << gib(availableBytes) << " free";
    o << "\n";
    // A shard lists the conditions it runs, with how many of each (simulation i of the run
    // has condition i mod conditions).
    std::vector<int> inShard(conditions.size(), 0);
    for (int i = firstSimulation - 1; !conditions.empty() && i < firstSimulation - 1 + simulations; ++i)
        ++inShard[static_cast<std::size_t>(i) % conditions.size()];
    for (std::size_t ci = 0; ci < conditions.size(); ++ci) {
        const auto& c = conditions[ci];
        if (!shard.empty() && inShard[ci] == 0) continue;
        o << "  " << c.condition;
        if (!shard.empty()) o << " (" << inShard[ci] << " in this shard)";
        o << ": night memory " << gib(c.nightBytes);
        if (c.activationBytes > 0) o << " (activations " << gib(c.activationBytes) << ", samples " << gib(c.sampleBytes) << ")";
        if (c.veridicalBytes > 0) o << " (stored activations " << gib(c.veridicalBytes) << ")";
        if (c.secondsPerSimulation > 0) o << "; about " << formatSpan(c.secondsPerSimulation) << " per class set and seed";
        o << "\n";
    }
    if (totalSeconds > 0) {
        o << "Expected time: " << formatSpan(totalSeconds) << "\n";
        if (totalSeconds > kLongPlanSeconds)
            o << "Warning: this run would take about " << formatSpan(totalSeconds)
              << "; fewer days, class sets, seeds, conditions or training images make it shorter\n";
    }
    if (!feasible) o << "Not possible here: " << reason << "\n" << "Suggestion: " << suggestion << "\n";
    return o.str();
}

RunPlan planExperiment(const ExperimentConfig& cfg, bool measureTime) {
    RunPlan plan;
    const int k = numClassesOf(cfg);
    const double n = static_cast<double>(cfg.data.trainPerClass) * k;
    const double nVal = static_cast<double>(cfg.data.valPerClass) * k;
    const double nTest = static_cast<double>(cfg.data.testPerClass) * k;
    const double m = cfg.replay.samplesPerClass > 0 ? static_cast<double>(cfg.replay.samplesPerClass) * k : n;
    const int conditionCount = static_cast<int>(cfg.replay.conditions.size());
    plan.runSimulations = classSetsOf(cfg) * conditionCount * cfg.seedsPerClassSet;
    const auto range = shardRange(plan.runSimulations, cfg.shard);
    plan.simulations = range.second - range.first;
    plan.shard = cfg.shard.str();
    plan.firstSimulation = range.first + 1;
    // Simulations of each condition in this process: the run's order is class set, seed,
    // condition, so simulation i has condition i mod conditions.
    std::vector<int> perCondition(cfg.replay.conditions.size(), 0);
    for (int i = range.first; i < range.second; ++i) ++perCondition[static_cast<std::size_t>(i % conditionCount)];

    const auto opt = VggOptions::fromConfig(cfg.model, k);
    Vgg net(opt);  // shapes and parameter count only
    double params = 0;
    for (const auto& p : net->parameters()) params += static_cast<double>(p.numel());
    plan.modelBytes = params * 4.0 * 4.0;  // weights, gradients, two Adam moments
    const double pixels = static_cast<double>(opt.inChannels) * opt.inputSize * opt.inputSize;
    const double dataBytes = (n + nVal + nTest) * pixels + (nVal + nTest) * pixels * 4.0 +
                             static_cast<double>(cfg.train.batchSize) * pixels * 4.0 * 8.0;
    double largest = 0;

    std::vector<int> taps;
    for (const auto& c : cfg.replay.conditions)
        if (c.usesLayer()) taps.push_back(c.layer);
    Timing timing;
    if (measureTime) timing = measure(cfg, taps, k, resolveDevice(cfg.train.device));
    const double days = cfg.train.days;

    for (std::size_t ci = 0; ci < cfg.replay.conditions.size(); ++ci) {
        const auto& c = cfg.replay.conditions[ci];
        ConditionPlan cp;
        cp.condition = c.name();
        double dFull = 0, dDown = 0;
        if (c.usesLayer()) {
            const auto s = net->tapShape(c.layer);
            dFull = static_cast<double>(s[0] * s[1] * s[2]);
            const int f = std::max(1, cfg.replay.downsample[static_cast<std::size_t>(c.layer - 1)]);
            dDown = dFull / (static_cast<double>(f) * f);
        }
        // Memory and time follow the mode's schedule (sim/Schedule.h), feed by feed.
        const Schedule& sch = scheduleOf(c.mode);
        const double tr = c.usesLayer() ? timing.replayByTap[c.layer] : 0.0;
        if (sch.fit != SamplerFit::Never) cp.activationBytes = 2.0 * n * dDown * 4.0;  // activations and their centred copy
        if (sch.night == Feed::Imagined || sch.laterDays == Feed::Imagined) cp.sampleBytes = m * dDown * 4.0;
        if (sch.night == Feed::ChosenImagined) cp.sampleBytes = cfg.train.batchSize * dDown * 4.0;
        if (sch.night == Feed::StoredActivations) cp.veridicalBytes = n * dFull * 4.0;
        // The RL learner evaluates the validation set at the replay point after every step;
        // its single-class control does not.
        const bool evaluatesSteps = sch.night == Feed::ChosenImagined && sch.policy;
        cp.nightBytes = cp.activationBytes + cp.sampleBytes + cp.veridicalBytes +
                        (evaluatesSteps ? nVal * dFull * 4.0 : 0.0);
        const FeedSizes sizes = feedSizes(cfg, n, k);
        const double collect = n * (timing.collectPerImage + timing.batchPerImage);
        auto seconds = [&](Feed f) {
            switch (f) {
                case Feed::Nothing: return 0.0;
                case Feed::RealImages: return sizes.dayBatches * timing.day + n * timing.batchPerImage;
                case Feed::Imagined: return sizes.replayBatches * tr;
                case Feed::StoredActivations: return sizes.dayBatches * tr + collect;
                case Feed::ChosenImagined:
                    return sizes.chosenSteps * (tr + (evaluatesSteps ? nVal * timing.collectPerImage / 3.0 : 0.0));
            }
            return 0.0;
        };
        const double fits = sch.fit == SamplerFit::EveryNight ? days : sch.fit == SamplerFit::FirstNightOnly ? 1.0 : 0.0;
        // Kept drawings: at each kept night two inversions (real, imagined) of keep x classes
        // pictures, each step a forward and backward pass priced as that share of a batch of
        // real images.
        const auto& ic = cfg.imagination;
        const double keptNights = sch.imaginations && ic.keep > 0
                                      ? (ic.nights == KeepNights::Every ? days : std::min(days, 2.0))
                                      : 0.0;
        const double inversionBatches =
            2.0 * ic.steps * ic.keep * k / std::max(1.0, static_cast<double>(cfg.train.batchSize));
        // Only the simulations of the first imagination.class_sets class sets keep drawings.
        const double keepingSets = ic.classSets > 0 ? std::min(ic.classSets, classSetsOf(cfg)) : classSetsOf(cfg);
        cp.drawingSeconds = keptNights * inversionBatches * timing.day * keepingSets /
                            std::max(1, classSetsOf(cfg));
        // Test and validation after every day, and after every night there is.
        const double evaluations = days * (sch.hasNight() ? 2.0 : 1.0);
        const double perSim = days > 0 ? seconds(sch.firstDay) + (days - 1) * seconds(sch.laterDays) +
                                             days * seconds(sch.night) + fits * collect +
                                             evaluations * (nVal + nTest) * timing.evalPerImage +
                                             cp.drawingSeconds
                                       : 0.0;
        cp.secondsPerSimulation = measureTime ? perSim : 0.0;
        plan.totalSeconds += cp.secondsPerSimulation * perCondition[ci];
        largest = std::max(largest, cp.nightBytes);
        plan.conditions.push_back(cp);
    }
    // Simulations at once: each holds its network, its class set and its night; the time
    // divides by the jobs as far as the cores allow them all their threads.
    plan.jobs = jobsFor(cfg, plan.simulations);
    const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const int parallel = std::max(1, std::min(plan.jobs, cores / threadsPerSimulation(cfg)));
    plan.totalSeconds /= parallel;
    plan.peakBytes = plan.jobs * (plan.modelBytes + dataBytes + largest);
    const auto device = parseDevice(cfg.train.device);
    const bool cuda = device && device->kind == DeviceSpec::Kind::Cuda;
    plan.availableBytes = cuda ? -1.0 : availableMemoryBytes();
    if (plan.availableBytes >= 0 && plan.peakBytes > 0.9 * plan.availableBytes) {
        plan.feasible = false;
        // Name the condition that needs the most.
        const ConditionPlan* worst = &plan.conditions.front();
        for (const auto& c : plan.conditions)
            if (c.nightBytes > worst->nightBytes) worst = &c;
        plan.reason = "the run needs about " + gib(plan.peakBytes) + " but " + gib(plan.availableBytes) +
                      " is free (" + worst->condition + " needs " + gib(worst->nightBytes) + " at night)";
        if (plan.jobs > 1)
            plan.suggestion = "run fewer simulations at once (train.jobs, now " +
                              std::to_string(plan.jobs) + ")";
        else if (worst->veridicalBytes > 0)
            plan.suggestion = "replay at a later pool layer, or use fewer training images per class";
        else
            plan.suggestion = "down-sample more (replay.downsample), draw fewer samples "
                              "(replay.samples_per_class), or use diagonal covariance";
    }
    return plan;
}

}  // namespace replaylab
