#pragma once
// manifest.json, what a run was and how far it got (status, versions, finished simulations),
// and config.json read back with it: the writer's pieces and the reader side by side.
// config.json itself is written and parsed by config/ConfigJson (configToJson/configFromJson).
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "config/ExperimentConfig.h"
#include "sim/Events.h"

namespace replaylab {

/// The manifest of a new run: app and library versions, preset, start time, status
/// "running", no simulations finished yet. extra is merged in (e.g. the command line).
nlohmann::json newManifest(const ExperimentConfig& cfg, const nlohmann::json& extra);

/// Writes manifest.json of a run folder atomically.
void writeManifest(const std::filesystem::path& dir, const nlohmann::json& manifest);

/// What the folder of an earlier run holds for going on with it.
struct ResumePoint {
    ExperimentConfig config;               ///< config.json, with outputDir set to the folder
    std::vector<SimulationKey> finished;   ///< manifest.json: the simulations that finished
    RunStatus status = RunStatus::Running; ///< as recorded: Running after a kill, Stopped, ...
    nlohmann::json manifest;
};

/// Reads config.json and manifest.json of a run directory. Throws InputError naming the
/// file and the problem when one is missing or malformed.
ResumePoint readResumePoint(const std::filesystem::path& dir);

/// Whether a folder holds a run that can be gone on with, and why not when not.
struct Resumability {
    bool resumable = false;
    RunStatus status = RunStatus::Running;  ///< recorded status, when there is a manifest
    std::string reason;                     ///< one line for the user when not resumable
};
/// Never throws: a folder that is not a run directory gives resumable false with the reason.
Resumability checkResumable(const std::filesystem::path& dir);

}  // namespace replaylab
