#include "stats/Summary.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

namespace replaylab {

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

}  // namespace replaylab
