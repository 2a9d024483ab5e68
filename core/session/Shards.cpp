#include "session/Shards.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <system_error>
#include <tuple>

#include "config/ConfigJson.h"
#include "data/ClassSets.h"
#include "runfolder/ImaginationFiles.h"
#include "runfolder/Manifest.h"
#include "runfolder/MetricsCsv.h"
#include "runfolder/RlCsv.h"
#include "session/RunSession.h"
#include "sim/Experiment.h"
#include "util/Csv.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/FolderLock.h"
#include "util/Paths.h"
#include "util/Text.h"

namespace replaylab {

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

/// One shard's folder, read and checked on its own.
struct ShardFolder {
    fs::path dir;
    ResumePoint point;
    std::vector<std::string> classSets, conditions;
};

std::vector<std::string> stringList(const json& manifest, const char* key, const fs::path& file) {
    if (!manifest.contains(key) || !manifest[key].is_array())
        throw InputError(file.string() + ": no list '" + key + "'; did the shard start?");
    std::vector<std::string> out;
    for (const auto& v : manifest[key]) {
        if (!v.is_string()) throw InputError(file.string() + ": '" + key + "' holds " + v.dump() + ", not a name");
        out.push_back(v.get<std::string>());
    }
    return out;
}

ShardFolder readShard(const fs::path& dir) {
    ShardFolder s;
    s.dir = dir;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) throw InputError(dir.string() + ": no such folder");
    s.point = readResumePoint(dir);
    if (!s.point.config.shard.active())
        throw InputError(dir.string() + ": not a shard (its config.json names no shard; it was not run "
                         "with --shard K/N)");
    if (s.point.status != RunStatus::Completed)
        throw InputError(dir.string() + ": shard " + s.point.config.shard.str() + " is " +
                         toString(s.point.status) + ", not completed; finish it first with: replaylab-cli resume " +
                         dir.string());
    const fs::path mf = dir / "manifest.json";
    s.classSets = stringList(s.point.manifest, "class_sets", mf);
    s.conditions = stringList(s.point.manifest, "conditions", mf);
    return s;
}

/// The settings that must agree between shards of one run, as JSON: the shard itself,
/// where it was written and how many simulations ran at once (never the numbers) left out.
json comparable(ExperimentConfig cfg) {
    cfg.shard = Shard{};
    cfg.outputDir.clear();
    cfg.train.jobs = 0;
    return json::parse(configToJson(cfg));
}

void flatten(const json& j, const std::string& prefix, std::map<std::string, std::string>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it)
            flatten(it.value(), prefix.empty() ? it.key() : prefix + "." + it.key(), out);
    } else {
        out[prefix] = j.dump();
    }
}

/// "train.days is 3 in A, 2 here; seed is ..." for the settings that differ (a few named).
std::string differences(const json& a, const json& b) {
    std::map<std::string, std::string> fa, fb;
    flatten(a, "", fa);
    flatten(b, "", fb);
    std::vector<std::string> keys;
    for (const auto& [k, v] : fa)
        if (!fb.count(k) || fb[k] != v) keys.push_back(k);
    for (const auto& [k, v] : fb)
        if (!fa.count(k)) keys.push_back(k);
    std::string s;
    const std::size_t shown = std::min<std::size_t>(keys.size(), 3);
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& k = keys[i];
        s += (i ? "; " : "") + k + " " + (fb.count(k) ? fb[k] : "(absent)") + " here, " +
             (fa.count(k) ? fa[k] : "(absent)") + " there";
    }
    if (keys.size() > shown) s += "; and " + std::to_string(keys.size() - shown) + " more";
    return s;
}

using Key = std::tuple<std::string, std::string, int>;

/// The rows of one CSV file of a shard (metrics.csv or rl.csv), as the lines the writer
/// made, grouped by simulation. Checks the header and that every row belongs to the shard.
struct Rows {
    std::string header;                           ///< the header line, with '\n'
    std::map<Key, std::string> bySimulation;      ///< lines of each simulation, in file order
    std::size_t count = 0;
};

