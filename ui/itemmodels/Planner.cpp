#include "itemmodels/Planner.h"

#include <exception>

#include "config/ConfigJson.h"

namespace replaylab::ui {

PlanResult planRun(const replaylab::ExperimentConfig& cfg, bool measure) {
    PlanResult r;
    try {
        for (const auto& p : replaylab::validateConfig(cfg)) r.problems.push_back(QString::fromStdString(p));
        if (!r.problems.isEmpty()) return r;
        r.plan = replaylab::planExperiment(cfg, measure);
        r.planned = true;
    } catch (const std::exception& e) {
        r.problems.push_back(QString::fromUtf8(e.what()));
    }
    return r;
}

}  // namespace replaylab::ui
