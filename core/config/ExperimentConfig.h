#pragma once
// Every setting of an experiment, typed, with its default. Each one's JSON key, range, doc and
// label for the app are declared once, in config/Settings.cpp.
// Names follow the paper: a "class set" is what the paper calls a "model" (10 new categories
// learned by one network), a "condition" is a replay mode, the "replay point" is the pool
// layer where replay enters the network.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace replaylab {

enum class ReplayMode {
    None,        ///< days only (the paper's baseline)
    Generative,  ///< imagined activations from per-class Gaussians at the replay point
    Veridical,   ///< the stored real activations of that day's images at the replay point
    Continuous,  ///< real images on day 1 only; every later day and night is generative replay
    ExtraDay,    ///< control: a second epoch of real images in place of the night
    RlChosen,    ///< generative replay, class per step chosen by the hippocampal RL learner
    SingleClass, ///< control for RlChosen: as many single-class steps, each class drawn uniformly
};

struct Condition {
    ReplayMode mode = ReplayMode::None;
    int layer = 4;  ///< replay point: 1..5 = pool1..pool5 (ignored by None and ExtraDay)
    /// Stable name used in files and tables, e.g. "none", "generative-pool4".
    std::string name() const;
    bool operator==(const Condition& o) const {
        return mode == o.mode && (layer == o.layer || !usesLayer());
    }
    bool usesLayer() const { return mode != ReplayMode::None && mode != ReplayMode::ExtraDay; }
};

std::string toString(ReplayMode m);
ReplayMode replayModeFromString(const std::string& s);  ///< throws InputError
/// Parses "none", "extra-day", "generative-pool4", "generative@4", "veridical-pool5", ...
Condition conditionFromString(const std::string& s);    ///< throws InputError

// The settings that are one of a few named choices. Their JSON spellings are in the settings
// table (config/Settings.cpp), listed in the order of the enumerators.
enum class DataSource { QuickDraw, Folder };          ///< "quickdraw", "folder"
enum class OnBadImage { Skip, Stop };                 ///< "skip", "stop"
enum class ModelArch { Mini, Vgg16 };                 ///< "mini", "vgg16"
enum class Normalisation {
    Unit,         ///< "unit": x / 255
    TorchVision,  ///< "torchvision": x / 255, then (x - mean) / std with ImageNet's RGB mean and std
    Caffe,        ///< "caffe": RGB -> BGR, subtract [103.939, 116.779, 123.68] (Keras VGG-16)
};
enum class FitToInput { Pad, Resize };                ///< "pad", "resize"
enum class Optimizer { Adam, KerasEps1 };             ///< "adam", "keras-eps1"
enum class Covariance { Full, Diagonal };             ///< "full", "diagonal"
enum class RlInit { Glorot, Zero };                   ///< "glorot", "zero"
enum class KeepNights { FirstAndLast, Every };        ///< "first-last", "every"

/// train.device, parsed: "cpu", "auto", "cuda" or "cuda:N" (N up to 3 digits).
struct DeviceSpec {
    enum class Kind { Cpu, Auto, Cuda } kind = Kind::Cpu;
    int index = -1;  ///< N of "cuda:N"; -1 for plain "cuda"
};
/// The one parser of device strings; nullopt when s is none of the forms above.
std::optional<DeviceSpec> parseDevice(const std::string& s);

struct DataConfig {
    DataSource source = DataSource::QuickDraw;  ///< embedded drawings or a photo folder
    std::string dataDir;                 ///< empty: $REPLAYLAB_DATA, else the default data dir
    std::string classSetsFile;           ///< empty: resources/class_sets/quickdraw.json
    std::vector<int> classSets;          ///< 1-based indices into the file; empty: all
    std::vector<std::vector<std::string>> customClassSets;  ///< explicit sets, override the file
    int trainPerClass = 70;              ///< training images per class per day
    int valPerClass = 10;                ///< validation images per class
    int testPerClass = 20;               ///< test images per class
    std::uint64_t splitSeed = 1;         ///< seed of the per-class train/val/test split
    OnBadImage onBadImage = OnBadImage::Skip;   ///< warn and count in the manifest, or stop
};

struct ModelConfig {
    ModelArch arch = ModelArch::Mini;    ///< CPU-sized VGG or the exact VGG-16
    std::string backbone;                ///< pretrained weights; empty: shipped mini backbone
    int inputSize = 32;                  ///< square input side in pixels
    int inChannels = 1;                  ///< 1 (greyscale drawings) or 3 (photos)
    std::vector<int> convsPerBlock = {1, 1, 1, 1, 1};
    std::vector<int> widths = {16, 32, 64, 128, 128};
    int headUnits = 256;                 ///< units of each of the two fully connected layers
    double dropout = 0.5;                ///< dropout after each hidden FC layer
    Normalisation preprocessing = Normalisation::Unit;
    FitToInput fit = FitToInput::Pad;    ///< centre on zeros, or resize to inputSize
};

