#include "report/ResultTable.h"

#include "util/Text.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <locale>
#include <sstream>

namespace replaylab {
namespace {

using RunKey = std::pair<std::string, int>;  // class set, seed

std::string pct(const MeanSem& m) {
    char buf[64];
    if (m.n == 0) return "-";
    std::snprintf(buf, sizeof buf, "%.1f ± %.1f", 100.0 * m.mean, 100.0 * m.sem);
    return buf;
}

std::string signedPct(const MeanSem& m) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%+.1f ± %.1f", 100.0 * m.mean, 100.0 * m.sem);
    return buf;
}

/// "[+4.7, +10.3]" in percentage points; "-" without an interval (fewer than 2 runs).
std::string interval(const PairedDifference& p) {
    if (std::isnan(p.low)) return "-";
    char buf[64];
    std::snprintf(buf, sizeof buf, "[%+.1f, %+.1f]", 100.0 * p.low, 100.0 * p.high);
    return buf;
}

std::string tText(const PairedDifference& p) {
    if (std::isnan(p.t)) return "-";
    if (std::isinf(p.t)) return p.t > 0 ? "inf" : "-inf";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.2f", p.t);
    return buf;
}

/// Three significant digits; below 0.001 only the bound, as a reviewer reads it.
std::string pText(double p) {
    if (std::isnan(p)) return "-";
    if (p < 0.001) return "<0.001";
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3g", p);
    return buf;
}

}  // namespace

ResultTable summarise(const std::vector<MetricRow>& rows, const std::string& split) {
    ResultTable t;
    t.split = split;
    // condition -> phase -> run -> day -> accuracy
    std::map<std::string, std::map<std::string, std::map<RunKey, std::map<int, double>>>> v;
    std::vector<std::string> order;
    for (const auto& r : rows) {
        if (r.split != split || r.cls != "all") continue;
        if (std::find(order.begin(), order.end(), r.condition) == order.end())
            order.push_back(r.condition);
        v[r.condition][toString(r.phase)][{r.classSet, r.seed}][r.day] = r.accuracy;
        if (r.phase != Phase::Best) t.days = std::max(t.days, r.day);
    }
    auto perDay = [&](const std::map<RunKey, std::map<int, double>>& runs) {
        std::vector<MeanSem> out;
        for (int d = 1; d <= t.days; ++d) {
            std::vector<double> xs;
            for (const auto& [k, days] : runs) {
                auto it = days.find(d);
                if (it != days.end()) xs.push_back(it->second);
            }
            out.push_back(meanSem(xs));
        }
        return out;
    };
    auto runMeans = [&](const std::map<RunKey, std::map<int, double>>& runs) {
        std::map<RunKey, double> m;
        for (const auto& [k, days] : runs) {
            double s = 0;
            for (const auto& [d, a] : days) s += a;
            if (!days.empty()) m[k] = s / static_cast<double>(days.size());
        }
        return m;
    };
    auto paired = [](const std::map<RunKey, double>& a, const std::map<RunKey, double>& b) {
        std::vector<double> xs, ys;
        for (const auto& [k, x] : a) {
            auto it = b.find(k);
            if (it != b.end()) { xs.push_back(x); ys.push_back(it->second); }
        }
        return pairedDifference(xs, ys);
    };
    auto finalOf = [&](const std::map<RunKey, std::map<int, double>>& runs) {
        std::map<RunKey, double> m;
        for (const auto& [k, days] : runs)
            if (!days.empty()) m[k] = days.rbegin()->second;
        return m;
    };
    const bool haveNone = v.count("none") > 0;
    for (const auto& c : order) {
        ConditionSummary s;
        s.condition = c;
        auto& phases = v[c];
        s.afterDay = perDay(phases["day"]);
        if (phases.count("night")) s.afterNight = perDay(phases["night"]);
        std::vector<double> bests;
        for (const auto& [k, days] : phases["best"])
            for (const auto& [d, a] : days) bests.push_back(a);
        s.best = meanSem(bests);
        const auto means = runMeans(phases["day"]);
        std::vector<double> mv;
        for (const auto& [k, x] : means) mv.push_back(x);
        s.meanOverDays = meanSem(mv);
        t.runs = std::max(t.runs, static_cast<int>(means.size()));
        if (haveNone && c != "none") {
            s.hasBaseline = true;
            s.vsNoneMean = paired(means, runMeans(v["none"]["day"]));
            s.vsNoneFinal = paired(finalOf(phases["day"]), finalOf(v["none"]["day"]));
        }
        t.conditions.push_back(std::move(s));
    }
    return t;
}

