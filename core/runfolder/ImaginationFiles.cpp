#include "runfolder/ImaginationFiles.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <cstdio>
#include <map>
#include <system_error>
#include <tuple>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "util/Error.h"
#include "util/Files.h"

namespace replaylab {

namespace fs = std::filesystem;

namespace {

/// A name safe in a path on every platform: letters, digits, '-' and '.'; anything else '-'.
std::string slug(const std::string& s) {
    std::string out;
    for (unsigned char c : s) out += (std::isalnum(c) || c == '-' || c == '.') ? static_cast<char>(c) : '-';
    return out.empty() ? "-" : out;
}

std::string twoDigits(int n) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", n);
    return buf;
}

/// A grey picture of an example's maps, the channels stacked top to bottom.
Picture stackedMaps(const ActivationMaps& m) {
    Picture p;
    p.width = m.width;
    p.height = m.height * m.channels;
    p.channels = 1;
    p.data = m.data;
    return p;
}

/// Writes one tile. Not synced to disk one by one, as the result files are: a night holds
/// hundreds of tiles, and a sync each took longer than the inversion (a killed run's tiles
/// are written again under the same names when the simulation runs again).
void writeTile(const fs::path& file, const std::string& bytes) {
    std::FILE* f = openFile(file, "wb");
    if (!f) throw InputError("cannot write " + file.string() + ": " + std::strerror(errno));
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (std::fclose(f) != 0 || !ok) throw InputError("cannot write " + file.string() + ": " + std::strerror(errno));
}

using NightKey = std::tuple<std::string, std::string, int, int>;  // class set, condition, seed, night

}  // namespace

std::string encodePng(const Picture& p) {
    if (p.width <= 0 || p.height <= 0 || (p.channels != 1 && p.channels != 3) ||
        p.data.size() != static_cast<std::size_t>(p.width) * p.height * p.channels)
        throw std::logic_error("encodePng: a picture of inconsistent size");
    cv::Mat m(p.height, p.width, p.channels == 1 ? CV_8UC1 : CV_8UC3,
              const_cast<unsigned char*>(p.data.data()));
    cv::Mat bgr;
    if (p.channels == 3) cv::cvtColor(m, bgr, cv::COLOR_RGB2BGR);  // OpenCV writes BGR
    std::vector<unsigned char> buf;
    if (!cv::imencode(".png", p.channels == 3 ? bgr : m, buf))
        throw std::runtime_error("encodePng: the PNG encoder failed");
    return std::string(buf.begin(), buf.end());
}

Picture decodePng(const std::string& bytes, const std::string& what) {
    const std::vector<unsigned char> buf(bytes.begin(), bytes.end());
    cv::Mat m = buf.empty() ? cv::Mat() : cv::imdecode(buf, cv::IMREAD_UNCHANGED);
    if (m.empty() || m.depth() != CV_8U || (m.channels() != 1 && m.channels() != 3 && m.channels() != 4))
        throw InputError(what + ": not an 8-bit grey or colour PNG");
    if (m.channels() == 3) cv::cvtColor(m, m, cv::COLOR_BGR2RGB);
    if (m.channels() == 4) cv::cvtColor(m, m, cv::COLOR_BGRA2RGB);
    if (!m.isContinuous()) m = m.clone();
    Picture p;
    p.width = m.cols;
    p.height = m.rows;
    p.channels = m.channels();
    p.data.assign(m.data, m.data + m.total() * m.elemSize());
    return p;
}

ImaginationWriter::ImaginationWriter(fs::path runRoot) : dir_(std::move(runRoot) / kImaginationsFolder) {}

