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
namespace {

using RunValues = std::map<std::pair<std::string, int>, double>;  // (class set, seed) -> accuracy

/// The values of the runs present in every map, one vector per map, in the runs' order.
std::vector<std::vector<double>> sameRuns(const std::vector<const RunValues*>& maps) {
    std::vector<std::vector<double>> out(maps.size());
    for (const auto& [run, v] : *maps.front()) {
        bool everywhere = true;
        for (const auto* m : maps) everywhere = everywhere && m->count(run);
        if (!everywhere) continue;
        for (std::size_t i = 0; i < maps.size(); ++i) out[i].push_back(maps[i]->at(run));
    }
    return out;
}

/// "< 0.001" or "= 0.0123": how the which report gives a p.
std::string pText(double p) {
    char b[32];
    if (p < 0.001) std::snprintf(b, sizeof b, "< 0.001");
    else std::snprintf(b, sizeof b, "= %.3g", p);
    return b;
}

}  // namespace

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
    RunValues uniAll, rlAll, controlAll;
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
        const auto runs = sameRuns({&rlAll, &controlAll, &uniAll});
        w.controlFinal = meanSem(runs[1]);
        if (!runs[1].empty()) {
            w.rlMinusControl = pairedDifference(runs[0], runs[1]);
            w.controlMinusUniform = pairedDifference(runs[1], runs[2]);
        }
    }
    const auto both = sameRuns({&rlAll, &uniAll});
    const std::vector<double>& r = both[0];
    const std::vector<double>& u = both[1];
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
        std::snprintf(buf, sizeof buf,
                      "  RL - uniform: 95%% t interval [%+.1f, %+.1f], two-sided paired t-test over %d runs "
                      "(class set x seed): t(%d) = %.2f, p %s\n",
                      100 * d.low, 100 * d.high, d.n, d.n - 1, d.t, pText(d.p).c_str());
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
    auto permuted = [](double p) {
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
                          std::isnan(d.p) ? "n/a" : pText(d.p).c_str(),
                          d.wins, d.n);
            return std::string(b);
        };
        std::snprintf(buf, sizeof buf,
                      "Control %s (the same single-class steps, classes drawn uniformly): after the last night "
                      "%.1f ± %.1f\n",
                      w.controlCondition.c_str(), 100 * w.controlFinal.mean, 100 * w.controlFinal.sem);
        o << buf;
        o << diff("RL - control (choosing):", w.rlMinusControl);
        o << diff("control - uniform (single-class batches):", w.controlMinusUniform);
        o << "Correlation of accuracy before the first night with the change (control - uniform): "
          << described(w.controlWithChange) << "; " << permuted(w.controlWithChangeP) << "\n";
    }
    return o.str();
}

}  // namespace replaylab
