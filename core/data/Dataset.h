#pragma once
// A class set's images, loaded, fitted to the network's input and split.
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

#include "data/ClassSets.h"
#include "data/ImageSource.h"
#include "data/Preprocess.h"
#include "data/Split.h"

namespace replaylab {

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


}  // namespace replaylab
