#pragma once
// A class set's images, loaded, fitted to the network's input and split.
#include <cstdint>
#include <filesystem>
#include <map>
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

/// Checks a class list against a source without loading an image: throws InputError for an
/// empty list, a class listed twice, or an unknown class (naming it, the source and the
/// nearest names).
void checkClasses(const ImageSource& source, const std::vector<std::string>& classes);

/// Loads the named classes (label = position in the list), splits each per splitClass and
/// fits every image with fitToInput (on all cores, from 32 images of a class on). Each set
/// lists its images class by class, in split order, whatever the threads.
/// Throws InputError for an unknown class (naming it, the source and the nearest names), a
/// class listed twice, an empty list, a class with too few images, or a bad image when
/// skipBad is false.
SplitData loadSplit(const ImageSource& source, const std::vector<std::string>& classes,
                    const SplitSizes& sizes, std::uint64_t splitSeed,
                    const PreprocessOptions& prep, bool skipBad);

/// A named list of class sets (the paper's "models"), e.g. resources/class_sets/quickdraw.json:
/// {"source": "quickdraw", "class_sets": [{"name": "set 1", "classes": ["apple", ...]}, ...]}
/// or resources/class_sets/imagenet_s1.json, whose classes are WordNet ids (folder names)
/// with human names: {"name": "model 1", "classes": ["n12360108", ...],
///                    "labels": {"n12360108": "begonia", ...}}
struct ClassSetList {
    std::string source;
    std::vector<std::string> names;
    std::vector<std::vector<std::string>> sets;
    /// class -> human name, from the sets' optional "labels"; classes without one are absent.
    std::map<std::string, std::string> labels;
    /// The human name of a class, or the class itself when it has none.
    std::string label(const std::string& cls) const {
        const auto it = labels.find(cls);
        return it == labels.end() ? cls : it->second;
    }
};
/// "source" and each set's "name" and "labels" are optional (name defaults to "set <n>");
/// a class may appear only once in the whole file; "labels" must be an object mapping
/// classes of its own set to non-empty strings. Throws InputError naming the file.
ClassSetList loadClassSetList(const std::filesystem::path& file);

}  // namespace rl
