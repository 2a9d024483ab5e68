#include "util/Files.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <system_error>

#include "util/Error.h"

#if defined(_WIN32)
#include <process.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace replaylab {

namespace fs = std::filesystem;

namespace {

/// Flushes the C buffer and asks the OS to put the bytes on disk.
bool flushToDisk(std::FILE* f) {
    if (std::fflush(f) != 0) return false;
#if !defined(_WIN32)
    if (::fsync(::fileno(f)) != 0) return false;
#endif
    return true;
}

/// Best effort: makes a rename durable by syncing the folder that holds it.
void syncFolder([[maybe_unused]] const fs::path& dir) {
#if !defined(_WIN32)
    const fs::path d = dir.empty() ? fs::path(".") : dir;
    const int fd = ::open(d.c_str(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

[[noreturn]] void cannotWrite(const fs::path& p, const std::string& why) {
    throw InputError("cannot write " + p.string() + ": " + why);
}

}  // namespace

long processId() {
#if defined(_WIN32)
    return static_cast<long>(_getpid());
#else
    return static_cast<long>(::getpid());
#endif
}

std::FILE* openFile(const fs::path& p, const char* mode) {
#if defined(_WIN32)
    std::wstring wmode(mode, mode + std::strlen(mode));
    return _wfopen(p.c_str(), wmode.c_str());
#else
    return std::fopen(p.c_str(), mode);
#endif
}

int writeAllAndClose(std::FILE* f, const std::string& data) {
    int err = 0;
    if (!data.empty() && std::fwrite(data.data(), 1, data.size(), f) != data.size())
        err = errno ? errno : EIO;
    if (!err && !flushToDisk(f)) err = errno ? errno : EIO;
    if (std::fclose(f) != 0 && !err) err = errno ? errno : EIO;
    return err;
}

std::string readWholeFile(const fs::path& file) {
    std::error_code ec;
    if (fs::is_directory(file, ec)) throw InputError("cannot read " + file.string() + ": it is a folder");
    std::ifstream in(file, std::ios::binary);
    if (!in) throw InputError("cannot read " + file.string() + ": " + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    if (in.bad()) throw InputError("cannot read " + file.string() + ": read error");
    return buf.str();
}

void writeFileAtomic(const fs::path& path, const std::string& content) {
    const fs::path tmp =
        path.parent_path() / (path.filename().string() + ".tmp-" + std::to_string(processId()));
    std::FILE* f = openFile(tmp, "wb");
    if (!f) cannotWrite(path, std::strerror(errno));
    std::error_code ec;
    if (const int err = writeAllAndClose(f, content); err != 0) {
        fs::remove(tmp, ec);
        cannotWrite(path, std::strerror(err));
    }
    fs::rename(tmp, path, ec);  // replaces path in one step; readers see old or new
    if (ec) {
        std::error_code ignored;
        fs::remove(tmp, ignored);
        cannotWrite(path, ec.message());
    }
    syncFolder(path.parent_path());
}

}  // namespace replaylab
