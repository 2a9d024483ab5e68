#include "Labels.h"

#include <cmath>
#include <cstdlib>

#include "util/Text.h"

namespace replaylab::ui {

QString Labels::brainRegion(int layer) {
    switch (layer) {
        case 1: return QStringLiteral("V1");
        case 2: return QStringLiteral("V2");
        case 3: return QStringLiteral("V4");
        case 4: return QStringLiteral("LOC");
        case 5: return QStringLiteral("LOC/IT");
        default: return QString();
    }
}

QString Labels::replayPoint(int layer) {
    return tr("pool%1 (%2)").arg(layer).arg(brainRegion(layer));
}

QString Labels::replayMode(replaylab::ReplayMode mode) {
    switch (mode) {
        case replaylab::ReplayMode::None: return tr("No replay");
        case replaylab::ReplayMode::Generative: return tr("Generative replay");
        case replaylab::ReplayMode::Veridical: return tr("Veridical replay");
        case replaylab::ReplayMode::Continuous: return tr("Continuous replay");
        case replaylab::ReplayMode::RlChosen: return tr("Replay chosen by RL");
        case replaylab::ReplayMode::SingleClass: return tr("Single-class replay (control)");
        case replaylab::ReplayMode::ExtraDay: return tr("Extra day (control)");
    }
    return QString();
}

QString Labels::condition(const replaylab::Condition& c) {
    if (!c.usesLayer()) return replayMode(c.mode);
    //: e.g. "Generative replay at pool4 (LOC)"
    return tr("%1 at %2").arg(replayMode(c.mode), replayPoint(c.layer));
}

QString Labels::condition(const QString& name) {
    try {
        return condition(replaylab::conditionFromString(name.toStdString()));
    } catch (const std::exception&) {
        return name;
    }
}

QString Labels::phase(replaylab::Phase phase) {
    switch (phase) {
        case replaylab::Phase::Day: return tr("day");
        case replaylab::Phase::Night: return tr("night");
        case replaylab::Phase::Best: return tr("best by validation");
        case replaylab::Phase::Evaluate: return tr("evaluating");
        case replaylab::Phase::Load: return tr("loading");
    }
    return QString();
}

QString Labels::bytes(double b) {
    if (b < 0) return tr("unknown");
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    int u = 0;
    while (b >= 1000.0 && u < 4) {
        b /= 1000.0;
        ++u;
    }
    return QStringLiteral("%1 %2").arg(b, 0, 'f', u == 0 ? 0 : 1).arg(QLatin1String(units[u]));
}

QString Labels::duration(double s) {
    if (s < 0 || !std::isfinite(s)) return tr("unknown");
    const long long t = std::llround(s);
    if (t < 60) return tr("%1 s").arg(t);
    if (t < 3600) return tr("%1 min %2 s").arg(t / 60).arg(t % 60);
    return tr("%1 h %2 min").arg(t / 3600).arg((t % 3600) / 60);
}

QString Labels::categoryLabel(const QString& name, bool twoLines) {
    constexpr int kLong = 12;  // characters; "rollerskates" stays on one line
    if (!twoLines || name.size() <= kLong) return name;
    int cut = -1;
    const int middle = static_cast<int>(name.size()) / 2;
    for (int i = 0; i < name.size(); ++i)
        if (name[i] == QLatin1Char(' ') && (cut < 0 || std::abs(i - middle) < std::abs(cut - middle))) cut = i;
    if (cut < 0) return name;
    return name.left(cut).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(cut + 1).toHtmlEscaped();
}

QString Labels::firstLine(const char* what) {
    return QString::fromStdString(replaylab::firstLine(what));
}

}  // namespace replaylab::ui
