// Times the exact low-rank Gaussian sampler for one class: fit (mean, centring) and drawing
// M samples of dimension D from N activations. Prints one JSON line per run.
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include <ATen/CPUGeneratorImpl.h>
#include <torch/torch.h>

#include "replay/Replay.h"
#include "sim/Experiment.h"

int main(int argc, char** argv) {
    long dims = 25088, n = 1170, m = 1170, reps = 3;
    int threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        const long v = std::atol(argv[i + 1]);
        if (a == "--dims") dims = v;
        else if (a == "--n") n = v;
        else if (a == "--m") m = v;
        else if (a == "--reps") reps = v;
        else if (a == "--threads") threads = static_cast<int>(v);
        else {
            std::fprintf(stderr, "usage: %s [--dims D] [--n N] [--m M] [--reps R] [--threads T]\n", argv[0]);
            return 2;
        }
    }
    const int used = replaylab::setComputeThreads(threads);
    auto gen = at::detail::createCPUGenerator(1);
    // post-ReLU-like activations: |normal|
    auto x = torch::randn({n, dims}, gen).abs_();
    double best = 1e300;
    for (long r = 0; r < reps; ++r) {
        const auto t0 = std::chrono::steady_clock::now();
        replaylab::GaussianSampler s(x, replaylab::GaussianSampler::Kind::Full);
        auto samples = s.sample(m, gen);
        const double sec = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        best = std::min(best, sec);
        if (samples.size(0) != m) return 1;
    }
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("{\"method\": \"replaylab-lowrank\", \"dims\": %ld, \"n\": %ld, \"m\": %ld, \"threads\": %d, "
                "\"seconds\": %.4f, \"peak_rss_mib\": %.1f}\n",
                dims, n, m, used, best, static_cast<double>(ru.ru_maxrss) / 1024.0);
    return 0;
}
