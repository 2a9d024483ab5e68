#pragma once
// Keeps the chatter of C libraries off the user's terminal while one is in use.

namespace replaylab {

/// While one lives, whatever is written to the process's standard error (file descriptor 2)
/// goes nowhere. Image decoders (libpng, libjpeg, OpenCV's own log) print their own lines on
/// a corrupt file ("libpng error: ...") before returning an empty image; the loader reports
/// such a file itself, naming it, so their lines only confuse. Process-wide: anything another
/// thread prints meanwhile is lost too, so hold one only around the library calls. Nests and
/// may be held by several threads at once: stderr comes back when the last one ends.
class QuietStderr {
public:
    QuietStderr();
    ~QuietStderr();
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;
};

}  // namespace replaylab
