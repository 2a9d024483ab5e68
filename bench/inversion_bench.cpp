// Times turning imagined activations back into pictures with the shipped mini backbone and
// Quick Draw set 1: per replay point, per-class Gaussians of the training drawings'
// activations (down-sampled as replay does: 4,4,2,2,1), 8 samples per class x 10 classes
// inverted in one batch. Also prints how well real drawings come back (mean relative
// activation error; how often the picture correlates better with its own drawing than with
// one of another class). Prints one JSON line per replay point.
//   replaylab-bench-inversion [--threads 2] [--steps S] [--lr L] [--tv W] [--beta B]
//                             [--range R] [--seed N] [--per-class 8] [--taps 12345]
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include "data/ClassSets.h"
#include "data/Dataset.h"
#include "network/Vgg.h"
#include "replay/Inversion.h"
#include "replay/Replay.h"
#include "sim/Experiment.h"
#include "sim/Simulation.h"
#include "sim/Training.h"
#include "util/Paths.h"

using namespace replaylab;

namespace {

double pearson(const torch::Tensor& a, const torch::Tensor& b) {
    auto x = a.flatten().to(torch::kFloat64), y = b.flatten().to(torch::kFloat64);
    x = x - x.mean();
    y = y - y.mean();
    return (x * y).sum().item<double>() / std::max(1e-12, (x.norm() * y.norm()).item<double>());
}

double seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    InversionOptions io;
    int threads = 2, perClass = 8;
    std::string taps = "12345";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const char* v = argv[i + 1];
        if (a == "--threads") threads = std::atoi(v);
        else if (a == "--steps") io.steps = std::atoi(v);
        else if (a == "--lr") io.learningRate = std::atof(v);
        else if (a == "--tv") io.tvWeight = std::atof(v);
        else if (a == "--beta") io.tvBeta = std::atof(v);
        else if (a == "--range") io.rangeWeight = std::atof(v);
        else if (a == "--seed") io.seed = std::strtoull(v, nullptr, 10);
        else if (a == "--per-class") perClass = std::atoi(v);
        else if (a == "--taps") taps = v;
        else {
            std::fprintf(stderr, "usage: %s [--threads T] [--steps S] [--lr L] [--tv W] [--beta B] "
                                 "[--range R] [--seed N] [--per-class M] [--taps 12345]\n", argv[0]);
            return 2;
        }
    }
    const int used = setComputeThreads(threads);
    try {
        const auto file = resourceDir() / "backbones" / "quickdraw-mini.pt";
        Vgg net(readModelInfo(file).options);
        loadWeights(*net, file, /*featuresOnly=*/false);
        const auto sets = loadClassSetList(resourceDir() / "class_sets" / "quickdraw.json");
        auto source = makeQuickDrawSource(quickDrawDir(dataDir()));
        ModelConfig mc;
        const auto prep = preprocessOptions(mc);
        const auto data = loadSplit(*source, sets.sets.at(0), SplitSizes{70, 10, 20}, 1, prep, true);
        const int classes = static_cast<int>(data.classNames.size());
        const auto train = toTensors(data.train, prep, torch::kCPU);
        const auto test = toTensors(data.test, prep, torch::kCPU);
        // Real drawings for the quality figures: the first two test drawings of each class,
        // each compared with the drawing of the next class at the same position.
        std::vector<int64_t> own, other;
        for (int k = 0; k < classes; ++k)
            for (int j = 0; j < 2; ++j) {
                own.push_back(k * 20 + j);
                other.push_back(((k + 1) % classes) * 20 + j);
            }
        const auto realX = test.x.index_select(0, torch::tensor(own));
        const auto otherX = test.x.index_select(0, torch::tensor(other));
        const int factors[] = {4, 4, 2, 2, 1};
        double total = 0;
        for (char c : taps) {
            const int tap = c - '0';
            if (tap < 1 || tap > 5) continue;
            const int f = factors[tap - 1];
            torch::Tensor acts, realActs;
            {
                torch::NoGradGuard ng;
                net->eval();
                acts = downsampleBlocks(net->forwardRange(train.x, kInputTap, tap), f);
                realActs = net->forwardRange(realX, kInputTap, tap);
            }
            ActivationSet set{acts, train.y, f};
            const auto samplers = fitSamplers(set, classes, GaussianSampler::Kind::Full);
            auto gen = at::detail::createCPUGenerator(7);
            const auto imagined = drawSamples(samplers, std::vector<int64_t>(classes, perClass), set, gen);
            const auto t0 = std::chrono::steady_clock::now();
            const std::clock_t c0 = std::clock();
            const auto inv = invertActivations(*net, tap, imagined.x, io);
            const double sec = seconds(t0);
            // CPU time of all threads: a steadier figure than wall time on a shared machine
            const double cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
            total += sec;
            double imagErr = 0;
            for (double e : inv.relativeError) imagErr += e;
            imagErr /= static_cast<double>(inv.relativeError.size());

            const auto t1 = std::chrono::steady_clock::now();
            const auto back = invertActivations(*net, tap, realActs, io);
            const double realSec = seconds(t1);
            int wins = 0;
            double realErr = 0, maxErr = 0, rOwn = 0;
            for (int64_t i = 0; i < realX.size(0); ++i) {
                const double a = pearson(back.images[i], realX[i]), b = pearson(back.images[i], otherX[i]);
                wins += a > b ? 1 : 0;
                rOwn += a;
                realErr += back.relativeError[static_cast<std::size_t>(i)];
                maxErr = std::max(maxErr, back.relativeError[static_cast<std::size_t>(i)]);
            }
            const double nReal = static_cast<double>(realX.size(0));
            std::printf("{\"tap\": \"pool%d\", \"factor\": %d, \"pictures\": %ld, \"threads\": %d, "
                        "\"steps\": %d, \"lr\": %g, \"tv\": %g, \"beta\": %g, \"range\": %g, "
                        "\"seconds\": %.3f, \"cpu_seconds\": %.3f, \"imagined_rel_err\": %.4f, \"real_seconds\": %.3f, "
                        "\"real_rel_err_mean\": %.4f, \"real_rel_err_max\": %.4f, "
                        "\"real_wins\": \"%d/%d\", \"real_pearson_mean\": %.3f}\n",
                        tap, f, static_cast<long>(imagined.x.size(0)), used, io.steps,
                        io.learningRate, io.tvWeight, io.tvBeta, io.rangeWeight, sec, cpu, imagErr,
                        realSec, realErr / nReal, maxErr, wins, static_cast<int>(nReal), rOwn / nReal);
            std::fflush(stdout);
        }
        std::printf("{\"total_seconds\": %.3f}\n", total);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
