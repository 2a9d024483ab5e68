#pragma once
// A few real images of a class as plain 8-bit buffers, for thumbnails (no OpenCV types).
#include <string>
#include <vector>

#include "config/ExperimentConfig.h"

namespace replaylab {

struct PreviewImage {
    int width = 0, height = 0, channels = 1;  ///< 1 (grey) or 3 (RGB)
    std::vector<unsigned char> pixels;        ///< row-major, channels interleaved
};

/// The first `count` images of a class from the config's data source, as stored (not
/// augmented). Throws InputError for a missing source or class.
std::vector<PreviewImage> previewImages(const ExperimentConfig& cfg, const std::string& className,
                                        int count);

}  // namespace replaylab