Rows readRows(const fs::path& file, const std::map<Key, std::size_t>& block, const std::string& shard) {
    Rows r;
    const auto records = readCsvFile(file);
    if (records.empty()) throw InputError(file.string() + ": no header line");
    const auto& header = records[0].fields;
    if (header.size() < 3 || header[0] != "class_set" || header[1] != "condition" || header[2] != "seed")
        throw InputError(file.string() + ":" + std::to_string(records[0].line) +
                         ": expected a header starting 'class_set,condition,seed'");
    r.header = csvLine(header);
    for (std::size_t k = 1; k < records.size(); ++k) {
        const auto& f = records[k].fields;
        int seed = 0;
        if (f.size() != header.size() || !parseInt(f[2], seed) || !records[k].terminated)
            throw InputError(file.string() + ":" + std::to_string(records[k].line) + ": a row cut short or malformed");
        const Key key{f[0], f[1], seed};
        if (!block.count(key))
            throw InputError(file.string() + ":" + std::to_string(records[k].line) + ": a row of simulation " +
                             f[0] + " / " + f[1] + " / seed " + f[2] + ", which is not in shard " + shard);
        r.bySimulation[key] += csvLine(f);  // the writer's own bytes (csvLine made them)
        ++r.count;
    }
    return r;
}

std::string keyText(const SimulationKey& k) {
    return k.classSet + " / " + k.condition + " / seed " + std::to_string(k.seed);
}

}  // namespace

std::vector<SimulationKey> runOrder(const std::vector<std::string>& classSets,
                                    const std::vector<std::string>& conditions, const ExperimentConfig& cfg) {
    std::vector<SimulationKey> out;
    for (const auto& set : classSets)
        for (int r = 0; r < cfg.seedsPerClassSet; ++r)
            for (const auto& c : conditions) out.push_back({set, c, static_cast<int>(cfg.seed) + r});
    return out;
}

int simulationsOf(const ExperimentConfig& cfg) {
    int sets = 0;
    if (!cfg.data.customClassSets.empty()) {
        sets = static_cast<int>(cfg.data.customClassSets.size());
    } else if (!cfg.data.classSets.empty()) {
        sets = static_cast<int>(cfg.data.classSets.size());
    } else {
        const auto file = resolveResourceFile(cfg.data.classSetsFile, "class_sets/quickdraw.json");
        sets = static_cast<int>(loadClassSetList(file).sets.size());
    }
    return sets * static_cast<int>(cfg.replay.conditions.size()) * cfg.seedsPerClassSet;
}

/// imaginations/ of the shards, in shard order (the run's order: shards are contiguous
/// blocks of it): each simulation's folder of tiles copied, the CSV files' rows joined
/// under one header.
static void mergeImaginations(const std::vector<const ShardFolder*>& byIndex, const fs::path& out) {
    std::map<std::string, std::string> joined;  // file name -> content
    const std::pair<const char*, const char*> files[] = {{"index.csv", kImaginationIndexHeader},
                                                         {"pca.csv", kImaginationPcaHeader},
                                                         {"fidelity.csv", kImaginationFidelityHeader}};
    std::error_code ec;
    for (std::size_t k = 1; k < byIndex.size(); ++k) {
        const fs::path dir = byIndex[k]->dir / kImaginationsFolder;
        if (!fs::is_directory(dir, ec)) continue;
        fs::create_directories(out / kImaginationsFolder);
        for (const auto& e : fs::directory_iterator(dir))
            if (e.is_directory())
                fs::copy(e.path(), out / kImaginationsFolder / e.path().filename(),
                         fs::copy_options::recursive | fs::copy_options::overwrite_existing);
        for (const auto& [name, header] : files) {
            if (!fs::exists(dir / name, ec)) continue;
            const std::string text = readWholeFile(dir / name);
            const std::string head = std::string(header) + "\n";
            if (text.compare(0, head.size(), head) != 0)
                throw InputError((dir / name).string() + ": not the header of imaginations/" + name);
            auto& all = joined[name];
            if (all.empty()) all = head;
            all += text.substr(head.size());
        }
    }
    for (const auto& [name, content] : joined) writeFileAtomic(out / kImaginationsFolder / name, content);
}

