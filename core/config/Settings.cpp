#include "config/Settings.h"

#include <cmath>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "config/SettingJson.h"

// Marks the app's labels and tooltips for lupdate (translations/*.ts, context "Settings");
// core has no Qt, so here the mark leaves the text as it is.
#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(context, text) text
#endif

namespace replaylab {

namespace {

using nlohmann::json;

// ---------------------------------------------------------------- building the table

// The getter and setter of one field, by its path in ExperimentConfig: FIELD(train.days).
#define FIELD(path)                                   \
    [](const ExperimentConfig& c) { return c.path; }, \
    [](ExperimentConfig& c, decltype(ExperimentConfig{}.path) v) { c.path = std::move(v); }

template <class T, class Get, class Set>
Setting field(std::string key, SettingType type, Get get, Set set) {
    Setting s;
    s.key = std::move(key);
    s.type = type;
    s.get = [get](const ExperimentConfig& c) { return SettingValue(std::in_place_type<T>, get(c)); };
    s.set = [set](ExperimentConfig& c, const SettingValue& v) { set(c, std::get<T>(v)); };
    return s;
}

template <class G, class S>
Setting integer(std::string k, G g, S s) { return field<int>(std::move(k), SettingType::Int, g, s); }
template <class G, class S>
Setting seed(std::string k, G g, S s) { return field<std::uint64_t>(std::move(k), SettingType::Seed, g, s); }
template <class G, class S>
Setting number(std::string k, G g, S s) { return field<double>(std::move(k), SettingType::Double, g, s); }
template <class G, class S>
Setting boolean(std::string k, G g, S s) { return field<bool>(std::move(k), SettingType::Bool, g, s); }
template <class G, class S>
Setting text(std::string k, G g, S s) { return field<std::string>(std::move(k), SettingType::String, g, s); }
template <class G, class S>
Setting integers(std::string k, G g, S s) {
    return field<std::vector<int>>(std::move(k), SettingType::IntList, g, s);
}
template <class G, class S>
Setting nameLists(std::string k, G g, S s) {
    return field<std::vector<std::vector<std::string>>>(std::move(k), SettingType::NameLists, g, s);
}
template <class G, class S>
Setting conditions(std::string k, G g, S s) {
    return field<std::vector<Condition>>(std::move(k), SettingType::Conditions, g, s);
}

/// An enum setting; names are the JSON spellings in the order of the enumerators.
template <class Get, class Set>
Setting choice(std::string key, std::vector<std::string> names, Get get, Set set) {
    using E = decltype(get(ExperimentConfig{}));
    Setting s;
    s.key = std::move(key);
    s.type = SettingType::Choice;
    s.choices = std::move(names);
    s.get = [get](const ExperimentConfig& c) {
        return SettingValue(std::in_place_type<int>, static_cast<int>(get(c)));
    };
    s.set = [set](ExperimentConfig& c, const SettingValue& v) { set(c, static_cast<E>(std::get<int>(v))); };
    return s;
}

template <class T>
std::string shownList(const std::vector<T>& v) {
    return json(v).dump();
}
std::string shownValue(double v) { return json(v).dump(); }
std::string shownValue(const std::string& v) { return json(v).dump(); }

using Problems = std::vector<std::string>;

void need(Problems& out, bool ok, std::string message) {
    if (!ok) out.push_back(std::move(message));
}

std::vector<Setting> buildTable() {
    using C = const ExperimentConfig&;
    using P = Problems&;
    const auto basic = SettingView::Basic;
    const auto own = SettingView::Own;
    std::vector<Setting> t;
    auto add = [&t](Setting& s) { t.push_back(std::move(s)); };

    // ------------------------------------------------------------ top level
    add(text("name", FIELD(name))
            .ui("", QT_TRANSLATE_NOOP("Settings", "Preset name or \"custom\"; names the run folder"), own)
            .check([](C c, P out) {
                need(out, !c.name.empty(), "name must not be empty");
                need(out, c.name.find_first_of("/\\") == std::string::npos,
                     "name must not contain '/' or '\\' (got " + shownValue(c.name) + ")");
            }));
    add(seed("seed", FIELD(seed))
            .ui(QT_TRANSLATE_NOOP("Settings", "S&eed:"),
                QT_TRANSLATE_NOOP("Settings", "The run seed: every random draw (initial head, augmentation, order, imagination) derives "
                "from it, so the same settings and seed give the same numbers."),
                basic)
            .spin(0, 2147483647));
    add(integer("seeds_per_class_set", FIELD(seedsPerClassSet))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Seeds per class &set:"),
                QT_TRANSLATE_NOOP("Settings", "Repeated runs per class set (seed, seed+1, ...). Mean ± SEM are taken over class sets and "
                "seeds."),
                basic)
            .spin(0, 1000));
    add(text("output_dir", FIELD(outputDir))
            .ui(QT_TRANSLATE_NOOP("Settings", "Run folder:"),
                QT_TRANSLATE_NOOP("Settings", "Where config.json, manifest.json, metrics.csv and figures/ go; empty: a new dated folder in "
                "the runs folder")));