void ImaginationWriter::write(const Imagination& im) {
    if (dir_.empty()) throw std::logic_error("ImaginationWriter: no run folder");
    if (index_.path().empty()) {
        std::error_code ec;
        fs::create_directories(dir_, ec);
        if (ec) throw InputError("cannot create folder " + dir_.string() + ": " + ec.message());
        index_ = CsvAppender(dir_ / "index.csv", kImaginationIndexHeader);
        pca_ = CsvAppender(dir_ / "pca.csv", kImaginationPcaHeader);
        fidelity_ = CsvAppender(dir_ / "fidelity.csv", kImaginationFidelityHeader);
    }
    const std::string head = csvField(im.classSet) + "," + csvField(im.condition) + "," +
                             std::to_string(im.seed) + "," + std::to_string(im.day) + "," +
                             std::to_string(im.layer) + ",";
    auto className = [&](int c) {
        return c >= 0 && static_cast<std::size_t>(c) < im.classNames.size() ? im.classNames[static_cast<std::size_t>(c)]
                                                                             : std::to_string(c + 1);
    };
    auto classFields = [&](int c) { return std::to_string(c + 1) + "," + csvField(className(c)) + ","; };

    std::string pca;
    for (std::size_t i = 0; i < im.pcaRealX.size(); ++i)
        pca += head + "real," + classFields(im.pcaRealClass[i]) + formatNumber(im.pcaRealX[i]) + "," +
               formatNumber(im.pcaRealY[i]) + "\n";
    for (std::size_t i = 0; i < im.pcaImaginedX.size(); ++i)
        pca += head + "imagined," + classFields(im.pcaImaginedClass[i]) + formatNumber(im.pcaImaginedX[i]) +
               "," + formatNumber(im.pcaImaginedY[i]) + "\n";
    std::string fidelity;
    for (std::size_t c = 0; c < im.fidelity.size(); ++c)
        fidelity += head + classFields(static_cast<int>(c)) + formatNumber(im.fidelity[c]) + "\n";

    std::string index;
    if (!im.pictures.empty()) {
        const fs::path night = fs::path(slug(im.classSet) + "_" + slug(im.condition) + "_seed" + std::to_string(im.seed)) /
                               ("night" + twoDigits(im.day));
        std::error_code ec;
        fs::create_directories(dir_ / night, ec);
        if (ec) throw InputError("cannot create folder " + (dir_ / night).string() + ": " + ec.message());
        auto tile = [&](int c, const char* kind, std::size_t example, int rank, const std::string& value,
                        const Picture& p) {
            if (p.empty()) return;
            std::string name = "c" + twoDigits(c + 1) + "-" + kind + "-" + std::to_string(example + 1);
            if (rank > 0) name += "-" + std::to_string(rank);
            const fs::path rel = night / (name + ".png");
            writeTile(dir_ / rel, encodePng(p));
            index += head + classFields(c) + kind + "," + std::to_string(example + 1) + "," +
                     (rank > 0 ? std::to_string(rank) : std::string()) + "," + value + "," +
                     csvField(rel.generic_string()) + "\n";
        };
        for (std::size_t ci = 0; ci < im.pictures.size(); ++ci) {
            const int c = static_cast<int>(ci);
            const auto& cp = im.pictures[ci];
            if (ci < im.real.size())
                for (std::size_t e = 0; e < im.real[ci].size(); ++e)
                    tile(c, "real-activation", e, 0, "", stackedMaps(im.real[ci][e]));
            if (ci < im.imagined.size())
                for (std::size_t e = 0; e < im.imagined[ci].size(); ++e)
                    tile(c, "imagined-activation", e, 0, "", stackedMaps(im.imagined[ci][e]));
            for (std::size_t e = 0; e < cp.real.size(); ++e) tile(c, "real", e, 0, "", cp.real[e]);
            for (std::size_t e = 0; e < cp.realReconstructions.size(); ++e)
                tile(c, "real-reconstruction", e, 0, e < cp.realError.size() ? formatNumber(cp.realError[e]) : "",
                     cp.realReconstructions[e]);
            for (std::size_t e = 0; e < cp.imaginedReconstructions.size(); ++e)
                tile(c, "imagined-reconstruction", e, 0,
                     e < cp.imaginedError.size() ? formatNumber(cp.imaginedError[e]) : "", cp.imaginedReconstructions[e]);
            for (std::size_t e = 0; e < cp.neighbours.size(); ++e)
                for (std::size_t r = 0; r < cp.neighbours[e].size(); ++r) {
                    const bool hasSim = e < cp.neighbourSimilarity.size() && r < cp.neighbourSimilarity[e].size();
                    tile(c, "neighbour", e, static_cast<int>(r + 1),
                         hasSim ? formatNumber(cp.neighbourSimilarity[e][r]) : "", cp.neighbours[e][r]);
                }
        }
    }
    // The tiles first, then the rows that name them: an index row never names a missing PNG.
    if (!index.empty()) index_.append(index);
    if (!pca.empty()) pca_.append(pca);
    if (!fidelity.empty()) fidelity_.append(fidelity);
}

