#pragma once
#include <limits>
#include <vector>

namespace replaylab {

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

/// Pearson correlation with its 95% confidence interval (Fisher's z).
struct Correlation {
    double r = std::numeric_limits<double>::quiet_NaN();     ///< NaN when undefined: fewer than 3 pairs, or x or y constant
    double low = std::numeric_limits<double>::quiet_NaN();   ///< NaN when r is, or with fewer than 4 pairs (no interval)
    double high = std::numeric_limits<double>::quiet_NaN();
    int n = 0;  ///< pairs used
};
/// Pairs up x and y as far as both go.
Correlation pearson(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace replaylab
