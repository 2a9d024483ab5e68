#pragma once
// The engine's event values, declared to Qt so that they can travel in queued signals
// between the worker thread and the UI thread. Values only: nothing here points into a
// running simulation.
#include <QMetaType>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

Q_DECLARE_METATYPE(rl::RunInfo)
Q_DECLARE_METATYPE(rl::Progress)
Q_DECLARE_METATYPE(rl::Evaluation)
Q_DECLARE_METATYPE(rl::Imagination)
Q_DECLARE_METATYPE(rl::PolicyStep)
Q_DECLARE_METATYPE(rl::RunSummary)
Q_DECLARE_METATYPE(rl::ExperimentConfig)

namespace rlui {

/// Registers the types above with Qt's meta-type system (idempotent).
void registerMetaTypes();

}  // namespace rlui
