#pragma once
// The run folder users keep: config.json, manifest.json, metrics.csv (long form), rl.csv,
// summary.txt. Whole files are written atomically (temp file + rename); CSV rows are appended
// one complete block per write and flushed, so a killed run leaves valid files. Each file's
// format lives beside its reader: MetricsCsv.h, RlCsv.h, Manifest.h, config/ConfigJson.h.
#include <filesystem>
#include <string>
#include <vector>

#include "runfolder/ImaginationFiles.h"
#include "runfolder/MetricsCsv.h"
#include "sim/Events.h"
#include "util/Csv.h"
#include "util/FolderLock.h"

namespace replaylab {

class RunDirectory {
public:
    /// Creates root (and parents) and metrics.csv with its header, and holds the folder
    /// (FolderLock) while it lives. Throws InputError if root already holds a metrics.csv
    /// (never overwrite results), or cannot be created.
    explicit RunDirectory(std::filesystem::path root);

    /// Opens the folder of an earlier run that did not finish, to go on with it.
    /// metrics.csv, rl.csv and the CSV files of imaginations/ keep only the rows of the simulations in finished (each
    /// file rewritten atomically); rows of a simulation cut short, and a last line cut
    /// short by a kill, are dropped. Throws InputError naming the file when the folder
    /// holds no metrics.csv, another process still writes it, or a file cannot be read or
    /// written.
    /// held: the folder's FolderLock when the caller took it first (to be refused before
    /// slow checks); taken here when empty.
    static RunDirectory reopen(std::filesystem::path root, const std::vector<SimulationKey>& finished,
                               FolderLock held = {});

    const std::filesystem::path& root() const { return root_; }
    void writeConfig(const std::string& json) const;    ///< config.json
    void writeManifest(const std::string& json) const;  ///< manifest.json
    void appendMetrics(const std::vector<MetricRow>& rows);
    /// rl.csv with a caller-given header (its columns depend on the number of classes).
    void appendRl(const std::string& header, const std::string& lines);
    /// One night's imaginations under imaginations/ (ImaginationFiles.h).
    void appendImagination(const Imagination& im);

private:
    RunDirectory() = default;
    std::filesystem::path root_;
    FolderLock lock_;
    CsvAppender metrics_;
    CsvAppender rl_;
    ImaginationWriter imaginations_;
};

/// Rewrites a CSV file whose first three columns are class_set, condition, seed (metrics.csv,
/// rl.csv) keeping the header and the rows of the simulations in keep; an unterminated
/// last line is dropped. Returns the number of rows kept. A missing file is left missing.
std::size_t keepSimulationRows(const std::filesystem::path& file, const std::vector<SimulationKey>& keep);

/// A new run folder's path: parent/<local date-time>-<name>, with -2, -3, ... added when that
/// folder exists already. The CLI and the app name their runs with it.
std::filesystem::path newRunFolder(const std::filesystem::path& parent, const std::string& name);

}  // namespace replaylab
