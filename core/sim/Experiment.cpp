#include "sim/Experiment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

#include <Eigen/Core>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

#include "config/ConfigJson.h"
#include "data/Dataset.h"
#include "model/Vgg.h"
#include "sim/Simulation.h"
#include "util/Error.h"
#include "util/Paths.h"

namespace rl {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

std::string joined(const std::vector<std::string>& v) {
    std::string s;
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "; " : "") + v[i];
    return s;
}

}  // namespace

int setComputeThreads(int threads) {
    int n = threads > 0 ? threads : static_cast<int>(std::thread::hardware_concurrency());
    if (n < 1) n = 1;
    torch::set_num_threads(n);
    return torch::get_num_threads();
}

LibraryVersions libraryVersions() {
    LibraryVersions v;
    v.app = REPLAYLAB_VERSION;
    v.libtorch = TORCH_VERSION;
    v.opencv = CV_VERSION;
    v.eigen = std::to_string(EIGEN_WORLD_VERSION) + "." + std::to_string(EIGEN_MAJOR_VERSION) +
              "." + std::to_string(EIGEN_MINOR_VERSION);
#if defined(__clang__)
    v.compiler = "clang " __clang_version__;
#elif defined(__GNUC__)
    v.compiler = "gcc " __VERSION__;
#elif defined(_MSC_VER)
    v.compiler = "msvc " + std::to_string(_MSC_VER);
#endif
    return v;
}

torch::Device resolveDevice(const std::string& spec) {
    if (spec == "auto") return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
    if (spec.rfind("cuda", 0) == 0 && !torch::cuda::is_available())
        throw InputError("train.device '" + spec +
                         "': this build of LibTorch has no CUDA device available (use cpu or auto)");
    try {
        return torch::Device(spec);
    } catch (const std::exception&) {
        throw InputError("train.device '" + spec + "' is not a device (cpu, auto, cuda, cuda:N)");
    }
}

struct Experiment::Impl {
    ExperimentConfig cfg;
    std::vector<ClassSetData> sets;
    std::vector<std::string> warnings;
    int skipped = 0;
    std::string backbone;  ///< resolved path; empty = random initial weights
    torch::Device device = torch::kCPU;
};

Experiment::Experiment(ExperimentConfig cfg) : impl_(std::make_unique<Impl>()) {
    auto& m = *impl_;
    m.cfg = std::move(cfg);
    const auto problems = validateConfig(m.cfg);
    if (!problems.empty()) throw InputError(joined(problems));
    m.device = resolveDevice(m.cfg.train.device);

    // Backbone: the shipped mini by default; "none" trains from random initial weights.
    const auto& mc = m.cfg.model;
    if (mc.backbone == "none") {
        m.backbone.clear();
    } else if (mc.backbone.empty()) {
        if (mc.arch != "mini")
            throw InputError("model.backbone: VGG-16 needs pretrained weights (see README, "
                             "'Running at the paper's scale'), or 'none' for random weights");
        m.backbone = (resourceDir() / "backbones" / "quickdraw-mini.pt").string();
    } else {
        m.backbone = mc.backbone;
    }
    const int numClasses = 10;
    if (!m.backbone.empty()) {
        const auto info = readModelInfo(m.backbone);
        const auto want = VggOptions::fromConfig(mc, numClasses);
        if (!info.options.sameArchitecture(want))
            throw InputError(m.backbone + ": holds a network with " + info.options.describe() +
                             "; the settings ask for " + want.describe());
    }

    // Data: every class set is loaded and split now, so that bad input stops the run here.
    std::unique_ptr<ImageSource> source;
    if (m.cfg.data.source == "quickdraw") {
        source = makeQuickDrawSource(quickDrawDir(dataDir(m.cfg.data.dataDir)));
    } else {
        if (m.cfg.data.dataDir.empty())
            throw InputError("data.data_dir: a photo folder source needs the folder (root/<class>/*.jpg)");
        source = makeImageFolderSource(m.cfg.data.dataDir, mc.inChannels);
    }
    std::vector<std::pair<std::string, std::vector<std::string>>> chosen;
    if (!m.cfg.data.customClassSets.empty()) {
        for (std::size_t i = 0; i < m.cfg.data.customClassSets.size(); ++i)
            chosen.emplace_back("set " + std::to_string(i + 1), m.cfg.data.customClassSets[i]);
    } else {
        const auto file = resolveResourceFile(m.cfg.data.classSetsFile, "class_sets/quickdraw.json");
        const auto list = loadClassSetList(file);
        std::vector<int> idx = m.cfg.data.classSets;
        if (idx.empty())
            for (std::size_t i = 0; i < list.sets.size(); ++i) idx.push_back(static_cast<int>(i) + 1);
        for (int i : idx) {
            if (i < 1 || i > static_cast<int>(list.sets.size()))
                throw InputError("data.class_sets: set " + std::to_string(i) + " does not exist (" +
                                 file.string() + " has " + std::to_string(list.sets.size()) + ")");
            chosen.emplace_back(list.names[static_cast<std::size_t>(i - 1)],
                                list.sets[static_cast<std::size_t>(i - 1)]);
        }
    }
    const SplitSizes sizes{m.cfg.data.trainPerClass, m.cfg.data.valPerClass, m.cfg.data.testPerClass};
    const auto prep = preprocessOptions(mc);
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        ClassSetData d;
        d.index = static_cast<int>(i) + 1;
        d.name = chosen[i].first;
        d.split = loadSplit(*source, chosen[i].second, sizes, m.cfg.data.splitSeed, prep,
                            m.cfg.data.onBadImage == "skip");
        for (const auto& w : d.split.report.warnings) m.warnings.push_back(w);
        m.skipped += d.split.report.skippedImages;
        m.sets.push_back(std::move(d));
    }
}

