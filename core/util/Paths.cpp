#include "util/Paths.h"

#include <cstdlib>
#include <system_error>

#if defined(__unix__) || defined(__APPLE__)
#include <pwd.h>
#include <unistd.h>
#endif

namespace replaylab {

namespace fs = std::filesystem;

namespace {

/// The environment variable's value, or empty when unset.
std::string env(const char* name) {
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

bool isDir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

/// The folder holding the running executable, or empty where it cannot be found.
fs::path executableDir() {
#if defined(__linux__)
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) return exe.parent_path();
#endif
    return {};
}

#ifndef _WIN32
fs::path homeDir() {
    if (auto home = env("HOME"); !home.empty()) return home;
#if defined(__unix__) || defined(__APPLE__)
    if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) return pw->pw_dir;
#endif
    return fs::current_path();
}
#endif

}  // namespace

fs::path resourceDir() {
    if (auto dir = env("REPLAYLAB_RESOURCES"); !dir.empty()) return dir;
#ifdef REPLAYLAB_SOURCE_RESOURCES
    const fs::path source = REPLAYLAB_SOURCE_RESOURCES;
    if (isDir(source)) return source;
#else
    const fs::path source;
#endif
    if (const fs::path exeDir = executableDir(); !exeDir.empty()) {
        const fs::path installed = (exeDir / ".." / "share" / "replaylab").lexically_normal();
        if (isDir(installed) || source.empty()) return installed;
    }
    // Neither exists: name the source tree's folder, so the error message points somewhere.
    return source;
}

fs::path dataDir(const std::string& override) {
    if (!override.empty()) return override;
    if (auto dir = env("REPLAYLAB_DATA"); !dir.empty()) return dir;
#ifdef _WIN32
    if (auto local = env("LOCALAPPDATA"); !local.empty()) return fs::path(local) / "replaylab";
    return fs::current_path() / "replaylab-data";
#else
    // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
    if (auto xdg = env("XDG_DATA_HOME"); !xdg.empty() && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "replaylab";
    return homeDir() / ".local" / "share" / "replaylab";
#endif
}

fs::path resolveResourceFile(const std::string& value, const fs::path& defaultRelative) {
    if (value.empty()) return resourceDir() / defaultRelative;
    const fs::path p(value);
    std::error_code ec;
    if (p.is_absolute() || fs::exists(p, ec)) return p;
    const fs::path shipped = resourceDir() / p;
    if (fs::exists(shipped, ec)) return shipped;
    return p;
}

fs::path quickDrawDir(const fs::path& dataRoot) { return dataRoot / "quickdraw"; }

}  // namespace replaylab