    // ------------------------------------------------------------ data
    add(choice("data.source", {"quickdraw", "folder"}, FIELD(data.source))
            .ui(QT_TRANSLATE_NOOP("Settings", "Source:"),
                QT_TRANSLATE_NOOP("Settings", "quickdraw: the embedded Google Quick Draw drawings; folder: your photos, one sub-folder per "
                "category")));
    add(text("data.data_dir", FIELD(data.dataDir))
            .ui(QT_TRANSLATE_NOOP("Settings", "Data folder:"), QT_TRANSLATE_NOOP("Settings", "Where the images are; empty: $REPLAYLAB_DATA or the default data folder")));
    add(text("data.class_sets_file", FIELD(data.classSetsFile))
            .ui(QT_TRANSLATE_NOOP("Settings", "Class-set file:"),
                QT_TRANSLATE_NOOP("Settings", "A JSON list of class sets; empty: the shipped resources/class_sets/quickdraw.json")));
    add(integers("data.class_sets", FIELD(data.classSets))
            .atLeast(1)
            .ui("", QT_TRANSLATE_NOOP("Settings", "The class sets (the paper's \"models\") to run, 1-based in the class-set file; empty: all"),
                own)
            .check([](C c, P out) {
                const auto& v = c.data.classSets;
                need(out, std::set<int>(v.begin(), v.end()).size() == v.size(),
                     "data.class_sets must not repeat a class set (got " + shownList(v) + ")");
            }));
    add(nameLists("data.custom_class_sets", FIELD(data.customClassSets))
            .ui("", QT_TRANSLATE_NOOP("Settings", "Explicit class sets, each a list of class names; they override the class-set file"), own)
            .check([](C c, P out) {
                const auto& sets = c.data.customClassSets;
                for (std::size_t s = 0; s < sets.size(); ++s) {
                    const auto& set = sets[s];
                    const std::string name = "data.custom_class_sets[" + std::to_string(s + 1) + "]";
                    need(out, set.size() >= 2,
                         name + " must name at least 2 classes (got " + shownList(set) + ")");
                    bool blank = false;
                    for (const auto& cl : set) blank = blank || cl.empty();
                    need(out, !blank, name + " must not hold an empty class name");
                    need(out, std::set<std::string>(set.begin(), set.end()).size() == set.size(),
                         name + " must not repeat a class (got " + shownList(set) + ")");
                }
            }));
    add(integer("data.train_per_class", FIELD(data.trainPerClass))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "&Training images per class:"),
                QT_TRANSLATE_NOOP("Settings", "Real training images per new category per day (the paper: 1,170 ImageNet images; the Quick "
                "Draw data shipped here has 100 drawings per category)."),
                basic)
            .spin(0, 100000));
    add(integer("data.val_per_class", FIELD(data.valPerClass))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Validation images per class:"),
                QT_TRANSLATE_NOOP("Settings", "Held-out images per category used to pick the best model by validation loss and, in RL "
                "replay, to score the chi-square reward"))
            .spin(0, 100000));
    add(integer("data.test_per_class", FIELD(data.testPerClass))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Test images per class:"), QT_TRANSLATE_NOOP("Settings", "Held-out images per category for the reported test accuracy"))
            .spin(0, 100000));
    add(seed("data.split_seed", FIELD(data.splitSeed))
            .ui(QT_TRANSLATE_NOOP("Settings", "Split seed:"), QT_TRANSLATE_NOOP("Settings", "Seed of the per-class split into training, validation and test images"))
            .spin(0, 2147483647));
    add(choice("data.on_bad_image", {"skip", "stop"}, FIELD(data.onBadImage))
            .ui(QT_TRANSLATE_NOOP("Settings", "On a bad image:"),
                QT_TRANSLATE_NOOP("Settings", "skip: warn and count it in the manifest; stop: end with an error naming the file")));

    // ------------------------------------------------------------ model
    add(choice("model.arch", {"mini", "vgg16"}, FIELD(model.arch))
            .ui(QT_TRANSLATE_NOOP("Settings", "Architecture:"),
                QT_TRANSLATE_NOOP("Settings", "mini: a width-scaled VGG for CPUs; vgg16: the paper's exact VGG-16 (needs pretrained "
                "weights and much more time)")));
    add(text("model.backbone", FIELD(model.backbone))
            .ui(QT_TRANSLATE_NOOP("Settings", "Pretrained base:"),
                QT_TRANSLATE_NOOP("Settings", "Weights of the base pretrained on other categories; empty: the shipped mini backbone, "
                "none: random initial weights")));
    // Five 2x2 poolings: the side must halve cleanly five times.
    add(integer("model.input_size", FIELD(model.inputSize))
            .atLeast(32)
            .multipleOf(32)
            .ui(QT_TRANSLATE_NOOP("Settings", "Input size:"), QT_TRANSLATE_NOOP("Settings", "Side of the square input in pixels (a multiple of 32)"))
            .spin(0, 1024, 32));
    add(integer("model.in_channels", FIELD(model.inChannels))
            .oneOf({1, 3})
            .ui(QT_TRANSLATE_NOOP("Settings", "Input channels:"), QT_TRANSLATE_NOOP("Settings", "1 for grey drawings, 3 for colour photos"))
            .spin(1, 3));
    // For vgg16 the blocks are fixed (2,2,3,3,3 convs, 64..512 wide); these are then unused.
    add(integers("model.convs_per_block", FIELD(model.convsPerBlock))
            .atLeast(1)
            .entries(5, "one per block")
            .ui(QT_TRANSLATE_NOOP("Settings", "Convolutions per block:"), QT_TRANSLATE_NOOP("Settings", "Five numbers, one per block pool1..pool5 (VGG-16: 2,2,3,3,3)")));
    add(integers("model.widths", FIELD(model.widths))
            .atLeast(1)
            .entries(5, "one per block")
            .ui(QT_TRANSLATE_NOOP("Settings", "Channels per block:"), QT_TRANSLATE_NOOP("Settings", "Five numbers, one per block (VGG-16: 64,128,256,512,512)")));
    add(integer("model.head_units", FIELD(model.headUnits))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Head units:"), QT_TRANSLATE_NOOP("Settings", "Units of each of the two fully connected layers of the head (VGG-16: 4096)"))
            .spin(1, 65536));
    add(number("model.dropout", FIELD(model.dropout))
            .atLeast(0)
            .below(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Dropout:"), QT_TRANSLATE_NOOP("Settings", "Dropout after each hidden layer of the head (the paper: 0.5)"))
            .spin(0, 0.99, 0.05, 2));
    add(choice("model.preprocessing", {"unit", "torchvision", "caffe"}, FIELD(model.preprocessing))
            .ui(QT_TRANSLATE_NOOP("Settings", "Preprocessing:"),
                QT_TRANSLATE_NOOP("Settings", "As the backbone was trained: unit (/255), torchvision (ImageNet mean/std) or caffe (Keras "
                "VGG-16)")));
    add(choice("model.fit", {"pad", "resize"}, FIELD(model.fit))
            .ui(QT_TRANSLATE_NOOP("Settings", "Fit to input:"), QT_TRANSLATE_NOOP("Settings", "pad: centre on zeros; resize: scale to the input size")));

    // ------------------------------------------------------------ augmentation
    add(boolean("augment.enabled", FIELD(augment.enabled))
            .ui(QT_TRANSLATE_NOOP("Settings", "Augment:"), QT_TRANSLATE_NOOP("Settings", "Transform every training image afresh each day, as the paper did")));
    add(number("augment.rotation_deg", FIELD(augment.rotationDeg))
            .atLeast(0)
            .atMost(180)
            .ui(QT_TRANSLATE_NOOP("Settings", "Rotation (°):"), QT_TRANSLATE_NOOP("Settings", "Rotation drawn from U(-r, r) degrees (the paper: 20)"))
            .spin(0, 180, 1, 1));
    add(number("augment.shift", FIELD(augment.shift))
            .atLeast(0)
            .atMost(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Shift:"), QT_TRANSLATE_NOOP("Settings", "x and y shift each drawn from U(-s, s) times the size (the paper: 0.2)"))
            .spin(0, 1, 0.05, 2));
    add(number("augment.zoom_min", FIELD(augment.zoomMin))
            .above(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Zoom from:"),
                QT_TRANSLATE_NOOP("Settings", "Lower end of the zoom range; x and y zoom drawn independently (the paper: 0.8)"))
            .spin(0.01, 10, 0.05, 2));
    add(number("augment.zoom_max", FIELD(augment.zoomMax))
            .ui(QT_TRANSLATE_NOOP("Settings", "Zoom to:"), QT_TRANSLATE_NOOP("Settings", "Upper end of the zoom range (the paper: 1.2)"))
            .spin(0.01, 10, 0.05, 2)
            .check([](C c, P out) {
                const auto& a = c.augment;
                need(out, a.zoomMax >= a.zoomMin && std::isfinite(a.zoomMax),
                     "augment.zoom_max must be at least augment.zoom_min (got " + shownValue(a.zoomMax) +
                         " < " + shownValue(a.zoomMin) + ")");
            }));
    add(boolean("augment.horizontal_flip", FIELD(augment.horizontalFlip))
            .ui(QT_TRANSLATE_NOOP("Settings", "Horizontal flip:"), QT_TRANSLATE_NOOP("Settings", "Flip left-right with probability 0.5")));

    // ------------------------------------------------------------ training
    add(integer("train.days", FIELD(train.days))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "&Days:"),
                QT_TRANSLATE_NOOP("Settings", "Days of learning. Each day is one epoch over freshly augmented training images of the new "
                "categories, followed by a night of replay (the paper: 10 days in experiment 1, 30 in 2 and "
                "3)."),
                basic)
            .spin(0, 1000));
    add(number("train.learning_rate", FIELD(train.learningRate))
            .above(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Learning rate:"), QT_TRANSLATE_NOOP("Settings", "Adam learning rate (the paper: 3e-4)"))
            .text());
    add(integer("train.batch_size", FIELD(train.batchSize))
            .atLeast(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Batch size:"), QT_TRANSLATE_NOOP("Settings", "Images or imagined samples per step (the paper: 36)"))
            .spin(1, 100000));
    add(choice("train.optimizer", {"adam", "keras-eps1"}, FIELD(train.optimizer))
            .ui(QT_TRANSLATE_NOOP("Settings", "Optimiser:"),
                QT_TRANSLATE_NOOP("Settings", "adam: standard Adam; keras-eps1: the authors' scripts' form (Keras Adam with epsilon 1.0). "
                "Day and night share the optimiser state.")));
    add(number("train.adam_epsilon", FIELD(train.adamEpsilon))
            .above(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Adam epsilon:"), QT_TRANSLATE_NOOP("Settings", "Epsilon of standard Adam (keras-eps1 uses 1.0)"))
            .text());
    add(number("train.beta1", FIELD(train.beta1))
            .atLeast(0)
            .below(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Beta 1:"), QT_TRANSLATE_NOOP("Settings", "Adam's first-moment decay"))
            .spin(0, 0.9999, 0.01, 4));
    add(number("train.beta2", FIELD(train.beta2))
            .atLeast(0)
            .below(1)
            .ui(QT_TRANSLATE_NOOP("Settings", "Beta 2:"), QT_TRANSLATE_NOOP("Settings", "Adam's second-moment decay"))
            .spin(0, 0.99999, 0.001, 5));
    add(integer("train.threads", FIELD(train.threads))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Threads:"), QT_TRANSLATE_NOOP("Settings", "LibTorch threads; 0 = all cores"))
            .spin(0, 1024)
            .zero(QT_TRANSLATE_NOOP("Settings", "all cores")));
    add(integer("train.jobs", FIELD(train.jobs))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "At once:"), QT_TRANSLATE_NOOP("Settings", "Simulations run at the same time, each with its own threads; 0 = as many as "
                "the cores allow. Never changes the numbers, only how long the run takes"))
            .spin(0, 1024)
            .zero(QT_TRANSLATE_NOOP("Settings", "as the cores allow")));
    add(text("train.device", FIELD(train.device))
            .suggest({"cpu", "auto", "cuda"})
            .ui(QT_TRANSLATE_NOOP("Settings", "Device:"), QT_TRANSLATE_NOOP("Settings", "cpu, auto (a GPU when there is one), cuda or cuda:N"))
            .check([](C c, P out) {
                need(out, parseDevice(c.train.device).has_value(),
                     "train.device must be cpu, auto, cuda or cuda:N (got " + shownValue(c.train.device) + ")");
            }));
    add(boolean("train.mixed_precision", FIELD(train.mixedPrecision))
            .ui(QT_TRANSLATE_NOOP("Settings", "Mixed precision:"), QT_TRANSLATE_NOOP("Settings", "bfloat16 autocast of the forward passes on a GPU")));

    // ------------------------------------------------------------ replay
    add(conditions("replay.conditions", FIELD(replay.conditions))
            .ui("",
                QT_TRANSLATE_NOOP("Settings", "The replay conditions, each a mode at a replay point (e.g. generative-pool4); every "
                "condition runs on every class set with the same seeds"),
                own)
            .check([](C c, P out) {
                const auto& r = c.replay;
                need(out, !r.conditions.empty(), "replay.conditions must name at least one condition");
                std::set<std::string> seen;
                for (const auto& cd : r.conditions) {
                    if (cd.usesLayer())
                        need(out, cd.layer >= 1 && cd.layer <= 5,
                             "replay.conditions: the replay point of " + toString(cd.mode) +
                                 " must be pool1..pool5 (got layer " + std::to_string(cd.layer) + ")");
                    need(out, seen.insert(cd.name()).second,
                         "replay.conditions must not repeat a condition (got " + cd.name() + " twice)");
                }
            }));
    add(integers("replay.downsample", FIELD(replay.downsample))
            .atLeast(1)
            .entries(5, "one per block")
            .ui(QT_TRANSLATE_NOOP("Settings", "Down-sampling at %1:"),
                QT_TRANSLATE_NOOP("Settings", "Block-mean factor per channel before the Gaussians are fitted (the paper: 4, 4, 2, 2, 1 for "
                "pool1..pool5, \"for RAM\"); samples are up-sampled back by repetition"))
            .spin(1, 64)
            .onePerReplayPoint()
            .check([](C c, P out) {
                const auto& r = c.replay;
                const int side0 = c.model.inputSize;
                if (r.downsample.size() != 5 || side0 < 32 || side0 % 32 != 0) return;
                // Block means must tile the pooled maps exactly.
                for (int layer = 1; layer <= 5; ++layer) {
                    const int side = side0 >> layer;
                    const int f = r.downsample[static_cast<std::size_t>(layer - 1)];
                    if (f >= 1)
                        need(out, side % f == 0,
                             "replay.downsample for pool" + std::to_string(layer) + " must divide the pool" +
                                 std::to_string(layer) + " side " + std::to_string(side) + " (got " +
                                 std::to_string(f) + ")");
                }
            }));
    add(integer("replay.samples_per_class", FIELD(replay.samplesPerClass))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Imagined samples per c&lass:"),
                QT_TRANSLATE_NOOP("Settings", "Samples drawn per class per night from its Gaussian at the replay point (the paper: as many "
                "as training images). 0 = as many as training images."),
                basic)
            .spin(0, 1000000)
            .zero(QT_TRANSLATE_NOOP("Settings", "as many as training images")));
    add(choice("replay.covariance", {"full", "diagonal"}, FIELD(replay.covariance))
            .ui(QT_TRANSLATE_NOOP("Settings", "Covariance:"),
                QT_TRANSLATE_NOOP("Settings", "full: the exact Gaussian per class (sampled without forming the covariance matrix); "
                "diagonal: independent units")));
    add(boolean("replay.clip_at_zero", FIELD(replay.clipAtZero))
            .ui(QT_TRANSLATE_NOOP("Settings", "Clip samples at 0:"),
                QT_TRANSLATE_NOOP("Settings", "Real post-ReLU activations are never negative; the paper's samples were not clipped")));
    add(number("replay.rl_temperature", FIELD(replay.rlTemperature))
            .above(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "RL temperature:"), QT_TRANSLATE_NOOP("Settings", "Softmax temperature of the RL policy over classes (the scripts: 0.3)"))
            .spin(0, 100, 0.05, 3));
    add(integer("replay.rl_steps_per_night", FIELD(replay.rlStepsPerNight))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "RL steps per night:"),
                QT_TRANSLATE_NOOP("Settings", "Replay steps per night chosen by the RL learner; 0 = as many as batches in a day"))
            .spin(0, 1000000)
            .zero(QT_TRANSLATE_NOOP("Settings", "as many as batches in a day")));
    add(boolean("replay.rl_reset_nightly", FIELD(replay.rlResetNightly))
            .ui(QT_TRANSLATE_NOOP("Settings", "Reset preferences nightly:"),
                QT_TRANSLATE_NOOP("Settings", "Reload the first night's side network every night, as the authors' scripts did (the paper "
                "describes preferences that keep updating)")));
    add(choice("replay.rl_init", {"glorot", "zero"}, FIELD(replay.rlInit))
            .ui(QT_TRANSLATE_NOOP("Settings", "RL side network start:"),
                QT_TRANSLATE_NOOP("Settings", "glorot: the side network's weights start uniform in ±sqrt(6 / (classes + 1)) (±0.74 for 10 "
                "classes), drawn from the run seed, with a zero bias, as the authors' Keras Dense(1); zero: "
                "every weight starts at 0, and the policy near uniform")));

    // ------------------------------------------------------------ imaginations kept
    add(integer("imagination.keep", FIELD(imagination.keep))
            .atLeast(0)
            .atMost(10)
            .ui(QT_TRANSLATE_NOOP("Settings", "Imaginations kept per class:"),
                QT_TRANSLATE_NOOP("Settings", "Real and imagined examples per class turned back into drawings and kept in "
                "the run folder (imaginations/) at the chosen nights; 0 = none. Never changes the results"))
            .spin(0, 10)
            .zero(QT_TRANSLATE_NOOP("Settings", "none")));
    add(choice("imagination.nights", {"first-last", "every"}, FIELD(imagination.nights))
            .ui(QT_TRANSLATE_NOOP("Settings", "Nights kept:"),
                QT_TRANSLATE_NOOP("Settings", "first-last: the first and the last night of each simulation; every: every night "
                "(each kept night costs an inversion per class)")));
    add(integer("imagination.class_sets", FIELD(imagination.classSets))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Class sets kept:"),
                QT_TRANSLATE_NOOP("Settings", "Drawings are kept for every condition of the run's first class sets, this many; "
                "0 = all (a run of all ten class sets then keeps ten times the files and time)"))
            .spin(0, 1000)
            .zero(QT_TRANSLATE_NOOP("Settings", "all")));
    add(integer("imagination.neighbours", FIELD(imagination.neighbours))
            .atLeast(1)
            .atMost(16)
            .ui(QT_TRANSLATE_NOOP("Settings", "Nearest drawings:"),
                QT_TRANSLATE_NOOP("Settings", "Training drawings shown beside each imagined picture: those whose activations at the "
                "replay point are nearest to it (cosine similarity), to tell a new instance from a copy"))
            .spin(1, 16));
    add(integer("imagination.steps", FIELD(imagination.steps))
            .atLeast(1)
            .atMost(100000)
            .ui(QT_TRANSLATE_NOOP("Settings", "Inversion steps:"),
                QT_TRANSLATE_NOOP("Settings", "Gradient steps on the picture whose activations are to match the target (feature "
                "inversion, Mahendran & Vedaldi 2015); the time grows with it"))
            .spin(1, 100000));
    add(number("imagination.learning_rate", FIELD(imagination.learningRate))
            .above(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Inversion step size:"),
                QT_TRANSLATE_NOOP("Settings", "The inversion's first step size in pixels (of 0..1), decaying to 0 over the steps"))
            .spin(0, 10, 0.05, 3));
    add(number("imagination.tv_weight", FIELD(imagination.tvWeight))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Smoothness prior:"),
                QT_TRANSLATE_NOOP("Settings", "Weight of the total-variation prior: smooths what the activations leave open"))
            .spin(0, 100, 0.005, 4));
    add(number("imagination.range_weight", FIELD(imagination.rangeWeight))
            .atLeast(0)
            .ui(QT_TRANSLATE_NOOP("Settings", "Range prior:"),
                QT_TRANSLATE_NOOP("Settings", "Weight of the penalty on pixels outside black..white"))
            .spin(0, 10000, 1, 2));
    add(seed("imagination.seed", FIELD(imagination.seed))
            .ui(QT_TRANSLATE_NOOP("Settings", "Inversion seed:"),
                QT_TRANSLATE_NOOP("Settings", "Seed of the inversion's starting pictures (with the run seed, class set and night); "
                "its own stream, so it never changes the results"))
            .spin(0, 2147483647));
    return t;
}

