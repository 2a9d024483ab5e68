#include "sim/Experiment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <thread>

#include <Eigen/Core>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

#include "config/ConfigJson.h"
#include "data/Dataset.h"
#include "network/Vgg.h"
#include "sim/Simulation.h"
#include "util/Error.h"
#include "util/Paths.h"

namespace replaylab {
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
    const auto d = parseDevice(spec);
    if (!d || d->index > std::numeric_limits<c10::DeviceIndex>::max())
        throw InputError("train.device '" + spec + "' is not a device (cpu, auto, cuda, cuda:N)");
    switch (d->kind) {
        case DeviceSpec::Kind::Cpu: return torch::Device(torch::kCPU);
        case DeviceSpec::Kind::Auto:
            return torch::cuda::is_available() ? torch::Device(torch::kCUDA) : torch::Device(torch::kCPU);
        case DeviceSpec::Kind::Cuda: break;
    }
    if (!torch::cuda::is_available())
        throw InputError("train.device '" + spec +
                         "': this build of LibTorch has no CUDA device available (use cpu or auto)");
    return torch::Device(torch::kCUDA, static_cast<c10::DeviceIndex>(d->index));
}

struct Experiment::Impl {
    ExperimentConfig cfg;
    std::unique_ptr<ImageSource> source;
    /// Every class set; a set's images are loaded when its first simulation starts and
    /// let go after its last, so that host memory holds one set at a time (at the paper's
    /// scale all ten would take about 20 GB).
    std::vector<ClassSetData> sets;
    std::vector<std::vector<std::string>> classes;  ///< per set
    std::vector<bool> loaded;
    std::vector<std::string> warnings;
    int skipped = 0;
    std::string backbone;  ///< resolved path; empty = random initial weights
    torch::Device device = torch::kCPU;

    /// Loads set i unless it is loaded; returns the warnings of this load.
    std::vector<std::string> load(std::size_t i) {
        if (loaded[i]) return {};
        const SplitSizes sizes{cfg.data.trainPerClass, cfg.data.valPerClass, cfg.data.testPerClass};
        sets[i].split = loadSplit(*source, classes[i], sizes, cfg.data.splitSeed,
                                  preprocessOptions(cfg.model), cfg.data.onBadImage == OnBadImage::Skip);
        loaded[i] = true;
        skipped += sets[i].split.report.skippedImages;
        for (const auto& w : sets[i].split.report.warnings) warnings.push_back(w);
        return sets[i].split.report.warnings;
    }
    void release(std::size_t i) {
        sets[i].split = SplitData{};
        loaded[i] = false;
    }
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
        if (mc.arch != ModelArch::Mini)
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

    // Data.
    std::unique_ptr<ImageSource> source;
    if (m.cfg.data.source == DataSource::QuickDraw) {
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
    // Every class set's classes are checked now; the first set is loaded now, so that bad
    // input (unknown classes, too few or unreadable images) stops the run here.
    for (std::size_t i = 0; i < chosen.size(); ++i) {
        checkClasses(*source, chosen[i].second);
        ClassSetData d;
        d.index = static_cast<int>(i) + 1;
        d.name = chosen[i].first;
        m.sets.push_back(std::move(d));
        m.classes.push_back(chosen[i].second);
        m.loaded.push_back(false);
    }
    m.source = std::move(source);
    m.load(0);
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

RunSummary Experiment::run(Observer& observer, CancelToken& cancel,
                           const std::vector<SimulationKey>& alreadyFinished) {
    auto& m = *impl_;
    const auto t0 = Clock::now();
    RunSummary summary;
    summary.warnings = m.warnings;
    summary.skippedImages = m.skipped;
    // Work units (batches) per simulation, for progress and the ETA.
    std::vector<SimulationPlan> plans;
    std::vector<int> numbers;  // 1-based place of each plan among all simulations of the run
    std::vector<std::size_t> setOf;
    int all = 0;
    for (std::size_t si = 0; si < m.sets.size(); ++si) {
        const auto& set = m.sets[si];
        const std::size_t train = m.loaded[si] ? set.split.train.size()
                                               : static_cast<std::size_t>(m.cfg.data.trainPerClass) *
                                                     m.classes[si].size();
        for (int r = 0; r < m.cfg.seedsPerClassSet; ++r)
            for (const auto& cond : m.cfg.replay.conditions) {
                ++all;
                const SimulationKey key{set.name, cond.name(), static_cast<int>(m.cfg.seed) + r};
                if (std::find(alreadyFinished.begin(), alreadyFinished.end(), key) !=
                    alreadyFinished.end())
                    continue;
                SimulationPlan p;
                p.set = &set;
                p.condition = cond;
                p.seed = key.seed;
                p.units = Simulation::workUnits(m.cfg, train, m.classes[si].size(), cond);
                plans.push_back(p);
                numbers.push_back(all);
                setOf.push_back(si);
            }
    }
    double total = 0;
    for (const auto& p : plans) total += p.units;

    RunInfo info = this->info();
    info.threads = setComputeThreads(m.cfg.train.threads);
    info.alreadyFinished = all - static_cast<int>(plans.size());
    observer.runStarted(info);
    for (const auto& w : m.warnings) observer.warning(w);

    double done = 0;
    try {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            const std::size_t si = setOf[i];
            for (std::size_t j = 0; j < m.sets.size(); ++j)
                if (j != si && m.loaded[j]) m.release(j);
            if (!m.loaded[si]) {
                const auto tl = Clock::now();
                Progress p;  // a model's photos can take a while: say what is going on
                p.simulation = numbers[i];
                p.simulations = all;
                p.classSet = m.sets[si].name;
                p.condition = plans[i].condition.name();
                p.seed = plans[i].seed;
                p.days = m.cfg.train.days;
                p.phase = "load";
                p.fraction = total > 0 ? done / total : 0.0;
                p.elapsedSeconds = secondsSince(t0);
                p.etaSeconds = p.fraction > 1e-6 ? p.elapsedSeconds * (1.0 - p.fraction) / p.fraction : -1.0;
                observer.progress(p);
                for (const auto& w : m.load(si)) {
                    summary.warnings.push_back(w);
                    observer.warning(w);
                }
                summary.skippedImages = m.skipped;
                summary.phases.load += secondsSince(tl);
            }
            ProgressContext ctx;
            ctx.simulation = numbers[i];
            ctx.simulations = all;
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
                summary.status = RunStatus::Stopped;
                summary.message = "stopped by the user";
                break;
            }
            observer.simulationFinished({plans[i].set->name, plans[i].condition.name(), plans[i].seed});
        }
        if (summary.status == RunStatus::Running) summary.status = RunStatus::Completed;
    } catch (const std::exception& e) {
        summary.status = RunStatus::Failed;
        std::string what = e.what();
        const auto nl = what.find('\n');
        summary.message = nl == std::string::npos ? what : what.substr(0, nl);
    }
    summary.wallSeconds = secondsSince(t0);
    observer.runFinished(summary);
    return summary;
}

}  // namespace replaylab
