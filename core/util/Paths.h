#pragma once
#include <filesystem>
#include <string>
#include <vector>

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

/// The folders searched for the data, in order. An explicit folder (the argument if
/// non-empty, else $REPLAYLAB_DATA) is the only one. Otherwise the user's folder,
/// $XDG_DATA_HOME/replaylab or else $HOME/.local/share/replaylab (left out when neither
/// variable names an absolute folder), then the system-wide ones, each $XDG_DATA_DIRS entry
/// + /replaylab (default /usr/local/share:/usr/share). On Windows:
/// %LOCALAPPDATA%\replaylab.
std::vector<std::filesystem::path> dataSearchPath(const std::string& override = {});

/// The data folder: the first of dataSearchPath(override) holding Quick Draw data, else the
/// first of them (the user's folder, where the data goes by default).
std::filesystem::path dataDir(const std::string& override = {});

/// Where the Quick Draw drawings are inside the data folder.
std::filesystem::path quickDrawDir(const std::filesystem::path& dataRoot);

/// Whether dataRoot holds Quick Draw data: a finished fetch (quickdraw/.complete) or at
/// least one quickdraw/<category>.ndjson.gz.
bool hasQuickDraw(const std::filesystem::path& dataRoot);

/// The Quick Draw folder of the first of dataSearchPath(override) that holds the data.
/// Throws InputError naming every folder searched and the command that fetches the data.
std::filesystem::path findQuickDrawDir(const std::string& override = {});

/// The command that fetches the data: "replaylab-fetch-data" in an installed package,
/// "scripts/fetch-data.sh" in a build used in place.
std::string fetchDataCommand();

}  // namespace replaylab
