#pragma once
// Each condition minus no replay, per day, paired on the run (class set + seed): the paper's
// comparison, computed from the same rows as the accuracy curves. No widgets.
#include <utility>

#include <QString>
#include <QStringList>
#include <QVector>

#include "itemmodels/ResultsModel.h"
#include "stats/Summary.h"

namespace replaylab::ui {

/// One day of one condition's difference from the baseline, in percentage points.
struct DifferencePoint {
    int day = 0;
    double mean = 0;          ///< mean over paired runs of (condition - baseline)
    double low = 0, high = 0; ///< the 95 % interval (DifferenceModel::interval)
    double sem = 0;
    int n = 0;                ///< paired runs
    int wins = 0;             ///< runs where the condition beat the baseline
};

class DifferenceModel {
public:
    /// The baseline every condition is compared with.
    static QString baseline() { return QStringLiteral("none"); }

    explicit DifferenceModel(const ResultsModel& results) : results_(results) {}

    /// The point of a day a condition is compared at: "night" when it has nights (after
    /// the night's replay), else "day". The baseline always at "day".
    QString phaseOf(const QString& condition) const;
    /// Conditions other than the baseline, in order of first appearance; empty without a
    /// baseline.
    QStringList conditions() const;
    bool hasBaseline() const { return results_.conditions().contains(baseline()); }

    /// Per day: condition (at phaseOf) minus baseline (after the day), class "all", over
    /// the runs both have; days without a pair are left out.
    QVector<DifferencePoint> points(const QString& condition, const QString& split = QStringLiteral("test")) const;

    /// The paired differences of one day, in percentage points (for tests and the CSV).
    replaylab::PairedDifference paired(const QString& condition, int day,
                                       const QString& split = QStringLiteral("test")) const;

    /// The 95 % interval of a paired difference (in its units): mean ± t(0.975, n-1) SEM,
    /// the paired t interval of the closing tables; the mean alone for a single run.
    static std::pair<double, double> interval(const replaylab::PairedDifference& d);

    /// condition,baseline,split,day,phase,mean,low,high,sem,n,wins (percentage points).
    QString csv(const QString& split = QStringLiteral("test")) const;

private:
    replaylab::PairedDifference paired(const QString& condition, const QVector<RunKey>& runs, int day,
                                       const QString& split) const;
    const ResultsModel& results_;
};

}  // namespace replaylab::ui
