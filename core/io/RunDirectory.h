#pragma once
// The run directory users keep: config.json, manifest.json, metrics.csv (long form), rl.csv.
// Whole files are written atomically (temp file + rename); CSV rows are appended one
// complete block per write and flushed, so a killed run leaves valid files.
#include <filesystem>
#include <string>
#include <vector>

#include "sim/Events.h"

namespace replaylab {

/// Writes content to path through a temporary file in the same folder and a rename.
/// Throws InputError naming the file on failure; the old file, if any, is left intact.
void writeFileAtomic(const std::filesystem::path& path, const std::string& content);

/// Quotes a CSV field when it holds a comma, quote or newline (RFC 4180).
std::string csvField(const std::string& s);

/// Fixed formatting of numbers in result files, so equal runs give equal bytes.
std::string formatNumber(double v);

/// One value of metrics.csv.
struct MetricRow {
    std::string classSet;    ///< class set name ("set 1")
    std::string condition;   ///< e.g. "none", "generative-pool4"
    int seed = 0;
    int day = 0;             ///< 1-based
    std::string phase;       ///< "day", "night" or "best" (best-by-validation-loss checkpoint)
    std::string split;       ///< "test" or "val"
    std::string cls;         ///< "all" or a class name
    double accuracy = 0.0;   ///< fraction correct, 0..1
    double loss = 0.0;       ///< mean cross-entropy
};
extern const char* const kMetricsHeader;  ///< the header line of metrics.csv, without newline

/// Appends rows to a CSV file with a header written when the file is created.
class CsvAppender {
public:
    CsvAppender() = default;
    /// Creates the file holding just the header when it is absent or empty.
    /// Throws InputError naming the file when it cannot be written.
    CsvAppender(std::filesystem::path path, std::string header);
    /// Appends complete lines (each ending in '\n') with one write and a flush.
    void append(const std::string& lines);
    const std::filesystem::path& path() const { return path_; }
    const std::string& header() const { return header_; }

private:
    std::filesystem::path path_;
    std::string header_;
};

std::string toCsvLines(const std::vector<MetricRow>& rows);

/// An exclusive hold on a run folder while one process writes it: the file <root>/.lock,
/// locked through the operating system, so that a killed process lets go at once and a
/// second writer (a resume started while the run still goes) is refused. Move-only; the
/// file is removed when the hold ends.
class FolderLock {
public:
    FolderLock() = default;
    /// Throws InputError naming the folder when another process (or another FolderLock
    /// here) holds it, or when the lock file cannot be made.
    explicit FolderLock(const std::filesystem::path& root);
    ~FolderLock();
    FolderLock(FolderLock&& o) noexcept;
    FolderLock& operator=(FolderLock&& o) noexcept;
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    bool held() const;

private:
    void release() noexcept;
    std::filesystem::path file_;
#if defined(_WIN32)
    void* handle_ = nullptr;
#else
    int fd_ = -1;
#endif
};

class RunDirectory {
public:
    /// Creates root (and parents) and metrics.csv with its header, and holds the folder
    /// (FolderLock) while it lives. Throws InputError if root already holds a metrics.csv
    /// (never overwrite results), or cannot be created.
    explicit RunDirectory(std::filesystem::path root);

    /// Opens the folder of an earlier run that did not finish, to go on with it.
    /// metrics.csv and rl.csv keep only the rows of the simulations in finished (each
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

private:
    RunDirectory() = default;
    std::filesystem::path root_;
    FolderLock lock_;
    CsvAppender metrics_;
    CsvAppender rl_;
};

/// One record of a CSV file.
struct CsvRecord {
    int line = 0;                     ///< 1-based line where the record starts
    std::vector<std::string> fields;
    bool terminated = false;          ///< ended by a newline (false: the file's last bytes)
};
/// Reads a whole CSV file (RFC 4180: quoted fields may hold commas, quotes and newlines;
/// blank lines are skipped). Throws InputError naming the file when it cannot be read or
/// a quoted field is not closed.
std::vector<CsvRecord> readCsvFile(const std::filesystem::path& file);
/// Whether records[k] is the last record and has no newline: what a kill in the middle of
/// a write leaves. Readers drop such a row when it is malformed, instead of failing.
bool isCutShort(const std::vector<CsvRecord>& records, std::size_t k);

/// Reads metrics.csv back (for reports, the GUI, tests). Throws InputError naming the file
/// and line on a malformed row; a malformed last row without its newline (cut short by a
/// kill) is left out instead.
std::vector<MetricRow> readMetricsCsv(const std::filesystem::path& file);

/// Rewrites a CSV file whose first three columns are class_set, condition, seed (metrics.csv,
/// rl.csv) keeping the header and the rows of the simulations in keep; an unterminated
/// last line is dropped. Returns the number of rows kept. A missing file is left missing.
std::size_t keepSimulationRows(const std::filesystem::path& file, const std::vector<SimulationKey>& keep);

}  // namespace replaylab