#undef FIELD

/// "1" for 1.0, else the JSON form.
std::string bound(double v) {
    if (std::floor(v) == v && std::abs(v) < 1e15) return std::to_string(static_cast<long long>(v));
    return json(v).dump();
}

/// "at least 0 and below 1", "between 0 and 180", "above 0", ...
std::string rangeText(const Setting& s) {
    const std::string lo = s.min ? (s.minExclusive ? "above " : "at least ") + bound(*s.min) : "";
    const std::string hi = s.max ? (s.maxExclusive ? "below " : "at most ") + bound(*s.max) : "";
    if (s.min && s.max && !s.minExclusive && !s.maxExclusive)
        return "between " + bound(*s.min) + " and " + bound(*s.max);
    if (!lo.empty() && !hi.empty()) return lo + " and " + hi;
    return lo + hi;
}

/// Written as !(outside) so that NaN fails too.
bool inRange(const Setting& s, double v) {
    if (!std::isfinite(v)) return false;
    if (s.min && !(s.minExclusive ? v > *s.min : v >= *s.min)) return false;
    if (s.max && !(s.maxExclusive ? v < *s.max : v <= *s.max)) return false;
    return true;
}

std::string joinedOr(const std::vector<std::string>& v) {
    std::string list;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i > 0) list += (i + 1 == v.size()) ? " or " : ", ";
        list += v[i];
    }
    return list;
}

