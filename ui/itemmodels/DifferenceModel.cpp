#include "itemmodels/DifferenceModel.h"

#include <cmath>

namespace replaylab::ui {

QString DifferenceModel::phaseOf(const QString& condition) const {
    return results_.hasNights(condition) ? QStringLiteral("night") : QStringLiteral("day");
}

QStringList DifferenceModel::conditions() const {
    if (!hasBaseline()) return {};
    QStringList out = results_.conditions();
    out.removeAll(baseline());
    return out;
}

replaylab::PairedDifference DifferenceModel::paired(const QString& condition, int day, const QString& split) const {
    return paired(condition, results_.runs(condition), day, split);
}

replaylab::PairedDifference DifferenceModel::paired(const QString& condition, const QVector<RunKey>& runs, int day,
                                                    const QString& split) const {
    const QString phase = phaseOf(condition);
    const QString all = QStringLiteral("all");
    std::vector<double> xs, base;
    for (const RunKey& run : runs) {
        const double x = results_.value(condition, run, day, phase, all, split);
        const double b = results_.value(baseline(), run, day, QStringLiteral("day"), all, split);
        if (std::isnan(x) || std::isnan(b)) continue;
        xs.push_back(100.0 * x);
        base.push_back(100.0 * b);
    }
    return replaylab::pairedDifference(xs, base);
}

std::pair<double, double> DifferenceModel::interval(const replaylab::PairedDifference& d) {
    // Student's t on n - 1 degrees of freedom, as in the closing tables (core/stats); one
    // run has no interval: the point alone.
    if (!std::isfinite(d.low) || !std::isfinite(d.high)) return {d.diff.mean, d.diff.mean};
    return {d.low, d.high};
}

QVector<DifferencePoint> DifferenceModel::points(const QString& condition, const QString& split) const {
    QVector<DifferencePoint> out;
    if (!hasBaseline() || condition == baseline()) return out;
    const QVector<RunKey> runs = results_.runs(condition);  // once, not per day
    for (int day = 1; day <= results_.lastDay(); ++day) {
        const auto d = paired(condition, runs, day, split);
        if (d.n == 0) continue;
        const auto [low, high] = interval(d);
        DifferencePoint p;
        p.day = day;
        p.mean = d.diff.mean;
        p.low = low;
        p.high = high;
        p.sem = d.diff.sem;
        p.n = d.n;
        p.wins = d.wins;
        out.push_back(p);
    }
    return out;
}

QString DifferenceModel::csv(const QString& split) const {
    QString out = QStringLiteral("condition,baseline,split,day,phase,mean,low,high,sem,n,wins\n");
    for (const QString& c : conditions())
        for (const auto& p : points(c, split))
            out += csvField(c) + ',' + baseline() + ',' + split + ',' + QString::number(p.day) + ',' + phaseOf(c) +
                   ',' + number(p.mean) + ',' + number(p.low) + ',' + number(p.high) + ',' + number(p.sem) + ',' +
                   QString::number(p.n) + ',' + QString::number(p.wins) + '\n';
    return out;
}

}  // namespace replaylab::ui
