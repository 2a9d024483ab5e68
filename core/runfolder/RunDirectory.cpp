#include "runfolder/RunDirectory.h"

#include <algorithm>
#include <ctime>
#include <stdexcept>
#include <system_error>

#include "util/Csv.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/Text.h"

namespace replaylab {

namespace fs = std::filesystem;

RunDirectory::RunDirectory(fs::path root) : root_(std::move(root)) {
    std::error_code ec;
    if (fs::exists(root_ / "metrics.csv", ec))
        throw InputError(root_.string() +
                         " already holds results (metrics.csv); choose another output folder");
    fs::create_directories(root_, ec);
    if (ec) throw InputError("cannot create folder " + root_.string() + ": " + ec.message());
    if (!fs::is_directory(root_, ec))
        throw InputError("cannot create folder " + root_.string() + ": a file of that name exists");
    lock_ = FolderLock(root_);
    if (fs::exists(root_ / "metrics.csv", ec))  // made by another process in the meantime
        throw InputError(root_.string() +
                         " already holds results (metrics.csv); choose another output folder");
    metrics_ = CsvAppender(root_ / "metrics.csv", kMetricsHeader);
    imaginations_ = ImaginationWriter(root_);
}

RunDirectory RunDirectory::reopen(fs::path root, const std::vector<SimulationKey>& finished, FolderLock held) {
    RunDirectory d;
    d.root_ = std::move(root);
    std::error_code ec;
    if (!fs::is_regular_file(d.root_ / "metrics.csv", ec))
        throw InputError(d.root_.string() + ": no metrics.csv here, so no run to resume");
    d.lock_ = held.held() ? std::move(held) : FolderLock(d.root_);
    keepSimulationRows(d.root_ / "metrics.csv", finished);
    d.metrics_ = CsvAppender(d.root_ / "metrics.csv", kMetricsHeader);
    keepSimulationRows(d.root_ / "rl.csv", finished);
    // A simulation run again rewrites its PNGs under the same names, so only rows need going.
    for (const char* f : {"index.csv", "pca.csv", "fidelity.csv"})
        keepSimulationRows(d.root_ / kImaginationsFolder / f, finished);
    d.imaginations_ = ImaginationWriter(d.root_);
    return d;
}

void RunDirectory::writeConfig(const std::string& json) const {
    writeFileAtomic(root_ / "config.json", json);
}

void RunDirectory::writeManifest(const std::string& json) const {
    writeFileAtomic(root_ / "manifest.json", json);
}

void RunDirectory::appendMetrics(const std::vector<MetricRow>& rows) {
    metrics_.append(toCsvLines(rows));
}

void RunDirectory::appendRl(const std::string& header, const std::string& lines) {
    if (rl_.path().empty()) rl_ = CsvAppender(root_ / "rl.csv", header);
    else if (rl_.header() != header)
        throw std::logic_error("rl.csv: the header changed during a run");
    rl_.append(lines);
}

void RunDirectory::appendImagination(const Imagination& im) { imaginations_.write(im); }

std::size_t keepSimulationRows(const fs::path& file, const std::vector<SimulationKey>& keep) {
    std::error_code ec;
    if (!fs::exists(file, ec)) return 0;
    std::string text = readWholeFile(file);
    // A kill during a write can leave a last line without its newline: it is not a row.
    const auto lastNewline = text.rfind('\n');
    text.erase(lastNewline == std::string::npos ? 0 : lastNewline + 1);
    const auto records = parseCsv(text, file);
    if (records.empty()) throw InputError(file.string() + ": no header line");
    const auto& header = records[0].fields;
    if (header.size() < 3 || header[0] != "class_set" || header[1] != "condition" || header[2] != "seed")
        throw InputError(file.string() + ":" + std::to_string(records[0].line) +
                         ": expected a header starting 'class_set,condition,seed'");
    std::string out = csvLine(header);
    std::size_t kept = 0;
    for (std::size_t k = 1; k < records.size(); ++k) {
        const auto& f = records[k].fields;
        SimulationKey key;
        if (f.size() != header.size() || !parseInt(f[2], key.seed)) continue;  // cut short
        key.classSet = f[0];
        key.condition = f[1];
        if (std::find(keep.begin(), keep.end(), key) == keep.end()) continue;
        out += csvLine(f);
        ++kept;
    }
    writeFileAtomic(file, out);
    return kept;
}

fs::path newRunFolder(const fs::path& parent, const std::string& name) {
    const std::string stem = localStamp(std::time(nullptr)) + "-" + name;
    fs::path path = parent / stem;
    std::error_code ec;
    for (int i = 2; fs::exists(path, ec); ++i) path = parent / (stem + "-" + std::to_string(i));
    return path;
}

}  // namespace replaylab