/// "4,4,2,2,1" and "3" -> [4,4,2,2,1] and [3]; "none, generative" -> ["none","generative"];
/// "3e-4", "true" as JSON; anything else as a JSON string (so that messages quote it).
json jsonFromText(const Setting& s, const std::string& text) {
    if (s.type == SettingType::String || s.type == SettingType::Choice) return json(text);
    try {
        json j = json::parse(text);
        if (s.type != SettingType::IntList || j.is_array()) return j;
    } catch (const json::exception&) {  // also out_of_range: "1e999"
    }
    if (s.type == SettingType::IntList) {
        try {
            return json::parse("[" + text + "]");
        } catch (const json::exception&) {
        }
    }
    if (s.type == SettingType::Conditions) {
        json a = json::array();
        std::size_t start = 0;
        while (start <= text.size()) {
            const auto comma = text.find(',', start);
            const auto end = comma == std::string::npos ? text.size() : comma;
            a.push_back(text.substr(start, end - start));
            if (comma == std::string::npos) break;
            start = comma + 1;
        }
        return a;
    }
    return json(text);
}

std::string setFromJson(ExperimentConfig& cfg, const std::string& key, const json& v) {
    const Setting* s = findSetting(key);
    if (!s) return "unknown setting '" + key + "'";
    ExperimentConfig next = cfg;
    try {
        s->set(next, settingFromJson(*s, v, ""));
    } catch (const std::exception& e) {
        return e.what();
    }
    const auto problems = s->problems(next);
    if (!problems.empty()) return problems.front();
    cfg = std::move(next);
    return "";
}

}  // namespace

