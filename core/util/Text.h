#pragma once
// Small text helpers shared by every layer: first lines of messages, lists, times.
#include <ctime>
#include <string>
#include <vector>

namespace replaylab {

/// The first line of a message (LibTorch appends a C++ stack trace users do not need).
std::string firstLine(const std::string& what);

/// "a, b ,c" -> {"a", "b", "c"}: comma-separated items, spaces around them dropped, empty
/// items left out.
std::vector<std::string> splitList(const std::string& s);

/// "1:05:03", "4:07", "0:09"; "?" for a negative duration.
std::string formatDuration(double seconds);

/// A duration in the unit that reads best: "42 s", "12.5 min", "3.4 h", "12.3 days",
/// "2.1 years"; "?" for a negative or non-finite duration.
std::string formatSpan(double seconds);

/// The current UTC time as ISO 8601 ("2026-11-28T18:37:36Z").
std::string utcNow();

/// Local time as "20261128-183736", the stem of run-folder names.
std::string localStamp(std::time_t t);

}  // namespace replaylab

namespace replaylab {

/// While it lives, printf-style formatting on this thread uses the "C" locale ('.' for the
/// decimal point), whatever the program's locale: for text that goes into run files
/// (summary.txt) and tables people compare. Only this thread is affected.
class ClassicNumbers {
public:
    ClassicNumbers();
    ~ClassicNumbers();
    ClassicNumbers(const ClassicNumbers&) = delete;
    ClassicNumbers& operator=(const ClassicNumbers&) = delete;

private:
    void* previous_ = nullptr;
    int mode_ = 0;
};

}  // namespace replaylab
