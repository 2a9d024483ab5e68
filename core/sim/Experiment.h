#pragma once
// Experiment: every condition on every class set (paired seeds), days and nights.
#include <memory>
#include <string>
#include <vector>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

namespace rl {

/// An experiment ready to run: settings validated, every class set's data loaded and split,
/// the backbone checked. Construction does all checks that can fail on bad input, before
/// any training, and throws InputError with one clear line.
class Experiment {
public:
    explicit Experiment(ExperimentConfig cfg);
    ~Experiment();
    Experiment(const Experiment&) = delete;
    Experiment& operator=(const Experiment&) = delete;

    const ExperimentConfig& config() const;
    RunInfo info() const;
    /// Warnings from loading (skipped images), also sent to the observer when run starts.
    const std::vector<std::string>& loadWarnings() const;
    int skippedImages() const;

    /// Runs every simulation. Events go to observer on the calling thread. Returns when
    /// done, stopped (cancel) or failed; a failure inside becomes status "failed".
    RunSummary run(Observer& observer, CancelToken& cancel);

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

/// Sets LibTorch's intra-op threads (0 = all cores) and returns the number in use.
int setComputeThreads(int threads);

/// "LibTorch 1.13.0, OpenCV 4.6.0" etc., for manifests and About boxes.
struct LibraryVersions {
    std::string app, libtorch, opencv, eigen, compiler;
};
LibraryVersions libraryVersions();

}  // namespace rl
