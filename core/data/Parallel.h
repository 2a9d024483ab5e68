#pragma once
// parallelFor: independent per-image work (decoding, resizing) on all cores, with results in
// per-index slots so that the output order never depends on the threads. Internal to core.
//
// It runs on OpenCV's own thread pool (cv::parallel_for_: TBB, or OpenCV's pthreads pool,
// one thread per core by default, cv::getNumThreads()) rather than on threads of its own:
// OpenCV runs every parallel_for_ nested in another one serially, so the resizes and colour
// conversions inside the work items do not fight the outer loop for the cores. Measured on 2
// cores: a separate std::thread pool left OpenCV's inner parallel loops waiting on each other
// and used 70% of the CPU time the sequential loop used, at the same work.
#include <atomic>
#include <cstddef>
#include <exception>
#include <limits>
#include <mutex>

#include <opencv2/core/utility.hpp>

namespace replaylab {

/// Calls f(i) for i = 0..n-1, in parallel when parallel is true, OpenCV has more than one
/// thread and n > 1; otherwise in order on the calling thread. f must only touch state of
/// its own index. If calls throw, no index above a failed one is started once the failure
/// is seen, every index below it still runs, and the exception of the lowest failed index is
/// rethrown when all have finished: the error a sequential loop would have raised.
template <class F>
void parallelFor(std::size_t n, F&& f, bool parallel = true) {
    if (n == 0) return;
    if (!parallel || n == 1 || cv::getNumThreads() <= 1) {
        for (std::size_t i = 0; i < n; ++i) f(i);
        return;
    }
    std::atomic<std::size_t> firstFailed{std::numeric_limits<std::size_t>::max()};
    std::mutex mu;
    std::exception_ptr error;
    cv::parallel_for_(
        cv::Range(0, static_cast<int>(n)),
        [&](const cv::Range& r) {
            for (int k = r.start; k < r.end; ++k) {
                const auto i = static_cast<std::size_t>(k);
                if (i > firstFailed.load()) return;
                try {
                    f(i);
                } catch (...) {
                    std::lock_guard<std::mutex> lock(mu);
                    if (i < firstFailed.load()) {
                        firstFailed.store(i);
                        error = std::current_exception();
                    }
                }
            }
        },
        static_cast<double>(n));  // one stripe per item: items vary in cost
    if (error) std::rethrow_exception(error);
}

}  // namespace replaylab
