#pragma once
// The "hippocampal" chooser of what to replay: a linear value per class learned from the
// rewards replay brings (how much each replay step lowered the chi-square of the network's
// validation errors), and a softmax policy over those values. Plain C++, no LibTorch.
#include <cstdint>
#include <vector>

#include "config/ExperimentConfig.h"
#include "util/Random.h"

namespace replaylab {

/// chi2 = sum_k (n_k - c_k)^2 / n_k over classes with n_k > 0: n_k validation images of
/// class k, c_k of them classified correctly. 0 when everything is right.
double chiSquare(const std::vector<int64_t>& count, const std::vector<int64_t>& correct);

struct HippocampusOptions {
    int classes = 10;
    double temperature = 0.3;   ///< policy softmax(w / T)
    double learningRate = 1e-3; ///< Adam (Keras form, epsilon 1e-7)
    int epochs = 50;            ///< passes over the data per update
    /// The weights' start: Glorot draws each uniformly in +-glorotLimit(classes) (Keras
    /// Dense(1)'s default, the authors' side network); Zero starts them at 0. The bias is 0.
    RlInit start = RlInit::Zero;
    std::uint64_t seed = 0;     ///< draws the Glorot start
};

/// Linear regression from a one-hot class code to a value (10 weights + a bias), trained
/// with Adam on mean squared error, as the authors' side network.
class Hippocampus {
public:
    explicit Hippocampus(HippocampusOptions opt);

    /// sqrt(6 / (fan_in + fan_out)) of a Dense(1) layer on a one-hot code of `classes`:
    /// sqrt(6 / 11) = 0.739 for 10 classes.
    static double glorotLimit(int classes);

    /// First night: one reward per class (from trial replays); fits all rows together
    /// (one batch) for `epochs` steps.
    void fitInitial(const std::vector<double>& rewards);
    /// One step's experience: class k brought reward r; `epochs` steps on that one row.
    void update(int k, double reward);

    /// softmax(w / T) over classes.
    std::vector<double> policy() const;
    /// Samples a class from the policy with the given generator.
    int choose(Rng& rng) const;

    const std::vector<double>& values() const { return w_; }
    double bias() const { return b_; }

    /// The whole state (weights and optimiser), to restore exactly ("reset nightly").
    struct State {
        std::vector<double> w, mw, vw;
        double b = 0, mb = 0, vb = 0;
        int64_t t = 0;
    };
    State state() const;
    void restore(const State& s);

private:
    void step(const std::vector<double>& gw, double gb);
    HippocampusOptions opt_;
    std::vector<double> w_, mw_, vw_;
    double b_ = 0, mb_ = 0, vb_ = 0;
    int64_t t_ = 0;
};

}  // namespace replaylab
