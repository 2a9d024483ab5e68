#include "PolicyModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QFile>

#include <QTextStream>

#include "runfolder/RunRecorder.h"
#include "stats/Summary.h"
#include "report/WhichReport.h"
#include "util/Error.h"

namespace replaylab::ui {

void PolicyModel::add(const replaylab::PolicyStep& s) {
    PolicyRunKey key{QString::fromStdString(s.classSet), QString::fromStdString(s.condition), s.seed};
    steps_[key].push_back(s);
    ++revision_;
}

void PolicyModel::clear() {
    steps_.clear();
    ++revision_;
}

QVector<PolicyRunKey> PolicyModel::runs() const {
    QVector<PolicyRunKey> out;
    for (const auto& [k, v] : steps_) out.push_back(k);
    return out;
}

const std::vector<replaylab::PolicyStep>& PolicyModel::steps(const PolicyRunKey& run) const {
    static const std::vector<replaylab::PolicyStep> kNone;
    const auto it = steps_.find(run);
    return it == steps_.end() ? kNone : it->second;
}

int PolicyModel::classCount(const PolicyRunKey& run) const {
    std::size_t n = 0;
    for (const auto& s : steps(run)) n = std::max(n, s.probabilities.size());
    return static_cast<int>(n);
}

QVector<QVector<QPointF>> PolicyModel::probabilityCurves(const PolicyRunKey& run, int maxPoints) const {
    const auto& st = steps(run);
    const int classes = classCount(run);
    QVector<QVector<QPointF>> out(classes);
    if (st.empty()) return out;
    // Steps per night, from the largest step index seen in each night.
    std::map<int, int> perNight;
    for (const auto& s : st) perNight[s.night] = std::max(perNight[s.night], s.step + 1);
    const std::size_t stride =
        std::max<std::size_t>(1, (st.size() + static_cast<std::size_t>(maxPoints) - 1) /
                                     static_cast<std::size_t>(std::max(1, maxPoints)));
    for (std::size_t i = 0; i < st.size(); ++i) {
        if (i % stride != 0 && i + 1 != st.size()) continue;
        const auto& s = st[i];
        const double x = (s.night - 1) + static_cast<double>(s.step) / std::max(1, perNight[s.night]);
        for (int k = 0; k < classes && k < static_cast<int>(s.probabilities.size()); ++k)
            out[k].push_back(QPointF(x, s.probabilities[static_cast<std::size_t>(k)]));
    }
    return out;
}

QVector<int> PolicyModel::replayCounts(const PolicyRunKey& run) const {
    QVector<int> counts(classCount(run), 0);
    for (const auto& s : steps(run))
        if (s.chosen >= 0 && s.chosen < counts.size()) ++counts[s.chosen];
    return counts;
}

QVector<SharePoint> PolicyModel::sharePoints(const ResultsModel& results) const {
    QVector<SharePoint> out;
    for (const auto& [run, st] : steps_) {
        const auto counts = replayCounts(run);
        int total = 0;
        for (int c : counts) total += c;
        if (total == 0) continue;
        const QStringList names = results.classNames(run.classSet);
        for (int k = 0; k < counts.size(); ++k) {
            SharePoint p;
            p.classSet = run.classSet;
            p.seed = run.seed;
            p.className = k < names.size() ? names[k] : QString::number(k);
            p.share = static_cast<double>(counts[k]) / total;
            p.initialAccuracy = results.value(run.condition, RunKey{run.classSet, run.seed}, 1,
                                              QStringLiteral("day"), p.className);
            if (std::isnan(p.initialAccuracy)) continue;
            out.push_back(p);
        }
    }
    return out;
}

double PolicyModel::correlation(const QVector<SharePoint>& pts) {
    std::vector<double> x, y;
    for (const auto& p : pts) {
        x.push_back(p.initialAccuracy);
        y.push_back(p.share);
    }
    return replaylab::pearson(x, y).r;
}

QString PolicyModel::csv(const ResultsModel& results) const {
    int classes = 0;
    for (const auto& [run, st] : steps_) classes = std::max(classes, classCount(run));
    // The layout of the run folder's rl.csv, written by core's own formatter.
    QString out = QString::fromStdString(replaylab::rlCsvHeader(static_cast<std::size_t>(classes))) + '\n';
    for (const auto& [run, st] : steps_) {
        const QStringList names = results.classNames(run.classSet);
        for (replaylab::PolicyStep s : st) {
            if (s.chosenName.empty())
                s.chosenName = (s.chosen >= 0 && s.chosen < names.size() ? names[s.chosen]
                                                                        : QString::number(s.chosen)).toStdString();
            out += QString::fromStdString(replaylab::rlCsvLine(s));
        }
    }
    return out;
}

void readRlCsv(const QString& file, const ResultsModel& results, PolicyModel& into,
               const std::vector<replaylab::SimulationKey>* only) {
    // core reads the file (and names file:line on a malformed row); here only the class
    // index is recovered from the name the row carries.
    for (const auto& r : replaylab::readRlCsv(file.toStdString())) {
        if (only && std::find(only->begin(), only->end(), replaylab::SimulationKey{r.classSet, r.condition, r.seed}) ==
                        only->end())
            continue;
        replaylab::PolicyStep s;
        s.classSet = r.classSet;
        s.condition = r.condition;
        s.seed = r.seed;
        s.night = r.night;
        s.step = r.step;
        s.reward = r.reward;
        s.chi2 = r.chi2;
        s.chosenName = r.cls;
        s.chosen = static_cast<int>(
            results.classNames(QString::fromStdString(r.classSet)).indexOf(QString::fromStdString(r.cls)));
        s.probabilities = r.probabilities;
        into.add(s);
    }
}

}  // namespace replaylab::ui
