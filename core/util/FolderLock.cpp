#include "util/FolderLock.h"

#include <cerrno>
#include <cstring>
#include <string>

#include "util/Error.h"
#include "util/Files.h"

#if defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace replaylab {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void cannotWrite(const fs::path& p, const std::string& why) {
    throw InputError("cannot write " + p.string() + ": " + why);
}

}  // namespace

FolderLock::FolderLock(const fs::path& root) : file_(root / ".lock") {
    const std::string busy = root.string() + ": another Replay Lab process is writing this run folder (" +
                             file_.string() + " is locked); wait for it to end or stop it first";
#if defined(_WIN32)
    // No sharing: a second open fails while this handle lives; the OS closes it (and
    // deletes the file) when the process ends, however it ends.
    HANDLE h = ::CreateFileW(file_.c_str(), GENERIC_READ | GENERIC_WRITE, 0, nullptr, OPEN_ALWAYS,
                             FILE_ATTRIBUTE_NORMAL | FILE_FLAG_DELETE_ON_CLOSE, nullptr);
    if (h == INVALID_HANDLE_VALUE) {
        const DWORD err = ::GetLastError();
        if (err == ERROR_SHARING_VIOLATION || err == ERROR_ACCESS_DENIED) throw InputError(busy);
        cannotWrite(file_, "error " + std::to_string(err));
    }
    handle_ = h;
#else
    fd_ = ::open(file_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) cannotWrite(file_, std::strerror(errno));
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        ::close(fd_);
        fd_ = -1;
        if (err == EWOULDBLOCK) throw InputError(busy);
        cannotWrite(file_, std::strerror(err));
    }
    const std::string pid = std::to_string(processId()) + "\n";
    if (::ftruncate(fd_, 0) == 0 && ::write(fd_, pid.data(), pid.size()) < 0) {
        // the process id is for people looking at the folder; the lock holds without it
    }
#endif
}

FolderLock::~FolderLock() { release(); }

bool FolderLock::held() const {
#if defined(_WIN32)
    return handle_ != nullptr;
#else
    return fd_ >= 0;
#endif
}

FolderLock::FolderLock(FolderLock&& o) noexcept { *this = std::move(o); }

FolderLock& FolderLock::operator=(FolderLock&& o) noexcept {
    if (this != &o) {
        release();
        file_ = std::move(o.file_);
#if defined(_WIN32)
        handle_ = o.handle_;
        o.handle_ = nullptr;
#else
        fd_ = o.fd_;
        o.fd_ = -1;
#endif
    }
    return *this;
}

void FolderLock::release() noexcept {
#if defined(_WIN32)
    if (handle_) ::CloseHandle(static_cast<HANDLE>(handle_));  // deletes the file
    handle_ = nullptr;
#else
    if (fd_ >= 0) {
        ::unlink(file_.c_str());  // while still held, so no other writer sees a stale hold
        ::close(fd_);
    }
    fd_ = -1;
#endif
}

}  // namespace replaylab
