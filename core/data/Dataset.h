#pragma once
// A class set's images, loaded, fitted to the network's input and split.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "data/ImageSource.h"
#include "data/Preprocess.h"
#include "data/Split.h"

namespace rl {

struct LabelledImages {
    std::vector<cv::Mat> images;  ///< fitted (inputSize x inputSize, CV_8U)
    std::vector<int> labels;      ///< 0..classes-1
    std::size_t size() const { return images.size(); }
};

struct SplitData {
    std::vector<std::string> classNames;
    LabelledImages train, val, test;
    LoadReport report;
};

/// Loads the named classes (label = position in the list), splits each per splitClass and
/// fits every image with fitToInput. Each set lists its images class by class, in split order.
/// Throws InputError for an unknown class (naming it, the source and the nearest names), a
/// class listed twice, an empty list, a class with too few images, or a bad image when
/// skipBad is false.
SplitData loadSplit(const ImageSource& source, const std::vector<std::string>& classes,
                    const SplitSizes& sizes, std::uint64_t splitSeed,
                    const PreprocessOptions& prep, bool skipBad);

/// A named list of class sets (the paper's "models"), e.g. resources/class_sets/quickdraw.json:
/// {"source": "quickdraw", "class_sets": [{"name": "set 1", "classes": ["apple", ...]}, ...]}
struct ClassSetList {
    std::string source;
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> sets;
};
/// "source" and each set's "name" are optional (name defaults to "set <n>"); a class may
/// appear only once in the whole file. Throws InputError naming the file.
ClassSetList loadClassSetList(const std::filesystem::path& file);

}  // namespace rl
