#pragma once
#include <vector>

namespace rl {

struct MeanSem {
    double mean = 0.0;
    double sem = 0.0;  ///< standard error of the mean: sd (n-1) / sqrt(n); 0 when n < 2
    int n = 0;
};
MeanSem meanSem(const std::vector<double>& xs);

/// Paired comparison of a condition against a baseline over the same runs.
struct PairedDifference {
    MeanSem diff;      ///< of (x_i - baseline_i)
    int wins = 0;      ///< runs with x_i > baseline_i
    int ties = 0;
    int n = 0;
};
PairedDifference pairedDifference(const std::vector<double>& xs,
                                  const std::vector<double>& baseline);

}  // namespace rl
