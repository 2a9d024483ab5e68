#include "session/Sweep.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <locale>
#include <sstream>
#include <system_error>

#include "config/ConfigJson.h"
#include "config/Settings.h"
#include "report/ResultTable.h"
#include "runfolder/Manifest.h"
#include "runfolder/MetricsCsv.h"
#include "runfolder/RunDirectory.h"
#include "sim/Experiment.h"
#include "util/Csv.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/FolderLock.h"
#include "util/Text.h"

namespace replaylab {

namespace fs = std::filesystem;

const char* const kReplayPointKey = "replay.point";

namespace {

const char* const kSweepFile = "sweep.json";
const char* const kFormat = "replaylab-sweep";

// Settings that do not change what is learned, name the data or the network, or are the
// sweep's own business (class sets, conditions, seeds per set, drawings).
bool sweepable(const Setting& s) {
    static const std::set<std::string> excluded = {
        "seeds_per_class_set", "data.source", "data.on_bad_image", "model.arch", "model.input_size",
        "model.in_channels", "train.threads", "train.jobs", "train.mixed_precision"};
    if (excluded.count(s.key) || s.group() == "imagination") return false;
    switch (s.type) {
    case SettingType::Int:
    case SettingType::Double:
    case SettingType::Bool:
    case SettingType::Choice:
    case SettingType::Seed: return true;
    case SettingType::IntList: return s.key == "replay.downsample";
    default: return false;
    }
}

std::string knownKeys() {
    std::string out;
    for (const auto& k : sweepableKeys()) out += (out.empty() ? "" : ", ") + k;
    return out;
}

// A number as a value a setting reads back: whole numbers without decimals, others in at
// most 6 significant digits ("0.0003").
std::string shortNumber(double v) {
    std::ostringstream o;  // as %.6g, with '.' whatever the locale
    o.imbue(std::locale::classic());
    o.precision(6);
    o << v;
    return o.str();
}

// "pool3" or "3" -> 3; 0 when neither.
int replayPointOf(const std::string& v) {
    std::string digits = v.rfind("pool", 0) == 0 ? v.substr(4) : v;
    int layer = 0;
    if (!parseInt(digits, layer) || layer < 1 || layer > 5) return 0;
    return layer;
}

// Applies one swept value; "" or the problem.
std::string applyValue(ExperimentConfig& cfg, const std::string& key, const std::string& value) {
    if (key != kReplayPointKey) return setSettingFromString(cfg, key, value);
    const int layer = replayPointOf(value);
    if (!layer) return "replay.point must be pool1..pool5 or 1..5 (got '" + value + "')";
    bool any = false;
    for (auto& c : cfg.replay.conditions)
        if (c.usesLayer()) {
            c.layer = layer;
            any = true;
        }
    if (!any) return "replay.point: no condition of replay.conditions has a replay point";
    return "";
}

// A value as part of a folder name: letters, digits and ".-+" kept, the rest '_'.
std::string folderPart(const std::string& s) {
    std::string out;
    for (char ch : s) {
        const bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
                          ch == '.' || ch == '-' || ch == '+';
        out += keep ? ch : '_';
    }
    return out.substr(0, 40);
}

std::string trim(const std::string& s) {
    const auto a = s.find_first_not_of(" \t");
    if (a == std::string::npos) return "";
    return s.substr(a, s.find_last_not_of(" \t") - a + 1);
}

std::string lastPart(const std::string& key) {
    const auto dot = key.rfind('.');
    return dot == std::string::npos ? key : key.substr(dot + 1);
}

std::string pointLabel(const std::vector<SweepAxis>& axes, const std::vector<std::string>& values) {
    std::string s;
    for (std::size_t a = 0; a < axes.size(); ++a) s += (a ? ", " : "") + axes[a].key + "=" + values[a];
    return s;
}

bool pointCompleted(const fs::path& dir) {
    std::error_code ec;
    if (!fs::exists(dir / "manifest.json", ec)) return false;
    try {
        return readResumePoint(dir).status == RunStatus::Completed;
    } catch (const InputError&) {
        return false;
    }
}

nlohmann::json specJson(const SweepSpec& spec) {
    nlohmann::json axes = nlohmann::json::array();
    for (const auto& a : spec.axes) axes.push_back({{"key", a.key}, {"values", a.values}});
    ExperimentConfig base = spec.base;
    base.outputDir.clear();
    return {{"axes", axes}, {"base", nlohmann::json::parse(configToJson(base))}};
}

}  // namespace

std::vector<std::string> sweepableKeys() {
    std::vector<std::string> keys;
    for (const auto& s : settings()) {
        if (!sweepable(s)) continue;
        keys.push_back(s.key);
    }
    // The replay point beside the other replay settings.
    const auto at = std::find(keys.begin(), keys.end(), "replay.downsample");
    keys.insert(at, kReplayPointKey);
    return keys;
}

SweepAxis parseSweepAxis(const std::string& text, const std::string& flag) {
    const auto eq = text.find('=');
    if (eq == std::string::npos || eq == 0)
        throw InputError(flag + " '" + text + "': write KEY=V1,V2,... or KEY=FROM:TO:COUNT, e.g. data.train_per_class=10,20,40,70");
    SweepAxis axis;
    axis.key = text.substr(0, eq);
    const std::string rest = text.substr(eq + 1);
    const auto keys = sweepableKeys();
    if (std::find(keys.begin(), keys.end(), axis.key) == keys.end()) {
        const bool known = findSetting(axis.key) != nullptr;
        throw InputError(flag + ": " + (known ? "'" + axis.key + "' cannot be swept" : "unknown setting '" + axis.key + "'") +
                         " (a sweep varies one of: " + knownKeys() + ")");
    }
    const Setting* s = findSetting(axis.key);
    const bool isList = s && s->type == SettingType::IntList;
    const auto colon = rest.find(':');
    if (!isList && colon != std::string::npos) {
        // FROM:TO:COUNT
        if (!s || (s->type != SettingType::Int && s->type != SettingType::Double && s->type != SettingType::Seed))
            throw InputError(flag + " " + axis.key + ": a range needs a numeric setting; list the values instead");
        std::vector<std::string> parts;
        std::stringstream in(rest);
        for (std::string p; std::getline(in, p, ':');) parts.push_back(trim(p));
        double from = 0, to = 0;
        int count = 0;
        if (parts.size() != 3 || !parseDouble(parts[0], from) || !parseDouble(parts[1], to) ||
            !parseInt(parts[2], count) || !std::isfinite(from) || !std::isfinite(to))
            throw InputError(flag + " " + axis.key + ": a range is FROM:TO:COUNT, e.g. 10:70:4 (got '" + rest + "')");
        if (count < 2 || count > 1000)
            throw InputError(flag + " " + axis.key + ": a range needs 2 to 1000 values (got " + parts[2] + ")");
        const bool whole = s->type != SettingType::Double;
        for (int i = 0; i < count; ++i) {
            const double v = from + (to - from) * i / (count - 1);
            const std::string t = whole ? std::to_string(static_cast<long long>(std::llround(v))) : shortNumber(v);
            if (std::find(axis.values.begin(), axis.values.end(), t) == axis.values.end()) axis.values.push_back(t);
        }
        return axis;
    }
    // Lists of a list setting (replay.downsample) are separated by ';'.
    std::vector<std::string> values;
    if (isList) {
        std::stringstream in(rest);
        for (std::string p; std::getline(in, p, ';');)
            if (!trim(p).empty()) values.push_back(trim(p));
    } else {
        values = splitList(rest);
    }
    if (values.empty())
        throw InputError(flag + " " + axis.key + ": no values given (e.g. " + axis.key + "=" +
                         (isList ? "2,2,2,2,1;4,4,2,2,1" : "1,2") + ")");
    for (const auto& v : values) {
        if (std::find(axis.values.begin(), axis.values.end(), v) != axis.values.end())
            throw InputError(flag + " " + axis.key + ": the value " + v + " is given twice");
        axis.values.push_back(v);
    }
    return axis;
}

std::vector<SweepPoint> sweepPoints(const SweepSpec& spec) {
    if (spec.axes.empty() || spec.axes.size() > 2)
        throw InputError("a sweep varies one setting, or two as a grid (got " + std::to_string(spec.axes.size()) + ")");
    if (spec.axes.size() == 2 && spec.axes[0].key == spec.axes[1].key)
        throw InputError("a sweep's two settings must differ (both are " + spec.axes[0].key + ")");
    for (const auto& a : spec.axes)
        if (a.values.empty()) throw InputError("sweep of " + a.key + ": no values given");
    if (spec.base.shard.active()) throw InputError("a sweep runs whole; --shard is for run");

    bool anyReplay = false;
    for (const auto& c : spec.base.replay.conditions) anyReplay |= c.mode != ReplayMode::None;
    if (!anyReplay)
        throw InputError("a sweep measures replay against no replay: replay.conditions needs a replay condition "
                         "(e.g. --conditions none,generative-pool5)");

    std::vector<SweepPoint> points;
    std::vector<std::string> problems;
    const std::size_t n1 = spec.axes[0].values.size();
    const std::size_t n2 = spec.axes.size() == 2 ? spec.axes[1].values.size() : 1;
    const int width = n1 * n2 >= 100 ? 3 : 2;
    for (std::size_t i = 0; i < n1; ++i)
        for (std::size_t j = 0; j < n2; ++j) {
            SweepPoint p;
            p.index = static_cast<int>(points.size()) + 1;
            p.values.push_back(spec.axes[0].values[i]);
            if (spec.axes.size() == 2) p.values.push_back(spec.axes[1].values[j]);
            p.config = spec.base;
            const std::string label = pointLabel(spec.axes, p.values);
            bool ok = true;
            for (std::size_t a = 0; a < spec.axes.size(); ++a) {
                const std::string problem = applyValue(p.config, spec.axes[a].key, p.values[a]);
                if (!problem.empty()) {
                    problems.push_back(spec.axes[a].key + "=" + p.values[a] + ": " + problem);
                    ok = false;
                }
            }
            // Paired against no replay on the same seeds: "none" first when the base lacks it.
            auto& conds = p.config.replay.conditions;
            if (std::none_of(conds.begin(), conds.end(), [](const Condition& c) { return c.mode == ReplayMode::None; }))
                conds.insert(conds.begin(), Condition{});
            if (ok)
                for (const auto& line : validateConfig(p.config)) problems.push_back(label + ": " + line);
            char num[8];
            std::snprintf(num, sizeof num, "%0*d", width, p.index);
            p.folder = std::string("points/") + num;
            for (std::size_t a = 0; a < spec.axes.size(); ++a)
                p.folder += "-" + folderPart(lastPart(spec.axes[a].key)) + "-" + folderPart(p.values[a]);
            points.push_back(std::move(p));
        }
    if (!problems.empty()) {
        // The same problem at every point is said once.
        std::vector<std::string> unique;
        for (const auto& p : problems)
            if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(p);
        std::string all;
        for (const auto& p : unique) all += (all.empty() ? "" : "\n") + p;
        throw InputError(all);
    }
    return points;
}

std::vector<SweepEffect> sweepEffects(const SweepPoint& point, const std::vector<MetricRow>& rows) {
    const ResultTable t = summarise(rows, "test");
    const ConditionSummary* none = nullptr;
    for (const auto& c : t.conditions)
        if (c.condition == "none") none = &c;
    std::vector<SweepEffect> out;
    if (!none) return out;
    for (const auto& c : t.conditions) {
        if (!c.hasBaseline || c.afterDay.empty() || none->afterDay.empty()) continue;
        SweepEffect e;
        e.point = point.index;
        e.values = point.values;
        e.condition = c.condition;
        e.measure = "mean_over_days";
        e.replay = c.meanOverDays.mean;
        e.none = none->meanOverDays.mean;
        e.diff = c.vsNoneMean;
        out.push_back(e);
        e.measure = "last_day";
        e.replay = c.afterDay.back().mean;
        e.none = none->afterDay.back().mean;
        e.diff = c.vsNoneFinal;
        out.push_back(e);
    }
    return out;
}

std::string sweepCsvHeader(const std::vector<SweepAxis>& axes) {
    std::vector<std::string> h = {"point"};
    for (const auto& a : axes) h.push_back(a.key);
    for (const char* c : {"condition", "measure", "runs", "replay", "none", "effect", "sem", "ci_low", "ci_high",
                          "t", "p", "wins"})
        h.push_back(c);
    return csvLine(h);
}

std::string sweepCsvLines(const std::vector<SweepEffect>& effects) {
    std::string out;
    for (const auto& e : effects) {
        std::vector<std::string> f = {std::to_string(e.point)};
        f.insert(f.end(), e.values.begin(), e.values.end());
        f.insert(f.end(), {e.condition, e.measure, std::to_string(e.diff.n), formatNumber(e.replay),
                           formatNumber(e.none), formatNumber(e.diff.diff.mean), formatNumber(e.diff.diff.sem),
                           formatNumber(e.diff.low), formatNumber(e.diff.high), formatNumber(e.diff.t),
                           formatNumber(e.diff.p), std::to_string(e.diff.wins)});
        out += csvLine(f);
    }
    return out;
}

bool isSweepFolder(const fs::path& dir) {
    std::error_code ec;
    return fs::is_regular_file(dir / kSweepFile, ec);
}

SweepRecord readSweepRecord(const fs::path& dir) {
    const fs::path file = dir / kSweepFile;
    const std::string name = file.string();
    SweepRecord r;
    try {
        r.json = nlohmann::json::parse(readWholeFile(file));
    } catch (const nlohmann::json::exception& e) {
        throw InputError(name + ": not valid JSON: " + e.what());
    }
    if (!r.json.is_object() || r.json.value("format", "") != kFormat)
        throw InputError(name + ": not a Replay Lab sweep file (\"format\": \"" + kFormat + "\" missing)");
    try {
        for (const auto& a : r.json.at("axes")) {
            SweepAxis axis;
            axis.key = a.at("key").get<std::string>();
            axis.values = a.at("values").get<std::vector<std::string>>();
            r.spec.axes.push_back(std::move(axis));
        }
        r.spec.base = configFromJson(r.json.at("base").dump(), name + " (base)");
        if (!runStatusFromString(r.json.value("status", "running"), r.status))
            throw InputError(name + ": unknown status '" + r.json.value("status", "") + "'");
    } catch (const nlohmann::json::exception& e) {
        throw InputError(name + ": " + e.what());
    }
    return r;
}

std::vector<SweepEffect> sweepEffectsOf(const fs::path& dir) {
    const SweepRecord r = readSweepRecord(dir);
    std::vector<SweepEffect> all;
    for (const auto& p : sweepPoints(r.spec)) {
        if (!pointCompleted(dir / p.folder)) continue;
        const auto e = sweepEffects(p, readMetricsCsv(dir / p.folder / "metrics.csv"));
        all.insert(all.end(), e.begin(), e.end());
    }
    return all;
}

std::string SweepPlan::format() const {
    const ClassicNumbers classic;
    std::ostringstream o;
    o.imbue(std::locale::classic());  // "10000", never "10.000", whatever the global locale
    o << "Sweep: " << points << " point(s), " << simulations << " simulation(s) in all\n";
    o << "Expected time: " << formatSpan(totalSeconds) << " (the points one after another)\n";
    char mem[64];
    std::snprintf(mem, sizeof mem, "%.0f MiB", peakBytes / (1024.0 * 1024.0));
    o << "Peak memory: " << mem << " (the largest point)\n";
    if (!feasible) o << "Not feasible: " << reason << "\n";
    return o.str();
}

SweepPlan planSweep(const std::vector<SweepPoint>& points) {
    SweepPlan plan;
    plan.points = static_cast<int>(points.size());
    for (const auto& p : points) {
        const RunPlan r = planExperiment(p.config, /*measure=*/true);
        plan.simulations += r.runSimulations;
        plan.totalSeconds += r.totalSeconds;
        plan.peakBytes = std::max(plan.peakBytes, r.peakBytes);
        if (!r.feasible && plan.feasible) {
            plan.feasible = false;
            plan.reason = "point " + std::to_string(p.index) + ": " + r.reason + "; " + r.suggestion;
        }
    }
    return plan;
}

// ---------------------------------------------------------------- the session

struct SweepSession::Impl {
    SweepSpec spec;
    std::vector<SweepPoint> points;
    fs::path root;
    FolderLock lock;
    nlohmann::json record;
    nlohmann::json interface;
    ResumeOverrides overrides;
    std::unique_ptr<RunSession> first;  // point 1's session, made before the sweep's folder
    std::vector<bool> finished;
    int finishedBefore = 0;
    bool ran = false;

