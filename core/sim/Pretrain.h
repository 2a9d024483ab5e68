#pragma once
// Pretraining the "visual system": the mini VGG learns the base categories (every Quick
// Draw category that no class set uses), as VGG-16 learned ImageNet's 1000 before the paper.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "config/ExperimentConfig.h"

namespace replaylab {

class CancelToken;

struct PretrainOptions {
    std::string dataDir;              ///< empty: the default data folder
    std::string classSetsFile;        ///< held-out categories; empty: the shipped file
    std::string out;                  ///< model file to write
    ModelConfig model;                ///< architecture (mini)
    int epochs = 50;
    int trainPerClass = 80, valPerClass = 10, testPerClass = 10;
    std::uint64_t splitSeed = 1;
    int batchSize = 128;
    double learningRate = 1e-3;       ///< peak of the one-cycle schedule
    std::uint64_t seed = 1;
    int threads = 0;
    int subsetPerClass = 5;           ///< test images per class in the recorded check subset
    std::string command;              ///< the command line, recorded beside the weights
};

struct PretrainEpoch {
    int epoch = 0, epochs = 0;
    double valLoss = 0, valAccuracy = 0, seconds = 0;
};

struct PretrainResult {
    int baseClasses = 0;
    double testAccuracy = 0;          ///< all base test images
    double subsetAccuracy = 0;        ///< the fixed check subset
    int subsetImages = 0;
    double seconds = 0;
};

/// Trains from random weights on the base categories and saves the network (with its
/// base-category head) and, in its metadata, the command, seed, time and accuracies.
/// Also writes <out minus extension>.json with the same record for people to read.
PretrainResult pretrain(const PretrainOptions& opt,
                        const std::function<void(const PretrainEpoch&)>& onEpoch,
                        CancelToken* cancel);

/// Re-evaluates a pretrained model on the recorded check subset of its base categories
/// (first subset_per_class test images of each). Returns {accuracy, recorded accuracy, images}.
struct BaseCheck {
    double accuracy = 0, recorded = 0;
    int images = 0;
};
BaseCheck checkPretrained(const std::string& modelFile, const std::string& dataDir, int threads);

}  // namespace replaylab
