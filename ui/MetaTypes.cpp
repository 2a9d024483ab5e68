#include "MetaTypes.h"

namespace replaylab::ui {

void registerMetaTypes() {
    qRegisterMetaType<replaylab::RunInfo>();
    qRegisterMetaType<replaylab::Progress>();
    qRegisterMetaType<replaylab::Evaluation>();
    qRegisterMetaType<replaylab::Imagination>();
    qRegisterMetaType<replaylab::PolicyStep>();
    qRegisterMetaType<replaylab::RunSummary>();
    qRegisterMetaType<replaylab::ExperimentConfig>();
    qRegisterMetaType<std::vector<replaylab::SimulationKey>>();
}

}  // namespace replaylab::ui
