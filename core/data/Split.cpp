#include "data/Split.h"

#include <numeric>

#include "util/Error.h"
#include "util/Random.h"

namespace replaylab {

SplitIndices splitClass(int n, const SplitSizes& sizes, std::uint64_t seed,
                        const std::string& className) {
    if (sizes.train < 0 || sizes.val < 0 || sizes.test < 0)
        throw InputError("class '" + className + "': split sizes must not be negative");
    const long long needed =
        static_cast<long long>(sizes.test) + sizes.val + static_cast<long long>(sizes.train);
    if (n < needed)
        throw InputError("class '" + className + "' has " + std::to_string(n) +
                         " images; the split needs " + std::to_string(sizes.test) + " test + " +
                         std::to_string(sizes.val) + " validation + " +
                         std::to_string(sizes.train) + " training");
    std::vector<int> idx(static_cast<std::size_t>(n));
    std::iota(idx.begin(), idx.end(), 0);
    // The shuffle depends on n, the seed and the name only, never on the sizes.
    Rng rng(Rng::derive(seed, className));
    rng.shuffle(idx);

    SplitIndices out;
    auto it = idx.begin();
    out.test.assign(it, it + sizes.test);
    it += sizes.test;
    out.val.assign(it, it + sizes.val);
    it += sizes.val;
    out.train.assign(it, it + sizes.train);
    return out;
}

}  // namespace replaylab
