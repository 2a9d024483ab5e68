#include "util/Paths.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include "util/Error.h"

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <mach-o/dyld.h>
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
#elif defined(_WIN32)
    std::wstring buf(MAX_PATH, L'\0');
    for (;;) {  // a path longer than the buffer is cut to its size: grow and ask again
        const DWORD n = GetModuleFileNameW(nullptr, buf.data(), static_cast<DWORD>(buf.size()));
        if (n == 0) break;
        if (n < buf.size()) return fs::path(buf.substr(0, n)).parent_path();
        if (buf.size() >= 32768) break;
        buf.resize(buf.size() * 2);
    }
#elif defined(__APPLE__)
    uint32_t size = 0;
    _NSGetExecutablePath(nullptr, &size);  // asks for the size
    std::string buf(size, '\0');
    if (_NSGetExecutablePath(buf.data(), &size) == 0) {
        std::error_code ec;
        const fs::path exe = fs::canonical(fs::path(buf.c_str()), ec);  // through symlinks
        return (ec ? fs::path(buf.c_str()) : exe).parent_path();
    }
#endif
    return {};
}

/// "a, b or c".
std::string listOf(const std::vector<fs::path>& paths) {
    std::string out;
    for (std::size_t i = 0; i < paths.size(); ++i) {
        if (i > 0) out += i + 1 == paths.size() ? " or " : ", ";
        out += paths[i].string();
    }
    return out;
}

#ifndef _WIN32
/// The user's own data folder, or empty when neither $XDG_DATA_HOME nor $HOME names an
/// absolute folder (an empty HOME must not turn into /.local/share).
fs::path userDataDir() {
    // XDG: a relative XDG_DATA_HOME is invalid and must be ignored.
    if (auto xdg = env("XDG_DATA_HOME"); !xdg.empty() && fs::path(xdg).is_absolute())
        return fs::path(xdg) / "replaylab";
    if (auto home = env("HOME"); !home.empty() && fs::path(home).is_absolute())
        return fs::path(home) / ".local" / "share" / "replaylab";
    return {};
}

/// The system-wide data folders: each absolute $XDG_DATA_DIRS entry + /replaylab.
std::vector<fs::path> systemDataDirs() {
    std::string dirs = env("XDG_DATA_DIRS");
    if (dirs.empty()) dirs = "/usr/local/share:/usr/share";  // the XDG default
    std::vector<fs::path> out;
    std::size_t start = 0;
    while (start <= dirs.size()) {
        const std::size_t end = std::min(dirs.find(':', start), dirs.size());
        const fs::path entry = dirs.substr(start, end - start);
        if (entry.is_absolute()) out.push_back((entry / "replaylab").lexically_normal());
        start = end + 1;
    }
    return out;
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

std::vector<fs::path> dataSearchPath(const std::string& override) {
    if (!override.empty()) return {fs::path(override)};
    if (auto dir = env("REPLAYLAB_DATA"); !dir.empty()) return {fs::path(dir)};
#ifdef _WIN32
    if (auto local = env("LOCALAPPDATA"); !local.empty()) return {fs::path(local) / "replaylab"};
    return {fs::current_path() / "replaylab-data"};
#else
    std::vector<fs::path> out;
    if (fs::path user = userDataDir(); !user.empty()) out.push_back(std::move(user));
    for (auto& dir : systemDataDirs()) {
        bool seen = false;
        for (const auto& p : out) seen = seen || p.lexically_normal() == dir;
        if (!seen) out.push_back(std::move(dir));
    }
    return out;
#endif
}

fs::path dataDir(const std::string& override) {
    const auto search = dataSearchPath(override);
    for (const auto& dir : search)
        if (hasQuickDraw(dir)) return dir;
    return search.empty() ? fs::path() : search.front();
}

bool hasQuickDraw(const fs::path& dataRoot) {
    const fs::path dir = quickDrawDir(dataRoot);
    std::error_code ec;
    if (fs::exists(dir / ".complete", ec)) return true;
    static const std::string kSuffix = ".ndjson.gz";
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() > kSuffix.size() && name.front() != '.' &&
            name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0 &&
            it->is_regular_file(ec))
            return true;
    }
    return false;
}

fs::path findQuickDrawDir(const std::string& override) {
    const bool explicitDir = !override.empty() || !env("REPLAYLAB_DATA").empty();
    const auto search = dataSearchPath(override);
    if (explicitDir) {
        // A folder the user named is the only one; when it exists, reading it says what is
        // wrong with its files.
        const fs::path root = search.front();
        const fs::path dir = quickDrawDir(root);
        if (isDir(dir)) return dir;
        const std::string from = override.empty() ? " ($REPLAYLAB_DATA)" : "";
        throw InputError("Quick Draw data folder not found: " + dir.string() + from + " (run " +
                         fetchDataCommand() + " " + root.string() + ")");
    }
    std::vector<fs::path> searched;
    for (const auto& root : search) {
        if (hasQuickDraw(root)) return quickDrawDir(root);
        searched.push_back(quickDrawDir(root));
    }
    const std::string cmd = fetchDataCommand();
    std::string msg = "Quick Draw data not found in " + listOf(searched);
#ifndef _WIN32
    if (userDataDir().empty())
        throw InputError(msg + ", and $HOME is not set, so no folder of your own was searched" +
                         " (set HOME and run " + cmd + ", or run " + cmd +
                         " DIR and set $REPLAYLAB_DATA to DIR)");
#endif
    throw InputError(msg + " (run " + cmd + ")");
}

std::string fetchDataCommand() {
#ifdef REPLAYLAB_SOURCE_RESOURCES
    return "scripts/fetch-data.sh";
#else
    return "replaylab-fetch-data";
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
