#pragma once
// The paper's figures from a run folder, without a window: each chart of the app built from
// the folder's files (metrics.csv, rl.csv) and written as PNG, SVG or PDF. What
// `replaylab-cli report <run> --figures` calls; plain std types, so the CLI sees no Qt here.
#include <string>
#include <vector>

namespace replaylab::ui {

struct FigureRequest {
    std::string runDir;
    std::string formats = "png";     ///< comma-separated: png, svg, pdf
    std::string size = "1600x1000";  ///< WxH in pixels (for PDF: the page is W/dpi x H/dpi inches)
    double dpi = 150;
    std::string outDir;  ///< empty: <runDir>/figures
};

/// Writes every figure the run has data for: accuracy per day (SEM bands), final and
/// best-by-validation accuracy per condition, the difference from no replay (when the run has
/// it), per-class uniform vs RL bars, the replay share against initial accuracy and the RL
/// policy (when the run has rl rows), then the drawings sheet of each run and night the run
/// kept imaginations for (PNG only: imaginations-<set>-<condition>-seed<N>-night<NN>.png).
/// A sweep folder gives its chart of replay's effect against the swept value (sweep.<format>).
/// Returns the files written, in that order. Throws
/// replaylab::InputError with one line naming the flag or file: an unknown format, a size or
/// resolution out of range, a folder that is not a run, a file that cannot be written.
/// Makes a QApplication for the time of the call when there is none (the platform is the
/// caller's QT_QPA_PLATFORM: "offscreen" needs no display).
std::vector<std::string> writeFigures(const FigureRequest& request);

/// "png,svg" -> {"png", "svg"}; InputError naming --format otherwise.
std::vector<std::string> parseFigureFormats(const std::string& text);
/// "1600x1000" -> {1600, 1000}; InputError naming --size unless both are 100..20000.
std::pair<int, int> parseFigureSize(const std::string& text);

}  // namespace replaylab::ui
