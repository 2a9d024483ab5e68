#include "util/QuietStderr.h"

#include <cstdio>
#include <fcntl.h>
#include <mutex>

#if defined(_WIN32)
#include <io.h>
#define REPLAYLAB_DUP _dup
#define REPLAYLAB_DUP2 _dup2
#define REPLAYLAB_CLOSE _close
#define REPLAYLAB_NULL_DEVICE "NUL"
#define REPLAYLAB_OPEN _open
#define REPLAYLAB_WRONLY _O_WRONLY
#else
#include <unistd.h>
#define REPLAYLAB_DUP dup
#define REPLAYLAB_DUP2 dup2
#define REPLAYLAB_CLOSE close
#define REPLAYLAB_NULL_DEVICE "/dev/null"
#define REPLAYLAB_OPEN open
#define REPLAYLAB_WRONLY O_WRONLY
#endif

namespace replaylab {
namespace {

std::mutex gMutex;
int gDepth = 0;
int gSaved = -1;  // the real stderr while silenced

}  // namespace

QuietStderr::QuietStderr() {
    std::lock_guard<std::mutex> lock(gMutex);
    if (gDepth++ > 0) return;
    std::fflush(stderr);
    gSaved = REPLAYLAB_DUP(2);
    if (gSaved < 0) return;  // cannot keep a copy: leave stderr as it is
    const int null = REPLAYLAB_OPEN(REPLAYLAB_NULL_DEVICE, REPLAYLAB_WRONLY);
    if (null < 0 || REPLAYLAB_DUP2(null, 2) < 0) {
        REPLAYLAB_CLOSE(gSaved);
        gSaved = -1;
    }
    if (null >= 0) REPLAYLAB_CLOSE(null);
}

QuietStderr::~QuietStderr() {
    std::lock_guard<std::mutex> lock(gMutex);
    if (--gDepth > 0 || gSaved < 0) return;
    std::fflush(stderr);
    REPLAYLAB_DUP2(gSaved, 2);
    REPLAYLAB_CLOSE(gSaved);
    gSaved = -1;
}

}  // namespace replaylab
