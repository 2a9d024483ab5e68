#pragma once
// Replay sources at a replay point: generative (per-class Gaussians of that day's
// activations, sampled exactly without forming the covariance) and veridical (the stored
// activations). Internal (LibTorch).
#include <cstdint>
#include <vector>

#include <torch/torch.h>

namespace replaylab {

/// Block-mean down-sampling of (N, C, H, W) activations by factor f on each side.
torch::Tensor downsampleBlocks(const torch::Tensor& a, int f);
/// Nearest-neighbour up-sampling: every value repeated f x f times.
torch::Tensor upsampleNearest(const torch::Tensor& a, int f);

/// Gaussian N(mu, Sigma) of one class, Sigma = Xc^T Xc / (N - 1) with Xc = X - mu.
/// Sampled as s = mu + Xc^T z / sqrt(N - 1), z ~ N(0, I_N): exactly that distribution,
/// O(N D) per sample, the D x D matrix never formed. Diagonal: s = mu + sd * z, z ~ N(0, I_D).
class GaussianSampler {
public:
    enum class Kind { Full, Diagonal };
    /// x: (N, D) activations of one class, N >= 2.
    GaussianSampler(const torch::Tensor& x, Kind kind);
    /// (m, D) samples drawn from gen.
    torch::Tensor sample(int64_t m, at::Generator& gen) const;
    const torch::Tensor& mean() const { return mu_; }
    int64_t dims() const { return mu_.size(0); }
    int64_t count() const { return n_; }
    /// The covariance (D x D); for tests and small D only.
    torch::Tensor covariance() const;

private:
    Kind kind_;
    int64_t n_ = 0;
    torch::Tensor mu_;      ///< (D)
    torch::Tensor scaled_;  ///< Full: Xc / sqrt(N - 1), (N, D); Diagonal: sd, (D)
};

/// Activations of one day at a replay point, kept per class.
struct ActivationSet {
    torch::Tensor x;        ///< (N, C, h, w), possibly down-sampled
    torch::Tensor y;        ///< (N) int64 labels
    int factor = 1;         ///< down-sampling factor applied (up-sample by it to replay)
};

/// Fits one sampler per class of a set (classes in 0..numClasses-1).
std::vector<GaussianSampler> fitSamplers(const ActivationSet& acts, int numClasses,
                                         GaussianSampler::Kind kind);

/// Draws perClass[k] samples of every class k, in class order, as an ActivationSet of the
/// same (down-sampled) shape. perClass[k] < 0 means: as many as the class had images.
ActivationSet drawSamples(const std::vector<GaussianSampler>& samplers,
                          const std::vector<int64_t>& perClass, const ActivationSet& shapeOf,
                          at::Generator& gen);

}  // namespace replaylab
