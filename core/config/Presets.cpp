// The paper's three experiments (ALGORITHMS.md section 7) and the quick default.
#include "config/ConfigJson.h"
#include "util/Error.h"

namespace replaylab {

namespace {

Condition at(ReplayMode mode, int layer) {
    Condition c;
    c.mode = mode;
    c.layer = layer;
    return c;
}

}  // namespace

std::vector<std::string> presetNames() { return {"demo", "default", "where", "when", "which"}; }

ExperimentConfig preset(const std::string& name) {
    ExperimentConfig cfg;
    cfg.name = name;
    auto& r = cfg.replay;
    if (name == "demo") {
        // The paper's point in about a minute: no replay against generative replay at pool5 and
        // a second epoch of real images (the extra-day control), paired on six class sets.
        // Few training images per class make replay's effect large against its error
        // (docs/RESULTS.md: +7.5 +- 1.1 points over 5 days with 20 images, won 6/6; +3.2 +- 0.6
        // with 70).
        cfg.data.classSets = {1, 2, 3, 4, 5, 6};
        cfg.data.trainPerClass = 20;
        cfg.train.days = 5;
        r.conditions = {Condition{}, at(ReplayMode::Generative, 5), at(ReplayMode::ExtraDay, 0)};
    } else if (name == "default") {
        // A quick no-replay baseline: two class sets, three days.
        cfg.data.classSets = {1, 2};
        cfg.train.days = 3;
        r.conditions = {Condition{}};
    } else if (name == "where") {
        // Figure 1: generative replay at each replay point against no replay.
        cfg.train.days = 10;
        r.conditions = {Condition{}};
        for (int layer = 1; layer <= 5; ++layer)
            r.conditions.push_back(at(ReplayMode::Generative, layer));
    } else if (name == "when") {
        // Figure 2: how replay's benefit unfolds over a long schedule.
        cfg.train.days = 30;
        r.conditions = {Condition{}, at(ReplayMode::Generative, 4), at(ReplayMode::Veridical, 4),
                        at(ReplayMode::Continuous, 4)};
    } else if (name == "which") {
        // Figure 3: uniform generative replay against classes chosen by the RL learner.
        cfg.train.days = 30;
        r.conditions = {at(ReplayMode::Generative, 4), at(ReplayMode::RlChosen, 4)};
    } else {
        std::string known;
        for (const auto& n : presetNames()) known += (known.empty() ? "" : ", ") + n;
        throw InputError("unknown preset '" + name + "' (known: " + known + ")");
    }
    return cfg;
}

}  // namespace replaylab
