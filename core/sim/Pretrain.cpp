#include "sim/Pretrain.h"

#include <chrono>
#include <cmath>
#include <set>

#include <ATen/CPUGeneratorImpl.h>
#include <nlohmann/json.hpp>

#include "data/Dataset.h"
#include "util/Files.h"
#include "sim/Experiment.h"
#include "sim/Simulation.h"
#include "sim/Training.h"
#include "util/Error.h"
#include "util/Paths.h"

namespace replaylab {
namespace {

using Clock = std::chrono::steady_clock;
constexpr double kPi = 3.14159265358979323846;

std::vector<std::string> baseCategories(const ImageSource& source, const std::string& classSetsFile) {
    const auto file = resolveResourceFile(classSetsFile, "class_sets/quickdraw.json");
    const auto list = loadClassSetList(file);
    std::set<std::string> heldOut;
    for (const auto& s : list.sets) heldOut.insert(s.begin(), s.end());
    std::vector<std::string> base;
    for (const auto& c : source.categories())
        if (!heldOut.count(c)) base.push_back(c);
    return base;
}

// PyTorch's OneCycleLR shape: cosine warm-up from peak/25 over 30% of the steps, then
// cosine down to peak/25/1e4.
double oneCycle(int64_t step, int64_t total, double peak) {
    const double start = peak / 25.0, end = start / 1e4;
    const double warm = 0.3 * static_cast<double>(total);
    auto cosine = [](double a, double b, double frac) {
        return b + (a - b) * 0.5 * (1.0 + std::cos(kPi * frac));
    };
    const double s = static_cast<double>(step);
    if (s < warm) return cosine(start, peak, s / warm);
    return cosine(peak, end, std::min(1.0, (s - warm) / (static_cast<double>(total) - warm)));
}

LabelledImages subsetOf(const LabelledImages& test, int perClass, int numClasses) {
    LabelledImages out;
    std::vector<int> taken(static_cast<std::size_t>(numClasses), 0);
    for (std::size_t i = 0; i < test.size(); ++i) {
        const auto k = static_cast<std::size_t>(test.labels[i]);
        if (taken[k] >= perClass) continue;
        ++taken[k];
        out.images.push_back(test.images[i]);
        out.labels.push_back(test.labels[i]);
    }
    return out;
}

}  // namespace

PretrainResult pretrain(const PretrainOptions& opt,
                        const std::function<void(const PretrainEpoch&)>& onEpoch,
                        CancelToken* cancel) {
    const auto t0 = Clock::now();
    setComputeThreads(opt.threads);
    auto source = makeQuickDrawSource(findQuickDrawDir(opt.dataDir));
    const auto base = baseCategories(*source, opt.classSetsFile);
    const auto prep = preprocessOptions(opt.model);
    const SplitSizes sizes{opt.trainPerClass, opt.valPerClass, opt.testPerClass};
    const auto data = loadSplit(*source, base, sizes, opt.splitSeed, prep, /*skipBad=*/true);
    const int numClasses = static_cast<int>(base.size());

    Vgg net(VggOptions::fromConfig(opt.model, numClasses));
    net->resetFeatures(at::detail::createCPUGenerator(Rng::derive(opt.seed, "init")));
    net->resetHead(numClasses, at::detail::createCPUGenerator(Rng::derive(opt.seed, "head")));
    net->setDropoutGenerator(at::detail::createCPUGenerator(Rng::derive(opt.seed, "dropout")));
    AdamOptions ao;
    ao.lr = opt.learningRate;
    ao.eps = 1e-8;
    SharedAdam adam(ao);
    Rng rng(Rng::derive(opt.seed, "data"));

    // Lighter augmentation than the days': rotation 15 degrees, shift 3 px, zoom 10%.
    EpochOptions eo;
    eo.batchSize = opt.batchSize;
    eo.prep = prep;
    eo.augmentOptions.rotationDeg = 15.0;
    eo.augmentOptions.shift = 3.0 / prep.inputSize;
    eo.augmentOptions.zoomMin = 0.9;
    eo.augmentOptions.zoomMax = 1.1;
    eo.augmentOptions.horizontalFlip = true;
    const int64_t perEpoch = static_cast<int64_t>((data.train.size() + opt.batchSize - 1) / opt.batchSize);
    const int64_t total = perEpoch * opt.epochs;
    eo.learningRate = [&](int64_t step) { return oneCycle(step, total, opt.learningRate); };

    const auto val = toTensors(data.val, prep, torch::kCPU);
    for (int epoch = 1; epoch <= opt.epochs; ++epoch) {
        const auto te = Clock::now();
        if (!trainEpoch(*net, adam, data.train, eo, drawDay(data.train.size(), eo, rng), cancel, nullptr))
            throw Cancelled();
        const auto v = evaluateFrom(*net, kInputTap, val.x, val.y, numClasses);
        if (onEpoch) {
            PretrainEpoch pe;
            pe.epoch = epoch;
            pe.epochs = opt.epochs;
            pe.valLoss = v.loss;
            pe.valAccuracy = v.accuracy;
            pe.seconds = std::chrono::duration<double>(Clock::now() - te).count();
            onEpoch(pe);
        }
    }

    PretrainResult r;
    r.baseClasses = numClasses;
    const auto test = toTensors(data.test, prep, torch::kCPU);
    r.testAccuracy = evaluateFrom(*net, kInputTap, test.x, test.y, numClasses).accuracy;
    const auto subset = subsetOf(data.test, opt.subsetPerClass, numClasses);
    const auto st = toTensors(subset, prep, torch::kCPU);
    r.subsetAccuracy = evaluateFrom(*net, kInputTap, st.x, st.y, numClasses).accuracy;
    r.subsetImages = static_cast<int>(subset.size());
    r.seconds = std::chrono::duration<double>(Clock::now() - t0).count();

    nlohmann::json meta = {
        {"command", opt.command},
        {"seed", opt.seed},
        {"epochs", opt.epochs},
        {"batch_size", opt.batchSize},
        {"peak_learning_rate", opt.learningRate},
        {"schedule", "one-cycle (cosine), Adam"},
        {"threads", torch::get_num_threads()},
        {"seconds", r.seconds},
        {"split", {{"train", opt.trainPerClass}, {"val", opt.valPerClass}, {"test", opt.testPerClass},
                   {"seed", opt.splitSeed}}},
        {"base_classes", base},
        // How the 28x28 drawings met the input (the network's shape is in the file itself).
        {"fit", opt.model.fit == FitToInput::Resize ? "resize" : "pad"},
        {"base_test_accuracy", r.testAccuracy},
        {"check_subset_per_class", opt.subsetPerClass},
        {"check_subset_images", r.subsetImages},
        {"check_subset_accuracy", r.subsetAccuracy},
        {"libtorch", libraryVersions().libtorch},
    };
    net->save(opt.out, meta.dump());
    auto sidecar = std::filesystem::path(opt.out).replace_extension(".json");
    writeFileAtomic(sidecar, meta.dump(2) + "\n");
    return r;
}

BaseCheck checkPretrained(const std::string& modelFile, const std::string& dataDirOverride,
                          int threads) {
    setComputeThreads(threads);
    const auto info = readModelInfo(modelFile);
    nlohmann::json meta;
    try {
        meta = nlohmann::json::parse(info.metaJson);
        auto source = makeQuickDrawSource(findQuickDrawDir(dataDirOverride));
        const auto base = meta.at("base_classes").get<std::vector<std::string>>();
        const auto& sp = meta.at("split");
        const SplitSizes sizes{sp.at("train").get<int>(), sp.at("val").get<int>(),
                               sp.at("test").get<int>()};
        ModelConfig mc;
        mc.inputSize = info.options.inputSize;
        mc.inChannels = info.options.inChannels;
        const std::string fit = meta.value("fit", "pad");  // records before it was kept: pad
        if (fit != "pad" && fit != "resize") throw InputError(modelFile + ": unknown fit '" + fit + "' in its record");
        mc.fit = fit == "resize" ? FitToInput::Resize : FitToInput::Pad;
        const auto prep = preprocessOptions(mc);
        const auto data = loadSplit(*source, base, sizes, sp.at("seed").get<std::uint64_t>(), prep, true);
        Vgg net(info.options);
        loadWeights(*net, modelFile, /*featuresOnly=*/false);
        const int numClasses = static_cast<int>(base.size());
        const auto subset = subsetOf(data.test, meta.at("check_subset_per_class").get<int>(), numClasses);
        const auto st = toTensors(subset, prep, torch::kCPU);
        BaseCheck c;
        c.accuracy = evaluateFrom(*net, kInputTap, st.x, st.y, numClasses).accuracy;
        c.recorded = meta.at("check_subset_accuracy").get<double>();
        c.images = static_cast<int>(subset.size());
        return c;
    } catch (const nlohmann::json::exception& e) {
        throw InputError(modelFile + ": damaged pretraining record: " + e.what());
    }
}

}  // namespace replaylab