std::vector<Imagination> readImaginations(const fs::path& runRoot) {
    const fs::path dir = runRoot / kImaginationsFolder;
    std::vector<Imagination> out;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    std::map<NightKey, std::size_t> where;

    struct Row {
        std::string where;  // "<file>:<line>: "
        const std::vector<std::string>* f = nullptr;
    };
    // Reads one CSV file's rows with the expected header; calls each(row) with the night's
    // Imagination (created in first-seen order) and the class index (0-based).
    auto readFile = [&](const char* name, const char* header, auto each) {
        const fs::path file = dir / name;
        if (!fs::exists(file, ec)) return;
        const auto records = readCsvFile(file);
        if (records.empty() || csvLine(records[0].fields) != std::string(header) + "\n")
            throw InputError(file.string() + ": unexpected header (expected " + header + ")");
        const std::size_t width = records[0].fields.size();
        for (std::size_t k = 1; k < records.size(); ++k) {
            const auto& f = records[k].fields;
            const std::string at = file.string() + ":" + std::to_string(records[k].line) + ": ";
            try {
                if (f.size() != width)
                    throw InputError(at + "expected " + std::to_string(width) + " fields, found " +
                                     std::to_string(f.size()));
                int seed = 0, night = 0, layer = 0, cls = 0;
                auto needInt = [&](std::size_t i, int& v, const char* what) {
                    if (!parseInt(f[i], v)) throw InputError(at + "bad " + what + " '" + f[i] + "'");
                };
                needInt(2, seed, "seed");
                needInt(3, night, "night");
                needInt(4, layer, "layer");
                const std::size_t classCol = std::string(name) == "pca.csv" ? 6 : 5;
                needInt(classCol, cls, "class_index");
                if (cls < 1 || cls > 100000) throw InputError(at + "class_index must be at least 1, not " + f[classCol]);
                const NightKey key{f[0], f[1], seed, night};
                auto it = where.find(key);
                if (it == where.end()) {
                    it = where.emplace(key, out.size()).first;
                    Imagination im;
                    im.classSet = f[0];
                    im.condition = f[1];
                    im.seed = seed;
                    im.day = night;
                    im.layer = layer;
                    out.push_back(std::move(im));
                }
                auto& im = out[it->second];
                const auto c = static_cast<std::size_t>(cls - 1);
                if (im.classNames.size() <= c) im.classNames.resize(c + 1);
                im.classNames[c] = f[classCol + 1];
                each(im, static_cast<int>(c), f, at);
            } catch (const InputError&) {
                if (isCutShort(records, k)) break;  // a kill in the middle of a write
                throw;
            }
        }
    };
    auto number = [](const std::string& s, const std::string& at, const char* what) {
        double v = 0;
        if (!parseDouble(s, v)) throw InputError(at + "bad " + what + " '" + s + "'");
        return v;
    };

    readFile("fidelity.csv", kImaginationFidelityHeader,
             [&](Imagination& im, int c, const std::vector<std::string>& f, const std::string& at) {
                 const auto ci = static_cast<std::size_t>(c);
                 if (im.fidelity.size() <= ci) im.fidelity.resize(ci + 1, 0.0);
                 im.fidelity[ci] = number(f[7], at, "frechet");
             });
    readFile("pca.csv", kImaginationPcaHeader,
             [&](Imagination& im, int c, const std::vector<std::string>& f, const std::string& at) {
                 const auto x = static_cast<float>(number(f[8], at, "pc1"));
                 const auto y = static_cast<float>(number(f[9], at, "pc2"));
                 if (f[5] == "real") {
                     im.pcaRealX.push_back(x);
                     im.pcaRealY.push_back(y);
                     im.pcaRealClass.push_back(c);
                 } else if (f[5] == "imagined") {
                     im.pcaImaginedX.push_back(x);
                     im.pcaImaginedY.push_back(y);
                     im.pcaImaginedClass.push_back(c);
                 } else {
                     throw InputError(at + "source must be real or imagined, not '" + f[5] + "'");
                 }
             });
    readFile("index.csv", kImaginationIndexHeader,
             [&](Imagination& im, int c, const std::vector<std::string>& f, const std::string& at) {
                 int example = 0, rank = 0;
                 if (!parseInt(f[8], example) || example < 1 || example > 100000)
                     throw InputError(at + "bad example '" + f[8] + "' (1, 2, ...)");
                 const std::string& kind = f[7];
                 static const char* const kinds[] = {"real", "real-activation", "real-reconstruction",
                                                     "imagined-activation", "imagined-reconstruction", "neighbour"};
                 if (std::none_of(std::begin(kinds), std::end(kinds), [&](const char* k) { return kind == k; }))
                     throw InputError(at + "unknown kind '" + kind +
                                      "' (real, real-activation, real-reconstruction, imagined-activation, "
                                      "imagined-reconstruction or neighbour)");
                 if (kind == "neighbour" && (!parseInt(f[9], rank) || rank < 1 || rank > 100000))
                     throw InputError(at + "bad rank '" + f[9] + "' of a neighbour (1, 2, ...)");
                 const fs::path rel = fs::path(f[11]);
                 if (f[11].empty() || rel.is_absolute() ||
                     std::any_of(rel.begin(), rel.end(), [](const fs::path& p) { return p == ".."; }))
                     throw InputError(at + "file must be a path inside " + dir.string() + ", not '" + f[11] + "'");
                 const fs::path png = dir / rel;
                 if (!fs::is_regular_file(png, ec))
                     throw InputError(at + "the file " + png.string() + " named here is missing");
                 Picture p = decodePng(readWholeFile(png), png.string());
                 const auto ci = static_cast<std::size_t>(c);
                 const auto e = static_cast<std::size_t>(example - 1);
                 auto put = [&](auto& v, auto value) {
                     if (v.size() <= e) v.resize(e + 1);
                     v[e] = std::move(value);
                 };
                 auto value = [&] { return f[10].empty() ? 0.0 : number(f[10], at, "value"); };
                 if (kind == "real-activation" || kind == "imagined-activation") {
                     if (p.channels != 1 || p.width < 1 || p.height % p.width != 0)
                         throw InputError(png.string() + ": activation maps must be a grey PNG of square maps "
                                          "stacked top to bottom");
                     ActivationMaps m;
                     m.width = m.height = p.width;
                     m.channels = p.height / p.width;
                     m.data = std::move(p.data);
                     auto& all = kind == "real-activation" ? im.real : im.imagined;
                     if (all.size() <= ci) all.resize(ci + 1);
                     put(all[ci], std::move(m));
                     return;
                 }
                 if (im.pictures.size() <= ci) im.pictures.resize(ci + 1);
                 auto& cp = im.pictures[ci];
                 if (kind == "real") {
                     put(cp.real, std::move(p));
                 } else if (kind == "real-reconstruction") {
                     put(cp.realReconstructions, std::move(p));
                     put(cp.realError, value());
                 } else if (kind == "imagined-reconstruction") {
                     put(cp.imaginedReconstructions, std::move(p));
                     put(cp.imaginedError, value());
                 } else {  // a neighbour
                     if (cp.neighbours.size() <= e) {
                         cp.neighbours.resize(e + 1);
                         cp.neighbourSimilarity.resize(e + 1);
                     }
                     const auto r = static_cast<std::size_t>(rank - 1);
                     if (cp.neighbours[e].size() <= r) {
                         cp.neighbours[e].resize(r + 1);
                         cp.neighbourSimilarity[e].resize(r + 1, 0.0);
                     }
                     cp.neighbours[e][r] = std::move(p);
                     cp.neighbourSimilarity[e][r] = value();
                 }
             });
    // Every night's lists span all its classes, as the engine sends them.
    for (auto& im : out) {
        const std::size_t n = im.classNames.size();
        im.fidelity.resize(n, 0.0);
        im.real.resize(n);
        im.imagined.resize(n);
        if (!im.pictures.empty()) im.pictures.resize(n);
    }
    return out;
}

}  // namespace replaylab
