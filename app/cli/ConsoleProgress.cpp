#include "ConsoleProgress.h"

#include "util/Text.h"

#include <cmath>

#if defined(_WIN32)
#include <io.h>
#define RL_ISATTY _isatty
#define RL_FILENO _fileno
#else
#include <unistd.h>
#define RL_ISATTY isatty
#define RL_FILENO fileno
#endif

namespace replaylab {

ConsoleProgress::ConsoleProgress(std::FILE* out, bool tty) : out_(out), tty_(tty) {}

bool ConsoleProgress::isTerminal(std::FILE* f) { return RL_ISATTY(RL_FILENO(f)) != 0; }

void ConsoleProgress::runStarted(const RunInfo& info) {
    std::fprintf(out_, "Replay Lab: %d simulation(s) = %zu class set(s) x %zu condition(s) x %d seed(s), %d days, %s, %d thread(s) each, %d at once\n",
                 info.simulations, info.classSets.size(), info.conditions.size(),
                 info.seedsPerClassSet, info.days, info.device.c_str(), info.threads, info.jobs);
    if (info.alreadyFinished > 0)
        std::fprintf(out_, "resumed: %d of them finished before and are kept\n", info.alreadyFinished);
    std::fflush(out_);
}

void ConsoleProgress::progress(const Progress& p) {
    const int percent = static_cast<int>(std::floor(p.fraction * 100.0));
    char what[256];
    if (p.phase == replaylab::Phase::Load)  // before any day: the class set's images are being read
        std::snprintf(what, sizeof what, "sim %d/%d  %s  loading images", p.simulation, p.simulations,
                      p.classSet.c_str());
    else
        std::snprintf(what, sizeof what, "sim %d/%d  %s  %s  seed %d  %s %d/%d", p.simulation,
                      p.simulations, p.classSet.c_str(), p.condition.c_str(), p.seed, replaylab::toString(p.phase),
                      p.day, p.days);
    if (tty_) {
        if (percent == lastPercent_ && lastKey_ == what) return;
        constexpr int kWidth = 24;
        const int filled = static_cast<int>(p.fraction * kWidth);
        std::string bar(static_cast<std::size_t>(filled), '#');
        bar += std::string(static_cast<std::size_t>(kWidth - filled), '-');
        std::fprintf(out_, "\r\033[K[%s] %3d%%  %s  elapsed %s  ETA %s", bar.c_str(), percent, what,
                     formatDuration(p.elapsedSeconds).c_str(), formatDuration(p.etaSeconds).c_str());
        barShown_ = true;
    } else {
        // One line per simulation-day-phase, not per batch (per simulation: several may
        // run at once and take turns here).
        char key[300];
        std::snprintf(key, sizeof key, "%s %d", replaylab::toString(p.phase), p.day);
        auto& last = lastLine_[p.simulation];
        if (last == key) return;
        last = key;
        std::fprintf(out_, "%3d%%  %s  elapsed %s  ETA %s\n", percent, what,
                     formatDuration(p.elapsedSeconds).c_str(), formatDuration(p.etaSeconds).c_str());
        std::fflush(out_);
        return;
    }
    lastKey_ = what;
    lastPercent_ = percent;
    std::fflush(out_);
}

void ConsoleProgress::warning(const std::string& w) {
    std::fprintf(out_, "%swarning: %s\n", barShown_ ? "\n" : "", w.c_str());
    barShown_ = false;
}

void ConsoleProgress::runFinished(const RunSummary& s) {
    if (barShown_) std::fprintf(out_, "\n");
    std::fprintf(out_, "Run %s in %s%s%s\n", toString(s.status), formatDuration(s.wallSeconds).c_str(),
                 s.message.empty() ? "" : ": ", s.message.c_str());
    std::fflush(out_);
}

}  // namespace replaylab