MergeResult mergeShards(const std::vector<fs::path>& folders, const fs::path& out, const json& interface) {
    if (folders.empty()) throw InputError("merge: name the shard folders (shard-1 ... shard-N)");
    std::vector<ShardFolder> shards;
    for (const auto& d : folders) shards.push_back(readShard(d));

    // One run: the same number of shards, each once, the same settings and app version.
    const int count = shards.front().point.config.shard.count;
    std::vector<const ShardFolder*> byIndex(static_cast<std::size_t>(count) + 1, nullptr);
    for (const auto& s : shards) {
        const Shard& sh = s.point.config.shard;
        if (sh.count != count)
            throw InputError(s.dir.string() + ": shard " + sh.str() + " is of a run in " + std::to_string(sh.count) +
                             " shards, but " + shards.front().dir.string() + " is shard " +
                             shards.front().point.config.shard.str());
        auto& slot = byIndex[static_cast<std::size_t>(sh.index)];
        if (slot)
            throw InputError(s.dir.string() + ": shard " + sh.str() + " is given twice (also " + slot->dir.string() + ")");
        slot = &s;
    }
    std::string missing;
    for (int k = 1; k <= count; ++k)
        if (!byIndex[static_cast<std::size_t>(k)])
            missing += (missing.empty() ? "" : ", ") + std::to_string(k) + "/" + std::to_string(count);
    if (!missing.empty())
        throw InputError("merge: shard(s) " + missing + " missing; a run in " + std::to_string(count) +
                         " shards needs all of them");

    const ShardFolder& first = *byIndex[1];
    const json reference = comparable(first.point.config);
    const std::string version = first.point.manifest.value("version", std::string());
    for (int k = 2; k <= count; ++k) {
        const ShardFolder& s = *byIndex[static_cast<std::size_t>(k)];
        const json here = comparable(s.point.config);
        if (here != reference)
            throw InputError(s.dir.string() + ": shard " + s.point.config.shard.str() + " is of another run than " +
                             first.dir.string() + " (config.json differs: " + differences(reference, here) + ")");
        const std::string v = s.point.manifest.value("version", std::string());
        if (v != version)
            throw InputError(s.dir.string() + ": made by Replay Lab " + v + ", but " + first.dir.string() +
                             " by " + version + "; shards of one run come from one version");
        if (s.classSets != first.classSets || s.conditions != first.conditions)
            throw InputError(s.dir.string() + ": manifest.json lists other class sets or conditions than " +
                             first.dir.string());
    }

    // Each shard holds exactly its block of the run's simulations.
    const auto order = runOrder(first.classSets, first.conditions, first.point.config);
    if (count > static_cast<int>(order.size()))
        throw InputError("merge: " + std::to_string(count) + " shards for a run of " + std::to_string(order.size()) +
                         " simulations");
    std::vector<Rows> metrics, rl;
    std::vector<bool> hasRl;
    for (int k = 1; k <= count; ++k) {
        const ShardFolder& s = *byIndex[static_cast<std::size_t>(k)];
        const auto [b, e] = shardRange(static_cast<int>(order.size()), s.point.config.shard);
        const std::vector<SimulationKey> expected(order.begin() + b, order.begin() + e);
        if (!(s.point.finished == expected)) {
            std::string want;
            for (const auto& key : expected) want += (want.empty() ? "" : ", ") + keyText(key);
            throw InputError((s.dir / "manifest.json").string() + ": shard " + s.point.config.shard.str() +
                             " lists " + std::to_string(s.point.finished.size()) +
                             " finished simulation(s); it should hold " + want);
        }
        std::map<Key, std::size_t> block;
        for (int i = b; i < e; ++i)
            block[{order[static_cast<std::size_t>(i)].classSet, order[static_cast<std::size_t>(i)].condition,
                   order[static_cast<std::size_t>(i)].seed}] = static_cast<std::size_t>(i);
        const std::string name = s.point.config.shard.str();
        readMetricsCsv(s.dir / "metrics.csv");  // every value readable, or a message naming the line
        metrics.push_back(readRows(s.dir / "metrics.csv", block, name));
        if (metrics.back().header != std::string(kMetricsHeader) + "\n")
            throw InputError((s.dir / "metrics.csv").string() + ": not the header of metrics.csv");
        std::error_code ec;
        const bool rlHere = fs::exists(s.dir / "rl.csv", ec);
        hasRl.push_back(rlHere);
        if (rlHere) {
            readRlCsv(s.dir / "rl.csv");
            rl.push_back(readRows(s.dir / "rl.csv", block, name));
        } else {
            rl.emplace_back();
        }
    }

    // The merged folder: never over results, and held while written.
    std::error_code ec;
    for (const auto& s : shards)
        if (fs::equivalent(s.dir, out, ec))
            throw InputError("merge --out " + out.string() + ": that is shard folder " + s.dir.string());
    if (fs::exists(out / "metrics.csv", ec))
        throw InputError(out.string() + " already holds results (metrics.csv); choose another output folder");
    fs::create_directories(out, ec);
    if (ec) throw InputError("cannot create folder " + out.string() + ": " + ec.message());
    FolderLock hold(out);

    std::string metricsText, rlText, rlHeader;
    MergeResult result;
    for (std::size_t k = 0; k < metrics.size(); ++k) {
        if (hasRl[k] && rlHeader.empty()) rlHeader = rl[k].header;
        if (hasRl[k] && rl[k].header != rlHeader)
            throw InputError((byIndex[k + 1]->dir / "rl.csv").string() + ": its header differs from " +
                             (byIndex[1]->dir / "rl.csv").string() + "'s");
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        const Key key{order[i].classSet, order[i].condition, order[i].seed};
        for (std::size_t k = 0; k < metrics.size(); ++k) {
            if (auto it = metrics[k].bySimulation.find(key); it != metrics[k].bySimulation.end())
                metricsText += it->second;
            if (auto it = rl[k].bySimulation.find(key); it != rl[k].bySimulation.end()) rlText += it->second;
        }
    }
    for (std::size_t k = 0; k < metrics.size(); ++k) {
        result.metricRows += metrics[k].count;
        result.rlRows += rl[k].count;
    }

    ExperimentConfig cfg = first.point.config;
    cfg.shard = Shard{};
    cfg.outputDir = out.string();
    writeFileAtomic(out / "config.json", configToJson(cfg));
    writeFileAtomic(out / "metrics.csv", std::string(kMetricsHeader) + "\n" + metricsText);
    if (!rlHeader.empty()) writeFileAtomic(out / "rl.csv", rlHeader + rlText);
    mergeImaginations(byIndex, out);

    // manifest.json: a completed run, with where each part was made.
    json m = newManifest(cfg, interface);
    const json& fm = first.point.manifest;
    for (const char* k : {"device", "threads", "jobs", "mixed_precision"})
        if (fm.contains(k)) m[k] = fm[k];
    m["class_sets"] = first.classSets;
    m["conditions"] = first.conditions;
    m["simulations"] = order.size();
    json finished = json::array();
    for (const auto& key : order)
        finished.push_back({{"class_set", key.classSet}, {"condition", key.condition}, {"seed", key.seed}});
    m["finished_simulations"] = finished;
    json parts = json::array(), warnings = json::array();
    double seconds = 0;
    int skipped = 0;
    std::string started;
    for (int k = 1; k <= count; ++k) {
        const ShardFolder& s = *byIndex[static_cast<std::size_t>(k)];
        const json& sm = s.point.manifest;
        const double w = sm.value("wall_seconds", 0.0);
        seconds += w;
        skipped += sm.value("skipped_images", 0);
        const std::string st = sm.value("started", std::string());
        if (!st.empty() && (started.empty() || st < started)) started = st;
        if (sm.contains("warnings") && sm["warnings"].is_array())
            for (const auto& x : sm["warnings"])
                if (std::find(warnings.begin(), warnings.end(), x) == warnings.end()) warnings.push_back(x);
        parts.push_back({{"shard", s.point.config.shard.str()},
                         {"folder", fs::absolute(s.dir).lexically_normal().string()},
                         {"started", st},
                         {"finished", sm.value("finished", std::string())},
                         {"wall_seconds", w},
                         {"device", sm.value("device", std::string())}});
    }
    if (!started.empty()) m["started"] = started;
    m["status"] = toString(RunStatus::Completed);
    m["finished"] = utcNow();
    m["wall_seconds"] = seconds;  // the shards' wall times added: the run's compute time
    m["skipped_images"] = skipped;
    m["warnings"] = warnings;
    m["merged_from"] = parts;
    writeManifest(out, m);
    writeFileAtomic(out / "summary.txt", runReport(out));

    result.folder = out;
    result.shards = count;
    result.simulations = static_cast<int>(order.size());
    return result;
}

