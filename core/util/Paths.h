#pragma once
#include <filesystem>
#include <string>

namespace replaylab {

/// The folder of shipped resources (class sets, the default backbone): $REPLAYLAB_RESOURCES,
/// else the build-time source tree's resources/, else <exe dir>/../share/replaylab.
std::filesystem::path resourceDir();

/// A shipped-resource file named in a config (e.g. data.class_sets_file): an empty value
/// gives resourceDir()/defaultRelative; an absolute path, or a relative one that exists
/// relative to the working directory, is used as it is; otherwise a relative path is taken
/// relative to resourceDir() ("class_sets/imagenet_s1.json" ->
/// <resources>/class_sets/imagenet_s1.json) when that file exists. Else the value as written,
/// so that the "not found" message names what the user wrote.
std::filesystem::path resolveResourceFile(const std::string& value,
                                          const std::filesystem::path& defaultRelative = {});

/// The data folder: the argument if non-empty, else $REPLAYLAB_DATA, else
/// $XDG_DATA_HOME/replaylab (~/.local/share/replaylab; %LOCALAPPDATA%\replaylab on Windows).
std::filesystem::path dataDir(const std::string& override = {});

/// Where the Quick Draw drawings are inside the data folder.
std::filesystem::path quickDrawDir(const std::filesystem::path& dataRoot);

}  // namespace replaylab