std::optional<DeviceSpec> parseDevice(const std::string& d) {
    DeviceSpec spec;
    if (d == "cpu") return spec;
    if (d == "auto") {
        spec.kind = DeviceSpec::Kind::Auto;
        return spec;
    }
    spec.kind = DeviceSpec::Kind::Cuda;
    if (d == "cuda") return spec;
    if (d.rfind("cuda:", 0) != 0 || d.size() == 5 || d.size() > 8) return std::nullopt;
    for (std::size_t i = 5; i < d.size(); ++i)
        if (d[i] < '0' || d[i] > '9') return std::nullopt;
    spec.index = std::stoi(d.substr(5));
    return spec;
}

std::string Setting::group() const {
    const auto dot = key.rfind('.');
    return dot == std::string::npos ? std::string() : key.substr(0, dot);
}

std::string Setting::name() const {
    const auto dot = key.rfind('.');
    return dot == std::string::npos ? key : key.substr(dot + 1);
}

int Setting::choiceIndex(const std::string& s) const {
    for (std::size_t i = 0; i < choices.size(); ++i)
        if (choices[i] == s) return static_cast<int>(i);
    return -1;
}

std::string Setting::choiceList() const { return joinedOr(choices); }

std::vector<std::string> Setting::problems(const ExperimentConfig& cfg) const {
    Problems out;
    const SettingValue v = get(cfg);
    switch (type) {
        case SettingType::Int: {
            const int x = std::get<int>(v);
            const std::string got = " (got " + std::to_string(x) + ")";
            if (!allowed.empty()) {
                std::vector<std::string> names;
                bool ok = false;
                for (int a : allowed) {
                    names.push_back(std::to_string(a));
                    ok = ok || x == a;
                }
                need(out, ok, key + " must be " + joinedOr(names) + got);
            } else if (multiple > 0) {
                need(out, inRange(*this, x) && x % multiple == 0,
                     key + " must be a multiple of " + std::to_string(multiple) +
                         (min || max ? ", " + rangeText(*this) : "") + got);
            } else if (min || max) {
                need(out, inRange(*this, x), key + " must be " + rangeText(*this) + got);
            }
            break;
        }
        case SettingType::Double: {
            const double x = std::get<double>(v);
            if (min || max)
                need(out, inRange(*this, x),
                     key + " must be " + rangeText(*this) + " (got " + shownValue(x) + ")");
            break;
        }
        case SettingType::IntList: {
            const auto& xs = std::get<std::vector<int>>(v);
            if (length > 0) {
                bool ok = xs.size() == length;
                for (int x : xs) ok = ok && inRange(*this, x);
                need(out, ok,
                     key + " must be " + std::to_string(length) + " integers" +
                         (min || max ? " of " + rangeText(*this) : "") +
                         (lengthWhat.empty() ? "" : ", " + lengthWhat) + " (got " + shownList(xs) + ")");
            } else if (min || max) {
                for (int x : xs)
                    need(out, inRange(*this, x),
                         key + " entries must be " + rangeText(*this) + " (got " + std::to_string(x) + ")");
            }
            break;
        }
        default: break;
    }
    if (rule) rule(cfg, out);
    return out;
}

