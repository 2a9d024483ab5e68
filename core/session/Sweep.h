#pragma once
// A sweep: one setting (or two, as a grid) varied over a list of values; every value runs
// every class set and seed of the base config, replay paired against no replay with the same
// seeds. One folder holds it:
//   sweep.json            the base config, the swept settings and their values, the status
//   points/NN-<values>/   each point's own run folder (RunSession), resumable on its own
//   metrics.csv           every point's metrics.csv rows, the swept values as first columns
//   sweep.csv             per point and replay condition, the paired effect of replay
//                         (mean over days and last day) with its 95% t interval and wins
//   summary.txt           the closing table
// The CLI's `sweep`, its `resume` and `report` and the app's Explore tab drive it.
#include <filesystem>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "runfolder/MetricsCsv.h"
#include "session/RunSession.h"
#include "sim/Events.h"
#include "stats/Summary.h"

namespace replaylab {

/// The pseudo-setting a sweep may vary besides the table's: the replay point (1..5 or
/// pool1..pool5) of every condition that has one.
extern const char* const kReplayPointKey;  // "replay.point"

/// One swept setting and its values, as text the settings table reads.
struct SweepAxis {
    std::string key;
    std::vector<std::string> values;
};

/// "KEY=V1,V2,..." or "KEY=FROM:TO:COUNT" (COUNT values evenly spaced, rounded for whole-number
/// settings). Throws InputError naming flag on a missing '=', an unknown key, a bad range or
/// a repeated value; values are checked against the setting when points are made.
SweepAxis parseSweepAxis(const std::string& text, const std::string& flag = "--vary");

/// The keys a sweep offers (numbers and choices of the settings table that change what is
/// learned, and the replay point), in the table's order.
std::vector<std::string> sweepableKeys();

struct SweepSpec {
    ExperimentConfig base;
    std::vector<SweepAxis> axes;  ///< one, or two for a grid
};

struct SweepPoint {
    int index = 0;                    ///< 1-based, first axis slowest
    std::vector<std::string> values;  ///< one per axis
    std::string folder;               ///< relative to the sweep folder: "points/01-train_per_class-20"
    ExperimentConfig config;          ///< base with the values applied ("none" added when absent)
};

/// The points of a sweep, each config checked (validateConfig). Throws InputError with one
/// line per problem, each naming the swept value ("data.train_per_class=0: ... must be at
/// least 1 (got 0)"), when an axis is unknown, repeated or has no values, when the base has
/// no replay condition to compare, or when a point's settings are impossible.
std::vector<SweepPoint> sweepPoints(const SweepSpec& spec);

/// The paired effect of one replay condition at one point.
struct SweepEffect {
    int point = 0;
    std::vector<std::string> values;  ///< the point's values, one per axis
    std::string condition;
    std::string measure;              ///< "mean_over_days" or "last_day"
    double replay = 0;                ///< mean accuracy of the condition (fraction)
    double none = 0;                  ///< mean accuracy of no replay on the same runs
    PairedDifference diff;            ///< condition - none, paired over class sets x seeds
};

/// Effects of every finished point, from metrics rows of one point (test split, class "all").
std::vector<SweepEffect> sweepEffects(const SweepPoint& point, const std::vector<MetricRow>& rows);

/// sweep.csv's header for these axes and its lines.
std::string sweepCsvHeader(const std::vector<SweepAxis>& axes);
std::string sweepCsvLines(const std::vector<SweepEffect>& effects);

/// Reads sweep.json of a folder (nullopt-like: throws InputError naming the file when it is
/// missing or malformed).
struct SweepRecord {
    SweepSpec spec;
    RunStatus status = RunStatus::Running;
    nlohmann::json json;
};
SweepRecord readSweepRecord(const std::filesystem::path& dir);
/// Whether dir holds a sweep (a sweep.json).
bool isSweepFolder(const std::filesystem::path& dir);

/// What a sweep's plan says before anything runs.
struct SweepPlan {
    int points = 0;
    int simulations = 0;      ///< over all points
    double totalSeconds = 0;  ///< expected wall time, the points one after another
    double peakBytes = 0;     ///< the largest point's
    bool feasible = true;
    std::string reason;
    std::string format() const;
};
/// Plans every point (planExperiment, timing a few batches once per distinct network).
SweepPlan planSweep(const std::vector<SweepPoint>& points);

class SweepSession {
public:
    /// A new sweep: every point checked (sweepPoints) and the first point's data loaded before
    /// the folder (spec.base.outputDir, or newRunFolder(parent, "sweep")) is made.
    static std::unique_ptr<SweepSession> start(const SweepSpec& spec, const nlohmann::json& interface,
                                               const std::filesystem::path& parent = "runs");
    /// Goes on with a sweep that was stopped or killed: finished points are kept, a point cut
    /// short is resumed (RunSession::resume), the rest run. Refused when it completed or
    /// another process holds it.
    static std::unique_ptr<SweepSession> resume(const std::filesystem::path& dir, const ResumeOverrides& overrides,
                                                const nlohmann::json& interface);
    ~SweepSession();
    SweepSession(const SweepSession&) = delete;
    SweepSession& operator=(const SweepSession&) = delete;

    /// Called before each point runs (index 1-based, of count) and after each one finished,
    /// with every effect known so far.
    struct Callbacks {
        std::function<void(const SweepPoint&, int count)> pointStarted;
        std::function<void(const std::vector<SweepEffect>&)> effectsChanged;
    };
    /// Runs the points not finished. Events of each point go to observer. metrics.csv,
    /// sweep.csv and sweep.json are rewritten after every point, summary.txt at the end.
    RunSummary run(Observer& observer, CancelToken& cancel, const Callbacks& callbacks = {});

    const std::filesystem::path& folder() const;
    const std::vector<SweepPoint>& points() const;
    const SweepSpec& spec() const;
    int finishedBefore() const;  ///< points finished before this session

private:
    struct Impl;
    explicit SweepSession(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

/// The closing table of a sweep folder: per point and condition, the paired effect of replay
/// with its 95% interval, p and runs won. Throws InputError naming a malformed file.
std::string sweepReport(const std::filesystem::path& dir);

/// Every effect in a sweep folder, recomputed from the points' metrics.csv files.
std::vector<SweepEffect> sweepEffectsOf(const std::filesystem::path& dir);

}  // namespace replaylab
