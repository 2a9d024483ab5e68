#pragma once
// Progress for a terminal: a redrawn bar with ETA on a TTY, plain lines otherwise.
#include <cstdio>
#include <map>
#include <string>

#include "sim/Events.h"

namespace replaylab {

class ConsoleProgress : public Observer {
public:
    /// out: where to print (stderr by default); tty: redraw a bar instead of lines.
    explicit ConsoleProgress(std::FILE* out = stderr, bool tty = isTerminal(stderr));
    void runStarted(const RunInfo& info) override;
    void progress(const Progress& p) override;
    void warning(const std::string& w) override;
    void runFinished(const RunSummary& s) override;

    static bool isTerminal(std::FILE* f);

private:
    std::FILE* out_;
    bool tty_;
    std::string lastKey_;
    std::map<int, std::string> lastLine_;  ///< per simulation (several run at once): its last phase and day
    int lastPercent_ = -1;
    bool barShown_ = false;
};

}  // namespace replaylab
