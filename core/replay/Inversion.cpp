#include "replay/Inversion.h"

#include <ATen/CPUGeneratorImpl.h>

#include <array>
#include <cmath>
#include <sstream>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "replay/Replay.h"
#include "util/Error.h"

namespace replaylab {
namespace {

constexpr double kInitGrey = 0.5;     // the start: mean grey, the middle of the pixel range
constexpr double kInitNoise = 0.05;   // plus a little seeded noise, so that seeds differ
constexpr double kTvEpsilon = 1e-6;   // keeps TV^beta differentiable at a flat patch for beta < 2
constexpr double kPi = 3.14159265358979323846;
constexpr double kTinyNorm = 1e-12;   // a zero target or a zero vector divides by this, not by 0

std::string shapeString(at::IntArrayRef s) {
    std::ostringstream o;
    o << "[";
    for (std::size_t i = 0; i < s.size(); ++i) o << (i ? ", " : "") << s[i];
    o << "]";
    return o.str();
}

/// Eval mode and frozen parameters for the life of the guard; the previous mode and every
/// parameter's requires_grad come back in the destructor, whatever happened in between.
class FrozenEvalGuard {
public:
    explicit FrozenEvalGuard(VggImpl& net)
        : eval_(net), params_(net.parameters()) {
        for (const auto& p : params_) requiresGrad_.push_back(p.requires_grad());
        for (auto& p : params_) p.requires_grad_(false);
    }
    ~FrozenEvalGuard() {
        for (std::size_t i = 0; i < params_.size(); ++i) params_[i].requires_grad_(requiresGrad_[i]);
    }
    FrozenEvalGuard(const FrozenEvalGuard&) = delete;
    FrozenEvalGuard& operator=(const FrozenEvalGuard&) = delete;

private:
    EvalScope eval_;
    std::vector<torch::Tensor> params_;
    std::vector<bool> requiresGrad_;
};

/// The preprocessing as an affine map of display pixels u in [0, 1]: x = u * span + low, per
/// channel, read off the one preprocessing path (toCHW of a black and a white pixel).
std::pair<torch::Tensor, torch::Tensor> pixelMap(int channels, Normalisation norm) {
    PreprocessOptions p;
    p.inputSize = 1;
    p.channels = channels;
    p.norm = norm;
    const int type = CV_8UC(channels);
    std::array<float, 3> black{}, white{};
    toCHW(cv::Mat(1, 1, type, cv::Scalar::all(0)), p, black.data());
    toCHW(cv::Mat(1, 1, type, cv::Scalar::all(255)), p, white.data());
    auto low = torch::zeros({1, channels, 1, 1});
    auto span = torch::zeros({1, channels, 1, 1});
    for (int c = 0; c < channels; ++c) {
        low[0][c] = black[static_cast<std::size_t>(c)];
        span[0][c] = white[static_cast<std::size_t>(c)] - black[static_cast<std::size_t>(c)];
    }
    return {span, low};
}

/// The block-mean factor that maps the tap's (C, H, W) onto a target's (C, h, w); throws
/// InputError naming both shapes when there is none.
int targetFactor(const VggImpl& net, int tap, const torch::Tensor& t) {
    const auto s = net.tapShape(tap);
    auto fail = [&] {
        const std::string full = shapeString({s[0], s[1], s[2]});
        throw InputError("inverting activations at pool" + std::to_string(tap) +
                         ": a target must have the shape " + full +
                         " there (or a block-mean down-sampling of it, [" +
                         std::to_string(s[0]) + ", " + std::to_string(s[1]) + "/f, " +
                         std::to_string(s[2]) + "/f]), given " + shapeString(t.sizes()));
    };
    if (t.dim() != 4 || t.size(0) < 1 || t.size(1) != s[0] || t.size(2) < 1 || t.size(3) < 1)
        fail();
    const int64_t h = t.size(2), w = t.size(3);
    if (s[1] % h != 0 || s[2] % w != 0 || s[1] / h != s[2] / w) fail();
    return static_cast<int>(s[1] / h);
}

}  // namespace

InversionResult invertActivations(VggImpl& net, int tap, const torch::Tensor& targets,
                                  const InversionOptions& opt, Normalisation norm) {
    if (tap < 1 || tap > kPoolTaps)
        throw InputError("inverting activations: the replay point must be pool1..pool5, not tap " +
                         std::to_string(tap));
    if (!targets.defined()) throw InputError("inverting activations: no target given");
    FrozenEvalGuard guard(net);
    torch::AutoGradMode gradOn(true);  // the descent needs gradients also under a caller's NoGradGuard
    const auto t4 = targets.dim() == 3 ? targets.unsqueeze(0) : targets;
    const int f = targetFactor(net, tap, t4);
    const auto params = net.parameters();
    const auto device = params.empty() ? torch::Device(torch::kCPU) : params.front().device();
    const auto target = t4.detach().to(device, torch::kFloat32).contiguous();
    const int64_t n = target.size(0);
    const auto in = net.tapShape(kInputTap);
    auto [span, low] = pixelMap(static_cast<int>(in[0]), norm);
    span = span.to(device);
    low = low.to(device);
    const auto targetNorm = target.pow(2).sum({1, 2, 3}).clamp_min(kTinyNorm);

    auto phi = [&](const torch::Tensor& u) {
        return downsampleBlocks(net.forwardRange(u * span + low, kInputTap, tap), f);
    };
    auto relativeError = [&](const torch::Tensor& u) {
        return (phi(u) - target).pow(2).sum({1, 2, 3}) / targetNorm;
    };

    auto gen = at::detail::createCPUGenerator(opt.seed);
    auto u = (torch::randn({n, in[0], in[1], in[2]}, gen) * kInitNoise + kInitGrey).to(device);
    u.set_requires_grad(true);
    torch::optim::Adam adam({u}, torch::optim::AdamOptions(opt.learningRate));
    for (int step = 0; step < opt.steps; ++step) {
        if (opt.shouldStop && opt.shouldStop()) {
            InversionResult stopped;
            stopped.stopped = true;
            return stopped;
        }
        // Cosine decay to zero: large early steps find the strokes, small late ones settle
        // them, where a fixed rate keeps jittering around the optimum.
        const double lr = opt.learningRate * 0.5 * (1.0 + std::cos(kPi * step / opt.steps));
        static_cast<torch::optim::AdamOptions&>(adam.param_groups().front().options()).lr(lr);
        adam.zero_grad();
        // Per image sums, so that each picture's descent does not depend on the others.
        auto loss = relativeError(u);
        if (opt.tvWeight > 0.0) {
            const int64_t h = in[1], w = in[2];
            auto dx = u.slice(3, 1, w) - u.slice(3, 0, w - 1);
            auto dy = u.slice(2, 1, h) - u.slice(2, 0, h - 1);
            auto sq = dx.slice(2, 0, h - 1).pow(2) + dy.slice(3, 0, w - 1).pow(2);
            auto tv = opt.tvBeta == 2.0 ? sq : (sq + kTvEpsilon).pow(opt.tvBeta / 2.0);
            loss = loss + opt.tvWeight * tv.mean({1, 2, 3});
        }
        if (opt.rangeWeight > 0.0) {
            auto outside = (-u).clamp_min(0.0) + (u - 1.0).clamp_min(0.0);
            loss = loss + opt.rangeWeight * outside.pow(2).mean({1, 2, 3});
        }
        loss.sum().backward();
        adam.step();
    }

    torch::NoGradGuard noGrad;
    InversionResult r;
    const auto img = u.detach().clamp(0.0, 1.0);
    const auto err = relativeError(img).to(torch::kCPU, torch::kFloat64).contiguous();
    r.relativeError.assign(err.data_ptr<double>(), err.data_ptr<double>() + n);
    r.images = img.to(torch::kCPU).contiguous();
    return r;
}

Neighbours nearestByCosine(const torch::Tensor& queries, const torch::Tensor& reference, int k) {
    if (!queries.defined() || !reference.defined() || queries.dim() < 2 || reference.dim() < 2 ||
        queries.size(0) < 1 || reference.size(0) < 1)
        throw InputError("nearest activations: the queries and the reference set must each hold "
                         "at least one activation (N, ...)");
    if (k < 1) throw InputError("nearest activations: k must be at least 1, not " + std::to_string(k));
    const auto q = queries.detach().flatten(1).to(torch::kFloat32);
    const auto r = reference.detach().flatten(1).to(reference.device(), torch::kFloat32);
    if (q.size(1) != r.size(1))
        throw InputError("nearest activations: queries of shape " + shapeString(queries.sizes()) +
                         " and reference activations of shape " + shapeString(reference.sizes()) +
                         " differ in size (" + std::to_string(q.size(1)) + " vs " +
                         std::to_string(r.size(1)) + " values)");
    const auto qn = q / q.norm(2, 1, true).clamp_min(kTinyNorm);
    const auto rn = r / r.norm(2, 1, true).clamp_min(kTinyNorm);
    const auto sim = qn.to(rn.device()).mm(rn.t());
    const int64_t kk = std::min<int64_t>(k, r.size(0));
    auto [values, idx] = sim.topk(kk, 1, /*largest=*/true, /*sorted=*/true);
    return {idx.to(torch::kCPU), values.to(torch::kCPU)};
}

}  // namespace replaylab
