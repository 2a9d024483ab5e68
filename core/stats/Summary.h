#pragma once
#include <cstdint>
#include <limits>
#include <vector>

namespace replaylab {

struct MeanSem {
    double mean = 0.0;
    double sem = 0.0;  ///< standard error of the mean: sd (n-1) / sqrt(n); 0 when n < 2
    int n = 0;
};
MeanSem meanSem(const std::vector<double>& xs);

/// Quantile of Student's t distribution with df degrees of freedom: the t with
/// P(T <= t) = prob. NaN when df < 1 or prob is NaN or outside [0, 1]; -inf and +inf at 0 and 1.
double tQuantile(double prob, int df);

/// Paired comparison of a condition against a baseline over the same runs, with a two-sided
/// paired t-test (t = mean / SEM on n - 1 degrees of freedom) and the 95% t interval of the
/// mean difference, mean +- t_{0.975, n-1} * SEM.
/// n < 2: t, p, low and high are NaN (no spread to test against).
/// SEM == 0 (every run's difference the same): the interval is [mean, mean]; a nonzero mean
/// gives t = +-inf and p = 0 (the limit as the spread shrinks), a zero mean t = 0 and p = 1.
struct PairedDifference {
    MeanSem diff;      ///< of (x_i - baseline_i)
    int wins = 0;      ///< runs with x_i > baseline_i
    int ties = 0;
    int n = 0;
    double low = std::numeric_limits<double>::quiet_NaN();   ///< 95% t interval of diff.mean
    double high = std::numeric_limits<double>::quiet_NaN();
    double t = std::numeric_limits<double>::quiet_NaN();     ///< paired t statistic, n - 1 df
    double p = std::numeric_limits<double>::quiet_NaN();     ///< two-sided p of the paired t-test
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

/// Two-sided permutation test of Pearson's r between x and y, with y permuted only among the
/// items of the same group (classes within their class set), so that differences between
/// groups cannot make a correlation: p = (b + 1) / (m + 1), b the permutations out of m whose
/// |r| reaches the observed |r| (within a relative 1e-12). Seeded: the same arguments give the
/// same p. NaN when r is undefined (see pearson) or x, y and group differ in length.
double permutationP(const std::vector<double>& x, const std::vector<double>& y, const std::vector<int>& group,
                    int permutations, std::uint64_t seed);

}  // namespace replaylab
