#pragma once
// Synthetic engine events for GUI tests: known numbers, no training.
#include <string>
#include <vector>

#include "sim/Events.h"

namespace synth {

inline std::vector<std::string> classNames(int set) {
    std::vector<std::string> names;
    for (int k = 0; k < 10; ++k) names.push_back("s" + std::to_string(set) + "c" + std::to_string(k));
    return names;
}

/// Accuracy of class k: a function of (set, condition, day, phase) that tests can recompute.
inline double classAcc(int set, int cond, int day, bool night, int k) {
    return 0.05 + 0.04 * k + 0.02 * day + (night ? 0.01 : 0.0) + 0.03 * set + 0.01 * cond;
}

inline replaylab::Evaluation evaluation(int set, const std::string& condition, int cond, int day, bool night,
                                 const std::string& split = "test") {
    replaylab::Evaluation e;
    e.classSetIndex = set;
    e.classSet = "set " + std::to_string(set);
    e.condition = condition;
    e.seed = 1;
    e.day = day;
    e.phase = night ? replaylab::Phase::Night : replaylab::Phase::Day;
    e.split = split;
    e.classNames = classNames(set);
    double sum = 0;
    for (int k = 0; k < 10; ++k) {
        const double a = classAcc(set, cond, day, night, k);
        e.classAccuracy.push_back(a);
        e.classLoss.push_back(1.0 - a);
        sum += a;
    }
    e.accuracy = sum / 10.0;
    e.loss = 1.0 - e.accuracy;
    return e;
}

/// A night of RL steps where class (step % 10) is chosen, class 0 twice as often.
inline std::vector<replaylab::PolicyStep> night(int set, const std::string& condition, int nightNo, int steps) {
    std::vector<replaylab::PolicyStep> out;
    for (int s = 0; s < steps; ++s) {
        replaylab::PolicyStep p;
        p.classSet = "set " + std::to_string(set);
        p.condition = condition;
        p.seed = 1;
        p.night = nightNo;
        p.step = s;
        p.chosen = (s % 2 == 0) ? 0 : (s / 2) % 10;
        p.chosenName = classNames(set)[static_cast<std::size_t>(p.chosen)];
        p.reward = 0.1 * s;
        p.chi2 = 5.0 - 0.01 * s;
        double total = 0;
        for (int k = 0; k < 10; ++k) {
            p.probabilities.push_back(1.0 + (k == 0 ? s * 0.01 : 0.0));
            total += p.probabilities.back();
        }
        for (auto& x : p.probabilities) x /= total;
        out.push_back(p);
    }
    return out;
}

inline replaylab::ActivationMaps maps(int channels, int h, int w, int seed) {
    replaylab::ActivationMaps m;
    m.channels = channels;
    m.height = h;
    m.width = w;
    for (int c = 0; c < channels; ++c)
        for (int i = 0; i < h * w; ++i) m.data.push_back(static_cast<unsigned char>((seed * 37 + c * 11 + i * 5) % 256));
    return m;
}

inline replaylab::Imagination imagination(int set, const std::string& condition, int day) {
    replaylab::Imagination im;
    im.classSet = "set " + std::to_string(set);
    im.condition = condition;
    im.seed = 1;
    im.day = day;
    im.layer = 4;
    im.classNames = classNames(set);
    for (int k = 0; k < 10; ++k) {
        im.real.emplace_back();
        im.imagined.emplace_back();
        for (int e = 0; e < 4; ++e) {
            im.real.back().push_back(maps(8, 2, 2, k * 10 + e));
            im.imagined.back().push_back(maps(8, 2, 2, k * 10 + e + 100));
        }
        for (int i = 0; i < 5; ++i) {
            im.pcaRealX.push_back(static_cast<float>(k + 0.1 * i));
            im.pcaRealY.push_back(static_cast<float>(-k));
            im.pcaRealClass.push_back(k);
            im.pcaImaginedX.push_back(static_cast<float>(k + 0.2 * i));
            im.pcaImaginedY.push_back(static_cast<float>(-k + 0.5));
            im.pcaImaginedClass.push_back(k);
        }
        im.fidelity.push_back(1.0 + k);
    }
    return im;
}

}  // namespace synth
