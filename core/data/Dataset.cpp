#include "data/Dataset.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "data/Parallel.h"
#include "util/Error.h"

namespace replaylab {
namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

/// Levenshtein distance, case-insensitive.
std::size_t editDistance(const std::string& a0, const std::string& b0) {
    const std::string a = lower(a0), b = lower(b0);
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min(
                {prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

/// Up to three known names closest to an unknown one, quoted and comma-separated.
std::string nearestNames(const std::string& name, const std::vector<std::string>& known) {
    std::vector<std::pair<std::size_t, std::string>> scored;
    scored.reserve(known.size());
    for (const auto& k : known) scored.emplace_back(editDistance(name, k), k);
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto& x, const auto& y) { return x.first < y.first; });
    std::string out;
    for (std::size_t i = 0; i < std::min<std::size_t>(3, scored.size()); ++i)
        out += (i ? ", '" : "'") + scored[i].second + "'";
    return out;
}

/// Fitting runs on all cores from this many images of a class on (resizing a 500x375 photo to
/// 224x224 takes 1-2 ms; a few images are not worth dispatching).
constexpr std::size_t kParallelFitMin = 32;

/// Fits the chosen images of one class and appends them to the three sets, in split order.
void appendSplit(SplitData& out, const ClassImages& from, const SplitIndices& split, int label,
                 const PreprocessOptions& prep) {
    struct Job {
        LabelledImages* to;
        std::size_t at;
        int src;
    };
    std::vector<Job> jobs;
    const std::pair<LabelledImages*, const std::vector<int>*> parts[] = {
        {&out.train, &split.train}, {&out.val, &split.val}, {&out.test, &split.test}};
    for (const auto& [to, idx] : parts) {
        const std::size_t base = to->images.size();
        to->images.resize(base + idx->size());
        to->labels.insert(to->labels.end(), idx->size(), label);
        for (std::size_t k = 0; k < idx->size(); ++k) jobs.push_back({to, base + k, (*idx)[k]});
    }
    parallelFor(
        jobs.size(),
        [&](std::size_t i) {
            const Job& j = jobs[i];
            j.to->images[j.at] = fitToInput(from.images[static_cast<std::size_t>(j.src)], prep);
        },
        /*parallel=*/jobs.size() >= kParallelFitMin);
}

}  // namespace

void checkClasses(const ImageSource& source, const std::vector<std::string>& classes) {
    if (classes.empty()) throw InputError("no classes to load");
    std::set<std::string> seen;
    for (const auto& name : classes) {
        if (!seen.insert(name).second) throw InputError("class '" + name + "' is listed twice");
        if (!source.hasCategory(name))
            throw InputError("unknown class '" + name + "' in " + source.description() + "; e.g. " +
                             nearestNames(name, source.categories()));
    }
}

SplitData loadSplit(const ImageSource& source, const std::vector<std::string>& classes,
                    const SplitSizes& sizes, std::uint64_t splitSeed, const PreprocessOptions& prep,
                    bool skipBad) {
    checkClasses(source, classes);

    SplitData out;
    out.classNames = classes;
    // One class at a time, so that only one class's raw images are held at once; each set
    // ends up laid out class by class.
    for (std::size_t c = 0; c < classes.size(); ++c) {
        const ClassImages images = source.load(classes[c], out.report, skipBad);
        const SplitIndices split =
            splitClass(static_cast<int>(images.images.size()), sizes, splitSeed, classes[c]);
        appendSplit(out, images, split, static_cast<int>(c), prep);
    }
    return out;
}

}  // namespace replaylab
