#pragma once
// What a day and a night do under each replay mode, written once. The simulation runs it,
// the plan prices it (memory and time) and the progress count adds up its batches, so the
// three cannot disagree. No LibTorch here.
#include "config/ExperimentConfig.h"

namespace replaylab {

/// What one phase (a day or a night) trains on.
enum class Feed {
    Nothing,            ///< no training (a night without replay)
    RealImages,         ///< an epoch of the class set's augmented training images, whole network
    Imagined,           ///< imagined activations from the per-class Gaussians, layers above the replay point
    StoredActivations,  ///< the day's real activations at the replay point, layers above it
    ChosenImagined,     ///< imagined batches, one class per step chosen by the hippocampus, layers above
};

/// When the per-class Gaussians are fitted to the day's activations at the replay point.
enum class SamplerFit {
    Never,
    EveryNight,      ///< before each night, from that day's images
    FirstNightOnly,  ///< once, from day 1 (nothing below the replay point learns after it)
};

struct Schedule {
    Feed firstDay = Feed::RealImages;
    Feed laterDays = Feed::RealImages;
    Feed night = Feed::Nothing;
    SamplerFit fit = SamplerFit::Never;
    bool imaginations = false;  ///< an Imagination event before each night
    bool policy = false;        ///< rl.csv rows: the hippocampus's choice per step

    Feed day(int d) const { return d <= 1 ? firstDay : laterDays; }
    bool hasNight() const { return night != Feed::Nothing; }
    /// True when the feed trains only the layers above the replay point.
    static bool aboveReplayPoint(Feed f) { return f != Feed::Nothing && f != Feed::RealImages; }
    /// True when this mode replays at a pool layer (the condition's layer matters).
    bool usesReplayPoint() const;
};

/// The schedule of a replay mode.
const Schedule& scheduleOf(ReplayMode mode);

/// The size of one simulation's work in each feed's unit: batches of a day, replay batches
/// of a night of imagined samples, hippocampus steps of a chosen night.
struct FeedSizes {
    double dayBatches = 0;     ///< real-image batches (also a night of stored activations)
    double replayBatches = 0;  ///< batches of imagined samples
    double chosenSteps = 0;    ///< steps of a night chosen by the hippocampus
};
FeedSizes feedSizes(const ExperimentConfig& cfg, double trainImages, double classes);

/// Units of one feed (batches or steps), for progress.
double feedUnits(Feed f, const FeedSizes& s);

/// Batches (and steps) a simulation of this mode runs over all its days and nights.
double simulationUnits(const Schedule& s, const FeedSizes& sizes, int days);

}  // namespace replaylab
