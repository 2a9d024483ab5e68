#pragma once
// Reads a past run directory back into the models: metrics.csv (and rl.csv when present).
#include <QString>

#include "model/PolicyModel.h"
#include "model/ResultsModel.h"

namespace rlui {

/// Replaces the models' contents with dir's results. Throws rl::InputError naming the file
/// (no metrics.csv, a malformed row); the models are left unchanged then.
void loadRunDirectory(const QString& dir, ResultsModel& results, PolicyModel& policy);

}  // namespace rlui
