// One image in an image folder (data/ImageFolder): any bytes in root/cat/x.png decode to an
// 8-bit image of the asked channels, or are skipped with a warning naming the file, or
// refused with an InputError naming it. OpenCV picks the decoder by the content, not the
// name, so every decoder it has is reached through the one file name.
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "FuzzFile.h"
#include "data/ImageSource.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto& root = fuzzFolder("images");
    std::filesystem::create_directories(root / "cat");
    {
        std::ofstream f(root / "cat" / "x.png", std::ios::binary | std::ios::trunc);
        f.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    for (int channels : {1, 3}) {
        const auto source = replaylab::makeImageFolderSource(root, channels);
        for (bool skipBad : {true, false}) {
            replaylab::LoadReport report;
            try {
                const auto c = source->load("cat", report, skipBad);
                if (c.images.size() != 1 || c.origins.size() != 1 || report.skippedImages != 0) std::abort();
                const cv::Mat& m = c.images[0];
                if (m.empty() || m.depth() != CV_8U || m.channels() != channels) std::abort();
            } catch (const replaylab::InputError& e) {
                // Named: the file (strict) or its class folder (every image skipped).
                if (std::string(e.what()).find((root / "cat").string()) == std::string::npos) std::abort();
                if (skipBad && report.skippedImages != 1) std::abort();
            }
        }
    }
    return 0;
}
