#pragma once
// rl.csv, one row per replay step the hippocampus chose: its row, its writer and its reader.
#include <filesystem>
#include <string>
#include <vector>

#include "sim/Events.h"

namespace replaylab {

/// One row of rl.csv; probabilities[k] is the policy's probability of the set's k-th class.
struct RlRow {
    std::string classSet, condition;
    int seed = 0, night = 0, step = 0;
    std::string cls;
    double reward = 0, chi2 = 0;
    std::vector<double> probabilities;
};

/// The header for a class set of `classes` classes (p_1 ... p_classes).
std::string rlCsvHeader(std::size_t classes);
/// One line (ending in '\n') for a policy step.
std::string rlCsvLine(const PolicyStep& s);

/// Reads rl.csv back, whatever the locale. Throws InputError naming the file, the line and
/// the field on a malformed row; a malformed last row cut short by a kill is left out.
std::vector<RlRow> readRlCsv(const std::filesystem::path& file);

}  // namespace replaylab
