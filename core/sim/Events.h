#pragma once
// What a running experiment tells the outside world (CLI, GUI, run directory, tests).
// Plain values only: nothing here refers to LibTorch or OpenCV, so the values can cross
// threads and reach Qt without dragging the engine along.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <vector>

namespace replaylab {

/// Which simulation: a class set, a condition and a run seed. A run directory lists the
/// simulations that finished, so a killed run can be resumed after them.
struct SimulationKey {
    std::string classSet;   ///< "set 1"
    std::string condition;  ///< "none", "generative-pool4", ...
    int seed = 0;
    bool operator==(const SimulationKey& o) const {
        return classSet == o.classSet && condition == o.condition && seed == o.seed;
    }
};

/// Where a simulation is. Spelled "day", "night", "best", "evaluate", "load" in files and
/// on the console; metrics.csv holds day, night and best.
enum class Phase {
    Day,       ///< a day of learning (and the evaluation after it)
    Night,     ///< a night of replay (and the evaluation after it)
    Best,      ///< the checkpoint with the lowest validation loss (the paper's figure 1C)
    Evaluate,  ///< evaluating
    Load,      ///< reading a class set's images
};
/// The file spelling of a phase.
inline const char* toString(Phase p) {
    switch (p) {
    case Phase::Day: return "day";
    case Phase::Night: return "night";
    case Phase::Best: return "best";
    case Phase::Evaluate: return "evaluate";
    case Phase::Load: break;
    }
    return "load";
}
/// Parses the file spelling; false for anything else.
inline bool phaseFromString(const std::string& s, Phase& out) {
    for (Phase v : {Phase::Day, Phase::Night, Phase::Best, Phase::Evaluate, Phase::Load})
        if (s == toString(v)) {
            out = v;
            return true;
        }
    return false;
}

/// One evaluation of one network on one split.
struct Evaluation {
    int classSetIndex = 0;              ///< 1-based index of the class set in its list
    std::string classSet;               ///< "set 1"
    std::string condition;              ///< "none", "generative-pool4", ...
    int seed = 0;                       ///< the run seed of this simulation
    int day = 0;                        ///< 1-based
    Phase phase = Phase::Day;           ///< Day (after the day), Night (after the night), Best
    std::string split;                  ///< "test" or "val"
    std::vector<std::string> classNames;
    double accuracy = 0.0;              ///< fraction correct
    double loss = 0.0;                  ///< mean cross-entropy
    std::vector<double> classAccuracy;  ///< per class, in classNames order
    std::vector<double> classLoss;
};

struct Progress {
    int simulation = 0;                 ///< 1-based index of the running simulation
    int simulations = 0;
    std::string classSet, condition;
    int seed = 0;
    int day = 0, days = 0;
    Phase phase = Phase::Day;           ///< Day, Night, Evaluate or Load
    double fraction = 0.0;              ///< of the whole experiment, 0..1
    double elapsedSeconds = 0.0;
    double etaSeconds = -1.0;           ///< < 0 when unknown
};

/// Seconds left, from the pace so far; unknown (< 0) until 2 % is done or 10 s have passed,
/// while start-up (building networks, reading images) would make the pace look far slower
/// than it is.
inline double remainingSeconds(double elapsedSeconds, double fraction) {
    if (fraction <= 1e-6 || (fraction < 0.02 && elapsedSeconds < 10.0)) return -1.0;
    return elapsedSeconds * (1.0 - fraction) / fraction;
}

struct RunInfo {
    std::vector<std::string> classSets;
    std::vector<std::string> conditions;
    int seedsPerClassSet = 1;
    int days = 0;
    int simulations = 0;
    int alreadyFinished = 0;            ///< simulations a resumed run finished before
    std::string device;
    int threads = 0;                    ///< intra-op threads of each simulation
    int jobs = 1;                       ///< simulations at once
    bool mixedPrecision = false;
};

/// Time spent per phase over the whole experiment, in seconds.
struct PhaseTimes {
    double load = 0, day = 0, night = 0, evaluate = 0;
};

/// How far a run got. Spelled "running", "completed", "stopped", "failed" in manifest.json.
enum class RunStatus { Running, Completed, Stopped, Failed };
/// The file spelling of a status.
inline const char* toString(RunStatus s) {
    switch (s) {
    case RunStatus::Completed: return "completed";
    case RunStatus::Stopped: return "stopped";
    case RunStatus::Failed: return "failed";
    case RunStatus::Running: break;
    }
    return "running";
}
/// Parses the file spelling; false for anything else.
inline bool runStatusFromString(const std::string& s, RunStatus& out) {
    for (RunStatus v : {RunStatus::Running, RunStatus::Completed, RunStatus::Stopped, RunStatus::Failed})
        if (s == toString(v)) {
            out = v;
            return true;
        }
    return false;
}

struct RunSummary {
    RunStatus status = RunStatus::Running;  ///< Completed, Stopped or Failed once run() returns
    std::string message;                ///< why, when not completed
    double wallSeconds = 0.0;
    PhaseTimes phases;
    std::vector<std::string> warnings;  ///< e.g. skipped images
    int skippedImages = 0;
};

/// Activation maps of one example at the replay point: 8-bit, layout [channel][row][col],
/// scaled per channel by the same range for real and imagined maps of a night.
struct ActivationMaps {
    int channels = 0, height = 0, width = 0;
    std::vector<unsigned char> data;
};

/// An 8-bit picture: rows of width * channels bytes (1 channel: grey, 3: RGB), top row first.
struct Picture {
    int width = 0, height = 0, channels = 1;
    std::vector<unsigned char> data;
    bool empty() const { return data.empty(); }
    bool operator==(const Picture& o) const {
        return width == o.width && height == o.height && channels == o.channels && data == o.data;
    }
};

/// One class's imaginations turned back into drawings at a kept night (the same order as the
/// class's real and imagined activation maps: example i here is map i there).
struct ClassPictures {
    std::vector<Picture> real;                     ///< the held-out drawings whose activations are shown
    std::vector<Picture> realReconstructions;      ///< [example] inverted from the real activations
    std::vector<Picture> imaginedReconstructions;  ///< [example] inverted from imagined activations
    std::vector<double> realError, imaginedError;  ///< [example] the inversion's relative activation error
    /// [imagined example][rank]: the training drawings whose activations are nearest (cosine).
    std::vector<std::vector<Picture>> neighbours;
    std::vector<std::vector<double>> neighbourSimilarity;  ///< [imagined example][rank] cosine similarity
};

/// What the network "imagined" in one night, beside what it really saw.
struct Imagination {
    std::string classSet, condition;
    int seed = 0, day = 0;
    int layer = 0;                                 ///< replay point, 1..5 = pool1..pool5
    std::vector<std::string> classNames;
    std::vector<std::vector<ActivationMaps>> real;      ///< [class][example]
    std::vector<std::vector<ActivationMaps>> imagined;  ///< [class][example]
    /// PCA of real (held-out) and imagined activations together, first two components.
    std::vector<float> pcaRealX, pcaRealY, pcaImaginedX, pcaImaginedY;
    std::vector<int> pcaRealClass, pcaImaginedClass;
    /// Per class: Frechet distance between real held-out activations and imagined ones,
    /// in the space of the leading principal components (lower = more faithful).
    std::vector<double> fidelity;
    /// [class]: the drawings of a kept night (imagination.keep, imagination.nights); empty
    /// on other nights.
    std::vector<ClassPictures> pictures;
};

/// One step of a night whose replay is chosen by the hippocampal RL learner.
struct PolicyStep {
    std::string classSet, condition;
    int seed = 0, night = 0, step = 0;
    int chosen = 0;                                ///< class index replayed at this step
    std::string chosenName;                        ///< its name
    double reward = 0.0, chi2 = 0.0;
    std::vector<double> probabilities;             ///< policy over classes after the update
};

/// Receives events on the thread that runs the experiment. Default: ignore.
class Observer {
public:
    virtual ~Observer() = default;
    virtual void runStarted(const RunInfo&) {}
    virtual void progress(const Progress&) {}
    virtual void evaluated(const Evaluation&) {}
    virtual void imagined(const Imagination&) {}
    virtual void policyStep(const PolicyStep&) {}
    virtual void warning(const std::string&) {}
    /// A simulation ran all its days and nights (not sent for one that was stopped).
    virtual void simulationFinished(const SimulationKey&) {}
    virtual void runFinished(const RunSummary&) {}
};

/// Forwards every event to several observers.
class ObserverList : public Observer {
public:
    void add(Observer* o) { list_.push_back(o); }
    void runStarted(const RunInfo& i) override { for (auto* o : list_) o->runStarted(i); }
    void progress(const Progress& p) override { for (auto* o : list_) o->progress(p); }
    void evaluated(const Evaluation& e) override { for (auto* o : list_) o->evaluated(e); }
    void imagined(const Imagination& i) override { for (auto* o : list_) o->imagined(i); }
    void policyStep(const PolicyStep& s) override { for (auto* o : list_) o->policyStep(s); }
    void warning(const std::string& w) override { for (auto* o : list_) o->warning(w); }
    void simulationFinished(const SimulationKey& k) override {
        for (auto* o : list_) o->simulationFinished(k);
    }
    void runFinished(const RunSummary& s) override { for (auto* o : list_) o->runFinished(s); }

private:
    std::vector<Observer*> list_;
};

/// Stop and pause requests from another thread, honoured at batch boundaries.
class CancelToken {
public:
    void requestStop() {
        stop_ = true;
        std::lock_guard<std::mutex> lock(m_);
        cv_.notify_all();
    }
    /// Async-signal-safe variant (only an atomic store), for SIGINT handlers.
    void requestStopFromSignal() { stop_ = true; }
    void setPaused(bool paused) {
        paused_ = paused;
        std::lock_guard<std::mutex> lock(m_);
        cv_.notify_all();
    }
    bool stopRequested() const { return stop_; }
    bool paused() const { return paused_; }
    /// Blocks while paused; returns true if a stop was requested.
    bool checkpoint() {
        if (paused_ && !stop_) {
            std::unique_lock<std::mutex> lock(m_);
            cv_.wait(lock, [&] { return !paused_ || stop_; });
        }
        return stop_;
    }

private:
    std::atomic<bool> stop_{false};
    std::atomic<bool> paused_{false};
    std::mutex m_;
    std::condition_variable cv_;
};

}  // namespace replaylab
