#include "stats/Summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include <boost/math/distributions/students_t.hpp>

#include "util/Random.h"

namespace replaylab {

double tQuantile(double prob, int df) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (df < 1 || !(prob >= 0.0 && prob <= 1.0)) return nan;
    if (prob == 0.0) return -std::numeric_limits<double>::infinity();
    if (prob == 1.0) return std::numeric_limits<double>::infinity();
    const boost::math::students_t dist(static_cast<double>(df));
    return boost::math::quantile(dist, prob);
}

namespace {

/// Two-sided p of a t statistic on df degrees of freedom: P(|T| >= |t|).
double twoSidedP(double t, int df) {
    if (std::isnan(t) || df < 1) return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t)) return 0.0;
    const boost::math::students_t dist(static_cast<double>(df));
    return std::min(1.0, 2.0 * boost::math::cdf(boost::math::complement(dist, std::abs(t))));
}

}  // namespace

MeanSem meanSem(const std::vector<double>& xs) {
    MeanSem out;
    out.n = static_cast<int>(xs.size());
    if (xs.empty()) return out;
    double sum = 0.0;
    for (double x : xs) sum += x;
    out.mean = sum / static_cast<double>(xs.size());
    if (xs.size() < 2) return out;
    // Two passes: the sum of squared deviations stays accurate when values are close.
    double ss = 0.0;
    for (double x : xs) ss += (x - out.mean) * (x - out.mean);
    const double n = static_cast<double>(xs.size());
    const double sd = std::sqrt(ss / (n - 1.0));
    out.sem = sd / std::sqrt(n);
    return out;
}

PairedDifference pairedDifference(const std::vector<double>& xs,
                                  const std::vector<double>& baseline) {
    if (xs.size() != baseline.size())
        throw std::invalid_argument("pairedDifference: " + std::to_string(xs.size()) +
                                    " values against " + std::to_string(baseline.size()) +
                                    " baseline values");
    PairedDifference out;
    std::vector<double> diffs;
    diffs.reserve(xs.size());
    for (std::size_t i = 0; i < xs.size(); ++i) {
        diffs.push_back(xs[i] - baseline[i]);
        if (xs[i] > baseline[i]) ++out.wins;
        else if (xs[i] == baseline[i]) ++out.ties;
    }
    out.diff = meanSem(diffs);
    out.n = static_cast<int>(xs.size());
    if (out.n < 2) return out;
    const int df = out.n - 1;
    const double half = tQuantile(0.975, df) * out.diff.sem;
    out.low = out.diff.mean - half;
    out.high = out.diff.mean + half;
    if (out.diff.sem > 0.0) {
        out.t = out.diff.mean / out.diff.sem;
    } else {
        out.t = out.diff.mean == 0.0 ? 0.0
                                     : std::copysign(std::numeric_limits<double>::infinity(), out.diff.mean);
    }
    out.p = twoSidedP(out.t, df);
    return out;
}

Correlation pearson(const std::vector<double>& x, const std::vector<double>& y) {
    Correlation c;
    c.n = static_cast<int>(std::min(x.size(), y.size()));
    const std::size_t n = static_cast<std::size_t>(c.n);
    if (n < 3) return c;
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= static_cast<double>(n);
    my /= static_cast<double>(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (sxx <= 0 || syy <= 0) return c;
    c.r = std::clamp(sxy / std::sqrt(sxx * syy), -1.0, 1.0);
    if (n < 4) return c;
    const double z = std::atanh(std::clamp(c.r, -0.999999, 0.999999));
    const double se = 1.0 / std::sqrt(static_cast<double>(n) - 3.0);
    c.low = std::tanh(z - 1.959964 * se);
    c.high = std::tanh(z + 1.959964 * se);
    return c;
}

double permutationP(const std::vector<double>& x, const std::vector<double>& y, const std::vector<int>& group,
                    int permutations, std::uint64_t seed) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (x.size() != y.size() || x.size() != group.size() || permutations < 1) return nan;
    const double observed = pearson(x, y).r;
    if (std::isnan(observed)) return nan;
    // The items of each group, so that a permutation shuffles y within each.
    std::vector<std::vector<std::size_t>> members;
    {
        std::vector<int> seen;
        for (std::size_t i = 0; i < group.size(); ++i) {
            const auto at = std::find(seen.begin(), seen.end(), group[i]);
            if (at == seen.end()) {
                seen.push_back(group[i]);
                members.push_back({i});
            } else {
                members[static_cast<std::size_t>(at - seen.begin())].push_back(i);
            }
        }
    }
    Rng rng(seed);
    std::vector<double> shuffled = y;
    int atLeast = 0;
    const double bar = std::abs(observed) * (1.0 - 1e-12);
    for (int m = 0; m < permutations; ++m) {
        for (const auto& idx : members) {
            std::vector<double> values;
            for (std::size_t i : idx) values.push_back(y[i]);
            rng.shuffle(values);
            for (std::size_t j = 0; j < idx.size(); ++j) shuffled[idx[j]] = values[j];
        }
        const double r = pearson(x, shuffled).r;
        if (!std::isnan(r) && std::abs(r) >= bar) ++atLeast;
    }
    return (atLeast + 1.0) / (permutations + 1.0);
}

}  // namespace replaylab
