#pragma once
// Reads a past run directory back into the models: metrics.csv (and rl.csv when present).
#include <vector>

#include <QString>

#include "sim/Events.h"

#include "itemmodels/PolicyModel.h"
#include "itemmodels/ResultsModel.h"

namespace replaylab::ui {

/// Replaces the models' contents with dir's results. Throws replaylab::InputError naming the file
/// (no metrics.csv, a malformed row); the models are left unchanged then.
/// With only, just the rows of those simulations (what a resumed run keeps).
void loadRunDirectory(const QString& dir, ResultsModel& results, PolicyModel& policy,
                      const std::vector<replaylab::SimulationKey>* only = nullptr);

}  // namespace replaylab::ui