struct AugmentConfig {
    bool enabled = true;
    double rotationDeg = 20.0;           ///< rotation drawn from U(-r, r) degrees
    double shift = 0.2;                  ///< x and y shift each U(-s, s) x size
    double zoomMin = 0.8, zoomMax = 1.2; ///< zx and zy drawn independently
    bool horizontalFlip = true;          ///< p = 0.5
};

struct TrainConfig {
    int days = 10;                       ///< days (epochs of real images)
    double learningRate = 3e-4;
    int batchSize = 36;
    Optimizer optimizer = Optimizer::Adam;  ///< standard Adam, or the scripts' Keras form (eps 1)
    double adamEpsilon = 1e-7;           ///< standard Adam epsilon (keras-eps1 uses 1.0)
    double beta1 = 0.9, beta2 = 0.999;
    int threads = 1;                     ///< LibTorch intra-op threads of each simulation; 0 = all cores
    int jobs = 0;                        ///< simulations at once; 0 = cores / threads (at least 1). Never changes the numbers
    std::string device = "cpu";          ///< "cpu", "cuda", "cuda:N" or "auto"
    bool mixedPrecision = false;         ///< bfloat16 autocast of forward passes on a GPU
};

struct ReplayConfig {
    std::vector<Condition> conditions = {Condition{}};
    /// Block-mean down-sampling factor per replay point pool1..pool5 (paper: 4,4,2,2,1).
    std::vector<int> downsample = {4, 4, 2, 2, 1};
    int samplesPerClass = 0;             ///< imagined samples per class per night; 0 = as many as training images
    Covariance covariance = Covariance::Full;  ///< exact (low-rank) or diagonal
    bool clipAtZero = false;             ///< clip samples at 0 (real post-ReLU activations are >= 0)
    // Hippocampal RL chooser (ReplayMode::RlChosen)
    double rlTemperature = 0.3;          ///< policy softmax temperature
    int rlStepsPerNight = 0;             ///< 0 = as many as batches in a day
    bool rlResetNightly = false;         ///< reload the first-night side network every night
    RlInit rlInit = RlInit::Glorot;      ///< side network's start: Keras Dense(1)'s Glorot-uniform (the authors') or zero
};

/// Imaginations turned back into pictures and kept in the run folder (imaginations/): at the
/// chosen nights, per class, real and imagined activations at the replay point, their
/// reconstructions (feature inversion, replay/Inversion.h) and the nearest training drawings.
/// Never changes the numbers: the inversion has a generator of its own and a frozen network.
struct ImaginationConfig {
    int keep = 2;                        ///< real and imagined examples kept per class and night (0..10); 0 = none
    KeepNights nights = KeepNights::FirstAndLast;  ///< which nights keep them
    int classSets = 1;                   ///< the run's first class sets whose simulations keep them; 0 = all
    int neighbours = 3;                  ///< nearest training drawings shown beside each imagined picture
    int steps = 100;                     ///< gradient steps of the inversion
    double learningRate = 0.4;           ///< the inversion's first step size, in pixels
    double tvWeight = 0.02;              ///< weight of the smoothness (total variation) prior
    double rangeWeight = 10.0;           ///< weight of the penalty on pixels outside [0, 1]
    std::uint64_t seed = 0;              ///< the inversion's own seed (with the run seed, class set and night)
};

/// One part of a run split over several processes (a cluster's job array): shard `index`
/// (1-based) of `count`. The run's simulations, in their fixed order (class set, then seed,
/// then condition), are cut into `count` contiguous blocks of nearly equal size (sizes differ
/// by at most one); shard k runs block k. count 0: the whole run (not a shard).
/// Not one of the table's settings: config.json holds "shard": "K/N" only for a shard.
struct Shard {
    int index = 0;
    int count = 0;
    bool active() const { return count > 0; }
    std::string str() const;  ///< "2/4"; "" when not a shard
    bool operator==(const Shard& o) const { return index == o.index && count == o.count; }
};
/// Parses "K/N" (e.g. "2/4"). Throws InputError naming `what` (e.g. "--shard") when the text
/// is not two integers joined by '/' or when not 1 <= K <= N.
Shard parseShard(const std::string& text, const std::string& what = "--shard");
/// The simulations [first, last) of a run of `simulations` that shard s runs (0-based, in
/// the run's fixed order); [0, simulations) when s is not a shard.
std::pair<int, int> shardRange(int simulations, const Shard& s);

struct ExperimentConfig {
    std::string name = "custom";         ///< preset name or "custom"
    std::uint64_t seed = 1;              ///< run seed: every random draw derives from it
    int seedsPerClassSet = 1;            ///< repeated runs per class set (seed, seed+1, ...)
    std::string outputDir;               ///< empty: runs/<date>-<name>
    DataConfig data;
    ModelConfig model;
    AugmentConfig augment;
    TrainConfig train;
    ReplayConfig replay;
    ImaginationConfig imagination;
    Shard shard;                         ///< which part of the run this process runs (see Shard)
};

}  // namespace replaylab
