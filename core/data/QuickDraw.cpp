// The embedded Quick Draw set: one "<category>.ndjson.gz" per category, one drawing a line,
// each a JSON array of 784 grey values in [0, 1] (28x28, row by row).
#include <zlib.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <system_error>

#include "data/ImageSource.h"
#include "util/Error.h"
#include "util/Paths.h"

namespace replaylab {
namespace {

constexpr int kSide = 28;
constexpr int kValues = kSide * kSide;
constexpr const char* kSuffix = ".ndjson.gz";

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// A short, printable excerpt of the input for messages.
std::string excerpt(const char* p, const char* end) {
    std::string s(p, static_cast<std::size_t>(std::min<std::ptrdiff_t>(end - p, 12)));
    for (char& c : s)
        if (static_cast<unsigned char>(c) < 0x20) c = ' ';
    return s;
}

/// Reads a whole gzip file. Throws InputError if it is not gzip or is cut short/corrupt.
std::string readGzip(const std::filesystem::path& file) {
    const std::string name = file.string();
    {
        // zlib reads plain files transparently, so check the magic bytes ourselves.
        std::ifstream in(file, std::ios::binary);
        if (!in) throw InputError(name + ": cannot open file");
        unsigned char magic[2] = {0, 0};
        in.read(reinterpret_cast<char*>(magic), 2);
        if (in.gcount() < 2 || magic[0] != 0x1f || magic[1] != 0x8b)
            throw InputError(name + ": not a gzip file (run " + fetchDataCommand() + " again)");
    }
    gzFile gz = gzopen(name.c_str(), "rb");
    if (!gz) throw InputError(name + ": cannot open file");
    gzbuffer(gz, 1 << 17);
    std::string out;
    char buf[1 << 16];
    int n;
    while ((n = gzread(gz, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    int err = Z_OK;
    const char* msg = gzerror(gz, &err);
    std::string why = (err != Z_OK && msg) ? msg : "";
    gzclose(gz);
    if (n < 0 || err != Z_OK)
        throw InputError(name + ": truncated or corrupt gzip data (" + why + "); run " +
                         fetchDataCommand() + " again");
    return out;
}

/// The common forms "0", "1", "0.686": parsed exactly, rounded half up, without the general
/// float parser (three times faster on the real files). Returns false, consuming nothing,
/// for anything else (exponents, signs, out of range), which the general path then handles.
bool fastPixel(const char*& p, const char* end, uchar& out) {
    const char* q = p;
    std::uint64_t num = 0, den = 1;
    int digits = 0;
    while (q < end && *q >= '0' && *q <= '9' && digits < 16) {
        num = num * 10 + static_cast<unsigned>(*q++ - '0');
        ++digits;
    }
    if (digits == 0) return false;
    if (q < end && *q == '.') {
        ++q;
        const int intDigits = digits;
        while (q < end && *q >= '0' && *q <= '9' && digits < 16) {
            num = num * 10 + static_cast<unsigned>(*q++ - '0');
            den *= 10;
            ++digits;
        }
        if (digits == intDigits) return false;  // "1." is not JSON
    }
    if (q < end && ((*q >= '0' && *q <= '9') || *q == 'e' || *q == 'E' || *q == '.')) return false;
    if (num > den) return false;
    out = static_cast<uchar>((num * 510 + den) / (2 * den));  // round(255 * num / den)
    p = q;
    return true;
}

class QuickDrawSource : public ImageSource {
  public:
    QuickDrawSource(std::filesystem::path dir, std::vector<std::string> names)
        : dir_(std::move(dir)), names_(std::move(names)) {}

    std::vector<std::string> categories() const override { return names_; }

    bool hasCategory(const std::string& name) const override {
        return std::binary_search(names_.begin(), names_.end(), name);
    }

    std::string description() const override {
        return "the Quick Draw data (" + dir_.string() + ")";
    }

    ClassImages load(const std::string& name, LoadReport& report, bool skipBad) const override {
        if (!hasCategory(name))
            throw InputError("unknown Quick Draw category '" + name + "' in " + dir_.string());
        const std::filesystem::path file = dir_ / (name + kSuffix);
        const std::string fileName = file.string();
        const std::string text = readGzip(file);

        ClassImages out;
        out.name = name;
        std::size_t pos = 0;
        int lineNo = 0;
        while (pos < text.size()) {
            std::size_t eol = text.find('\n', pos);
            if (eol == std::string::npos) eol = text.size();
            ++lineNo;
            const char* b = text.data() + pos;
            const char* e = text.data() + eol;
            pos = eol + 1;
            while (b < e && isSpace(*b)) ++b;
            if (b == e) continue;  // blank line
            const std::string origin = fileName + ":" + std::to_string(lineNo);
            try {
                out.images.push_back(parseQuickDrawLine(std::string(b, e), origin));
                out.origins.push_back(origin);
            } catch (const InputError& err) {
                if (!skipBad) throw;
                report.warnings.emplace_back(err.what());
                ++report.skippedImages;
            }
        }
        if (out.images.empty())
            throw InputError(fileName + ": no readable drawings in category '" + name + "'");
        return out;
    }

  private:
    std::filesystem::path dir_;
    std::vector<std::string> names_;  // sorted
};

}  // namespace

cv::Mat parseQuickDrawLine(const std::string& line, const std::string& origin) {
    const char* p = line.data();
    const char* const end = p + line.size();
    auto skipSpace = [&] {
        while (p < end && isSpace(*p)) ++p;
    };
    auto fail = [&](const std::string& what) -> void { throw InputError(origin + ": " + what); };

    skipSpace();
    if (p == end || *p != '[') fail("expected a JSON array of 784 numbers");
    ++p;
    cv::Mat img(kSide, kSide, CV_8UC1);
    uchar* px = img.ptr<uchar>();
    int count = 0;
    auto parseGeneral = [&] {
        const char* start = p;
        double v = 0.0;
        const auto res = std::from_chars(p, end, v);
        if (res.ec == std::errc::invalid_argument)
            fail("expected a number at column " + std::to_string(start - line.data() + 1) +
                 ", found '" + excerpt(start, end) + "'");
        p = res.ptr;
        // Out of range for double, NaN or outside [0, 1]: all the same problem here.
        if (res.ec != std::errc() || !(v >= 0.0 && v <= 1.0))
            fail("value " + std::string(start, p) + " outside [0, 1]");
        if (count < kValues) px[count] = static_cast<uchar>(std::lround(v * 255.0));
    };
    skipSpace();
    if (p < end && *p == ']') {
        ++p;
    } else {
        for (;;) {
            skipSpace();
            uchar fast = 0;
            if (fastPixel(p, end, fast)) {
                if (count < kValues) px[count] = fast;
            } else {
                parseGeneral();
            }
            ++count;
            skipSpace();
            if (p < end && *p == ',') {
                ++p;
                continue;
            }
            if (p < end && *p == ']') {
                ++p;
                break;
            }
            fail(p == end ? std::string("unterminated array (missing ']')")
                          : "expected ',' or ']' at column " + std::to_string(p - line.data() + 1) +
                                ", found '" + excerpt(p, end) + "'");
        }
    }
    skipSpace();
    if (p != end)
        fail("unexpected text after the array at column " + std::to_string(p - line.data() + 1));
    if (count != kValues)
        fail("expected " + std::to_string(kValues) + " values, got " + std::to_string(count));
    return img;
}

std::unique_ptr<ImageSource> makeQuickDrawSource(const std::filesystem::path& dir) {
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw InputError("Quick Draw data folder not found: " + dir.string() + " (run " +
                         fetchDataCommand() + ")");
    std::vector<std::string> names;
    const std::string suffix = kSuffix;
    try {
        for (const auto& entry : std::filesystem::directory_iterator(dir)) {
            const std::string fn = entry.path().filename().string();
            if (fn.size() > suffix.size() &&
                fn.compare(fn.size() - suffix.size(), suffix.size(), suffix) == 0 &&
                fn.front() != '.' && entry.is_regular_file())
                names.push_back(fn.substr(0, fn.size() - suffix.size()));
        }
    } catch (const std::filesystem::filesystem_error& e) {
        throw InputError(dir.string() + ": cannot list folder (" + e.code().message() + ")");
    }
    if (names.empty())
        throw InputError(dir.string() +
                         ": no Quick Draw files (<category>.ndjson.gz) in folder"
                         " (run " + fetchDataCommand() + ")");
    std::sort(names.begin(), names.end());
    return std::make_unique<QuickDrawSource>(dir, std::move(names));
}

}  // namespace replaylab