namespace {

/// A word for a bash script between single quotes.
std::string quoted(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

/// #SBATCH lines take no quoting: refuse a value they would cut.
void plain(const std::string& value, const std::string& what) {
    for (char c : value)
        if (c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '\\')
            throw InputError(what + " '" + value + "': Slurm's #SBATCH lines take no blanks, quotes or "
                             "backslashes; choose another");
}

}  // namespace

SlurmScripts writeSlurmScripts(const ExperimentConfig& cfgIn, const SlurmOptions& o) {
    if (o.shards < 1) throw InputError("--shards must be at least 1 (got " + std::to_string(o.shards) + ")");
    if (o.out.empty()) throw InputError("--out: name the folder for the scripts, the shards and the merged run");
    if (o.gpusPerTask < 0) throw InputError("--gpus-per-task must be at least 0 (got " + std::to_string(o.gpusPerTask) + ")");
    if (o.cpusPerTask < 0) throw InputError("--cpus-per-task must be at least 0 (got " + std::to_string(o.cpusPerTask) + ")");
    ExperimentConfig cfg = cfgIn;
    cfg.shard = Shard{};
    cfg.outputDir.clear();
    if (const auto problems = validateConfig(cfg); !problems.empty()) {
        std::string all;
        for (const auto& p : problems) all += (all.empty() ? "" : "\n") + p;
        throw InputError(all);
    }
    const int sims = simulationsOf(cfg);
    if (o.shards > sims)
        throw InputError("--shards " + std::to_string(o.shards) + ": the run has only " + std::to_string(sims) +
                         " simulation(s), so at most " + std::to_string(sims) + " shards");

    SlurmScripts s;
    s.folder = fs::absolute(o.out).lexically_normal();
    if (s.folder.has_filename() == false) s.folder = s.folder.parent_path();
    plain(s.folder.string(), "--out");
    plain(o.cli, "the path of replaylab-cli");
    plain(o.partition, "--partition");
    plain(o.time, "--time");
    plain(o.mem, "--mem");
    plain(cfg.name, "the run's name");
    std::error_code ec;
    if (fs::exists(s.folder / "run.sbatch", ec) || fs::exists(s.folder / "shard-1", ec))
        throw InputError(s.folder.string() + " already holds a Slurm run (run.sbatch or shard-1); choose another --out");
    fs::create_directories(s.folder / "logs", ec);
    if (ec) throw InputError("cannot create folder " + (s.folder / "logs").string() + ": " + ec.message());
    s.config = s.folder / "config.json";
    s.runScript = s.folder / "run.sbatch";
    s.mergeScript = s.folder / "merge.sbatch";
    s.merged = s.folder / "merged";
    const std::string n = std::to_string(o.shards);
    const std::string dir = s.folder.string();

    auto common = [&](std::string& t) {
        if (!o.partition.empty()) t += "#SBATCH --partition=" + o.partition + "\n";
        if (!o.time.empty()) t += "#SBATCH --time=" + o.time + "\n";
    };
    std::string run = "#!/bin/bash\n";
    run += "# Written by replaylab-cli slurm: run " + cfg.name + " as " + n +
           " shards, one array task per shard.\n"
           "# A task that failed or was cut short goes on alone with\n"
           "#   " + o.cli + " resume " + dir + "/shard-K\n"
           "# (or sbatch --array=K this file), then sbatch the merge again: " + s.mergeScript.string() + "\n";
    run += "#SBATCH --job-name=replaylab-" + cfg.name + "\n";
    run += "#SBATCH --array=1-" + n + "\n";
    run += "#SBATCH --output=" + dir + "/logs/shard-%a.out\n";
    // One process per task; Slurm refuses --gpus-per-task without a task count.
    run += "#SBATCH --ntasks=1\n";
    common(run);
    if (o.gpusPerTask > 0) run += "#SBATCH --gpus-per-task=" + std::to_string(o.gpusPerTask) + "\n";
    if (o.cpusPerTask > 0) run += "#SBATCH --cpus-per-task=" + std::to_string(o.cpusPerTask) + "\n";
    if (!o.mem.empty()) run += "#SBATCH --mem=" + o.mem + "\n";
    run += "set -euo pipefail\n";
    run += "cli=" + quoted(o.cli) + "\n";
    run += "dir=" + quoted(dir) + "\n";
    run += "shard=\"$dir/shard-$SLURM_ARRAY_TASK_ID\"\n";
    run += "# A task run again (requeued, or submitted again) goes on with its folder; a finished\n"
           "# shard is left as it is (resume of a completed run is an error).\n";
    run += "if [ -f \"$shard/manifest.json\" ]; then\n"
           "  if grep -q '\"status\": *\"completed\"' \"$shard/manifest.json\"; then exit 0; fi\n"
           "  exec \"$cli\" resume \"$shard\"\nfi\n";
    run += "exec \"$cli\" run --config \"$dir/config.json\" --shard \"$SLURM_ARRAY_TASK_ID/" + n +
           "\" --out \"$shard\"\n";

    std::string merge = "#!/bin/bash\n";
    merge += "# Written by replaylab-cli slurm: joins the " + n + " shards into " + s.merged.string() +
             ", once every array task ended well (submitted with --dependency=afterok).\n";
    merge += "#SBATCH --job-name=replaylab-" + cfg.name + "-merge\n";
    merge += "#SBATCH --output=" + dir + "/logs/merge.out\n";
    common(merge);
    merge += "set -euo pipefail\n";
    merge += "cli=" + quoted(o.cli) + "\n";
    merge += "dir=" + quoted(dir) + "\n";
    merge += "exec \"$cli\" merge";
    for (int k = 1; k <= o.shards; ++k) merge += " \"$dir/shard-" + std::to_string(k) + "\"";
    merge += " --out \"$dir/merged\"\n";

    writeFileAtomic(s.config, configToJson(cfg));
    writeFileAtomic(s.runScript, run);
    writeFileAtomic(s.mergeScript, merge);
    fs::permissions(s.runScript, fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add, ec);
    fs::permissions(s.mergeScript, fs::perms::owner_exec | fs::perms::group_exec, fs::perm_options::add, ec);
    return s;
}

namespace {

/// Runs a command, returns its stdout and exit status (stderr goes with stdout).
std::pair<std::string, int> capture(const std::string& command) {
    std::FILE* p = ::popen((command + " 2>&1").c_str(), "r");
    if (!p) throw InputError("cannot run: " + command);
    std::string text;
    char buf[512];
    while (std::size_t got = std::fread(buf, 1, sizeof buf, p)) text.append(buf, got);
    const int status = ::pclose(p);
    return {text, status};
}

std::string submit(const std::string& command) {
    const auto [text, status] = capture(command);
    std::string id = text;
    while (!id.empty() && (id.back() == '\n' || id.back() == '\r' || id.back() == ' ')) id.pop_back();
    if (const auto semi = id.find(';'); semi != std::string::npos) id.erase(semi);  // "id;cluster"
    const bool numeric = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (status != 0 || !numeric)
        throw InputError(command + " failed: " + firstLine(text.empty() ? "no output" : text));
    return id;
}

}  // namespace

std::pair<std::string, std::string> submitSlurm(const SlurmScripts& s) {
    const std::string array = submit("sbatch --parsable " + quoted(s.runScript.string()));
    const std::string merge =
        submit("sbatch --parsable --dependency=afterok:" + array + " " + quoted(s.mergeScript.string()));
    return {array, merge};
}

}  // namespace replaylab
