#include "PolicyModel.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QFile>
#include <QTextStream>

#include "io/RunRecorder.h"
#include "util/Error.h"

namespace rlui {

void PolicyModel::add(const rl::PolicyStep& s) {
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

const std::vector<rl::PolicyStep>& PolicyModel::steps(const PolicyRunKey& run) const {
    static const std::vector<rl::PolicyStep> kNone;
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
    const int n = pts.size();
    if (n < 3) return std::numeric_limits<double>::quiet_NaN();
    double mx = 0, my = 0;
    for (const auto& p : pts) {
        mx += p.initialAccuracy;
        my += p.share;
    }
    mx /= n;
    my /= n;
    double sxy = 0, sxx = 0, syy = 0;
    for (const auto& p : pts) {
        sxy += (p.initialAccuracy - mx) * (p.share - my);
        sxx += (p.initialAccuracy - mx) * (p.initialAccuracy - mx);
        syy += (p.share - my) * (p.share - my);
    }
    if (sxx <= 0 || syy <= 0) return std::numeric_limits<double>::quiet_NaN();
    return sxy / std::sqrt(sxx * syy);
}

QString PolicyModel::csv(const ResultsModel& results) const {
    int classes = 0;
    for (const auto& [run, st] : steps_) classes = std::max(classes, classCount(run));
    // The layout of the run folder's rl.csv, written by core's own formatter.
    QString out = QString::fromStdString(rl::rlCsvHeader(static_cast<std::size_t>(classes))) + '\n';
    for (const auto& [run, st] : steps_) {
        const QStringList names = results.classNames(run.classSet);
        for (rl::PolicyStep s : st) {
            if (s.chosenName.empty())
                s.chosenName = (s.chosen >= 0 && s.chosen < names.size() ? names[s.chosen]
                                                                        : QString::number(s.chosen)).toStdString();
            out += QString::fromStdString(rl::rlCsvLine(s));
        }
    }
    return out;
}

namespace {

/// Splits one CSV line (RFC 4180 quotes; no newlines inside fields).
QStringList splitCsv(const QString& line) {
    QStringList out;
    QString cur;
    bool quoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                cur += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cur += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

}  // namespace

void readRlCsv(const QString& file, const ResultsModel& results, PolicyModel& into) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        throw rl::InputError(file.toStdString() + ": cannot be read");
    QTextStream in(&f);
    auto fail = [&](int line, const QString& what) {
        throw rl::InputError(QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(what).toStdString());
    };
    const QStringList header = splitCsv(in.readLine());
    const QStringList want = {"class_set", "condition", "seed", "night", "step", "class", "reward", "chi2"};
    if (header.size() < want.size() || header.mid(0, want.size()) != want)
        fail(1, QStringLiteral("expected the header %1,p_<class>...").arg(want.join(',')));
    int lineNo = 1;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        ++lineNo;
        if (line.trimmed().isEmpty()) continue;
        const QStringList f = splitCsv(line);
        if (f.size() != header.size())
            fail(lineNo, QStringLiteral("%1 fields, the header has %2").arg(f.size()).arg(header.size()));
        bool ok[5] = {true, true, true, true, true};
        rl::PolicyStep s;
        s.classSet = f[0].toStdString();
        s.condition = f[1].toStdString();
        s.seed = f[2].toInt(&ok[0]);
        s.night = f[3].toInt(&ok[1]);
        s.step = f[4].toInt(&ok[2]);
        s.reward = f[6].toDouble(&ok[3]);
        s.chi2 = f[7].toDouble(&ok[4]);
        for (bool b : ok)
            if (!b) fail(lineNo, QStringLiteral("a number is malformed"));
        bool isIndex = false;
        const int idx = f[5].toInt(&isIndex);
        s.chosen = isIndex ? idx : static_cast<int>(results.classNames(f[0]).indexOf(f[5]));
        s.chosenName = f[5].toStdString();
        for (int k = want.size(); k < f.size(); ++k) {
            if (f[k].isEmpty()) break;  // a class set with fewer classes than the widest
            bool okp = false;
            s.probabilities.push_back(f[k].toDouble(&okp));
            if (!okp) fail(lineNo, QStringLiteral("probability '%1' is not a number").arg(f[k]));
        }
        into.add(s);
    }
}

}  // namespace rlui
