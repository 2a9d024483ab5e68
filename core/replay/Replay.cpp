#include "replay/Replay.h"

#include <cmath>

#include "util/Error.h"

namespace replaylab {

torch::Tensor downsampleBlocks(const torch::Tensor& a, int f) {
    if (f <= 1) return a;
    TORCH_CHECK(a.size(2) % f == 0 && a.size(3) % f == 0, "down-sampling factor ", f,
                " does not divide ", a.size(2), "x", a.size(3));
    return torch::avg_pool2d(a, {f, f}, {f, f});
}

torch::Tensor upsampleNearest(const torch::Tensor& a, int f) {
    if (f <= 1) return a;
    return a.repeat_interleave(f, 2).repeat_interleave(f, 3);
}

GaussianSampler::GaussianSampler(const torch::Tensor& x, Kind kind) : kind_(kind), n_(x.size(0)) {
    TORCH_CHECK(x.dim() == 2, "GaussianSampler expects (N, D)");
    if (n_ < 2) throw InputError("a class needs at least 2 images for its Gaussian (got " +
                                 std::to_string(n_) + ")");
    auto xf = x.to(torch::kFloat32);
    mu_ = xf.mean(0);
    auto centred = (xf - mu_).div_(std::sqrt(static_cast<double>(n_ - 1)));
    scaled_ = kind_ == Kind::Full ? centred.contiguous() : centred.pow(2).sum(0).sqrt();
}

torch::Tensor GaussianSampler::sample(int64_t m, at::Generator& gen) const {
    if (kind_ == Kind::Full) {
        auto z = torch::randn({m, n_}, gen, torch::TensorOptions().device(mu_.device()));
        return torch::addmm(mu_.unsqueeze(0), z, scaled_);
    }
    auto z = torch::randn({m, mu_.size(0)}, gen, torch::TensorOptions().device(mu_.device()));
    return z.mul_(scaled_).add_(mu_);
}

torch::Tensor GaussianSampler::covariance() const {
    if (kind_ == Kind::Full) return scaled_.t().mm(scaled_);
    return torch::diag(scaled_.pow(2));
}

std::vector<GaussianSampler> fitSamplers(const ActivationSet& acts, int numClasses,
                                         GaussianSampler::Kind kind) {
    std::vector<GaussianSampler> out;
    const auto flat = acts.x.flatten(1);
    for (int k = 0; k < numClasses; ++k) {
        auto idx = acts.y.eq(k).nonzero().squeeze(1);
        out.emplace_back(flat.index_select(0, idx), kind);
    }
    return out;
}

ActivationSet drawSamples(const std::vector<GaussianSampler>& samplers,
                          const std::vector<int64_t>& perClass, const ActivationSet& shapeOf,
                          at::Generator& gen) {
    std::vector<torch::Tensor> xs, ys;
    for (std::size_t k = 0; k < samplers.size(); ++k) {
        const int64_t m = perClass[k] < 0 ? samplers[k].count() : perClass[k];
        if (m == 0) continue;
        xs.push_back(samplers[k].sample(m, gen));
        ys.push_back(torch::full({m}, static_cast<int64_t>(k), torch::TensorOptions().dtype(torch::kInt64).device(shapeOf.y.device())));
    }
    ActivationSet s;
    auto sizes = shapeOf.x.sizes().vec();
    auto x = torch::cat(xs, 0);
    sizes[0] = x.size(0);
    s.x = x.view(sizes);
    s.y = torch::cat(ys, 0);
    s.factor = shapeOf.factor;
    return s;
}

}  // namespace replaylab
