#include "sim/Schedule.h"

#include <cmath>

namespace replaylab {
namespace {

Schedule make(Feed firstDay, Feed laterDays, Feed night, SamplerFit fit, bool imaginations, bool policy) {
    Schedule s;
    s.firstDay = firstDay;
    s.laterDays = laterDays;
    s.night = night;
    s.fit = fit;
    s.imaginations = imaginations;
    s.policy = policy;
    return s;
}

}  // namespace

bool Schedule::usesReplayPoint() const {
    return aboveReplayPoint(firstDay) || aboveReplayPoint(laterDays) || aboveReplayPoint(night);
}

const Schedule& scheduleOf(ReplayMode mode) {
    using F = Feed;
    using Fit = SamplerFit;
    // Days, nights and what they record, per mode (ALGORITHMS.md, the paper's methods).
    static const Schedule none = make(F::RealImages, F::RealImages, F::Nothing, Fit::Never, false, false);
    static const Schedule extraDay = make(F::RealImages, F::RealImages, F::RealImages, Fit::Never, false, false);
    static const Schedule generative = make(F::RealImages, F::RealImages, F::Imagined, Fit::EveryNight, true, false);
    static const Schedule veridical =
        make(F::RealImages, F::RealImages, F::StoredActivations, Fit::Never, false, false);
    // Continuous: real images on day 1 only; every later day and night replays the
    // Gaussians of day 1.
    static const Schedule continuous = make(F::RealImages, F::Imagined, F::Imagined, Fit::FirstNightOnly, true, false);
    static const Schedule rlChosen = make(F::RealImages, F::RealImages, F::ChosenImagined, Fit::EveryNight, true, true);
    // The control of RL-chosen replay: the same single-class steps, each class drawn
    // uniformly, no learner and no policy recorded.
    static const Schedule singleClass =
        make(F::RealImages, F::RealImages, F::ChosenImagined, Fit::EveryNight, true, false);
    switch (mode) {
        case ReplayMode::None: return none;
        case ReplayMode::ExtraDay: return extraDay;
        case ReplayMode::Generative: return generative;
        case ReplayMode::Veridical: return veridical;
        case ReplayMode::Continuous: return continuous;
        case ReplayMode::RlChosen: return rlChosen;
        case ReplayMode::SingleClass: return singleClass;
    }
    return none;
}

FeedSizes feedSizes(const ExperimentConfig& cfg, double trainImages, double classes) {
    FeedSizes s;
    const double batch = cfg.train.batchSize;
    s.dayBatches = std::ceil(trainImages / batch);
    const double samples = cfg.replay.samplesPerClass > 0 ? static_cast<double>(cfg.replay.samplesPerClass) * classes
                                                          : trainImages;
    s.replayBatches = std::ceil(samples / batch);
    s.chosenSteps = cfg.replay.rlStepsPerNight > 0 ? cfg.replay.rlStepsPerNight : s.dayBatches;
    return s;
}

double feedUnits(Feed f, const FeedSizes& s) {
    switch (f) {
        case Feed::Nothing: return 0;
        case Feed::RealImages:
        case Feed::StoredActivations: return s.dayBatches;
        case Feed::Imagined: return s.replayBatches;
        case Feed::ChosenImagined: return s.chosenSteps;
    }
    return 0;
}

double simulationUnits(const Schedule& s, const FeedSizes& sizes, int days) {
    if (days <= 0) return 0;
    return feedUnits(s.firstDay, sizes) + (days - 1) * feedUnits(s.laterDays, sizes) +
           days * feedUnits(s.night, sizes);
}

}  // namespace replaylab
