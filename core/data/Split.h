#pragma once
// Deterministic per-class split into train / validation / test.
#include <cstdint>
#include <string>
#include <vector>

namespace replaylab {

struct SplitSizes {
    int train = 70;
    int val = 10;
    int test = 20;
};

struct SplitIndices {
    std::vector<int> train, val, test;
};

/// Shuffles 0..n-1 with a generator seeded from (seed, className), then takes test first,
/// validation next and the training images from the rest, so that test and validation
/// images do not change when the number of training images changes.
/// Throws InputError naming the class when n < test + val + train.
SplitIndices splitClass(int n, const SplitSizes& sizes, std::uint64_t seed,
                        const std::string& className);

}  // namespace replaylab