const std::vector<Setting>& settings() {
    static const std::vector<Setting> table = buildTable();
    return table;
}

const Setting* findSetting(const std::string& key) {
    for (const auto& s : settings())
        if (s.key == key) return &s;
    return nullptr;
}

std::vector<std::string> settingKeys() {
    std::vector<std::string> keys;
    for (const auto& s : settings()) keys.push_back(s.key);
    return keys;
}

std::string setSettingFromString(ExperimentConfig& cfg, const std::string& key, const std::string& value) {
    const Setting* s = findSetting(key);
    if (!s) return "unknown setting '" + key + "'";
    return setFromJson(cfg, key, jsonFromText(*s, value));
}

std::string setSettingFromNumber(ExperimentConfig& cfg, const std::string& key, double value) {
    return setFromJson(cfg, key, json(value));
}

std::string settingText(const ExperimentConfig& cfg, const std::string& key) {
    const Setting* s = findSetting(key);
    if (!s) return "";
    const nlohmann::ordered_json j = settingToJson(*s, cfg);
    if (j.is_string()) return j.get<std::string>();
    if (j.is_array() && s->type != SettingType::NameLists) {
        std::string out;
        for (const auto& e : j) out += (out.empty() ? "" : ",") + (e.is_string() ? e.get<std::string>() : e.dump());
        return out;
    }
    return j.dump();
}

}  // namespace replaylab
