#include "sim/Training.h"

#include <cmath>

#include <ATen/Parallel.h>

#include "replay/Replay.h"
#include "sim/Events.h"

namespace replaylab {

namespace F = torch::nn::functional;

void SharedAdam::step(const std::vector<torch::Tensor>& params) {
    torch::NoGradGuard noGrad;
    ++t_;
    const double b1 = opt_.beta1, b2 = opt_.beta2;
    const double bc1 = 1.0 - std::pow(b1, static_cast<double>(t_));
    const double bc2 = 1.0 - std::pow(b2, static_cast<double>(t_));
    for (const auto& p : params) {
        const auto& g = p.grad();
        if (!g.defined()) continue;
        auto it = state_.find(p.unsafeGetTensorImpl());
        if (it == state_.end()) {
            // The parameter is held in the state so its address cannot be reused by another.
            it = state_.emplace(p.unsafeGetTensorImpl(),
                                Moments{torch::zeros_like(p), torch::zeros_like(p), p})
                     .first;
        }
        auto& s = it->second;
        s.m.mul_(b1).add_(g, 1.0 - b1);
        s.v.mul_(b2).addcmul_(g, g, 1.0 - b2);
        if (opt_.kerasForm) {
            const double lrT = opt_.lr * std::sqrt(bc2) / bc1;
            p.addcdiv_(s.m, s.v.sqrt().add_(opt_.eps), -lrT);
        } else {
            auto denom = s.v.sqrt().div_(std::sqrt(bc2)).add_(opt_.eps);
            p.addcdiv_(s.m, denom, -opt_.lr / bc1);
        }
    }
}

SharedAdam SharedAdam::deepCopy() const {
    SharedAdam c(opt_);
    c.t_ = t_;
    for (const auto& [key, m] : state_) c.state_.emplace(key, Moments{m.m.clone(), m.v.clone(), m.param});
    return c;
}

void clearGradients(const std::vector<torch::Tensor>& params) {
    for (const auto& p : params) {
        if (p.grad().defined()) p.mutable_grad().reset();
    }
}

torch::Tensor makeBatch(const LabelledImages& data, const std::vector<int>& idx,
                        std::size_t begin, std::size_t end, const PreprocessOptions& prep,
                        const std::vector<AugmentParams>* params) {
    const int64_t n = static_cast<int64_t>(end - begin);
    const int64_t c = prep.channels, s = prep.inputSize;
    auto batch = torch::empty({n, c, s, s}, torch::kFloat32);
    float* dst = batch.data_ptr<float>();
    const int64_t stride = c * s * s;
    at::parallel_for(0, n, 1, [&](int64_t b, int64_t e) {
        for (int64_t i = b; i < e; ++i) {
            const std::size_t k = begin + static_cast<std::size_t>(i);
            prepareImage(data.images[static_cast<std::size_t>(idx[k])], prep,
                         params ? &(*params)[k] : nullptr, dst + i * stride);
        }
    });
    return batch;
}

torch::Tensor makeLabels(const LabelledImages& data, const std::vector<int>& idx,
                         std::size_t begin, std::size_t end) {
    auto y = torch::empty({static_cast<int64_t>(end - begin)}, torch::kInt64);
    auto* p = y.data_ptr<int64_t>();
    for (std::size_t k = begin; k < end; ++k) p[k - begin] = data.labels[static_cast<std::size_t>(idx[k])];
    return y;
}

TensorSet toTensors(const LabelledImages& data, const PreprocessOptions& prep,
                    torch::Device device) {
    std::vector<int> idx(data.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = static_cast<int>(i);
    TensorSet t;
    t.x = makeBatch(data, idx, 0, idx.size(), prep, nullptr).to(device);
    t.y = makeLabels(data, idx, 0, idx.size()).to(device);
    return t;
}

EvalNumbers evaluateFrom(VggImpl& net, int tap, const torch::Tensor& x, const torch::Tensor& y,
                         int numClasses, int64_t batch) {
    EvalScope eval(net);
    torch::NoGradGuard noGrad;
    EvalNumbers r;
    r.classCorrect.assign(static_cast<std::size_t>(numClasses), 0);
    r.classCount.assign(static_cast<std::size_t>(numClasses), 0);
    std::vector<double> classLossSum(static_cast<std::size_t>(numClasses), 0.0);
    const int64_t n = y.size(0);
    double lossSum = 0.0;
    int64_t correct = 0;
    for (int64_t b = 0; b < n; b += batch) {
        const int64_t e = std::min(n, b + batch);
        auto logits = net.forwardRange(x.slice(0, b, e), tap, kLogitsTap);
        auto yb = y.slice(0, b, e);
        auto ce = F::cross_entropy(logits, yb, F::CrossEntropyFuncOptions().reduction(torch::kNone))
                      .to(torch::kCPU, torch::kFloat64);
        auto ok = logits.argmax(1).eq(yb).to(torch::kCPU);
        auto ycpu = yb.to(torch::kCPU);
        const auto* cep = ce.data_ptr<double>();
        const auto* okp = ok.data_ptr<bool>();
        const auto* yp = ycpu.data_ptr<int64_t>();
        for (int64_t i = 0; i < e - b; ++i) {
            const auto k = static_cast<std::size_t>(yp[i]);
            r.classCount[k] += 1;
            r.classCorrect[k] += okp[i] ? 1 : 0;
            classLossSum[k] += cep[i];
            lossSum += cep[i];
            correct += okp[i] ? 1 : 0;
        }
    }
    r.accuracy = n ? static_cast<double>(correct) / static_cast<double>(n) : 0.0;
    r.loss = n ? lossSum / static_cast<double>(n) : 0.0;
    for (std::size_t k = 0; k < r.classCount.size(); ++k) {
        const double c = static_cast<double>(r.classCount[k]);
        r.classAccuracy.push_back(c > 0 ? static_cast<double>(r.classCorrect[k]) / c : 0.0);
        r.classLoss.push_back(c > 0 ? classLossSum[k] / c : 0.0);
    }
    return r;
}

DayDraw drawDay(std::size_t n, const EpochOptions& opt, Rng& rng) {
    DayDraw d;
    d.order.resize(n);
    for (std::size_t i = 0; i < n; ++i) d.order[i] = static_cast<int>(i);
    rng.shuffle(d.order);
    if (opt.augment) {
        d.augment.reserve(n);
        for (std::size_t i = 0; i < n; ++i)
            d.augment.push_back(drawAugment(opt.augmentOptions, opt.prep.inputSize, rng));
    }
    return d;
}

bool trainEpoch(VggImpl& net, SharedAdam& adam, const LabelledImages& data,
                const EpochOptions& opt, const DayDraw& draw, CancelToken* cancel,
                const std::function<void(int64_t, int64_t)>& onBatch) {
    const std::size_t n = draw.order.size();
    const auto* aug = draw.augment.empty() ? nullptr : &draw.augment;
    const auto params = net.parameters();
    net.train();
    const auto bs = static_cast<std::size_t>(opt.batchSize);
    const int64_t batches = static_cast<int64_t>((n + bs - 1) / bs);
    int64_t done = 0;
    for (std::size_t b = 0; b < n; b += bs) {
        if (cancel && cancel->checkpoint()) return false;
        const std::size_t e = std::min(n, b + bs);
        auto x = makeBatch(data, draw.order, b, e, opt.prep, aug).to(opt.device);
        auto y = makeLabels(data, draw.order, b, e).to(opt.device);
        if (opt.learningRate) adam.setLearningRate(opt.learningRate(adam.steps()));
        auto loss = F::cross_entropy(net.forward(x), y);
        clearGradients(params);
        loss.backward();
        adam.step(params);
        ++done;
        if (onBatch) onBatch(done, batches);
    }
    clearGradients(params);
    return true;
}

std::pair<torch::Tensor, torch::Tensor> collectActivations(VggImpl& net, const LabelledImages& data,
                                                           const EpochOptions& opt,
                                                           const DayDraw& draw, int tap,
                                                           int factor) {
    EvalScope eval(net);
    torch::NoGradGuard noGrad;
    const auto* aug = draw.augment.empty() ? nullptr : &draw.augment;
    const std::size_t n = draw.order.size();
    constexpr std::size_t kBatch = 128;
    std::vector<torch::Tensor> xs;
    for (std::size_t b = 0; b < n; b += kBatch) {
        const std::size_t e = std::min(n, b + kBatch);
        auto x = makeBatch(data, draw.order, b, e, opt.prep, aug).to(opt.device);
        xs.push_back(downsampleBlocks(net.forwardRange(x, kInputTap, tap), factor));
    }
    return {torch::cat(xs, 0), makeLabels(data, draw.order, 0, n).to(opt.device)};
}

bool replayEpoch(VggImpl& net, SharedAdam& adam, int tap, const torch::Tensor& x,
                 const torch::Tensor& y, int factor, bool clipAtZero, int batchSize, Rng& rng,
                 CancelToken* cancel, const std::function<void(int64_t, int64_t)>& onBatch) {
    const int64_t n = x.size(0);
    std::vector<int64_t> order(static_cast<std::size_t>(n));
    for (int64_t i = 0; i < n; ++i) order[static_cast<std::size_t>(i)] = i;
    rng.shuffle(order);
    auto orderT = torch::from_blob(order.data(), {n}, torch::kInt64).clone().to(x.device());
    const int64_t batches = (n + batchSize - 1) / batchSize;
    int64_t done = 0;
    for (int64_t b = 0; b < n; b += batchSize) {
        if (cancel && cancel->checkpoint()) return false;
        auto idx = orderT.slice(0, b, std::min(n, b + batchSize));
        auto xb = upsampleNearest(x.index_select(0, idx), factor);
        if (clipAtZero) xb = xb.clamp_min(0.0);
        replayStep(net, adam, tap, xb, y.index_select(0, idx));
        ++done;
        if (onBatch) onBatch(done, batches);
    }
    return true;
}

void replayStep(VggImpl& net, SharedAdam& adam, int tap, const torch::Tensor& x,
                const torch::Tensor& y) {
    const auto params = net.parametersAbove(tap);
    net.train();
    auto loss = F::cross_entropy(net.forwardRange(x, tap, kLogitsTap), y);
    clearGradients(params);
    loss.backward();
    adam.step(params);
    clearGradients(params);
}

}  // namespace replaylab
