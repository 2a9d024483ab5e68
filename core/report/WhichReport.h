#pragma once
// The "which" experiment per class: accuracy under uniform vs RL-chosen replay, replay share,
// and whether weakly learned classes were replayed more.
#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

#include "runfolder/MetricsCsv.h"
#include "runfolder/RlCsv.h"
#include "stats/Summary.h"

namespace replaylab {

struct ClassWhich {
    std::string classSet, cls;
    double initialAccuracy = 0;  ///< test, after day 1 (before the first night), RL condition
    double uniformAccuracy = 0;  ///< test, after the last night, uniform generative replay
    double rlAccuracy = 0;       ///< test, after the last night, RL-chosen replay
    double controlAccuracy = 0;  ///< test, after the last night, the single-class control (when run)
    double share = 0;            ///< fraction of RL replay steps that chose this class
    long replays = 0;            ///< RL replay steps that chose it, over all nights and seeds
};

struct WhichReport {
    std::string uniformCondition, rlCondition;
    std::vector<ClassWhich> classes;
    /// Pearson correlation of initial accuracy with replay share over all classes, with its
    /// 95% confidence interval (Fisher z); NaN when undefined (see replaylab::pearson).
    Correlation withShare;
    int n = 0;
    MeanSem uniformFinal, rlFinal;   ///< overall test accuracy after the last night, over runs
    PairedDifference rlMinusUniform;
    /// Correlation of the per-class change (RL - uniform) with initial accuracy.
    Correlation withChange;

    /// Within-class-set permutation tests of the two correlations above (classes are not
    /// independent across class sets: each set has its own network): two-sided p.
    int permutations = 10000;
    std::uint64_t permutationSeed = 1;
    double withShareP = std::numeric_limits<double>::quiet_NaN();
    double withChangeP = std::numeric_limits<double>::quiet_NaN();

    /// The control night ("single-poolN": as many single-class steps, classes drawn uniformly),
    /// when the run has it: separates choosing from replaying one class per batch.
    std::string controlCondition;
    MeanSem controlFinal;
    PairedDifference rlMinusControl;       ///< overall, after the last night, paired over runs
    PairedDifference controlMinusUniform;
    Correlation controlWithChange;         ///< (control - uniform) per class against initial accuracy
    double controlWithChangeP = std::numeric_limits<double>::quiet_NaN();
};

/// Builds the report from a run's metrics and rl rows. uniform/rl conditions are found by
/// name ("generative-poolN" and "rl-poolN"); empty report (n = 0) if either is missing.
WhichReport whichReport(const std::vector<MetricRow>& metrics, const std::vector<RlRow>& rl);
std::string formatWhich(const WhichReport& w);

}  // namespace replaylab