Experiment::~Experiment() = default;

const ExperimentConfig& Experiment::config() const { return impl_->cfg; }
const std::vector<std::string>& Experiment::loadWarnings() const { return impl_->warnings; }
int Experiment::skippedImages() const { return impl_->skipped; }

RunInfo Experiment::info() const {
    RunInfo r;
    for (const auto& s : impl_->sets) r.classSets.push_back(s.name);
    for (const auto& c : impl_->cfg.replay.conditions) r.conditions.push_back(c.name());
    r.seedsPerClassSet = impl_->cfg.seedsPerClassSet;
    r.days = impl_->cfg.train.days;
    r.simulations = static_cast<int>(r.classSets.size() * r.conditions.size()) * r.seedsPerClassSet;
    r.device = impl_->device.str();
    r.mixedPrecision = impl_->cfg.train.mixedPrecision && impl_->device.is_cuda();
    r.threads = impl_->cfg.train.threads > 0 ? impl_->cfg.train.threads
                                              : static_cast<int>(std::thread::hardware_concurrency());
    return r;
}

RunSummary Experiment::run(Observer& observer, CancelToken& cancel) {
    auto& m = *impl_;
    const auto t0 = Clock::now();
    RunSummary summary;
    summary.warnings = m.warnings;
    summary.skippedImages = m.skipped;
    RunInfo info = this->info();
    info.threads = setComputeThreads(m.cfg.train.threads);
    observer.runStarted(info);
    for (const auto& w : m.warnings) observer.warning(w);

    // Work units (batches) per simulation, for progress and the ETA.
    std::vector<SimulationPlan> plans;
    for (const auto& set : m.sets)
        for (int r = 0; r < m.cfg.seedsPerClassSet; ++r)
            for (const auto& cond : m.cfg.replay.conditions) {
                SimulationPlan p;
                p.set = &set;
                p.condition = cond;
                p.seed = static_cast<int>(m.cfg.seed) + r;
                p.units = Simulation::workUnits(m.cfg, set.split, cond);
                plans.push_back(p);
            }
    double total = 0;
    for (const auto& p : plans) total += p.units;

    double done = 0;
    try {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            ProgressContext ctx;
            ctx.simulation = static_cast<int>(i) + 1;
            ctx.simulations = static_cast<int>(plans.size());
            ctx.unitsBefore = done;
            ctx.unitsTotal = total;
            ctx.start = t0;
            Simulation sim(m.cfg, plans[i], m.backbone, m.device, observer, cancel, ctx);
            const bool finished = sim.run();
            const auto& t = sim.phaseTimes();
            summary.phases.day += t.day;
            summary.phases.night += t.night;
            summary.phases.evaluate += t.evaluate;
            summary.phases.load += t.load;
            done += plans[i].units;
            if (!finished) {
                summary.status = "stopped";
                summary.message = "stopped by the user";
                break;
            }
        }
        if (summary.status.empty()) summary.status = "completed";
    } catch (const std::exception& e) {
        summary.status = "failed";
        std::string what = e.what();
        const auto nl = what.find('\n');
        summary.message = nl == std::string::npos ? what : what.substr(0, nl);
    }
    summary.wallSeconds = secondsSince(t0);
    observer.runFinished(summary);
    return summary;
}

}  // namespace rl
