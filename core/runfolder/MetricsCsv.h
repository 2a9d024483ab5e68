#pragma once
// metrics.csv, the run's accuracy table in long form: its row, its writer and its reader.
#include <filesystem>
#include <string>
#include <vector>

#include "sim/Events.h"

namespace replaylab {

/// One value of metrics.csv.
struct MetricRow {
    std::string classSet;    ///< class set name ("set 1")
    std::string condition;   ///< e.g. "none", "generative-pool4"
    int seed = 0;
    int day = 0;             ///< 1-based
    Phase phase = Phase::Day;  ///< Day, Night or Best (best-by-validation-loss checkpoint)
    std::string split;       ///< "test" or "val"
    std::string cls;         ///< "all" or a class name
    double accuracy = 0.0;   ///< fraction correct, 0..1
    double loss = 0.0;       ///< mean cross-entropy
};
extern const char* const kMetricsHeader;  ///< the header line of metrics.csv, without newline

/// The rows of one evaluation: "all" first, then each class in the set's order.
std::vector<MetricRow> toMetricRows(const Evaluation& e);

/// The CSV lines of rows (each ending in '\n'), numbers in the fixed format of formatNumber.
std::string toCsvLines(const std::vector<MetricRow>& rows);

/// Reads metrics.csv back (for reports, the GUI, tests), whatever the locale. Throws
/// InputError naming the file and line on a malformed row; a malformed last row without its
/// newline (cut short by a kill) is left out instead.
std::vector<MetricRow> readMetricsCsv(const std::filesystem::path& file);

}  // namespace replaylab
