// A Quick Draw category file (data/QuickDraw): any bytes read to 28x28 grey drawings, bad
// lines skipped with a warning or refused, or an InputError. Input that starts like gzip is
// the file itself (a cut or corrupt gzip layer); anything else is gzipped here first, so that
// mutations reach the ndjson parser behind it.
#include <zlib.h>

#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <string>

#include "FuzzFile.h"
#include "data/ImageSource.h"
#include "util/Error.h"

namespace {

std::string gzip(const uint8_t* data, size_t size) {
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) std::abort();
    std::string out(deflateBound(&z, static_cast<uLong>(size)) + 32, '\0');
    z.next_in = const_cast<Bytef*>(data);
    z.avail_in = static_cast<uInt>(size);
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    if (deflate(&z, Z_FINISH) != Z_STREAM_END) std::abort();
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

void check(const replaylab::ClassImages& c) {
    if (c.images.empty() || c.images.size() != c.origins.size()) std::abort();
    for (const auto& m : c.images)
        if (m.rows != 28 || m.cols != 28 || m.type() != CV_8UC1) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const auto& dir = fuzzFolder("quickdraw");
    {
        std::ofstream f(dir / "cat.ndjson.gz", std::ios::binary | std::ios::trunc);
        const bool isGzip = size >= 2 && data[0] == 0x1f && data[1] == 0x8b;
        const std::string bytes = isGzip ? std::string(reinterpret_cast<const char*>(data), size) : gzip(data, size);
        f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    }
    const auto source = replaylab::makeQuickDrawSource(dir);
    for (bool skipBad : {true, false}) {
        replaylab::LoadReport report;
        try {
            const auto c = source->load("cat", report, skipBad);
            check(c);
            if (!skipBad && report.skippedImages != 0) std::abort();
        } catch (const replaylab::InputError&) {
        }
        if (report.skippedImages != static_cast<int>(report.warnings.size())) std::abort();
    }
    return 0;
}
