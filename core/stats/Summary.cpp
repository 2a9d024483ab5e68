#include "stats/Summary.h"

#include <cmath>
#include <stdexcept>
#include <string>

namespace rl {

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

}  // namespace rl
