#pragma once
// An exclusive hold on a folder while one process writes it.
#include <filesystem>

namespace replaylab {

/// An exclusive hold on a run folder while one process writes it: the file <root>/.lock,
/// locked through the operating system, so that a killed process lets go at once and a
/// second writer (a resume started while the run still goes) is refused. Move-only; the
/// file is removed when the hold ends.
class FolderLock {
public:
    FolderLock() = default;
    /// Throws InputError naming the folder when another process (or another FolderLock
    /// here) holds it, or when the lock file cannot be made.
    explicit FolderLock(const std::filesystem::path& root);
    ~FolderLock();
    FolderLock(FolderLock&& o) noexcept;
    FolderLock& operator=(FolderLock&& o) noexcept;
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;
    bool held() const;

private:
    void release() noexcept;
    std::filesystem::path file_;
#if defined(_WIN32)
    void* handle_ = nullptr;
#else
    int fd_ = -1;
#endif
};

}  // namespace replaylab
