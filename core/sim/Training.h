#pragma once
// Training primitives shared by day training, nights and pretraining. Internal (LibTorch).
#include <functional>
#include <unordered_map>
#include <vector>

#include <torch/torch.h>

#include "data/Dataset.h"
#include "network/Vgg.h"
#include "util/Random.h"

namespace replaylab {

class CancelToken;

struct AdamOptions {
    double lr = 3e-4;
    double beta1 = 0.9, beta2 = 0.999;
    double eps = 1e-7;
    /// Keras' form (the authors' scripts): lr_t = lr sqrt(1-b2^t)/(1-b1^t),
    /// w -= lr_t m / (sqrt(v) + eps). Standard form: eps added to the bias-corrected sqrt(v).
    bool kerasForm = false;
};

/// Adam whose state (moments and one global step count, as Keras keeps it) is shared by
/// every phase. step() updates exactly the parameters it is given: a parameter not passed is
/// not touched at all (no zero-gradient drift of moments, no decay).
class SharedAdam {
public:
    explicit SharedAdam(AdamOptions opt) : opt_(opt) {}
    void step(const std::vector<torch::Tensor>& params);
    void setLearningRate(double lr) { opt_.lr = lr; }
    /// A copy with its own moments (a plain copy would share the moment tensors).
    SharedAdam deepCopy() const;
    const AdamOptions& options() const { return opt_; }
    int64_t steps() const { return t_; }

private:
    struct Moments {
        torch::Tensor m, v;
        torch::Tensor param;  ///< held so that its address stays unique while in the map
    };
    AdamOptions opt_;
    int64_t t_ = 0;
    std::unordered_map<const void*, Moments> state_;
};

/// Clears gradients by dropping them (not filling zeros).
void clearGradients(const std::vector<torch::Tensor>& params);

/// Stacks images[idx[begin..end)] into a (n, C, H, W) float tensor through the one
/// preprocessing path; params, when given, holds one augmentation per position of idx.
torch::Tensor makeBatch(const LabelledImages& data, const std::vector<int>& idx,
                        std::size_t begin, std::size_t end, const PreprocessOptions& prep,
                        const std::vector<AugmentParams>* params);
torch::Tensor makeLabels(const LabelledImages& data, const std::vector<int>& idx,
                         std::size_t begin, std::size_t end);

/// A whole split as tensors (no augmentation), cached for repeated evaluation.
struct TensorSet {
    torch::Tensor x, y;
    int64_t size() const { return y.defined() ? y.size(0) : 0; }
};
TensorSet toTensors(const LabelledImages& data, const PreprocessOptions& prep,
                    torch::Device device);

/// Accuracy and loss, overall and per class.
struct EvalNumbers {
    double accuracy = 0, loss = 0;
    std::vector<double> classAccuracy, classLoss;
    std::vector<int64_t> classCorrect, classCount;
};
/// Evaluates the network from a tap (kInputTap for images) on x, eval mode, no gradients.
EvalNumbers evaluateFrom(VggImpl& net, int tap, const torch::Tensor& x, const torch::Tensor& y,
                         int numClasses, int64_t batch = 256);

/// One epoch of real images for the whole network: shuffle, fresh augmentation, batches.
/// onBatch(done, total) is called after each batch; a true return from cancel's
/// checkpoint stops the epoch early (returns false).
struct EpochOptions {
    int batchSize = 36;
    bool augment = true;
    AugmentOptions augmentOptions;
    PreprocessOptions prep;
    torch::Device device = torch::kCPU;
    std::function<double(int64_t step)> learningRate;  ///< optional schedule per global batch
};
/// The random part of one day: the order of the images and each one's augmentation. Kept so
/// that the night can look at exactly the images the day saw.
struct DayDraw {
    std::vector<int> order;
    std::vector<AugmentParams> augment;  ///< empty when augmentation is off
};
DayDraw drawDay(std::size_t n, const EpochOptions& opt, Rng& rng);

bool trainEpoch(VggImpl& net, SharedAdam& adam, const LabelledImages& data,
                const EpochOptions& opt, const DayDraw& draw, CancelToken* cancel,
                const std::function<void(int64_t, int64_t)>& onBatch);

/// Activations at a tap of the images of a day (in draw order, as augmented that day),
/// block-mean down-sampled by factor; eval mode, no gradients. Returns (x, y).
std::pair<torch::Tensor, torch::Tensor> collectActivations(VggImpl& net, const LabelledImages& data,
                                                           const EpochOptions& opt,
                                                           const DayDraw& draw, int tap,
                                                           int factor);

/// One epoch of the network above a tap on activations x (N, C, h, w) with labels y:
/// shuffled by rng, up-sampled by factor per batch, optionally clipped at 0, dropout on.
/// Only parameters above the tap are stepped; nothing at or below it moves.
/// One optimiser step of the network above a tap on one batch of activations (train mode).
void replayStep(VggImpl& net, SharedAdam& adam, int tap, const torch::Tensor& x,
                const torch::Tensor& y);

bool replayEpoch(VggImpl& net, SharedAdam& adam, int tap, const torch::Tensor& x,
                 const torch::Tensor& y, int factor, bool clipAtZero, int batchSize, Rng& rng,
                 CancelToken* cancel, const std::function<void(int64_t, int64_t)>& onBatch);

}  // namespace replaylab
