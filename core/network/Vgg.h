#pragma once
// The VGG family with five pool taps. Internal to core (LibTorch types).
// Tap numbering: 0 = input, 1..5 = pool1..pool5, 6 = logits.
// Parameter names follow torchvision's VGG ("features.<i>.weight", "classifier.<j>.bias"),
// so that torchvision's VGG-16 weights map onto the exact VGG-16 one to one.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <torch/torch.h>

#include "config/ExperimentConfig.h"

namespace replaylab {

constexpr int kInputTap = 0;
constexpr int kLogitsTap = 6;
constexpr int kPoolTaps = 5;

struct VggOptions {
    std::vector<int> convsPerBlock = {1, 1, 1, 1, 1};
    std::vector<int> widths = {16, 32, 64, 128, 128};
    int inChannels = 1;
    int inputSize = 32;
    int headUnits = 256;
    int numClasses = 10;
    double dropout = 0.5;

    static VggOptions vgg16(int numClasses);
    static VggOptions fromConfig(const ModelConfig& cfg, int numClasses);
    bool sameArchitecture(const VggOptions& o) const;  ///< all but numClasses
    std::string describe() const;  ///< "convs 1,1,1,1,1 widths 16,...; head 256; input 1x32x32"
};

/// Dropout whose mask comes from a given generator, so that runs are reproducible without
/// touching LibTorch's global generator.
class SeededDropoutImpl : public torch::nn::Module {
public:
    explicit SeededDropoutImpl(double p = 0.5) : p_(p) {}
    torch::Tensor forward(const torch::Tensor& x);
    void setGenerator(at::Generator g) { gen_ = std::move(g); }

private:
    double p_;
    at::Generator gen_;
};
TORCH_MODULE(SeededDropout);

/// relu then a 2x2 max-pool of stride 2 (floor mode) on a 4-d float CPU tensor, in one pass:
/// the values and gradients of torch::max_pool2d(torch::relu(x), 2, 2), bit for bit
/// (ties go to the first element of a window in row-major order, NaN wins). The network
/// takes this path for every relu followed by a pool on the CPU.
torch::Tensor reluMaxPool2x2(const torch::Tensor& x);

class VggImpl : public torch::nn::Module {
public:
    explicit VggImpl(const VggOptions& opt);

    torch::Tensor forward(const torch::Tensor& x) { return forwardRange(x, kInputTap, kLogitsTap); }
    /// Runs the part of the network that maps activations at tap `from` to tap `to`.
    torch::Tensor forwardRange(torch::Tensor x, int from, int to);

    /// Shape (C, H, W) of the activations at a tap (1..5); logits tap gives (classes, 1, 1).
    std::array<int64_t, 3> tapShape(int tap) const;

    /// Parameters of the layers strictly above a tap (those a night at that replay point
    /// trains) and at or below it (those it must leave untouched).
    std::vector<torch::Tensor> parametersAbove(int tap) const;
    std::vector<torch::Tensor> parametersAtOrBelow(int tap) const;

    /// Glorot-uniform weights and zero biases for every head layer (Keras' defaults),
    /// with a new output size.
    void resetHead(int numClasses, at::Generator gen);
    /// He-uniform convolution weights, zero biases (for training from scratch).
    void resetFeatures(at::Generator gen);
    void setDropoutGenerator(at::Generator gen);

    const VggOptions& options() const { return opt_; }

    /// Saves every parameter plus the architecture. Throws InputError on failure.
    void save(const std::filesystem::path& file, const std::string& metaJson = "{}");

private:
    void buildHead();
    VggOptions opt_;
    torch::nn::Sequential features_{nullptr};
    torch::nn::Sequential classifier_{nullptr};
    std::array<int, kPoolTaps + 1> tapEnd_{};  ///< features_ index one past each tap's pool
    std::vector<SeededDropout> dropouts_;
};
TORCH_MODULE(Vgg);

/// Eval mode (dropout off) for the life of the scope; the mode the network had comes back in
/// the destructor, also when something in between throws.
class EvalScope {
public:
    explicit EvalScope(torch::nn::Module& net) : net_(net), wasTraining_(net.is_training()) { net_.eval(); }
    ~EvalScope() { net_.train(wasTraining_); }
    EvalScope(const EvalScope&) = delete;
    EvalScope& operator=(const EvalScope&) = delete;

private:
    torch::nn::Module& net_;
    bool wasTraining_;
};

/// What a weight file holds.
struct LoadedWeights {
    VggOptions options;
    std::string metaJson;
};

/// Reads the architecture stored in a file written by VggImpl::save.
/// Throws InputError naming the file if it is missing, truncated or not a Replay Lab model.
LoadedWeights readModelInfo(const std::filesystem::path& file);

/// Loads parameters into net. With featuresOnly, the classifier is left as it is (a fresh
/// head for new classes). Every name and shape must match; otherwise InputError naming the
/// file, the parameter and both shapes.
void loadWeights(VggImpl& net, const std::filesystem::path& file, bool featuresOnly);

}  // namespace replaylab
