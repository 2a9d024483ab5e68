#include "sim/Experiment.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include <Eigen/Core>
#include <opencv2/core/version.hpp>
#include <torch/version.h>

#include "config/ConfigJson.h"
#include "data/Dataset.h"
#include "network/Vgg.h"
#include "sim/Simulation.h"
#include "util/Blas.h"
#include "util/Error.h"
#include "util/Text.h"
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
    pinBlasToCallingThread();
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
        source = makeQuickDrawSource(findQuickDrawDir(m.cfg.data.dataDir));
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
    if (m.cfg.shard.active()) {
        const int sims = static_cast<int>(m.sets.size() * m.cfg.replay.conditions.size()) * m.cfg.seedsPerClassSet;
        if (m.cfg.shard.count > sims)
            throw InputError("shard " + m.cfg.shard.str() + ": the run has only " + std::to_string(sims) +
                             " simulation(s) (" + std::to_string(m.sets.size()) + " class set(s) x " +
                             std::to_string(m.cfg.replay.conditions.size()) + " condition(s) x " +
                             std::to_string(m.cfg.seedsPerClassSet) +
                             " seed(s)), so at most " + std::to_string(sims) + " shards");
    }
    // A shard loads the first set it runs, for the same early check.
    const auto first = shardRange(static_cast<int>(m.sets.size() * m.cfg.replay.conditions.size()) *
                                      m.cfg.seedsPerClassSet, m.cfg.shard).first;
    m.load(static_cast<std::size_t>(first) /
           (m.cfg.replay.conditions.size() * static_cast<std::size_t>(m.cfg.seedsPerClassSet)));
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
    const auto range = shardRange(static_cast<int>(r.classSets.size() * r.conditions.size()) * r.seedsPerClassSet,
                                  impl_->cfg.shard);
    r.simulations = range.second - range.first;  // of this shard when the run is one
    r.device = impl_->device.str();
    r.mixedPrecision = impl_->cfg.train.mixedPrecision && impl_->device.is_cuda();
    r.threads = impl_->cfg.train.threads > 0 ? impl_->cfg.train.threads
                                              : static_cast<int>(std::thread::hardware_concurrency());
    return r;
}

namespace {

/// Events of one simulation that runs on a worker thread, queued for the calling thread.
struct Posted {
    enum Kind { Progress_, Evaluated, Imagined, PolicyStep_, Warning, Done, Error };
    explicit Posted(Kind k) : kind(k) {}
    Kind kind;
    std::size_t sim = 0;  ///< index into the run's plans
    Progress progress;
    Evaluation evaluation;
    Imagination imagination;
    PolicyStep step;
    std::string text;     ///< warning or error message
    bool finished = false;
    PhaseTimes times;
};

/// What the workers and the calling thread share; everything under mutex.
struct Mailbox {
    std::mutex mutex;
    std::condition_variable wake;   ///< the calling thread: events came
    std::condition_variable work;   ///< the workers: a simulation to run, or close
    std::deque<Posted> events;
    std::deque<std::size_t> tasks;
    bool closed = false;

    void post(Posted e) {
        {
            std::lock_guard<std::mutex> lock(mutex);
            events.push_back(std::move(e));
        }
        wake.notify_one();
    }
};

/// The observer a simulation on a worker thread sees: it only queues.
class PostingObserver : public Observer {
public:
    PostingObserver(Mailbox& box, std::size_t sim) : box_(box), sim_(sim) {}
    void progress(const Progress& p) override {
        Posted e{Posted::Progress_};
        e.sim = sim_;
        e.progress = p;
        box_.post(std::move(e));
    }
    void evaluated(const Evaluation& v) override {
        Posted e{Posted::Evaluated};
        e.sim = sim_;
        e.evaluation = v;
        box_.post(std::move(e));
    }
    void imagined(const Imagination& i) override {
        Posted e{Posted::Imagined};
        e.sim = sim_;
        e.imagination = i;
        box_.post(std::move(e));
    }
    void policyStep(const PolicyStep& s) override {
        Posted e{Posted::PolicyStep_};
        e.sim = sim_;
        e.step = s;
        box_.post(std::move(e));
    }
    void warning(const std::string& w) override {
        Posted e{Posted::Warning};
        e.sim = sim_;
        e.text = w;
        box_.post(std::move(e));
    }

private:
    Mailbox& box_;
    std::size_t sim_;
};


}  // namespace

