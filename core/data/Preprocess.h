#pragma once
// The one preprocessing path: fit to the network's input size (once, at load), augment
// (training only, fresh every day), normalise into a CHW float buffer. Used by training,
// evaluation, activation collection and previews alike.
#include <string>

#include <opencv2/core.hpp>

#include "config/ExperimentConfig.h"
#include "util/Random.h"

namespace replaylab {

/// Normalisation (model.preprocessing) is declared with the settings, in config/ExperimentConfig.h.
Normalisation normalisationFromString(const std::string& s);  ///< throws InputError

struct PreprocessOptions {
    int inputSize = 32;
    int channels = 1;           ///< 1 or 3; a source image is converted to this
    Normalisation norm = Normalisation::Unit;
    bool resize = false;        ///< false: centre-pad with zeros (or centre-crop); true: resize (bilinear)
};

struct AugmentOptions {
    bool enabled = true;
    double rotationDeg = 20.0;
    double shift = 0.2;         ///< fraction of the side
    double zoomMin = 0.8, zoomMax = 1.2;
    bool horizontalFlip = true;
};

/// One draw of the random transform of one image.
struct AugmentParams {
    double angleDeg = 0.0;      ///< counter-clockwise rotation about the centre
    double shiftX = 0.0, shiftY = 0.0;  ///< in pixels; positive moves the content right / down
    double zoomX = 1.0, zoomY = 1.0;    ///< >1 shows more of the image (objects shrink), as Keras
    bool flip = false;          ///< horizontal mirror
    bool identity() const {
        return angleDeg == 0.0 && shiftX == 0.0 && shiftY == 0.0 && zoomX == 1.0 &&
               zoomY == 1.0 && !flip;
    }
};

/// Draws the parameters for an image of the given side from the options (in a fixed order:
/// angle, shift x, shift y, zoom x, zoom y, flip). The flip is drawn even when horizontalFlip
/// is off, so each image always takes six draws; nothing is drawn when enabled is false.
AugmentParams drawAugment(const AugmentOptions& opt, int side, Rng& rng);

/// Applies the transform: bilinear resampling, empty areas filled by reflection. The content
/// is scaled by 1/zoom, rotated, shifted, then mirrored, about the centre of the pixel grid;
/// identity params give an exact copy and a flip alone an exact mirror.
cv::Mat applyAugment(const cv::Mat& img, const AugmentParams& p);

/// Converts a raw source image (any size, 1 or 3 channels) to inputSize x inputSize with
/// the requested channels, CV_8U. Done once when a data set is loaded.
cv::Mat fitToInput(const cv::Mat& raw, const PreprocessOptions& opt);

/// Normalises a fitted image into dst (channels x inputSize x inputSize floats).
void toCHW(const cv::Mat& fitted, const PreprocessOptions& opt, float* dst);

/// The whole path for one fitted image: augment when params is non-null, then normalise.
void prepareImage(const cv::Mat& fitted, const PreprocessOptions& opt,
                  const AugmentParams* params, float* dst);

}  // namespace replaylab
