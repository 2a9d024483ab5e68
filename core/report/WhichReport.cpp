#include "report/WhichReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>

#include "util/Error.h"
#include "util/Text.h"

namespace replaylab {
WhichReport whichReport(const std::vector<MetricRow>& metrics, const std::vector<RlRow>& rl) {
    WhichReport w;
    for (const auto& m : metrics) {
        if (w.rlCondition.empty() && m.condition.rfind("rl-", 0) == 0) w.rlCondition = m.condition;
        if (w.uniformCondition.empty() && m.condition.rfind("generative-", 0) == 0) w.uniformCondition = m.condition;
    }
    if (w.rlCondition.empty() || w.uniformCondition.empty()) return w;
    int lastDay = 0;
    for (const auto& m : metrics)
        if (m.phase != Phase::Best) lastDay = std::max(lastDay, m.day);
    using Key = std::pair<std::string, std::string>;  // class set, class
    struct Acc { double sum = 0; int n = 0; void add(double v) { sum += v; ++n; } double mean() const { return n ? sum / n : 0; } };
    std::map<Key, Acc> initial, uniform, chosen;
    std::map<std::pair<std::string, int>, double> uniAll, rlAll;
    for (const auto& m : metrics) {
        if (m.split != "test") continue;
        const bool last = m.day == lastDay && m.phase == Phase::Night;
        if (m.cls == "all") {
            if (last && m.condition == w.uniformCondition) uniAll[{m.classSet, m.seed}] = m.accuracy;
            if (last && m.condition == w.rlCondition) rlAll[{m.classSet, m.seed}] = m.accuracy;
            continue;
        }
        const Key k{m.classSet, m.cls};
        if (m.condition == w.rlCondition && m.day == 1 && m.phase == Phase::Day) initial[k].add(m.accuracy);
        if (last && m.condition == w.uniformCondition) uniform[k].add(m.accuracy);
        if (last && m.condition == w.rlCondition) chosen[k].add(m.accuracy);
    }
    std::map<Key, long> counts;
    std::map<std::string, long> perSet;
    for (const auto& r : rl) {
        if (r.condition != w.rlCondition) continue;
        counts[{r.classSet, r.cls}] += 1;
        perSet[r.classSet] += 1;
    }
    std::vector<double> xs, ys, changes;
    for (const auto& [k, a] : initial) {
        ClassWhich c;
        c.classSet = k.first;
        c.cls = k.second;
        c.initialAccuracy = a.mean();
        c.uniformAccuracy = uniform[k].mean();
        c.rlAccuracy = chosen[k].mean();
        c.replays = counts[k];
        c.share = perSet[k.first] > 0 ? static_cast<double>(c.replays) / static_cast<double>(perSet[k.first]) : 0.0;
        xs.push_back(c.initialAccuracy);
        ys.push_back(c.share);
        changes.push_back(c.rlAccuracy - c.uniformAccuracy);
        w.classes.push_back(c);
    }
    w.n = static_cast<int>(w.classes.size());
    w.withShare = pearson(xs, ys);
    w.withChange = pearson(xs, changes);
    std::vector<double> u, r;
    for (const auto& [k, v] : rlAll) {
        auto it = uniAll.find(k);
        if (it == uniAll.end()) continue;
        r.push_back(v);
        u.push_back(it->second);
    }
    w.uniformFinal = meanSem(u);
    w.rlFinal = meanSem(r);
    if (!u.empty()) w.rlMinusUniform = pairedDifference(r, u);
    return w;
}

std::string formatWhich(const WhichReport& w) {
    const ClassicNumbers classic;  // summary.txt reads the same in every locale
    std::ostringstream o;
    if (w.n == 0) return "";
    char buf[256];
    o << "Which: " << w.rlCondition << " against " << w.uniformCondition << ", per class (test accuracy %)\n";
    std::snprintf(buf, sizeof buf, "  %-10s %-24s %8s %8s %8s %7s\n", "class set", "class", "initial", "uniform", "RL", "share");
    o << buf;
    for (const auto& c : w.classes) {
        std::snprintf(buf, sizeof buf, "  %-10s %-24s %8.1f %8.1f %8.1f %6.1f%%\n", c.classSet.c_str(),
                      c.cls.c_str(), 100 * c.initialAccuracy, 100 * c.uniformAccuracy, 100 * c.rlAccuracy,
                      100 * c.share);
        o << buf;
    }
    std::snprintf(buf, sizeof buf,
                  "Overall after the last night: uniform %.1f ± %.1f, RL %.1f ± %.1f; RL - uniform %+.1f ± %.1f "
                  "(RL better in %d of %d runs)\n",
                  100 * w.uniformFinal.mean, 100 * w.uniformFinal.sem, 100 * w.rlFinal.mean,
                  100 * w.rlFinal.sem, 100 * w.rlMinusUniform.diff.mean, 100 * w.rlMinusUniform.diff.sem,
                  w.rlMinusUniform.wins, w.rlMinusUniform.n);
    o << buf;
    const PairedDifference& d = w.rlMinusUniform;
    if (std::isnan(d.p)) {
        o << "  RL - uniform: no paired t-test with fewer than 2 runs\n";
    } else {
        char p[32];
        if (d.p < 0.001) std::snprintf(p, sizeof p, "< 0.001");
        else std::snprintf(p, sizeof p, "= %.3g", d.p);
        std::snprintf(buf, sizeof buf,
                      "  RL - uniform: 95%% t interval [%+.1f, %+.1f], two-sided paired t-test over %d runs "
                      "(class set x seed): t(%d) = %.2f, p %s\n",
                      100 * d.low, 100 * d.high, d.n, d.n - 1, d.t, p);
        o << buf;
    }
    // "r = 0.123, 95% CI [...]", or why there is no r.
    auto described = [](const Correlation& c) {
        char b[96];
        if (std::isnan(c.r)) return std::string("r undefined (fewer than 3 classes, or no spread)");
        if (std::isnan(c.low)) std::snprintf(b, sizeof b, "r = %.3f (too few classes for an interval)", c.r);
        else std::snprintf(b, sizeof b, "r = %.3f, 95%% CI [%.3f, %.3f]", c.r, c.low, c.high);
        return std::string(b);
    };
    o << "Correlation of accuracy before the first night with replay share: " << described(w.withShare)
      << ", n = " << w.n << " classes\n";
    o << "Correlation of accuracy before the first night with the change (RL - uniform): "
      << described(w.withChange) << "\n";
    return o.str();
}

}  // namespace replaylab
