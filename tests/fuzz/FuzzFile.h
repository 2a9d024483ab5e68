#pragma once
// The readers under fuzz read files: each input is written to one file of this process
// and read back from there.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <unistd.h>

inline std::filesystem::path fuzzFile(const uint8_t* data, size_t size, const char* name) {
    // $TMPDIR, else /dev/shm (memory: a file per input would make /tmp the bottleneck), else /tmp.
    const char* tmp = std::getenv("TMPDIR");
    static const std::filesystem::path dir = tmp && *tmp ? tmp : std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : "/tmp";
    static const std::filesystem::path file = dir /
                                              ("replaylab-fuzz-" + std::to_string(getpid()) + "-" + name);
    std::FILE* f = std::fopen(file.c_str(), "wb");
    if (!f) std::abort();
    if (size > 0 && std::fwrite(data, 1, size, f) != size) std::abort();
    std::fclose(f);
    return file;
}
