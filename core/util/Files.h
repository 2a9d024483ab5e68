#pragma once
// Whole-file reads and atomic whole-file writes. The bottom layer: imports nothing of the
// engine, so every other folder may use it.
#include <cstdio>
#include <filesystem>
#include <string>

namespace replaylab {

/// The file's bytes. Throws InputError naming the file and the reason when it cannot be read.
std::string readWholeFile(const std::filesystem::path& file);

/// Writes content to path through a temporary file in the same folder and a rename.
/// Throws InputError naming the file on failure; the old file, if any, is left intact.
void writeFileAtomic(const std::filesystem::path& path, const std::string& content);

/// Opens a file with a path that may hold any characters the platform allows.
std::FILE* openFile(const std::filesystem::path& p, const char* mode);

/// Writes data to an open file with one write, flushes it to disk and closes it.
/// Returns 0 on success, else the errno of the first failure.
int writeAllAndClose(std::FILE* f, const std::string& data);

/// This process's id, for temporary names and lock files.
long processId();

}  // namespace replaylab
