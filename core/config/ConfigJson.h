#pragma once
// ExperimentConfig <-> JSON (the format of config.json, of the CLI's --config and of the
// GUI's save/load), validation and the presets.
#include <filesystem>
#include <string>
#include <vector>

#include "config/ExperimentConfig.h"

namespace replaylab {

/// Pretty JSON with every setting (snake_case keys, grouped as the struct).
std::string configToJson(const ExperimentConfig& cfg);

/// Parses JSON text; missing keys keep their defaults. Throws InputError on malformed JSON,
/// an unknown key (named with its path, e.g. "train.dayz") or a value of the wrong type.
/// origin names the file in messages.
ExperimentConfig configFromJson(const std::string& text, const std::string& origin = "config");

/// Reads a JSON config file (--config, the app's Load). Throws InputError naming the file
/// when it is a folder, missing, unreadable, empty, or holds bad JSON (as configFromJson).
ExperimentConfig configFromFile(const std::filesystem::path& file);

/// Problems with the settings themselves, each one clear line naming the setting
/// (e.g. "train.days must be at least 1 (got 0)"). Empty when valid. Checks that need the
/// data (unknown classes, too few images) happen when the data is loaded.
std::vector<std::string> validateConfig(const ExperimentConfig& cfg);

/// Names of the built-in presets: "default", "where", "when", "which".
std::vector<std::string> presetNames();
/// A built-in preset. Throws InputError for an unknown name (listing the known ones).
ExperimentConfig preset(const std::string& name);

}  // namespace replaylab
