#include "data/Preprocess.h"

#include <cmath>
#include <opencv2/imgproc.hpp>
#include <stdexcept>

#include "config/Settings.h"
#include "util/Error.h"

namespace replaylab {
namespace {

constexpr double kPi = 3.14159265358979323846;
// ImageNet statistics in RGB order (torchvision) and Keras VGG-16's means in BGR order.
constexpr float kTvMean[3] = {0.485f, 0.456f, 0.406f};
constexpr float kTvStd[3] = {0.229f, 0.224f, 0.225f};
constexpr float kCaffeMeanBgr[3] = {103.939f, 116.779f, 123.68f};

}  // namespace

Normalisation normalisationFromString(const std::string& s) {
    const Setting& setting = *findSetting("model.preprocessing");
    const int i = setting.choiceIndex(s);
    if (i < 0) throw InputError("unknown normalisation '" + s + "' (expected " + setting.choiceList() + ")");
    return static_cast<Normalisation>(i);
}

AugmentParams drawAugment(const AugmentOptions& opt, int side, Rng& rng) {
    AugmentParams p;
    if (!opt.enabled) return p;
    p.angleDeg = rng.uniform(-opt.rotationDeg, opt.rotationDeg);
    p.shiftX = rng.uniform(-opt.shift, opt.shift) * side;
    p.shiftY = rng.uniform(-opt.shift, opt.shift) * side;
    p.zoomX = rng.uniform(opt.zoomMin, opt.zoomMax);
    p.zoomY = rng.uniform(opt.zoomMin, opt.zoomMax);
    // Drawn even when flipping is off (as Keras does), so that the number of draws per image
    // is always six and switching flips off does not change the other images' transforms.
    const bool flip = rng.bernoulli(0.5);
    p.flip = opt.horizontalFlip && flip;
    return p;
}

cv::Mat applyAugment(const cv::Mat& img, const AugmentParams& p) {
    if (p.identity()) return img.clone();
    cv::Mat out;
    if (p.angleDeg == 0.0 && p.shiftX == 0.0 && p.shiftY == 0.0 && p.zoomX == 1.0 &&
        p.zoomY == 1.0) {
        cv::flip(img, out, 1);  // a pure mirror: exact, no resampling
        return out;
    }
    // Forward transform of the content, about the centre c of the pixel grid (pixel i sits at
    // coordinate i): scale by 1/zoom, rotate counter-clockwise as displayed (y down), shift by
    // (shiftX, shiftY), then mirror if flip. Below is its inverse, output -> input:
    //   in = c + Z R(-a) (F (out - c) - s),  F = diag(flip ? -1 : 1, 1), Z = diag(zx, zy).
    const double a = p.angleDeg * kPi / 180.0;
    const double ca = std::cos(a), sa = std::sin(a);
    const double f = p.flip ? -1.0 : 1.0;
    // R(-a) in y-down coordinates: [[cos, -sin], [sin, cos]].
    const double b00 = p.zoomX * ca * f, b01 = -p.zoomX * sa;
    const double b10 = p.zoomY * sa * f, b11 = p.zoomY * ca;
    const double cx = (img.cols - 1) * 0.5, cy = (img.rows - 1) * 0.5;
    // Z R(-a) s
    const double zrsX = p.zoomX * (ca * p.shiftX - sa * p.shiftY);
    const double zrsY = p.zoomY * (sa * p.shiftX + ca * p.shiftY);
    cv::Matx23d m(b00, b01, cx - (b00 * cx + b01 * cy) - zrsX,  //
                  b10, b11, cy - (b10 * cx + b11 * cy) - zrsY);
    cv::warpAffine(img, out, m, img.size(), cv::INTER_LINEAR | cv::WARP_INVERSE_MAP,
                   cv::BORDER_REFLECT);
    return out;
}

cv::Mat fitToInput(const cv::Mat& raw, const PreprocessOptions& opt) {
    if (raw.empty()) throw std::invalid_argument("fitToInput: empty image");
    if (raw.depth() != CV_8U) throw std::invalid_argument("fitToInput: image is not 8-bit");
    if (opt.channels != 1 && opt.channels != 3)
        throw InputError("input channels must be 1 or 3, not " + std::to_string(opt.channels));
    if (opt.inputSize < 1)
        throw InputError("input size must be positive, not " + std::to_string(opt.inputSize));

    cv::Mat img;
    const int ch = raw.channels();
    if (ch == opt.channels) {
        img = raw;
    } else if (ch == 1) {
        cv::cvtColor(raw, img, cv::COLOR_GRAY2RGB);
    } else if (ch == 3) {
        cv::cvtColor(raw, img, cv::COLOR_RGB2GRAY);
    } else if (ch == 4) {
        cv::cvtColor(raw, img, opt.channels == 1 ? cv::COLOR_RGBA2GRAY : cv::COLOR_RGBA2RGB);
    } else {
        throw std::invalid_argument("fitToInput: image has " + std::to_string(ch) + " channels");
    }

    const int s = opt.inputSize;
    if (img.rows == s && img.cols == s) return img.data == raw.data ? img.clone() : img;

    cv::Mat out;
    if (opt.resize) {
        const bool shrink = img.rows >= s && img.cols >= s;
        cv::resize(img, out, cv::Size(s, s), 0, 0, shrink ? cv::INTER_AREA : cv::INTER_LINEAR);
        return out;
    }
    // Centre-pad with zeros or centre-crop, each axis on its own.
    out = cv::Mat::zeros(s, s, img.type());
    const int w = std::min(s, img.cols), h = std::min(s, img.rows);
    const cv::Rect src((img.cols - w) / 2, (img.rows - h) / 2, w, h);
    const cv::Rect dst((s - w) / 2, (s - h) / 2, w, h);
    img(src).copyTo(out(dst));
    return out;
}

void toCHW(const cv::Mat& fitted, const PreprocessOptions& opt, float* dst) {
    const int s = opt.inputSize, c = opt.channels;
    if (fitted.rows != s || fitted.cols != s || fitted.channels() != c || fitted.depth() != CV_8U)
        throw std::invalid_argument("toCHW: image is not " + std::to_string(s) + "x" +
                                    std::to_string(s) + "x" + std::to_string(c) + " 8-bit");
    // out[k] = x[src[k]] * scale[k] + offset[k] for output channel k.
    int src[3] = {0, 1, 2};
    float scale[3], offset[3];
    for (int k = 0; k < c; ++k) {
        switch (opt.norm) {
            case Normalisation::Unit:
                scale[k] = 1.0f / 255.0f;
                offset[k] = 0.0f;
                break;
            case Normalisation::TorchVision: {
                const float mean =
                    c == 1 ? (kTvMean[0] + kTvMean[1] + kTvMean[2]) / 3.0f : kTvMean[k];
                const float sd = c == 1 ? (kTvStd[0] + kTvStd[1] + kTvStd[2]) / 3.0f : kTvStd[k];
                scale[k] = 1.0f / (255.0f * sd);
                offset[k] = -mean / sd;
                break;
            }
            case Normalisation::Caffe:
                if (c == 3) src[k] = 2 - k;  // RGB -> BGR
                scale[k] = 1.0f;
                offset[k] = c == 1
                                ? -(kCaffeMeanBgr[0] + kCaffeMeanBgr[1] + kCaffeMeanBgr[2]) / 3.0f
                                : -kCaffeMeanBgr[k];
                break;
        }
    }
    const std::size_t plane = static_cast<std::size_t>(s) * s;
    for (int y = 0; y < s; ++y) {
        const uchar* row = fitted.ptr<uchar>(y);
        for (int k = 0; k < c; ++k) {
            float* o = dst + k * plane + static_cast<std::size_t>(y) * s;
            const uchar* in = row + src[k];
            for (int x = 0; x < s; ++x) o[x] = in[x * c] * scale[k] + offset[k];
        }
    }
}

void prepareImage(const cv::Mat& fitted, const PreprocessOptions& opt, const AugmentParams* params,
                  float* dst) {
    if (params && !params->identity())
        toCHW(applyAugment(fitted, *params), opt, dst);
    else
        toCHW(fitted, opt, dst);
}

}  // namespace replaylab
