#include "io/RunRecorder.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <sstream>

#include "config/ConfigJson.h"
#include "sim/Experiment.h"
#include "util/Error.h"

namespace replaylab {

std::string utcNow() {
    const std::time_t t = std::time(nullptr);
    std::tm tm{};
#if defined(_WIN32)
    gmtime_s(&tm, &t);
#else
    gmtime_r(&t, &tm);
#endif
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::vector<MetricRow> toMetricRows(const Evaluation& e) {
    std::vector<MetricRow> rows;
    MetricRow r;
    r.classSet = e.classSet;
    r.condition = e.condition;
    r.seed = e.seed;
    r.day = e.day;
    r.phase = e.phase;
    r.split = e.split;
    r.cls = "all";
    r.accuracy = e.accuracy;
    r.loss = e.loss;
    rows.push_back(r);
    for (std::size_t k = 0; k < e.classNames.size(); ++k) {
        r.cls = e.classNames[k];
        r.accuracy = k < e.classAccuracy.size() ? e.classAccuracy[k] : 0.0;
        r.loss = k < e.classLoss.size() ? e.classLoss[k] : 0.0;
        rows.push_back(r);
    }
    return rows;
}

RunRecorder::RunRecorder(RunDirectory& dir, const ExperimentConfig& cfg, nlohmann::json extra)
    : dir_(dir) {
    dir_.writeConfig(configToJson(cfg));
    const auto v = libraryVersions();
    manifest_ = {{"app", "Replay Lab"},
                 {"version", v.app},
                 {"libraries", {{"libtorch", v.libtorch}, {"opencv", v.opencv}, {"eigen", v.eigen},
                                {"compiler", v.compiler}}},
                 {"preset", cfg.name},
                 {"started", utcNow()},
                 {"status", "running"},
                 {"warnings", nlohmann::json::array()},
                 {"skipped_images", 0},
                 {"finished_simulations", nlohmann::json::array()}};
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it) manifest_[it.key()] = it.value();
    writeManifest();
}

RunRecorder::RunRecorder(RunDirectory& dir, const ResumePoint& from, nlohmann::json extra)
    : dir_(dir), manifest_(from.manifest) {
    earlierSeconds_ = manifest_.value("wall_seconds", 0.0);
    manifest_["status"] = "running";
    manifest_.erase("message");
    manifest_.erase("finished");
    nlohmann::json entry = {{"at", utcNow()}, {"after_status", from.status},
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

ResumePoint readResumePoint(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    ResumePoint r;
    auto read = [&](const char* name) {
        const fs::path f = dir / name;
        std::ifstream in(f, std::ios::binary);
        if (!in) throw InputError(f.string() + ": cannot read it; is " + dir.string() + " a run directory?");
        std::ostringstream s;
        s << in.rdbuf();
        return s.str();
    };
    const std::string configText = read("config.json");
    r.config = configFromJson(configText, (dir / "config.json").string());
    r.config.outputDir = dir.string();
    const fs::path mf = dir / "manifest.json";
    try {
        r.manifest = nlohmann::json::parse(read("manifest.json"));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(mf.string() + ": not valid JSON (" + e.what() + ")");
    }
    if (!r.manifest.is_object()) throw InputError(mf.string() + ": expected a JSON object");
    r.status = r.manifest.value("status", std::string("running"));
    if (r.manifest.contains("finished_simulations")) {
        const auto& list = r.manifest["finished_simulations"];
        if (!list.is_array()) throw InputError(mf.string() + ": finished_simulations is not a list");
        for (const auto& k : list) {
            if (!k.is_object() || !k.contains("class_set") || !k.contains("condition") ||
                !k.contains("seed") || !k["class_set"].is_string() || !k["condition"].is_string() ||
                !k["seed"].is_number_integer())
                throw InputError(mf.string() + ": finished_simulations holds an entry that is not "
                                 "{class_set, condition, seed}: " + k.dump());
            r.finished.push_back({k["class_set"].get<std::string>(), k["condition"].get<std::string>(),
                                  k["seed"].get<int>()});
        }
    }
    return r;
}

void RunRecorder::writeManifest() { dir_.writeManifest(manifest_.dump(2) + "\n"); }

void RunRecorder::runStarted(const RunInfo& info) {
    manifest_["device"] = info.device;
    manifest_["threads"] = info.threads;
    manifest_["mixed_precision"] = info.mixedPrecision;
    manifest_["class_sets"] = info.classSets;
    manifest_["conditions"] = info.conditions;
    manifest_["simulations"] = info.simulations;
    writeManifest();
}

void RunRecorder::evaluated(const Evaluation& e) { dir_.appendMetrics(toMetricRows(e)); }

std::string rlCsvHeader(std::size_t classes) {
    std::string h = "class_set,condition,seed,night,step,class,reward,chi2";
    for (std::size_t k = 1; k <= classes; ++k) h += ",p_" + std::to_string(k);
    return h;
}

std::string rlCsvLine(const PolicyStep& s) {
    std::string l = csvField(s.classSet) + "," + csvField(s.condition) + "," + std::to_string(s.seed) +
                    "," + std::to_string(s.night) + "," + std::to_string(s.step) + "," +
                    csvField(s.chosenName) + "," + formatNumber(s.reward) + "," + formatNumber(s.chi2);
    for (double p : s.probabilities) l += "," + formatNumber(p);
    return l + "\n";
}

void RunRecorder::policyStep(const PolicyStep& s) {
    dir_.appendRl(rlCsvHeader(s.probabilities.size()), rlCsvLine(s));
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
    manifest_["status"] = s.status;
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
