#pragma once
// The plan shown before a run: validateConfig's problems and planExperiment's estimate,
// behind one call so that exceptions never reach a widget.
#include <QString>
#include <QStringList>

#include "config/ExperimentConfig.h"
#include "sim/Experiment.h"

namespace replaylab::ui {

struct PlanResult {
    QStringList problems;   ///< validateConfig's lines; a planning error as one line
    bool planned = false;   ///< plan holds planExperiment's answer
    replaylab::RunPlan plan;
    bool runnable() const { return problems.isEmpty() && planned && plan.feasible; }
};

/// Validates cfg and, when valid, plans it (measure: time a few batches; slow-ish, call off
/// the UI thread). Never throws.
PlanResult planRun(const replaylab::ExperimentConfig& cfg, bool measure);

}  // namespace replaylab::ui
