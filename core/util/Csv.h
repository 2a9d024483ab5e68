#pragma once
// The CSV dialect of every result file (RFC 4180, '\n' line ends, numbers with '.' whatever
// the locale): records in and out, numbers parsed and printed without the locale, and an
// appender that adds complete lines with one write.
#include <filesystem>
#include <string>
#include <vector>

namespace replaylab {

/// Quotes a CSV field when it holds a comma, quote or newline (RFC 4180).
std::string csvField(const std::string& s);
/// Fields joined by commas, each quoted as needed, ending in '\n'.
std::string csvLine(const std::vector<std::string>& fields);

/// Fixed formatting of numbers in result files (6 decimals, '.'), so equal runs give equal
/// bytes; "-0.000000" is written "0.000000".
std::string formatNumber(double v);

/// Parses a whole field as an int / a double in the "C" locale ("0.5", never "0,5"; "nan",
/// "inf"). False when the field is empty, partly a number, or out of range.
bool parseInt(const std::string& s, int& out);
bool parseDouble(const std::string& s, double& out);

/// One record of a CSV file.
struct CsvRecord {
    int line = 0;                     ///< 1-based line where the record starts
    std::vector<std::string> fields;
    bool terminated = false;          ///< ended by a newline (false: the file's last bytes)
};
/// Parses CSV text (quoted fields may hold commas, quotes and newlines; blank lines are
/// skipped; a leading BOM is ignored). file names the source in messages. Throws InputError
/// "<file>:<line>: unterminated quoted field".
std::vector<CsvRecord> parseCsv(const std::string& text, const std::filesystem::path& file);
/// Reads and parses a whole CSV file; throws InputError naming the file.
std::vector<CsvRecord> readCsvFile(const std::filesystem::path& file);
/// Whether records[k] is the last record and has no newline: what a kill in the middle of
/// a write leaves. Readers drop such a row when it is malformed, instead of failing.
bool isCutShort(const std::vector<CsvRecord>& records, std::size_t k);

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

}  // namespace replaylab
