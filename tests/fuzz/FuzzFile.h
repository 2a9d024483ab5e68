#pragma once
// The readers under fuzz read files: each input is written to one file of this process
// and read back from there.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

/// $TMPDIR, else /dev/shm (memory: a file per input would make /tmp the bottleneck), else /tmp.
inline const std::filesystem::path& fuzzTmpDir() {
    const char* tmp = std::getenv("TMPDIR");
    static const std::filesystem::path dir = tmp && *tmp ? tmp : std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    return dir;
}

inline std::filesystem::path fuzzFile(const uint8_t* data, size_t size, const char* name) {
    static const std::filesystem::path file = fuzzTmpDir() /
                                              ("replaylab-fuzz-" + std::to_string(getpid()) + "-" + name);
    std::FILE* f = std::fopen(file.c_str(), "wb");
    if (!f) std::abort();
    if (size > 0 && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    return file;
}

/// A folder of this process for readers that take a folder (an image folder, the Quick Draw
/// data folder): made once, removed at exit.
inline const std::filesystem::path& fuzzFolder(const char* name) {
    static const std::filesystem::path dir = [name] {
        const std::filesystem::path d = fuzzTmpDir() / ("replaylab-fuzz-" + std::to_string(getpid()) + "-" + name);
        std::filesystem::create_directories(d);
        std::atexit([] { std::error_code ec; std::filesystem::remove_all(fuzzFolder(""), ec); });
        return d;
    }();
    return dir;
}
