#include "util/Blas.h"

#if defined(__unix__) || defined(__APPLE__)
#include <dlfcn.h>
#endif

namespace replaylab {

bool pinBlasToCallingThread() {
#if defined(__unix__) || defined(__APPLE__)
    // Looked up at run time: LibTorch may be linked to OpenBLAS, to MKL (which follows
    // LibTorch's thread setting) or to a single-threaded reference BLAS.
    using SetThreads = void (*)(int);
    static const auto set = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    if (!set) return false;
    set(1);
    return true;
#else
    return false;
#endif
}

}  // namespace replaylab
