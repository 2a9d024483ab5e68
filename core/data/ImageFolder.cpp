// A folder of photos: root/<class>/*.{jpg,png,...}, one sub-folder per class.
#include <algorithm>
#include <cctype>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <system_error>

#include "data/ImageSource.h"
#include "data/ClassSets.h"
#include "data/Parallel.h"
#include "util/Error.h"
#include "util/QuietStderr.h"

namespace fs = std::filesystem;

namespace replaylab {
namespace {

bool isImageFile(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    static const char* const kExts[] = {".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp"};
    return std::any_of(std::begin(kExts), std::end(kExts), [&](const char* e) { return ext == e; });
}

bool isHidden(const fs::path& p) {
    const std::string fn = p.filename().string();
    return !fn.empty() && fn.front() == '.';
}

class ImageFolderSource : public ImageSource {
  public:
    ImageFolderSource(fs::path root, int channels, std::vector<std::string> names)
        : root_(std::move(root)), channels_(channels), names_(std::move(names)) {}

    std::vector<std::string> categories() const override { return names_; }

    bool hasCategory(const std::string& name) const override {
        return std::binary_search(names_.begin(), names_.end(), name);
    }

    std::string description() const override { return "image folder " + root_.string(); }

    ClassImages load(const std::string& name, LoadReport& report, bool skipBad) const override {
        if (!hasCategory(name))
            throw InputError("unknown class '" + name + "' in image folder " + root_.string());
        const fs::path folder = root_ / name;
        std::vector<fs::path> files;
        try {
            for (const auto& entry : fs::directory_iterator(folder))
                if (isImageFile(entry.path()) && !isHidden(entry.path()) && entry.is_regular_file())
                    files.push_back(entry.path());
        } catch (const fs::filesystem_error& e) {
            throw InputError(folder.string() + ": cannot list folder (" + e.code().message() + ")");
        }
        // By file name, so that the order (and so the split) is the same on every system.
        std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
            return a.filename().string() < b.filename().string();
        });

        // Decoded on all cores (decoding dominates loading photos), one slot per file;
        // warnings and the error of strict mode come out in file order as before.
        const int flag = channels_ == 1 ? cv::IMREAD_GRAYSCALE : cv::IMREAD_COLOR;
        auto message = [](const fs::path& file) {
            return file.string() + ": cannot decode image (corrupt or unsupported)";
        };
        std::vector<cv::Mat> decoded(files.size());
        const QuietStderr quiet;  // a corrupt file's decoder lines; the message below names it
        parallelFor(files.size(), [&](std::size_t i) {
            cv::Mat img;
            try {
                img = cv::imread(files[i].string(), flag);
            } catch (const cv::Exception&) {
                img.release();  // a decoder that throws on a bad file counts as unreadable
            }
            if (img.empty()) {
                if (!skipBad) throw InputError(message(files[i]));
                return;
            }
            if (img.channels() == 3) cv::cvtColor(img, img, cv::COLOR_BGR2RGB);
            decoded[i] = std::move(img);
        });

        ClassImages out;
        out.name = name;
        out.images.reserve(files.size());
        out.origins.reserve(files.size());
        for (std::size_t i = 0; i < files.size(); ++i) {
            if (decoded[i].empty()) {
                report.warnings.push_back(message(files[i]));
                ++report.skippedImages;
                continue;
            }
            out.images.push_back(std::move(decoded[i]));
            out.origins.push_back(files[i].string());
        }
        if (out.images.empty())
            throw InputError(folder.string() + ": no readable images in class '" + name + "'");
        return out;
    }

  private:
    fs::path root_;
    int channels_;
    std::vector<std::string> names_;  // sorted
};

}  // namespace

std::unique_ptr<ImageSource> makeImageFolderSource(const fs::path& root, int channels) {
    if (channels != 1 && channels != 3)
        throw InputError("image channels must be 1 or 3, not " + std::to_string(channels));
    auto names = imageFolderClasses(root);  // sorted
    return std::make_unique<ImageFolderSource>(root, channels, std::move(names));
}

}  // namespace replaylab
