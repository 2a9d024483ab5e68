#include "report/WhichReport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <locale>
#include <sstream>

#include "util/Error.h"
#include "util/Text.h"

namespace replaylab {
WhichReport whichReport(const std::vector<MetricRow>& metrics, const std::vector<RlRow>& rl) {
    WhichReport w;
    for (const auto& m : metrics) {
        if (w.rlCondition.empty() && m.condition.rfind("rl-", 0) == 0) w.rlCondition = m.condition;
        if (w.uniformCondition.empty() && m.condition.rfind("generative-", 0) == 0) w.uniformCondition = m.condition;
        if (w.controlCondition.empty() && m.condition.rfind("single-", 0) == 0) w.controlCondition = m.condition;
    }
    if (w.rlCondition.empty() || w.uniformCondition.empty()) return w;
    int lastDay = 0;
    for (const auto& m : metrics)
        if (m.phase != Phase::Best) lastDay = std::max(lastDay, m.day);
    using Key = std::pair<std::string, std::string>;  // class set, class
    struct Acc { double sum = 0; int n = 0; void add(double v) { sum += v; ++n; } double mean() const { return n ? sum / n : 0; } };
    std::map<Key, Acc> initial, uniform, chosen, control;
    std::map<std::pair<std::string, int>, double> uniAll, rlAll, controlAll;
    for (const auto& m : metrics) {
        if (m.split != "test") continue;
        const bool last = m.day == lastDay && m.phase == Phase::Night;
        if (m.cls == "all") {
            if (last && m.condition == w.uniformCondition) uniAll[{m.classSet, m.seed}] = m.accuracy;
            if (last && m.condition == w.rlCondition) rlAll[{m.classSet, m.seed}] = m.accuracy;
            if (last && m.condition == w.controlCondition) controlAll[{m.classSet, m.seed}] = m.accuracy;
            continue;
        }
        const Key k{m.classSet, m.cls};
        if (m.condition == w.rlCondition && m.day == 1 && m.phase == Phase::Day) initial[k].add(m.accuracy);
        if (last && m.condition == w.uniformCondition) uniform[k].add(m.accuracy);
        if (last && m.condition == w.rlCondition) chosen[k].add(m.accuracy);
        if (last && m.condition == w.controlCondition) control[k].add(m.accuracy);
    }
    std::map<Key, long> counts;
    std::map<std::string, long> perSet;
    for (const auto& r : rl) {
        if (r.condition != w.rlCondition) continue;
        counts[{r.classSet, r.cls}] += 1;
        perSet[r.classSet] += 1;
    }
    std::vector<double> xs, ys, changes, controlChanges;
    std::vector<int> groups;
    std::map<std::string, int> groupOf;
    for (const auto& [k, a] : initial) {
        ClassWhich c;
        c.classSet = k.first;
        c.cls = k.second;
        c.initialAccuracy = a.mean();
        c.uniformAccuracy = uniform[k].mean();
        c.rlAccuracy = chosen[k].mean();
        c.controlAccuracy = control[k].mean();
        c.replays = counts[k];
        c.share = perSet[k.first] > 0 ? static_cast<double>(c.replays) / static_cast<double>(perSet[k.first]) : 0.0;
        xs.push_back(c.initialAccuracy);
        ys.push_back(c.share);
        changes.push_back(c.rlAccuracy - c.uniformAccuracy);
        controlChanges.push_back(c.controlAccuracy - c.uniformAccuracy);
        groups.push_back(groupOf.emplace(k.first, static_cast<int>(groupOf.size())).first->second);
        w.classes.push_back(c);
    }
    w.n = static_cast<int>(w.classes.size());
    w.withShare = pearson(xs, ys);
    w.withChange = pearson(xs, changes);
    w.withShareP = permutationP(xs, ys, groups, w.permutations, w.permutationSeed);
    w.withChangeP = permutationP(xs, changes, groups, w.permutations, w.permutationSeed);
    if (!w.controlCondition.empty()) {
        w.controlWithChange = pearson(xs, controlChanges);
        w.controlWithChangeP = permutationP(xs, controlChanges, groups, w.permutations, w.permutationSeed);
        std::vector<double> rr, cc, uu;
        for (const auto& [k, v] : rlAll) {
            const auto c = controlAll.find(k);
            const auto u = uniAll.find(k);
            if (c == controlAll.end() || u == uniAll.end()) continue;
            rr.push_back(v);
            cc.push_back(c->second);
            uu.push_back(u->second);
        }
        w.controlFinal = meanSem(cc);
        if (!cc.empty()) {
            w.rlMinusControl = pairedDifference(rr, cc);
            w.controlMinusUniform = pairedDifference(cc, uu);
        }
    }
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
    o.imbue(std::locale::classic());  // "10000", never "10.000", whatever the global locale
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
    auto permuted = [&w](double p) {
        char b[96];
        if (std::isnan(p)) return std::string("permutation test undefined");
        std::snprintf(b, sizeof b, "within-class-set permutation p = %.4f", p);
        return std::string(b);
    };
    o << "Correlation of accuracy before the first night with replay share: " << described(w.withShare)
      << ", n = " << w.n << " classes; " << permuted(w.withShareP) << "\n";
    o << "Correlation of accuracy before the first night with the change (RL - uniform): "
      << described(w.withChange) << "; " << permuted(w.withChangeP) << "\n";
    o << "  (permutation tests: replay share or change shuffled among the classes of each class set, "
      << w.permutations << " permutations, seed " << w.permutationSeed << ", two-sided)\n";
    if (!w.controlCondition.empty() && w.rlMinusControl.n > 0) {
        auto diff = [](const char* what, const PairedDifference& d) {
            char b[256];
            std::snprintf(b, sizeof b, "  %s %+.1f ± %.1f, 95%% t interval [%+.1f, %+.1f], p %s (better in %d of %d runs)\n",
                          what, 100 * d.diff.mean, 100 * d.diff.sem, 100 * d.low, 100 * d.high,
                          std::isnan(d.p) ? "n/a" : (d.p < 0.001 ? "< 0.001" : std::to_string(d.p).substr(0, 5).c_str()),
                          d.wins, d.n);
            return std::string(b);
        };
        o << "Control " << w.controlCondition << " (the same single-class steps, classes drawn uniformly): "
          << "after the last night " << [&] {
                 char b[64];
                 std::snprintf(b, sizeof b, "%.1f ± %.1f", 100 * w.controlFinal.mean, 100 * w.controlFinal.sem);
                 return std::string(b);
             }() << "\n";
        o << diff("RL - control (choosing):", w.rlMinusControl);
        o << diff("control - uniform (single-class batches):", w.controlMinusUniform);
        o << "Correlation of accuracy before the first night with the change (control - uniform): "
          << described(w.controlWithChange) << "; " << permuted(w.controlWithChangeP) << "\n";
    }
    return o.str();
}

}  // namespace replaylab
