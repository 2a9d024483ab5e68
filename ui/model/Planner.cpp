#include "model/Planner.h"

#include <exception>

#include "config/ConfigJson.h"

namespace rlui {

PlanResult planRun(const rl::ExperimentConfig& cfg, bool measure) {
    PlanResult r;
    try {
        for (const auto& p : rl::validateConfig(cfg)) r.problems.push_back(QString::fromStdString(p));
        if (!r.problems.isEmpty()) return r;
        r.plan = rl::planExperiment(cfg, measure);
        r.planned = true;
    } catch (const std::exception& e) {
        r.problems.push_back(QString::fromUtf8(e.what()));
    }
    return r;
}

}  // namespace rlui
