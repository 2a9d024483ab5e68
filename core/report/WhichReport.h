#pragma once
// The "which" experiment per class: accuracy under uniform vs RL-chosen replay, replay share,
// and whether weakly learned classes were replayed more.
#include <filesystem>
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
};

/// Builds the report from a run's metrics and rl rows. uniform/rl conditions are found by
/// name ("generative-poolN" and "rl-poolN"); empty report (n = 0) if either is missing.
WhichReport whichReport(const std::vector<MetricRow>& metrics, const std::vector<RlRow>& rl);
std::string formatWhich(const WhichReport& w);

}  // namespace replaylab
