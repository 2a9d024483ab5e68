#pragma once
// Turning activations at a replay point back into pictures: for each target activation, an
// input image whose activations there match it (Mahendran & Vedaldi 2015, "Understanding deep
// image representations by inverting them"), and the real drawings whose activations are
// nearest to it. Internal (LibTorch); the app is to receive the results as value types.
#include <cstdint>
#include <functional>

#include <torch/torch.h>

#include "data/Preprocess.h"
#include "network/Vgg.h"

namespace replaylab {

/// Gradient descent (Adam) on the input image u, in display pixels [0, 1], minimising
///   ||phi(x(u)) - t||^2 / ||t||^2 + tvWeight * TV^beta(u) + rangeWeight * R(u)
/// per image, where x(u) is u through the network's preprocessing (the normalisation of
/// toCHW), phi the activations at the tap (block means when t is down-sampled),
/// TV^beta(u) = mean over pixels of ((du/dx)^2 + (du/dy)^2)^(beta/2), and
/// R(u) = mean over pixels of the squared distance of u outside [0, 1].
/// The step size follows a cosine decay from learningRate to 0 over the steps.
/// Defaults measured on the shipped mini backbone, Quick Draw set 1, 80 imagined and 20 real
/// targets per replay point (bench/inversion_bench.cpp).
struct InversionOptions {
    int steps = 100;             ///< halves 200's time; 200 lowers the error only at pool3..pool5 (pool5 0.23 -> 0.19)
    double learningRate = 0.4;   ///< pixels per step at the start; 0.1 leaves pool2 at 0.10 error (0.06 here), 0.8 worsens pool4
    double tvWeight = 0.02;      ///< 0.005 and 0.05 changed no mean error by over 0.015; smooths what activations leave open
    double tvBeta = 2.0;         ///< M&V's beta; 2 is smooth (no kink at zero gradient), not tuned
    double rangeWeight = 10.0;   ///< keeps pixels near [0, 1] before the final clamp, not tuned
    std::uint64_t seed = 0;      ///< the start: mean grey plus small noise (sd 0.05) from this seed
    /// Asked before every step; true ends the descent at once (InversionResult::stopped), so
    /// that a run's Stop is not held up by an inversion. Empty: never stops.
    std::function<bool()> shouldStop;
};

struct InversionResult {
    /// (N, C, H, W) pictures in [0, 1] (clamped; C = the network's input channels, 1 for the
    /// mini), on the CPU. images through the preprocessing are what relativeError measures.
    torch::Tensor images;
    /// Per image: ||phi(x) - t||^2 / ||t||^2 of the returned (clamped) picture.
    std::vector<double> relativeError;
    /// shouldStop said stop: images and relativeError are left empty.
    bool stopped = false;
};

/// Inverts N targets at a tap (1..5) in one batch. targets: (N, C, h, w) or one (C, h, w),
/// either the tap's full shape (net.tapShape(tap)) or its block-mean down-sampling by an
/// integer factor f (h = H / f, w = W / f), as replay stores them. The network is used in
/// eval mode with its parameters frozen; its mode and requires_grad flags are restored on
/// return, also when this throws. Same seed, same inputs and thread count: the same pictures
/// bit for bit. Throws InputError for a tap outside 1..5 or a target of another shape (naming
/// the expected and the given shapes).
InversionResult invertActivations(VggImpl& net, int tap, const torch::Tensor& targets,
                                  const InversionOptions& opt = {},
                                  Normalisation norm = Normalisation::Unit);

/// The k most similar reference activations of each query.
struct Neighbours {
    torch::Tensor indices;     ///< (Q, k) int64 rows of the reference set, most similar first
    torch::Tensor similarity;  ///< (Q, k) float cosine similarities, in the same order
};

/// For each query (imagined) activation, the k nearest of a set of real activations at the
/// same tap, by cosine similarity of the flattened activations (each row flattened from
/// dimension 1 on; so down-sampled activations are compared down-sampled). A zero vector has
/// similarity 0 to everything. k is capped at the reference count. Throws InputError when the
/// flattened sizes differ, a set is empty, or k < 1.
Neighbours nearestByCosine(const torch::Tensor& queries, const torch::Tensor& reference, int k);

}  // namespace replaylab