    fs::path pointDir(const SweepPoint& p) const { return root / p.folder; }

    void writeRecord(RunStatus status) {
        record["status"] = toString(status);
        record["finished_points"] = static_cast<int>(std::count(finished.begin(), finished.end(), true));
        record["updated"] = utcNow();
        writeFileAtomic(root / kSweepFile, record.dump(2) + "\n");
    }

    // metrics.csv and sweep.csv from the finished points, in the points' order.
    std::vector<SweepEffect> writeTables() {
        std::string header;
        for (const auto& a : spec.axes) header += csvField(a.key) + ",";
        std::string metrics = header + kMetricsHeader + "\n";
        std::vector<SweepEffect> effects;
        for (std::size_t i = 0; i < points.size(); ++i) {
            if (!finished[i]) continue;
            const auto& p = points[i];
            const fs::path file = pointDir(p) / "metrics.csv";
            const auto records = readCsvFile(file);
            for (std::size_t k = 1; k < records.size(); ++k) {
                std::vector<std::string> f = p.values;
                f.insert(f.end(), records[k].fields.begin(), records[k].fields.end());
                metrics += csvLine(f);
            }
            const auto e = sweepEffects(p, readMetricsCsv(file));
            effects.insert(effects.end(), e.begin(), e.end());
        }
        writeFileAtomic(root / "metrics.csv", metrics);
        writeFileAtomic(root / "sweep.csv", sweepCsvHeader(spec.axes) + sweepCsvLines(effects));
        return effects;
    }

