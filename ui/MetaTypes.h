#pragma once
// The engine's event values, declared to Qt so that they can travel in queued signals
// between the worker thread and the UI thread. Values only: nothing here points into a
// running simulation.
#include <QMetaType>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

Q_DECLARE_METATYPE(replaylab::RunInfo)
Q_DECLARE_METATYPE(replaylab::Progress)
Q_DECLARE_METATYPE(replaylab::Evaluation)
Q_DECLARE_METATYPE(replaylab::Imagination)
Q_DECLARE_METATYPE(replaylab::PolicyStep)
Q_DECLARE_METATYPE(replaylab::RunSummary)
Q_DECLARE_METATYPE(replaylab::ExperimentConfig)
Q_DECLARE_METATYPE(std::vector<replaylab::SimulationKey>)

namespace replaylab::ui {

/// Registers the types above with Qt's meta-type system (idempotent).
void registerMetaTypes();

}  // namespace replaylab::ui
