#include "ResultsModel.h"

#include <cmath>
#include <limits>

#include "runfolder/RunRecorder.h"
#include "stats/Summary.h"

namespace replaylab::ui {

QString number(double v) { return QString::fromStdString(replaylab::formatNumber(v)); }
QString csvField(const QString& s) { return QString::fromStdString(replaylab::csvField(s.toStdString())); }

void ResultsModel::add(const replaylab::Evaluation& e) { addRows(replaylab::toMetricRows(e)); }

void ResultsModel::addRows(const std::vector<replaylab::MetricRow>& rows) {
    for (const auto& r : rows) {
        rows_.push_back(r);
        index(r);
    }
    if (!rows.empty()) ++revision_;
}

void ResultsModel::clear() {
    rows_.clear();
    values_.clear();
    conditions_.clear();
    classSets_.clear();
    classNames_.clear();
    nights_.clear();
    lastDay_ = 0;
    ++revision_;
}

void ResultsModel::index(const replaylab::MetricRow& r) {
    const QString cond = QString::fromStdString(r.condition);
    const QString set = QString::fromStdString(r.classSet);
    const QString cls = QString::fromStdString(r.cls);
    const QString phase = QString::fromLatin1(replaylab::toString(r.phase));
    if (!conditions_.contains(cond)) conditions_.push_back(cond);
    if (!classSets_.contains(set)) classSets_.push_back(set);
    if (cls != QLatin1String("all")) {
        auto& names = classNames_[set];
        if (!names.contains(cls)) names.push_back(cls);
    }
    if (phase == QLatin1String("night")) nights_[cond] = true;
    if (phase != QLatin1String("best")) lastDay_ = std::max(lastDay_, r.day);
    values_[Key{cond, QString::fromStdString(r.split), cls, r.day, phase}][RunKey{set, r.seed}] =
        r.accuracy;
}

bool ResultsModel::hasNights(const QString& condition) const { return nights_.value(condition, false); }

QVector<CurvePoint> ResultsModel::curve(const QString& condition, const QString& split) const {
    QVector<CurvePoint> out;
    const QString all = QStringLiteral("all");
    // Keys sort by (condition, split, class, day, phase): "day" < "night", as x wants.
    auto it = values_.lower_bound(Key{condition, split, all, 0, QString()});
    for (; it != values_.end(); ++it) {
        const auto& [c, s, cls, day, phase] = it->first;
        if (c != condition || s != split || cls != all) break;
        if (phase != QLatin1String("day") && phase != QLatin1String("night")) continue;
        std::vector<double> xs;
        for (const auto& [run, v] : it->second) xs.push_back(v);
        const auto ms = replaylab::meanSem(xs);
        CurvePoint p;
        p.day = day;
        p.phase = phase;
        p.x = day + (phase == QLatin1String("night") ? 0.5 : 0.0);
        p.mean = ms.mean;
        p.sem = ms.sem;
        p.n = ms.n;
        out.push_back(p);
    }
    return out;
}

double ResultsModel::value(const QString& condition, const RunKey& run, int day,
                           const QString& phase, const QString& cls, const QString& split) const {
    const auto it = values_.find(Key{condition, split, cls, day, phase});
    if (it == values_.end()) return std::numeric_limits<double>::quiet_NaN();
    const auto v = it->second.find(run);
    return v == it->second.end() ? std::numeric_limits<double>::quiet_NaN() : v->second;
}

QVector<RunKey> ResultsModel::runs(const QString& condition) const {
    std::map<RunKey, bool> seen;
    auto it = values_.lower_bound(Key{condition, QString(), QString(), 0, QString()});
    for (; it != values_.end() && std::get<0>(it->first) == condition; ++it)
        for (const auto& [run, v] : it->second) seen[run] = true;
    QVector<RunKey> out;
    for (const auto& [run, b] : seen) out.push_back(run);
    return out;
}

QVector<ClassValue> ResultsModel::finalClassAccuracy(const QString& condition, const QString& classSet,
                                                     const QString& split) const {
    QVector<ClassValue> out;
    const QString phase = hasNights(condition) ? QStringLiteral("night") : QStringLiteral("day");
    // The last day this condition reached for this class set.
    int day = 0;
    for (const auto& [key, runs] : values_) {
        const auto& [c, s, cls, d, ph] = key;
        if (c != condition || s != split || ph != phase) continue;
        for (const auto& [run, v] : runs)
            if (run.classSet == classSet) day = std::max(day, d);
    }
    if (day == 0) return out;
    for (const QString& cls : classNames(classSet)) {
        std::vector<double> xs;
        const auto it = values_.find(Key{condition, split, cls, day, phase});
        if (it != values_.end())
            for (const auto& [run, v] : it->second)
                if (run.classSet == classSet) xs.push_back(v);
        const auto ms = replaylab::meanSem(xs);
        out.push_back(ClassValue{cls, ms.mean, ms.sem, ms.n});
    }
    return out;
}

QString ResultsModel::curvesCsv(const QString& split) const {
    QString out = QStringLiteral("condition,split,day,phase,x,mean,sem,n\n");
    for (const QString& c : conditions_)
        for (const auto& p : curve(c, split))
            out += csvField(c) + ',' + split + ',' + QString::number(p.day) + ',' + p.phase + ',' +
                   number(p.x) + ',' + number(p.mean) + ',' + number(p.sem) + ',' +
                   QString::number(p.n) + '\n';
    return out;
}

}  // namespace replaylab::ui
