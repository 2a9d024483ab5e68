#pragma once
// The hippocampal RL chooser's nights: every PolicyStep (live, or read back from rl.csv),
// grouped by run. Builds the policy curves and the replay shares per class. No widgets.
#include <map>
#include <vector>

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QVector>

#include "itemmodels/ResultsModel.h"
#include "sim/Events.h"

namespace replaylab::ui {

/// One run of an RL condition.
struct PolicyRunKey {
    QString classSet, condition;
    int seed = 0;
    bool operator<(const PolicyRunKey& o) const {
        return std::tie(classSet, condition, seed) < std::tie(o.classSet, o.condition, o.seed);
    }
    bool operator==(const PolicyRunKey& o) const {
        return classSet == o.classSet && condition == o.condition && seed == o.seed;
    }
};

/// One point of the scatter "initial accuracy vs replay share".
struct SharePoint {
    QString classSet, className;
    int seed = 0;
    double initialAccuracy = 0;  ///< test accuracy after day 1, before the first night
    double share = 0;            ///< fraction of all steps of the run that replayed the class
};

class PolicyModel {
public:
    void add(const replaylab::PolicyStep& s);
    void clear();
    int revision() const { return revision_; }
    bool isEmpty() const { return steps_.empty(); }

    QVector<PolicyRunKey> runs() const;
    const std::vector<replaylab::PolicyStep>& steps(const PolicyRunKey& run) const;
    int classCount(const PolicyRunKey& run) const;

    /// Per class, the policy probability over the run, x in nights (night n, step s of S
    /// steps -> n - 1 + s / S). At most maxPoints points per class (evenly thinned).
    QVector<QVector<QPointF>> probabilityCurves(const PolicyRunKey& run, int maxPoints = 1500) const;
    /// Per class: how many steps replayed it, over all nights of the run.
    QVector<int> replayCounts(const PolicyRunKey& run) const;
    /// Per class, over every run of every RL condition: accuracy after day 1 (from results)
    /// against its share of the replay steps.
    QVector<SharePoint> sharePoints(const ResultsModel& results) const;
    /// Pearson correlation of the share points' two coordinates (replaylab::pearson): NaN with fewer
    /// than 3 points or no spread.
    static double correlation(const QVector<SharePoint>& pts);

    /// rl.csv's layout: class_set,condition,seed,night,step,class,reward,chi2,p_<class>...
    /// Class names come from results (the class set's label order) when known.
    QString csv(const ResultsModel& results) const;

private:
    std::map<PolicyRunKey, std::vector<replaylab::PolicyStep>> steps_;
    int revision_ = 0;
};

/// Reads rl.csv (the format above; "class" may be a name or a 0-based index). Class names
/// are resolved with results; unknown names become -1 choices. Throws replaylab::InputError naming
/// the file and line on a malformed row.
void readRlCsv(const QString& file, const ResultsModel& results, PolicyModel& into,
               const std::vector<replaylab::SimulationKey>* only = nullptr);

}  // namespace replaylab::ui
