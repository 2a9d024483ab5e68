#pragma once
// Names shown to users, in the paper's terms and translated: replay points with their
// brain regions, replay modes, conditions, phases.
#include <QCoreApplication>
#include <QString>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

namespace replaylab::ui {

class Labels {
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    /// Approximate brain region of a replay point (Güçlü & van Gerven 2015): V1 .. LOC/IT.
    static QString brainRegion(int layer);
    /// "pool4 (LOC)".
    static QString replayPoint(int layer);
    static QString replayMode(replaylab::ReplayMode mode);
    /// "Generative replay at pool4 (LOC)" for "generative-pool4"; the name itself when unknown.
    static QString condition(const QString& name);
    static QString condition(const replaylab::Condition& c);
    /// "day" / "night" / "best" / "evaluate" / "load" for users.
    static QString phase(replaylab::Phase phase);
    /// Sizes and durations for people: "1.2 GB", "3 min 20 s".
    static QString bytes(double bytes);
    static QString duration(double seconds);
    /// The first line of an engine message (what()), for one-line displays.
    static QString firstLine(const char* what);
};

}  // namespace replaylab::ui