    ExperimentConfig pointConfig(const SweepPoint& p) const {
        ExperimentConfig c = p.config;
        c.outputDir = pointDir(p).string();
        if (overrides.threads >= 0) c.train.threads = overrides.threads;
        if (overrides.jobs) c.train.jobs = *overrides.jobs;
        if (!overrides.device.empty()) c.train.device = overrides.device;
        if (!overrides.dataDir.empty()) c.data.dataDir = overrides.dataDir;
        return c;
    }
};

SweepSession::SweepSession(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
SweepSession::~SweepSession() = default;

std::unique_ptr<SweepSession> SweepSession::start(const SweepSpec& spec, const nlohmann::json& interface,
                                                  const fs::path& parent) {
    auto impl = std::make_unique<Impl>();
    impl->spec = spec;
    impl->points = sweepPoints(spec);  // every point checked before anything is made
    impl->root = spec.base.outputDir.empty() ? newRunFolder(parent, "sweep") : fs::path(spec.base.outputDir);
    std::error_code ec;
    if (fs::exists(impl->root, ec) && !fs::is_directory(impl->root, ec))
        throw InputError(impl->root.string() + ": exists and is not a folder");
    if (isSweepFolder(impl->root) || fs::exists(impl->root / "metrics.csv", ec))
        throw InputError(impl->root.string() + ": already holds results; choose a new folder (or resume it)");
    impl->spec.base.outputDir.clear();
    // Point 1 loads and checks the data and the backbone, and makes the folders.
    impl->first = RunSession::start(impl->pointConfig(impl->points.front()), interface);
    impl->lock = FolderLock(impl->root);
    impl->interface = interface;
    impl->finished.assign(impl->points.size(), false);
    impl->record = {{"format", kFormat}, {"version", 1}, {"started", utcNow()}};
    impl->record.update(specJson(impl->spec));
    nlohmann::json pts = nlohmann::json::array();
    for (const auto& p : impl->points) pts.push_back({{"index", p.index}, {"values", p.values}, {"folder", p.folder}});
    impl->record["points"] = pts;
    impl->record["interface"] = interface;
    impl->writeRecord(RunStatus::Running);
    return std::unique_ptr<SweepSession>(new SweepSession(std::move(impl)));
}

std::unique_ptr<SweepSession> SweepSession::resume(const fs::path& dir, const ResumeOverrides& overrides,
                                                   const nlohmann::json& interface) {
    SweepRecord r = readSweepRecord(dir);
    auto impl = std::make_unique<Impl>();
    impl->lock = FolderLock(dir);  // refused at once while the sweep still goes
    if (r.status == RunStatus::Completed)
        throw InputError(dir.string() + ": the sweep completed; nothing to resume");
    impl->root = dir;
    impl->spec = r.spec;
    impl->points = sweepPoints(r.spec);
    impl->record = r.json;
    impl->interface = interface;
    impl->overrides = overrides;
    for (const auto& p : impl->points) impl->finished.push_back(pointCompleted(impl->pointDir(p)));
    impl->finishedBefore = static_cast<int>(std::count(impl->finished.begin(), impl->finished.end(), true));
    return std::unique_ptr<SweepSession>(new SweepSession(std::move(impl)));
}

RunSummary SweepSession::run(Observer& observer, CancelToken& cancel, const Callbacks& callbacks) {
    if (impl_->ran) throw std::logic_error("SweepSession::run called twice");
    impl_->ran = true;
    auto& m = *impl_;
    RunSummary total;
    total.status = RunStatus::Completed;
    const int count = static_cast<int>(m.points.size());
    auto effects = m.writeTables();
    if (callbacks.effectsChanged && m.finishedBefore > 0) callbacks.effectsChanged(effects);
    for (std::size_t i = 0; i < m.points.size(); ++i) {
        if (m.finished[i]) continue;
        const auto& p = m.points[i];
        if (callbacks.pointStarted) callbacks.pointStarted(p, count);
        RunSummary s;
        try {
            std::unique_ptr<RunSession> session;
            std::error_code ec;
            const fs::path dir = m.pointDir(p);
            if (i == 0 && m.first) {
                session = std::move(m.first);
            } else if (fs::exists(dir / "manifest.json", ec)) {
                session = RunSession::resume(dir, m.overrides, m.interface);
            } else {
                session = RunSession::start(m.pointConfig(p), m.interface);
            }
            s = session->run(observer, cancel);
        } catch (const std::exception& e) {
            s.status = RunStatus::Failed;
            s.message = e.what();
        }
        total.wallSeconds += s.wallSeconds;
        total.skippedImages += s.skippedImages;
        total.warnings.insert(total.warnings.end(), s.warnings.begin(), s.warnings.end());
        if (s.status != RunStatus::Completed) {
            total.status = s.status;
            total.message = "point " + std::to_string(p.index) + " (" + pointLabel(m.spec.axes, p.values) +
                            "): " + (s.message.empty() ? toString(s.status) : s.message);
            m.writeRecord(s.status);
            break;
        }
        m.finished[i] = true;
        effects = m.writeTables();
        m.writeRecord(RunStatus::Running);
        if (callbacks.effectsChanged) callbacks.effectsChanged(effects);
    }
    if (total.status == RunStatus::Completed) m.writeRecord(RunStatus::Completed);
    try {
        writeFileAtomic(m.root / "summary.txt", sweepReport(m.root));
    } catch (const std::exception& e) {
        observer.warning("summary.txt not written: " + std::string(e.what()));
    }
    return total;
}

const fs::path& SweepSession::folder() const { return impl_->root; }
const std::vector<SweepPoint>& SweepSession::points() const { return impl_->points; }
const SweepSpec& SweepSession::spec() const { return impl_->spec; }
int SweepSession::finishedBefore() const { return impl_->finishedBefore; }

std::string sweepReport(const fs::path& dir) {
    const ClassicNumbers classic;  // summary.txt reads the same in every locale
    const SweepRecord r = readSweepRecord(dir);
    const auto points = sweepPoints(r.spec);
    const auto effects = sweepEffectsOf(dir);
    std::ostringstream o;
    o.imbue(std::locale::classic());  // "10000", never "10.000", whatever the global locale
    std::string what;
    for (const auto& a : r.spec.axes) {
        std::string vals;
        for (const auto& v : a.values) vals += (vals.empty() ? "" : ", ") + v;
        what += (what.empty() ? "" : " x ") + a.key + " (" + vals + ")";
    }
    std::set<int> done;
    for (const auto& e : effects) done.insert(e.point);
    o << "Sweep of " << what << ": " << done.size() << " of " << points.size() << " point(s) finished\n";
    o << "Effect of replay = condition - no replay, test accuracy in percentage points, paired over\n"
         "class sets x seeds; 95% t interval and two-sided paired t-test; won = runs where replay is higher.\n\n";
    std::vector<std::string> head;
    for (const auto& a : r.spec.axes) head.push_back(a.key);
    for (const char* h : {"condition", "measure", "runs", "replay", "none", "effect", "95% interval", "p", "won"})
        head.push_back(h);
    std::vector<std::vector<std::string>> rows;
    const auto pct = [](double v) {
        char b[32];
        std::snprintf(b, sizeof b, "%.1f", 100 * v);
        return std::string(b);
    };
    const auto pts = [](double v) {
        char b[32];
        if (std::isnan(v)) return std::string("n/a");
        std::snprintf(b, sizeof b, "%+.1f", 100 * v);
        return std::string(b);
    };
    int lastPoint = -1;
    std::string lastCond;
    for (const auto& e : effects) {
        std::vector<std::string> row;
        const bool newPoint = e.point != lastPoint;
        for (const auto& v : e.values) row.push_back(newPoint ? v : "");
        row.push_back(newPoint || e.condition != lastCond ? e.condition : "");
        row.push_back(e.measure == "last_day" ? "last day" : "mean over days");
        row.push_back(std::to_string(e.diff.n));
        row.push_back(pct(e.replay));
        row.push_back(pct(e.none));
        row.push_back(pts(e.diff.diff.mean));
        row.push_back(std::isnan(e.diff.low) ? "n/a" : "[" + pts(e.diff.low) + ", " + pts(e.diff.high) + "]");
        char p[32];
        if (std::isnan(e.diff.p))
            std::snprintf(p, sizeof p, "n/a");
        else if (e.diff.p < 0.001)
            std::snprintf(p, sizeof p, "<0.001");
        else
            std::snprintf(p, sizeof p, "%.3f", e.diff.p);
        row.push_back(p);
        row.push_back(std::to_string(e.diff.wins) + "/" + std::to_string(e.diff.n));
        rows.push_back(row);
        lastPoint = e.point;
        lastCond = e.condition;
    }
    std::vector<std::size_t> width(head.size());
    for (std::size_t c = 0; c < head.size(); ++c) {
        width[c] = head[c].size();
        for (const auto& row : rows) width[c] = std::max(width[c], row[c].size());
    }
    const auto line = [&](const std::vector<std::string>& cells) {
        std::string s;
        for (std::size_t c = 0; c < cells.size(); ++c) {
            s += cells[c];
            if (c + 1 < cells.size()) s += std::string(width[c] - cells[c].size() + 2, ' ');
        }
        while (!s.empty() && s.back() == ' ') s.pop_back();
        o << s << "\n";
    };
    line(head);
    for (const auto& row : rows) line(row);
    for (const auto& p : points)
        if (!done.count(p.index)) o << "point " << p.index << " (" << pointLabel(r.spec.axes, p.values) << "): not finished\n";
    return o.str();
}

}  // namespace replaylab