int threadsPerSimulation(const ExperimentConfig& cfg) {
    if (cfg.train.threads > 0) return cfg.train.threads;
    return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

int jobsFor(const ExperimentConfig& cfg, int simulations) {
    int jobs = cfg.train.jobs;
    if (jobs <= 0) {
        const auto& d = cfg.train.device;  // one at a time on a GPU
        const bool gpu = d.rfind("cuda", 0) == 0 || (d == "auto" && torch::cuda::is_available());
        const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        jobs = gpu ? 1 : std::max(1, cores / threadsPerSimulation(cfg));
    }
    return std::max(1, std::min(jobs, simulations));
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
    // A shard runs its block of the run's simulations (shardRange); `all` counts the
    // simulations of the shard, and numbers are places within it.
    int all = 0;
    int place = 0;  // 0-based place in the whole run
    const auto range = shardRange(static_cast<int>(m.sets.size() * m.cfg.replay.conditions.size()) *
                                      m.cfg.seedsPerClassSet, m.cfg.shard);
    for (std::size_t si = 0; si < m.sets.size(); ++si) {
        const auto& set = m.sets[si];
        const std::size_t train = m.loaded[si] ? set.split.train.size()
                                               : static_cast<std::size_t>(m.cfg.data.trainPerClass) *
                                                     m.classes[si].size();
        for (int r = 0; r < m.cfg.seedsPerClassSet; ++r)
            for (const auto& cond : m.cfg.replay.conditions) {
                const int here = place++;
                if (here < range.first || here >= range.second) continue;
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
    const int jobs = jobsFor(m.cfg, static_cast<int>(plans.size()));

    RunInfo info = this->info();
    info.threads = setComputeThreads(m.cfg.train.threads);
    info.jobs = jobs;
    info.alreadyFinished = all - static_cast<int>(plans.size());
    observer.runStarted(info);
    for (const auto& w : m.warnings) observer.warning(w);

    double done = 0;  // units of the simulations that ended
    // Loads set si on this thread (with a progress line: a set's photos can take a while),
    // after letting go of every other set that no running simulation needs.
    // fraction: of the whole run so far.
    auto prepare = [&](std::size_t i, const std::vector<bool>& needed, double fraction) {
        const std::size_t si = setOf[i];
        for (std::size_t j = 0; j < m.sets.size(); ++j)
            if (j != si && m.loaded[j] && !needed[j]) m.release(j);
        if (m.loaded[si]) return;
        const auto tl = Clock::now();
        Progress p;
        p.simulation = numbers[i];
        p.simulations = all;
        p.classSet = m.sets[si].name;
        p.condition = plans[i].condition.name();
        p.seed = plans[i].seed;
        p.days = m.cfg.train.days;
        p.phase = Phase::Load;
        p.fraction = fraction;
        p.elapsedSeconds = secondsSince(t0);
        p.etaSeconds = remainingSeconds(p.elapsedSeconds, p.fraction);
        observer.progress(p);
        for (const auto& w : m.load(si)) {
            summary.warnings.push_back(w);
            observer.warning(w);
        }
        summary.skippedImages = m.skipped;
        summary.phases.load += secondsSince(tl);
    };
    auto addTimes = [&](const PhaseTimes& t) {
        summary.phases.day += t.day;
        summary.phases.night += t.night;
        summary.phases.evaluate += t.evaluate;
        summary.phases.load += t.load;
    };
    auto keyOf = [&](std::size_t i) {
        return SimulationKey{plans[i].set->name, plans[i].condition.name(), plans[i].seed};
    };

    if (jobs <= 1) {
        // One simulation after another, on this thread.
        try {
            for (std::size_t i = 0; i < plans.size(); ++i) {
                prepare(i, std::vector<bool>(m.sets.size(), false), total > 0 ? done / total : 0.0);
                ProgressContext ctx;
                ctx.simulation = numbers[i];
                ctx.simulations = all;
                ctx.unitsBefore = done;
                ctx.unitsTotal = total;
                ctx.start = t0;
                Simulation sim(m.cfg, plans[i], m.backbone, m.device, observer, cancel, ctx);
                const bool finished = sim.run();
                addTimes(sim.phaseTimes());
                done += plans[i].units;
                if (!finished) {
                    summary.status = RunStatus::Stopped;
                    summary.message = "stopped by the user";
                    break;
                }
                observer.simulationFinished(keyOf(i));
            }
            if (summary.status == RunStatus::Running) summary.status = RunStatus::Completed;
        } catch (const std::exception& e) {
            summary.status = RunStatus::Failed;
            summary.message = firstLine(e.what());
        }
        summary.wallSeconds = secondsSince(t0);
        observer.runFinished(summary);
        return summary;
    }

    // Several at once: `jobs` worker threads each run whole simulations, with their own
    // intra-op thread count (OpenMP keeps it per thread). The observer is only called here:
    // workers queue their events. Rows (evaluations, policy steps) and simulationFinished
    // leave in the order of the plans whatever order the simulations end in: the events of
    // a simulation wait until every earlier one is written. Progress and imagination go at
    // once. The workers see their own token, which this thread keeps in step with the
    // caller's (stop, pause) and trips itself when a simulation fails.
    Mailbox box;
    CancelToken inner;
    const int threads = threadsPerSimulation(m.cfg);
    auto worker = [&] {
        setComputeThreads(threads);
        for (;;) {
            std::size_t i = 0;
            {
                std::unique_lock<std::mutex> lock(box.mutex);
                box.work.wait(lock, [&] { return box.closed || !box.tasks.empty(); });
                if (box.tasks.empty()) return;
                i = box.tasks.front();
                box.tasks.pop_front();
            }
            Posted end{Posted::Done};
            end.sim = i;
            try {
                PostingObserver post(box, i);
                ProgressContext ctx;  // fractions of this simulation alone; summed here
                ctx.simulation = numbers[i];
                ctx.simulations = all;
                ctx.unitsBefore = 0;
                ctx.unitsTotal = plans[i].units;
                ctx.start = t0;
                Simulation sim(m.cfg, plans[i], m.backbone, m.device, post, inner, ctx);
                end.finished = sim.run();
                end.times = sim.phaseTimes();
            } catch (const std::exception& e) {
                end.kind = Posted::Error;
                end.text = firstLine(e.what());
            } catch (...) {
                end.kind = Posted::Error;
                end.text = "unknown error in a simulation";
            }
            box.post(std::move(end));
        }
    };
    std::vector<std::thread> pool;
    for (int w = 0; w < jobs; ++w) pool.emplace_back(worker);

    enum class State { Waiting, Running, Finished, Ended };  // Ended: stopped or failed
    const std::size_t n = plans.size();
    std::vector<State> state(n, State::Waiting);
    std::vector<std::vector<Posted>> held(n);  // rows of simulations not yet at the front
    std::vector<double> fractionOf(n, 0.0);    // of each running simulation, from its progress
    std::size_t front = 0;  // first plan whose rows are not all written
    int running = 0;
    bool stopped = false, failed = false;
    std::string failure;
    std::size_t handedOut = 0;  // plans handed to the workers so far
    // The next plan to hand out: the front one if it waits (its rows go out live), else the
    // longest waiting plan of the lowest class set that has one, so that short simulations
    // come last and the workers end together. Rows still leave in plan order.
    auto pickNext = [&] {
        std::size_t best = n;
        for (std::size_t k = front; k < n; ++k) {
            if (state[k] != State::Waiting) continue;
            if (best == n) {
                best = k;
                if (k == front) break;
                continue;
            }
            if (setOf[k] != setOf[best]) break;
            if (plans[k].units > plans[best].units) best = k;
        }
        return best;
    };

    auto deliver = [&](const Posted& e) {
        if (e.kind == Posted::Evaluated) observer.evaluated(e.evaluation);
        else observer.policyStep(e.step);
    };
    // Writes what can be written in order: the front simulation's held rows, and every
    // simulation at the front that finished.
    auto advance = [&] {
        while (front < n && state[front] != State::Waiting) {
            for (const auto& e : held[front]) deliver(e);
            held[front].clear();
            if (state[front] != State::Finished) break;
            observer.simulationFinished(keyOf(front));
            ++front;
        }
    };
    // Finished units of every simulation (the running ones in part) over all units.
    auto overall = [&] {
        double units = done;
        for (std::size_t k = 0; k < n; ++k)
            if (state[k] == State::Running) units += fractionOf[k] * plans[k].units;
        return total > 0 ? std::min(1.0, units / total) : 0.0;
    };
    auto handle = [&](Posted& e) {
        const std::size_t i = e.sim;
        switch (e.kind) {
        case Posted::Progress_: {
            fractionOf[i] = e.progress.fraction;
            Progress p = e.progress;
            p.fraction = overall();
            p.elapsedSeconds = secondsSince(t0);
            p.etaSeconds = remainingSeconds(p.elapsedSeconds, p.fraction);
            observer.progress(p);
            break;
        }
        case Posted::Imagined: observer.imagined(e.imagination); break;
        case Posted::Warning:
            summary.warnings.push_back(e.text);
            observer.warning(e.text);
            break;
        case Posted::Evaluated:
        case Posted::PolicyStep_:
            if (i == front) deliver(e);
            else held[i].push_back(std::move(e));
            break;
        case Posted::Done:
        case Posted::Error:
            --running;
            done += plans[i].units;
            addTimes(e.times);
            state[i] = e.kind == Posted::Done && e.finished ? State::Finished : State::Ended;
            if (e.kind == Posted::Error && !failed) {
                failed = true;
                failure = e.text;
                inner.requestStop();
            } else if (state[i] == State::Ended) {
                stopped = true;
            }
            advance();
            break;
        }
    };

    std::deque<Posted> batch;
    try {
        for (;;) {
            // Keep the workers' token in step with the caller's.
            if (cancel.stopRequested() && !inner.stopRequested()) inner.requestStop();
            if (cancel.paused() != inner.paused()) inner.setPaused(cancel.paused());
            if (inner.stopRequested()) stopped = true;
            // Hand out simulations while a worker is free.
            while (!stopped && !failed && running < jobs && handedOut < n) {
                const std::size_t next = pickNext();
                std::vector<bool> needed(m.sets.size(), false);
                for (std::size_t k = 0; k < n; ++k)
                    if (state[k] == State::Running) needed[setOf[k]] = true;
                prepare(next, needed, overall());
                state[next] = State::Running;
                ++running;
                {
                    std::lock_guard<std::mutex> lock(box.mutex);
                    box.tasks.push_back(next);
                }
                box.work.notify_one();
                ++handedOut;
                advance();  // the front may now be a running simulation: its rows go live
            }
            if (running == 0 && (handedOut == n || stopped || failed)) break;
            {
                std::unique_lock<std::mutex> lock(box.mutex);
                box.wake.wait_for(lock, std::chrono::milliseconds(100), [&] { return !box.events.empty(); });
                batch.swap(box.events);
            }
            while (!batch.empty()) {
                Posted e = std::move(batch.front());
                batch.pop_front();
                handle(e);
            }
        }
    } catch (const std::exception& e) {
        // This thread failed (loading a set, writing a file): stop the workers, drop the rest.
        if (!failed) {
            failed = true;
            failure = firstLine(e.what());
        }
        inner.requestStop();
        for (const auto& ev : batch)
            if (ev.kind == Posted::Done || ev.kind == Posted::Error) --running;
        std::unique_lock<std::mutex> lock(box.mutex);
        while (running > 0) {
            box.wake.wait(lock, [&] { return !box.events.empty(); });
            for (const auto& ev : box.events)
                if (ev.kind == Posted::Done || ev.kind == Posted::Error) --running;
            box.events.clear();
        }
    }
    {
        std::lock_guard<std::mutex> lock(box.mutex);
        box.closed = true;
        box.tasks.clear();
    }
    box.work.notify_all();
    for (auto& t : pool) t.join();

    if (failed) {
        summary.status = RunStatus::Failed;
        summary.message = failure;
    } else if (front < n) {
        summary.status = RunStatus::Stopped;
        summary.message = "stopped by the user";
    } else {
        summary.status = RunStatus::Completed;  // a stop that came after the last simulation
    }
    summary.wallSeconds = secondsSince(t0);
    observer.runFinished(summary);
    return summary;
}

}  // namespace replaylab
