#include "runfolder/RunRecorder.h"

#include <algorithm>

#include "config/ConfigJson.h"
#include "runfolder/RlCsv.h"
#include "util/Text.h"

namespace replaylab {

RunRecorder::RunRecorder(RunDirectory& dir, const ExperimentConfig& cfg, nlohmann::json extra)
    : dir_(dir), keepImaginations_(cfg.imagination.keep > 0) {
    dir_.writeConfig(configToJson(cfg));
    manifest_ = newManifest(cfg, extra);
    writeManifest();
}

RunRecorder::RunRecorder(RunDirectory& dir, const ResumePoint& from, nlohmann::json extra)
    : dir_(dir), manifest_(from.manifest), keepImaginations_(from.config.imagination.keep > 0) {
    earlierSeconds_ = manifest_.value("wall_seconds", 0.0);
    manifest_["status"] = toString(RunStatus::Running);
    manifest_.erase("message");
    manifest_.erase("finished");
    nlohmann::json entry = {{"at", utcNow()}, {"after_status", toString(from.status)},
                            {"finished_before", from.finished.size()}};
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it) entry[it.key()] = it.value();
    if (!manifest_.contains("resumed") || !manifest_["resumed"].is_array())
        manifest_["resumed"] = nlohmann::json::array();
    manifest_["resumed"].push_back(entry);
    if (!manifest_.contains("warnings") || !manifest_["warnings"].is_array())
        manifest_["warnings"] = nlohmann::json::array();
    writeManifest();
}

void RunRecorder::writeManifest() { dir_.writeManifest(manifest_.dump(2) + "\n"); }

void RunRecorder::runStarted(const RunInfo& info) {
    manifest_["device"] = info.device;
    manifest_["threads"] = info.threads;
    manifest_["jobs"] = info.jobs;
    manifest_["mixed_precision"] = info.mixedPrecision;
    manifest_["class_sets"] = info.classSets;
    manifest_["conditions"] = info.conditions;
    manifest_["simulations"] = info.simulations;
    writeManifest();
}

void RunRecorder::evaluated(const Evaluation& e) { dir_.appendMetrics(toMetricRows(e)); }

void RunRecorder::policyStep(const PolicyStep& s) {
    dir_.appendRl(rlCsvHeader(s.probabilities.size()), rlCsvLine(s));
}

void RunRecorder::imagined(const Imagination& i) {
    if (keepImaginations_) dir_.appendImagination(i);
}

void RunRecorder::warning(const std::string& w) {
    auto& list = manifest_["warnings"];
    if (std::find(list.begin(), list.end(), w) == list.end()) list.push_back(w);  // once, on resume too
}

void RunRecorder::simulationFinished(const SimulationKey& k) {
    manifest_["finished_simulations"].push_back(
        {{"class_set", k.classSet}, {"condition", k.condition}, {"seed", k.seed}});
    writeManifest();  // what resume relies on: written as soon as a simulation ends
}

void RunRecorder::runFinished(const RunSummary& s) {
    manifest_["status"] = toString(s.status);
    if (!s.message.empty()) manifest_["message"] = s.message;
    manifest_["finished"] = utcNow();
    manifest_["wall_seconds"] = earlierSeconds_ + s.wallSeconds;
    manifest_["phase_seconds"] = {{"load", s.phases.load},
                                  {"day", s.phases.day},
                                  {"night", s.phases.night},
                                  {"evaluate", s.phases.evaluate}};
    manifest_["skipped_images"] = s.skippedImages;
    writeManifest();
}

}  // namespace replaylab
