#pragma once
// One setting <-> its JSON value (config/ConfigJson.cpp); used by the reader and writer of
// config.json and by setSettingFromString.
#include <string>

#include <nlohmann/json.hpp>

#include "config/Settings.h"

namespace replaylab {

/// The value of s in cfg as config.json holds it.
nlohmann::ordered_json settingToJson(const Setting& s, const ExperimentConfig& cfg);
/// v read as the value of s; throws InputError "<origin>: setting 'train.days' must be an
/// integer (got "ten")" on a wrong type or an unknown choice (no "<origin>: " when origin is "").
SettingValue settingFromJson(const Setting& s, const nlohmann::json& v, const std::string& origin);

}  // namespace replaylab
