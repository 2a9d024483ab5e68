#include "MetaTypes.h"

namespace rlui {

void registerMetaTypes() {
    qRegisterMetaType<rl::RunInfo>();
    qRegisterMetaType<rl::Progress>();
    qRegisterMetaType<rl::Evaluation>();
    qRegisterMetaType<rl::Imagination>();
    qRegisterMetaType<rl::PolicyStep>();
    qRegisterMetaType<rl::RunSummary>();
    qRegisterMetaType<rl::ExperimentConfig>();
}

}  // namespace rlui
