// Weight files (network/Vgg, network/VggImport): any file given as model.backbone or to
// import-vgg16 loads, or is refused with an InputError naming it; nothing else may escape.
// The first byte picks what the rest is:
//   even: the file's bytes themselves (the zip container, its records, the pickles);
//   odd:  a recipe for a well-formed archive (tensors of any name, shape and type, strings,
//         an architecture record with any fields), written here with LibTorch's own writer,
//         so that mutations reach the checks behind the container (names, shapes, types).
// Each file goes through readModelInfo, loadWeights into a small network (features only and
// whole) and importTorchvisionVgg16 into a VGG-16 (with and without the classifier).
//
// With REPLAYLAB_FUZZ_WEIGHTS=recipes (the CTest), every new input is a recipe; the corpus
// still runs as it is, files included. A mutated file reaches LibTorch's unpickler, which
// takes a length in the pickle at its word: a 3 KB file can make it allocate and clear
// 1.3 GB before it finds the pickle cut short (the load then fails and Replay Lab says the
// file is truncated), seconds each under ASan: for longer runs by hand, not for CI.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <fuzzer/FuzzedDataProvider.h>
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include "FuzzFile.h"
#include "network/Vgg.h"
#include "network/VggImport.h"
#include "util/Error.h"

namespace {

using replaylab::Vgg;
using replaylab::VggOptions;

/// The small network the files are loaded into: 1 -> 2 channels, head of 4, 2 classes.
VggOptions smallOptions() {
    VggOptions o;
    o.convsPerBlock = {1, 1, 1, 1, 1};
    o.widths = {2, 2, 2, 2, 2};
    o.inChannels = 1;
    o.inputSize = 32;
    o.headUnits = 4;
    o.numClasses = 2;
    return o;
}

std::string pick(FuzzedDataProvider& p, const std::vector<std::string>& choices) {
    const auto i = p.ConsumeIntegralInRange<std::size_t>(0, choices.size());
    return i < choices.size() ? choices[i] : p.ConsumeRandomLengthString(24);
}

std::string tensorName(FuzzedDataProvider& p) {
    const std::string prefix = pick(p, {"features.", "classifier.", "conv1.", "layer1.0.", "fc."});
    const std::string index = p.ConsumeBool() ? std::to_string(p.ConsumeIntegralInRange<int>(0, 40))
                                              : p.ConsumeRandomLengthString(12);
    return prefix + index + "." + pick(p, {"weight", "bias", "running_mean", "running_var"});
}

torch::Tensor tensor(FuzzedDataProvider& p) {
    static const std::vector<torch::ScalarType> types = {torch::kFloat, torch::kDouble, torch::kHalf,
                                                         torch::kBFloat16, torch::kInt, torch::kLong,
                                                         torch::kUInt8, torch::kBool, torch::kComplexFloat};
    std::vector<int64_t> shape(p.ConsumeIntegralInRange<std::size_t>(0, 4));
    for (auto& s : shape) s = p.ConsumeIntegralInRange<int64_t>(0, 4);
    const auto type = types[p.ConsumeIntegralInRange<std::size_t>(0, types.size() - 1)];
    return torch::full(shape, p.ConsumeIntegralInRange<int>(-2, 2), torch::TensorOptions().dtype(type));
}

nlohmann::json anyValue(FuzzedDataProvider& p) {
    switch (p.ConsumeIntegralInRange<int>(0, 4)) {
        case 0: return p.ConsumeIntegral<int64_t>();
        case 1: return p.ConsumeFloatingPoint<double>();
        case 2: return p.ConsumeRandomLengthString(8);
        case 3: {
            nlohmann::json a = nlohmann::json::array();
            for (int n = p.ConsumeIntegralInRange<int>(0, 6); n > 0; --n)
                a.push_back(p.ConsumeIntegralInRange<int64_t>(-3, 1LL << 40));
            return a;
        }
        default: return nullptr;
    }
}

std::string archRecord(FuzzedDataProvider& p) {
    nlohmann::json j = {{"format", pick(p, {"replaylab-vgg"})}, {"version", 1}};
    for (const char* key : {"convs_per_block", "widths", "in_channels", "input_size", "head_units", "num_classes",
                            "dropout"})
        if (p.ConsumeBool()) j[key] = anyValue(p);
    return p.ConsumeBool() ? j.dump() : p.ConsumeRandomLengthString(64);
}

/// Writes the archive the recipe describes; false when LibTorch's writer refuses it.
bool writeArchive(FuzzedDataProvider& p, const std::filesystem::path& file) {
    torch::serialize::OutputArchive ar;
    try {
        for (int n = p.ConsumeIntegralInRange<int>(0, 40); n > 0 && p.remaining_bytes() > 0; --n) {
            switch (p.ConsumeIntegralInRange<int>(0, 3)) {
                case 0:
                case 1: {
                    const std::string name = tensorName(p);
                    ar.write(name, tensor(p), /*is_buffer=*/p.ConsumeBool());
                    break;
                }
                case 2: ar.write("replaylab.architecture", c10::IValue(archRecord(p))); break;
                default: {
                    const std::string key = pick(p, {"replaylab.meta", "replaylab.torchvision_export"});
                    ar.write(key, c10::IValue(p.ConsumeRandomLengthString(64)));
                }
            }
        }
        ar.save_to(file.string());
    } catch (const std::exception&) {
        return false;
    }
    return true;
}

}  // namespace

extern "C" size_t LLVMFuzzerMutate(uint8_t* data, size_t size, size_t maxSize);

extern "C" size_t LLVMFuzzerCustomMutator(uint8_t* data, size_t size, size_t maxSize, unsigned int) {
    static const bool recipesOnly = [] {
        const char* v = std::getenv("REPLAYLAB_FUZZ_WEIGHTS");
        return v && std::string(v) == "recipes";
    }();
    size = LLVMFuzzerMutate(data, size, maxSize);
    if (recipesOnly && size > 0) data[0] |= 1;
    return size;
}

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size == 0) return 0;
    const auto file = fuzzFile(data + 1, size - 1, "weights.pt");
    if (data[0] & 1) {
        FuzzedDataProvider p(data + 1, size - 1);
        if (!writeArchive(p, file)) return 0;
    }
    static Vgg small(smallOptions());
    static Vgg vgg16(VggOptions::vgg16(10));
    try {
        (void)replaylab::readModelInfo(file);
    } catch (const replaylab::InputError&) {
    }
    for (bool flag : {true, false}) {
        try {
            replaylab::loadWeights(*small, file, /*featuresOnly=*/flag);
        } catch (const replaylab::InputError&) {
        }
        try {
            (void)replaylab::importTorchvisionVgg16(*vgg16, file, /*includeClassifier=*/flag);
        } catch (const replaylab::InputError&) {
        }
    }
    return 0;
}
