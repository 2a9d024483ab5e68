#pragma once
#include <filesystem>
#include <string>

namespace rl {

/// The folder of shipped resources (class sets, the default backbone): $REPLAYLAB_RESOURCES,
/// else the build-time source tree's resources/, else <exe dir>/../share/replaylab.
std::filesystem::path resourceDir();

/// The data folder: the argument if non-empty, else $REPLAYLAB_DATA, else
/// $XDG_DATA_HOME/replaylab (~/.local/share/replaylab; %LOCALAPPDATA%\replaylab on Windows).
std::filesystem::path dataDir(const std::string& override = {});

/// Where the Quick Draw drawings are inside the data folder.
std::filesystem::path quickDrawDir(const std::filesystem::path& dataRoot);

}  // namespace rl
