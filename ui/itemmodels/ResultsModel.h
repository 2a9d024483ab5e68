#pragma once
// Accumulates evaluations (live from a run, or read back from metrics.csv) and answers the
// questions the charts ask: mean ± SEM curves per condition, per-class accuracy. No widgets:
// testable on its own.
#include <map>
#include <tuple>
#include <vector>

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include "runfolder/RunDirectory.h"
#include "sim/Events.h"

namespace replaylab::ui {

/// One point of a curve: accuracy after a day or after a night, mean ± SEM over runs
/// (class sets x seeds).
struct CurvePoint {
    int day = 0;
    QString phase;   ///< "day" or "night"
    double x = 0;    ///< day for "day", day + 0.5 for "night"
    double mean = 0, sem = 0;
    int n = 0;
};

/// One class's accuracy, mean ± SEM over the seeds of its class set.
struct ClassValue {
    QString className;
    double mean = 0, sem = 0;
    int n = 0;
};

/// One run of a condition: a class set with a seed.
struct RunKey {
    QString classSet;
    int seed = 0;
    bool operator<(const RunKey& o) const { return std::tie(classSet, seed) < std::tie(o.classSet, o.seed); }
    bool operator==(const RunKey& o) const { return classSet == o.classSet && seed == o.seed; }
};

class ResultsModel {
public:
    void add(const replaylab::Evaluation& e);
    void addRows(const std::vector<replaylab::MetricRow>& rows);
    void clear();

    /// Bumped by every change, so views can skip redraws of unchanged data.
    int revision() const { return revision_; }
    bool isEmpty() const { return rows_.empty(); }
    const std::vector<replaylab::MetricRow>& rows() const { return rows_; }

    QStringList conditions() const { return conditions_; }  ///< in order of first appearance
    QStringList classSets() const { return classSets_; }
    /// Class names of a class set, in the network's label order.
    QStringList classNames(const QString& classSet) const { return classNames_.value(classSet); }
    int lastDay() const { return lastDay_; }
    bool hasNights(const QString& condition) const;

    /// Class "all" of split per day and night, in x order.
    QVector<CurvePoint> curve(const QString& condition, const QString& split = QStringLiteral("test")) const;

    /// Accuracy of one class (or "all") of one run at a day and phase; NaN when absent.
    double value(const QString& condition, const RunKey& run, int day, const QString& phase,
                 const QString& cls, const QString& split = QStringLiteral("test")) const;
    /// The runs (class set, seed) that evaluated condition.
    QVector<RunKey> runs(const QString& condition) const;

    /// Per class of classSet: accuracy at the condition's last day (after the night when
    /// it has nights), mean ± SEM over seeds.
    QVector<ClassValue> finalClassAccuracy(const QString& condition, const QString& classSet,
                                           const QString& split = QStringLiteral("test")) const;

    /// The curves as CSV: condition,split,day,phase,x,mean,sem,n (numbers as in metrics.csv).
    QString curvesCsv(const QString& split = QStringLiteral("test")) const;

private:
    void index(const replaylab::MetricRow& r);
    using Key = std::tuple<QString, QString, QString, int, QString>;  // condition, split, class, day, phase
    std::vector<replaylab::MetricRow> rows_;
    std::map<Key, std::map<RunKey, double>> values_;
    QStringList conditions_, classSets_;
    QMap<QString, QStringList> classNames_;
    QMap<QString, bool> nights_;
    int lastDay_ = 0;
    int revision_ = 0;
};

/// Number formatting of result files (replaylab::formatNumber), as a QString.
QString number(double v);
/// One CSV field, quoted when needed (replaylab::csvField).
QString csvField(const QString& s);

}  // namespace replaylab::ui
