#include "runfolder/Manifest.h"

#include <system_error>

#include "config/ConfigJson.h"
#include "sim/Experiment.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/Text.h"

namespace replaylab {

namespace fs = std::filesystem;

nlohmann::json newManifest(const ExperimentConfig& cfg, const nlohmann::json& extra) {
    const auto v = libraryVersions();
    nlohmann::json m = {{"app", "Replay Lab"},
                        {"version", v.app},
                        {"libraries", {{"libtorch", v.libtorch}, {"opencv", v.opencv}, {"eigen", v.eigen},
                                       {"compiler", v.compiler}}},
                        {"preset", cfg.name},
                        {"started", utcNow()},
                        {"status", toString(RunStatus::Running)},
                        {"warnings", nlohmann::json::array()},
                        {"skipped_images", 0},
                        {"finished_simulations", nlohmann::json::array()}};
    if (cfg.shard.active()) m["shard"] = cfg.shard.str();  // part K of N; merge joins them
    if (extra.is_object())
        for (auto it = extra.begin(); it != extra.end(); ++it) m[it.key()] = it.value();
    return m;
}

void writeManifest(const fs::path& dir, const nlohmann::json& manifest) {
    writeFileAtomic(dir / "manifest.json", manifest.dump(2) + "\n");
}

ResumePoint readResumePoint(const fs::path& dir) {
    ResumePoint r;
    auto read = [&](const char* name) {
        const fs::path f = dir / name;
        try {
            return readWholeFile(f);
        } catch (const InputError&) {
            throw InputError(f.string() + ": cannot read it; is " + dir.string() + " a run directory?");
        }
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
    const auto status = r.manifest.value("status", nlohmann::json(toString(RunStatus::Running)));
    if (!status.is_string() || !runStatusFromString(status.get<std::string>(), r.status))
        throw InputError(mf.string() + ": status " + status.dump() +
                         " is not one of running, completed, stopped, failed");
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

Resumability checkResumable(const fs::path& dir) {
    Resumability r;
    try {
        const ResumePoint p = readResumePoint(dir);
        r.status = p.status;
        if (p.status == RunStatus::Completed) {
            r.reason = dir.string() + ": the run completed; nothing to resume";
            return r;
        }
        std::error_code ec;
        if (!fs::is_regular_file(dir / "metrics.csv", ec)) {
            r.reason = dir.string() + ": no metrics.csv here, so no run to resume";
            return r;
        }
        r.resumable = true;
    } catch (const std::exception& e) {
        r.reason = firstLine(e.what());
    }
    return r;
}

}  // namespace replaylab