std::string formatTable(const ResultTable& t) {
    const ClassicNumbers classic;  // summary.txt reads the same in every locale
    std::ostringstream o;
    o.imbue(std::locale::classic());  // "10000", never "10.000", whatever the global locale
    const std::size_t w = 20;
    auto cell = [&](const std::string& s) {
        std::string x = s;
        // pad by display width: "±" is two bytes, one column
        std::size_t cols = 0;
        for (unsigned char ch : x) cols += (ch & 0xC0) != 0x80;
        o << x << std::string(cols < w ? w - cols : 1, ' ');
    };
    o << "Test accuracy (%) after each day, mean ± SEM over " << t.runs
      << " run(s) per condition\n";
    cell("day");
    for (const auto& c : t.conditions) cell(c.condition);
    o << "\n";
    for (int d = 1; d <= t.days; ++d) {
        cell(std::to_string(d));
        for (const auto& c : t.conditions)
            cell(d - 1 < static_cast<int>(c.afterDay.size()) ? pct(c.afterDay[d - 1]) : "-");
        o << "\n";
    }
    cell("mean over days");
    for (const auto& c : t.conditions) cell(pct(c.meanOverDays));
    o << "\n";
    cell("best (val loss)");
    for (const auto& c : t.conditions) cell(pct(c.best));
    o << "\n";
    bool any = false;
    int nMin = 0, nMax = 0;
    std::size_t nameWidth = std::string("condition").size();
    for (const auto& c : t.conditions) {
        if (!c.hasBaseline) continue;
        for (const PairedDifference* p : {&c.vsNoneMean, &c.vsNoneFinal}) {
            nMin = any ? std::min(nMin, p->n) : p->n;
            nMax = any ? std::max(nMax, p->n) : p->n;
            any = true;
        }
        nameWidth = std::max(nameWidth, c.condition.size());
    }
    if (any) {
        // One test for every row; the runs it pairs are named once, here.
        o << "\nPaired difference against none (percentage points): mean ± SEM, 95% t interval,\n"
          << "two-sided paired t-test over ";
        if (nMax < 2) o << nMax << (nMax == 1 ? " run" : " runs") << " (class set x seed): none, it needs 2 or more";
        else if (nMin == nMax) o << nMax << " runs (class set x seed), t on " << nMax - 1 << " df";
        else o << nMin << " to " << nMax << " runs (class set x seed; n per row under won), t on n - 1 df";
        o << "\n";
        const std::size_t cw = nameWidth + 2;
        auto col = [&](const std::string& s, std::size_t width) {
            std::size_t cols = 0;
            for (unsigned char ch : s) cols += (ch & 0xC0) != 0x80;
            o << s << std::string(cols < width ? width - cols : 1, ' ');
        };
        auto row = [&](const std::string& name, const std::string& measure, const PairedDifference& p) {
            o << "  ";
            col(name, cw);
            col(measure, 16);
            col(signedPct(p.diff), 14);
            col(interval(p), 16);
            col(tText(p), 8);
            col(pText(p.p), 10);
            o << p.wins << "/" << p.n << "\n";
        };
        o << "  ";
        col("condition", cw);
        col("measure", 16);
        col("mean ± SEM", 14);
        col("95% interval", 16);
        col("t", 8);
        col("p", 10);
        o << "won\n";
        for (const auto& c : t.conditions) {
            if (!c.hasBaseline) continue;
            row(c.condition, "mean over days", c.vsNoneMean);
            row("", "last day", c.vsNoneFinal);
        }
    }
    return o.str();
}

}  // namespace replaylab
