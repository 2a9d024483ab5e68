#include "io/RunRecorder.h"

#include <ctime>

#include "config/ConfigJson.h"
#include "sim/Experiment.h"

namespace rl {

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
                 {"skipped_images", 0}};
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it) manifest_[it.key()] = it.value();
    writeManifest();
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

void RunRecorder::warning(const std::string& w) { manifest_["warnings"].push_back(w); }

void RunRecorder::runFinished(const RunSummary& s) {
    manifest_["status"] = s.status;
    if (!s.message.empty()) manifest_["message"] = s.message;
    manifest_["finished"] = utcNow();
    manifest_["wall_seconds"] = s.wallSeconds;
    manifest_["phase_seconds"] = {{"load", s.phases.load},
                                  {"day", s.phases.day},
                                  {"night", s.phases.night},
                                  {"evaluate", s.phases.evaluate}};
    manifest_["skipped_images"] = s.skippedImages;
    writeManifest();
}

}  // namespace rl
