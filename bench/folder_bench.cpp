// Photo-folder loading speed: decode + fit (resize to 224x224, as for VGG-16) of a generated
// folder of JPEGs through the engine's own path (makeImageFolderSource + loadSplit).
// Prints images per second; asserts nothing.
//
//   replaylab-bench-folder [--images 400] [--classes 4] [--width 500] [--height 375]
//                          [--reps 3] [--dir DIR] [--cv-threads N (cv::setNumThreads)]
// DIR (default: a folder under the system temp dir) is filled once with class_<k>/img_<i>.JPEG
// and reused on later runs with the same settings.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "data/Dataset.h"
#include "data/ImageSource.h"

namespace fs = std::filesystem;

namespace {

// A photo-like picture: smooth colour fields, a few shapes, mild noise (noise alone would
// make JPEGs that decode unusually slowly).
cv::Mat picture(int w, int h, int seed) {
    cv::RNG rng(static_cast<uint64>(seed) * 7919u + 1u);
    cv::Mat small(6, 8, CV_8UC3);
    rng.fill(small, cv::RNG::UNIFORM, 0, 256);
    cv::Mat img;
    cv::resize(small, img, cv::Size(w, h), 0, 0, cv::INTER_CUBIC);
    for (int k = 0; k < 6; ++k) {
        const cv::Point c(rng.uniform(0, w), rng.uniform(0, h));
        const cv::Scalar col(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256));
        if (k % 2)
            cv::circle(img, c, rng.uniform(10, h / 3), col, cv::FILLED, cv::LINE_AA);
        else
            cv::rectangle(img, c, c + cv::Point(rng.uniform(10, w / 3), rng.uniform(10, h / 3)), col,
                          cv::FILLED);
    }
    cv::Mat noise(h, w, CV_8UC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, 8);
    img += noise;
    return img;
}

double seconds(std::chrono::steady_clock::time_point t0) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
    int images = 400, classes = 4, width = 500, height = 375, reps = 3, cvThreads = -1;
    std::string dir;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i], v = argv[i + 1];
        if (a == "--images") images = std::atoi(v.c_str());
        else if (a == "--classes") classes = std::atoi(v.c_str());
        else if (a == "--width") width = std::atoi(v.c_str());
        else if (a == "--height") height = std::atoi(v.c_str());
        else if (a == "--reps") reps = std::atoi(v.c_str());
        else if (a == "--dir") dir = v;
        else if (a == "--cv-threads") cvThreads = std::atoi(v.c_str());
        else {
            std::fprintf(stderr, "unknown option %s\n", a.c_str());
            return 2;
        }
    }
    if (dir.empty())
        dir = (fs::temp_directory_path() / ("replaylab-folder-bench-" + std::to_string(images) + "-" +
                                            std::to_string(classes) + "-" + std::to_string(width) +
                                            "x" + std::to_string(height)))
                  .string();
    const int perClass = images / classes;
    std::vector<std::string> names;
    for (int c = 0; c < classes; ++c) {
        names.push_back("class_" + std::to_string(c));
        const fs::path folder = fs::path(dir) / names.back();
        fs::create_directories(folder);
        for (int i = 0; i < perClass; ++i) {
            const fs::path f = folder / ("img_" + std::to_string(1000 + i) + ".JPEG");
            if (!fs::exists(f)) cv::imwrite(f.string(), picture(width, height, c * perClass + i));
        }
    }

    if (cvThreads >= 0) cv::setNumThreads(cvThreads);
    const auto source = replaylab::makeImageFolderSource(dir, 3);
    replaylab::PreprocessOptions prep;
    prep.inputSize = 224;
    prep.channels = 3;
    prep.resize = true;
    const int val = perClass / 10, test = perClass / 10;
    const replaylab::SplitSizes sizes{perClass - val - test, val, test};
    std::printf("%d JPEGs of %dx%d in %d classes (%s); %u hardware threads\n", perClass * classes,
                width, height, classes, dir.c_str(), std::thread::hardware_concurrency());
    double bestDecode = 1e30, bestAll = 1e30;
    for (int r = 0; r < reps; ++r) {
        auto t0 = std::chrono::steady_clock::now();
        replaylab::LoadReport report;
        for (const auto& n : names) source->load(n, report, false);
        bestDecode = std::min(bestDecode, seconds(t0));
        t0 = std::chrono::steady_clock::now();
        const auto split = replaylab::loadSplit(*source, names, sizes, 1, prep, false);
        bestAll = std::min(bestAll, seconds(t0));
        if (split.train.size() + split.val.size() + split.test.size() !=
            static_cast<std::size_t>(perClass * classes))
            return 1;
    }
    const double n = perClass * classes;
    std::printf("decode only:         %7.1f images/s (%.2f s)\n", n / bestDecode, bestDecode);
    std::printf("decode + resize 224: %7.1f images/s (%.2f s)\n", n / bestAll, bestAll);
    return 0;
}
