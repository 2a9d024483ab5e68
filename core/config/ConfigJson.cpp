#include "config/ConfigJson.h"

#include <cmath>
#include <functional>
#include <limits>
#include <set>
#include <utility>

#include <nlohmann/json.hpp>

#include "util/Error.h"

namespace replaylab {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;  // keeps config.json in the struct's order, for people reading it

// ---------------------------------------------------------------- writing

ordered_json conditionsToJson(const std::vector<Condition>& cs) {
    ordered_json a = ordered_json::array();
    for (const auto& c : cs) a.push_back(c.name());
    return a;
}

// ---------------------------------------------------------------- reading

/// A value as it appears in the file, shortened for one-line messages.
std::string shown(const json& v) {
    constexpr std::size_t kMax = 60;
    std::string s = v.dump();
    if (s.size() > kMax) s = s.substr(0, kMax - 3) + "...";
    return s;
}

class Reader {
public:
    explicit Reader(std::string origin) : origin_(std::move(origin)) {}

    [[noreturn]] void fail(const std::string& path, const std::string& what, const json& v) const {
        throw InputError(origin_ + ": setting '" + path + "' must be " + what + " (got " +
                         shown(v) + ")");
    }
    [[noreturn]] void failMessage(const std::string& message) const {
        throw InputError(origin_ + ": " + message);
    }

    using Handler = std::function<void(const json&, const std::string&)>;
    using Fields = std::vector<std::pair<const char*, Handler>>;

    /// Reads every key of object j (at path prefix) through its handler; unknown keys fail.
    void object(const json& j, const std::string& prefix, const Fields& fields) const {
        if (!j.is_object()) {
            if (prefix.empty())
                failMessage("expected a JSON object of settings (got " + shown(j) + ")");
            fail(prefix, "an object of settings", j);
        }
        for (const auto& [key, value] : j.items()) {
            const std::string path = prefix.empty() ? key : prefix + "." + key;
            const Handler* h = nullptr;
            for (const auto& f : fields)
                if (key == f.first) h = &f.second;
            if (!h) failMessage("unknown setting '" + path + "'");
            (*h)(value, path);
        }
    }

    static bool integral(const json& v, long double lo, long double hi) {
        if (v.is_number_unsigned()) return static_cast<long double>(v.get<std::uint64_t>()) <= hi;
        if (v.is_number_integer()) {
            const auto x = static_cast<long double>(v.get<std::int64_t>());
            return x >= lo && x <= hi;
        }
        if (v.is_number_float()) {  // 10.0 is fine where an integer is expected
            const double d = v.get<double>();
            return std::isfinite(d) && std::floor(d) == d && d >= lo && d <= hi;
        }
        return false;
    }

    int integer(const json& v, const std::string& path) const {
        if (!integral(v, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
            fail(path, "an integer", v);
        return v.is_number_float() ? static_cast<int>(v.get<double>()) : v.get<int>();
    }
    std::uint64_t seed(const json& v, const std::string& path) const {
        if (!integral(v, 0, static_cast<long double>(std::numeric_limits<std::uint64_t>::max())))
            fail(path, "a non-negative integer", v);
        if (v.is_number_float()) return static_cast<std::uint64_t>(v.get<double>());
        return v.get<std::uint64_t>();
    }
    double number(const json& v, const std::string& path) const {
        if (!v.is_number()) fail(path, "a number", v);
        return v.get<double>();
    }
    bool boolean(const json& v, const std::string& path) const {
        if (!v.is_boolean()) fail(path, "true or false", v);
        return v.get<bool>();
    }
    std::string string(const json& v, const std::string& path) const {
        if (!v.is_string()) fail(path, "a string", v);
        return v.get<std::string>();
    }
    std::vector<int> integers(const json& v, const std::string& path) const {
        std::vector<int> out;
        if (!v.is_array()) fail(path, "a list of integers", v);
        for (const auto& e : v) {
            if (!integral(e, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
                fail(path, "a list of integers", v);
            out.push_back(e.is_number_float() ? static_cast<int>(e.get<double>()) : e.get<int>());
        }
        return out;
    }
    std::vector<std::string> strings(const json& v, const std::string& path,
                                     const char* what) const {
        std::vector<std::string> out;
        if (!v.is_array()) fail(path, what, v);
        for (const auto& e : v) {
            if (!e.is_string()) fail(path, what, v);
            out.push_back(e.get<std::string>());
        }
        return out;
    }
    std::vector<std::vector<std::string>> stringLists(const json& v,
                                                      const std::string& path) const {
        constexpr const char* kWhat = "a list of lists of class names";
        std::vector<std::vector<std::string>> out;
        if (!v.is_array()) fail(path, kWhat, v);
        for (const auto& e : v) {
            if (!e.is_array()) fail(path, kWhat, v);
            for (const auto& name : e)
                if (!name.is_string()) fail(path, kWhat, v);
            out.push_back(e.get<std::vector<std::string>>());
        }
        return out;
    }
    std::vector<Condition> conditions(const json& v, const std::string& path) const {
        std::vector<Condition> out;
        for (const auto& name : strings(v, path, "a list of condition names")) {
            try {
                out.push_back(conditionFromString(name));
            } catch (const InputError& e) {
                failMessage("setting '" + path + "': " + e.what());
            }
        }
        return out;
    }

private:
    std::string origin_;
};

// ---------------------------------------------------------------- validation

std::string shownValue(double v) { return json(v).dump(); }
std::string shownValue(const std::string& v) { return json(v).dump(); }

template <class T>
std::string shownList(const std::vector<T>& v) {
    return json(v).dump();
}

bool validDevice(const std::string& d) {
    if (d == "cpu" || d == "auto" || d == "cuda") return true;
    if (d.rfind("cuda:", 0) != 0 || d.size() == 5 || d.size() > 8) return false;
    for (std::size_t i = 5; i < d.size(); ++i)
        if (d[i] < '0' || d[i] > '9') return false;
    return true;
}

}  // namespace

std::string configToJson(const ExperimentConfig& cfg) {
    const auto& d = cfg.data;
    const auto& m = cfg.model;
    const auto& a = cfg.augment;
    const auto& t = cfg.train;
    const auto& r = cfg.replay;

    ordered_json j;
    j["name"] = cfg.name;
    j["seed"] = cfg.seed;
    j["seeds_per_class_set"] = cfg.seedsPerClassSet;
    j["output_dir"] = cfg.outputDir;

    ordered_json& jd = j["data"];
    jd["source"] = d.source;
    jd["data_dir"] = d.dataDir;
    jd["class_sets_file"] = d.classSetsFile;
    jd["class_sets"] = ordered_json(d.classSets);
    jd["custom_class_sets"] = ordered_json(d.customClassSets);
    jd["train_per_class"] = d.trainPerClass;
    jd["val_per_class"] = d.valPerClass;
    jd["test_per_class"] = d.testPerClass;
    jd["split_seed"] = d.splitSeed;
    jd["on_bad_image"] = d.onBadImage;

    ordered_json& jm = j["model"];
    jm["arch"] = m.arch;
    jm["backbone"] = m.backbone;
    jm["input_size"] = m.inputSize;
    jm["in_channels"] = m.inChannels;
    jm["convs_per_block"] = ordered_json(m.convsPerBlock);
    jm["widths"] = ordered_json(m.widths);
    jm["head_units"] = m.headUnits;
    jm["dropout"] = m.dropout;
    jm["preprocessing"] = m.preprocessing;
    jm["fit"] = m.fit;

    ordered_json& ja = j["augment"];
    ja["enabled"] = a.enabled;
    ja["rotation_deg"] = a.rotationDeg;
    ja["shift"] = a.shift;
    ja["zoom_min"] = a.zoomMin;
    ja["zoom_max"] = a.zoomMax;
    ja["horizontal_flip"] = a.horizontalFlip;

    ordered_json& jt = j["train"];
    jt["days"] = t.days;
    jt["learning_rate"] = t.learningRate;
    jt["batch_size"] = t.batchSize;
    jt["optimizer"] = t.optimizer;
    jt["adam_epsilon"] = t.adamEpsilon;
    jt["beta1"] = t.beta1;
    jt["beta2"] = t.beta2;
    jt["threads"] = t.threads;
    jt["jobs"] = t.jobs;
    jt["device"] = t.device;
    jt["mixed_precision"] = t.mixedPrecision;

    ordered_json& jr = j["replay"];
    jr["conditions"] = conditionsToJson(r.conditions);
    jr["downsample"] = ordered_json(r.downsample);
    jr["samples_per_class"] = r.samplesPerClass;
    jr["covariance"] = r.covariance;
    jr["clip_at_zero"] = r.clipAtZero;
    jr["rl_temperature"] = r.rlTemperature;
    jr["rl_steps_per_night"] = r.rlStepsPerNight;
    jr["rl_reset_nightly"] = r.rlResetNightly;

    return j.dump(2) + "\n";
}

ExperimentConfig configFromJson(const std::string& text, const std::string& origin) {
    json j;
    try {
        j = json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
    } catch (const json::parse_error& e) {
        std::string msg = e.what();
        // Drop the library's "[json.exception.parse_error.101] " tag.
        if (!msg.empty() && msg[0] == '[') {
            const auto close = msg.find("] ");
            if (close != std::string::npos) msg = msg.substr(close + 2);
        }
        throw InputError(origin + ": invalid JSON: " + msg);
    }

    ExperimentConfig cfg;
    auto& d = cfg.data;
    auto& m = cfg.model;
    auto& a = cfg.augment;
    auto& t = cfg.train;
    auto& r = cfg.replay;
    const Reader rd(origin);
    using P = const std::string&;
    using V = const json&;

    const Reader::Fields dataFields = {
        {"source", [&](V v, P p) { d.source = rd.string(v, p); }},
        {"data_dir", [&](V v, P p) { d.dataDir = rd.string(v, p); }},
        {"class_sets_file", [&](V v, P p) { d.classSetsFile = rd.string(v, p); }},
        {"class_sets", [&](V v, P p) { d.classSets = rd.integers(v, p); }},
        {"custom_class_sets", [&](V v, P p) { d.customClassSets = rd.stringLists(v, p); }},
        {"train_per_class", [&](V v, P p) { d.trainPerClass = rd.integer(v, p); }},
        {"val_per_class", [&](V v, P p) { d.valPerClass = rd.integer(v, p); }},
        {"test_per_class", [&](V v, P p) { d.testPerClass = rd.integer(v, p); }},
        {"split_seed", [&](V v, P p) { d.splitSeed = rd.seed(v, p); }},
        {"on_bad_image", [&](V v, P p) { d.onBadImage = rd.string(v, p); }},
    };
    const Reader::Fields modelFields = {
        {"arch", [&](V v, P p) { m.arch = rd.string(v, p); }},
        {"backbone", [&](V v, P p) { m.backbone = rd.string(v, p); }},
        {"input_size", [&](V v, P p) { m.inputSize = rd.integer(v, p); }},
        {"in_channels", [&](V v, P p) { m.inChannels = rd.integer(v, p); }},
        {"convs_per_block", [&](V v, P p) { m.convsPerBlock = rd.integers(v, p); }},
        {"widths", [&](V v, P p) { m.widths = rd.integers(v, p); }},
        {"head_units", [&](V v, P p) { m.headUnits = rd.integer(v, p); }},
        {"dropout", [&](V v, P p) { m.dropout = rd.number(v, p); }},
        {"preprocessing", [&](V v, P p) { m.preprocessing = rd.string(v, p); }},
        {"fit", [&](V v, P p) { m.fit = rd.string(v, p); }},
    };
    const Reader::Fields augmentFields = {
        {"enabled", [&](V v, P p) { a.enabled = rd.boolean(v, p); }},
        {"rotation_deg", [&](V v, P p) { a.rotationDeg = rd.number(v, p); }},
        {"shift", [&](V v, P p) { a.shift = rd.number(v, p); }},
        {"zoom_min", [&](V v, P p) { a.zoomMin = rd.number(v, p); }},
        {"zoom_max", [&](V v, P p) { a.zoomMax = rd.number(v, p); }},
        {"horizontal_flip", [&](V v, P p) { a.horizontalFlip = rd.boolean(v, p); }},
    };
    const Reader::Fields trainFields = {
        {"days", [&](V v, P p) { t.days = rd.integer(v, p); }},
        {"learning_rate", [&](V v, P p) { t.learningRate = rd.number(v, p); }},
        {"batch_size", [&](V v, P p) { t.batchSize = rd.integer(v, p); }},
        {"optimizer", [&](V v, P p) { t.optimizer = rd.string(v, p); }},
        {"adam_epsilon", [&](V v, P p) { t.adamEpsilon = rd.number(v, p); }},
        {"beta1", [&](V v, P p) { t.beta1 = rd.number(v, p); }},
        {"beta2", [&](V v, P p) { t.beta2 = rd.number(v, p); }},
        {"threads", [&](V v, P p) { t.threads = rd.integer(v, p); }},
        {"jobs", [&](V v, P p) { t.jobs = rd.integer(v, p); }},
        {"device", [&](V v, P p) { t.device = rd.string(v, p); }},
        {"mixed_precision", [&](V v, P p) { t.mixedPrecision = rd.boolean(v, p); }},
    };
    const Reader::Fields replayFields = {
        {"conditions", [&](V v, P p) { r.conditions = rd.conditions(v, p); }},
        {"downsample", [&](V v, P p) { r.downsample = rd.integers(v, p); }},
        {"samples_per_class", [&](V v, P p) { r.samplesPerClass = rd.integer(v, p); }},
        {"covariance", [&](V v, P p) { r.covariance = rd.string(v, p); }},
        {"clip_at_zero", [&](V v, P p) { r.clipAtZero = rd.boolean(v, p); }},
        {"rl_temperature", [&](V v, P p) { r.rlTemperature = rd.number(v, p); }},
        {"rl_steps_per_night", [&](V v, P p) { r.rlStepsPerNight = rd.integer(v, p); }},
        {"rl_reset_nightly", [&](V v, P p) { r.rlResetNightly = rd.boolean(v, p); }},
    };
    const Reader::Fields topFields = {
        {"name", [&](V v, P p) { cfg.name = rd.string(v, p); }},
        {"seed", [&](V v, P p) { cfg.seed = rd.seed(v, p); }},
        {"seeds_per_class_set", [&](V v, P p) { cfg.seedsPerClassSet = rd.integer(v, p); }},
        {"output_dir", [&](V v, P p) { cfg.outputDir = rd.string(v, p); }},
        {"data", [&](V v, P p) { rd.object(v, p, dataFields); }},
        {"model", [&](V v, P p) { rd.object(v, p, modelFields); }},
        {"augment", [&](V v, P p) { rd.object(v, p, augmentFields); }},
        {"train", [&](V v, P p) { rd.object(v, p, trainFields); }},
        {"replay", [&](V v, P p) { rd.object(v, p, replayFields); }},
    };
    rd.object(j, "", topFields);
    return cfg;
}

std::vector<std::string> validateConfig(const ExperimentConfig& cfg) {
    std::vector<std::string> out;
    auto need = [&out](bool ok, std::string message) {
        if (!ok) out.push_back(std::move(message));
    };
    auto atLeast = [&](const char* name, int v, int min) {
        need(v >= min, std::string(name) + " must be at least " + std::to_string(min) +
                           " (got " + std::to_string(v) + ")");
    };
    auto oneOf = [&](const char* name, const std::string& v,
                     std::initializer_list<const char*> allowed) {
        for (const char* a : allowed)
            if (v == a) return;
        std::string list;
        std::size_t i = 0;
        for (const char* a : allowed) {
            if (i > 0) list += (i + 1 == allowed.size()) ? " or " : ", ";
            list += a;
            ++i;
        }
        out.push_back(std::string(name) + " must be " + list + " (got " + shownValue(v) + ")");
    };
    // Written as !(ok) so that NaN fails too.
    auto fiveAtLeastOne = [&](const char* name, const std::vector<int>& v) {
        bool ok = v.size() == 5;
        for (int x : v) ok = ok && x >= 1;
        need(ok, std::string(name) + " must be 5 integers of at least 1, one per block (got " +
                     shownList(v) + ")");
    };

    // Top level
    need(!cfg.name.empty(), "name must not be empty");
    need(cfg.name.find_first_of("/\\") == std::string::npos,
         "name must not contain '/' or '\\' (got " + shownValue(cfg.name) + ")");
    atLeast("seeds_per_class_set", cfg.seedsPerClassSet, 1);

    // Data
    const auto& d = cfg.data;
    oneOf("data.source", d.source, {"quickdraw", "folder"});
    for (int i : d.classSets)
        need(i >= 1, "data.class_sets entries must be at least 1 (got " + std::to_string(i) + ")");
    need(std::set<int>(d.classSets.begin(), d.classSets.end()).size() == d.classSets.size(),
         "data.class_sets must not repeat a class set (got " + shownList(d.classSets) + ")");
    for (std::size_t s = 0; s < d.customClassSets.size(); ++s) {
        const auto& set = d.customClassSets[s];
        const std::string name = "data.custom_class_sets[" + std::to_string(s + 1) + "]";
        need(set.size() >= 2, name + " must name at least 2 classes (got " + shownList(set) + ")");
        bool blank = false;
        for (const auto& c : set) blank = blank || c.empty();
        need(!blank, name + " must not hold an empty class name");
        need(std::set<std::string>(set.begin(), set.end()).size() == set.size(),
             name + " must not repeat a class (got " + shownList(set) + ")");
    }
    atLeast("data.train_per_class", d.trainPerClass, 1);
    atLeast("data.val_per_class", d.valPerClass, 1);
    atLeast("data.test_per_class", d.testPerClass, 1);
    oneOf("data.on_bad_image", d.onBadImage, {"skip", "stop"});

    // Model
    const auto& m = cfg.model;
    oneOf("model.arch", m.arch, {"mini", "vgg16"});
    // Five 2x2 poolings: the side must halve cleanly five times.
    need(m.inputSize >= 32 && m.inputSize % 32 == 0,
         "model.input_size must be a multiple of 32, at least 32 (got " +
             std::to_string(m.inputSize) + ")");
    need(m.inChannels == 1 || m.inChannels == 3,
         "model.in_channels must be 1 or 3 (got " + std::to_string(m.inChannels) + ")");
    // For vgg16 the blocks are fixed (2,2,3,3,3 convs, 64..512 wide); these are then unused.
    fiveAtLeastOne("model.convs_per_block", m.convsPerBlock);
    fiveAtLeastOne("model.widths", m.widths);
    atLeast("model.head_units", m.headUnits, 1);
    need(m.dropout >= 0.0 && m.dropout < 1.0,
         "model.dropout must be at least 0 and below 1 (got " + shownValue(m.dropout) + ")");
    oneOf("model.preprocessing", m.preprocessing, {"unit", "torchvision", "caffe"});
    oneOf("model.fit", m.fit, {"pad", "resize"});

    // Augmentation
    const auto& a = cfg.augment;
    need(a.rotationDeg >= 0.0 && a.rotationDeg <= 180.0,
         "augment.rotation_deg must be between 0 and 180 (got " + shownValue(a.rotationDeg) + ")");
    need(a.shift >= 0.0 && a.shift <= 1.0,
         "augment.shift must be between 0 and 1 (got " + shownValue(a.shift) + ")");
    need(a.zoomMin > 0.0 && std::isfinite(a.zoomMin),
         "augment.zoom_min must be above 0 (got " + shownValue(a.zoomMin) + ")");
    need(a.zoomMax >= a.zoomMin && std::isfinite(a.zoomMax),
         "augment.zoom_max must be at least augment.zoom_min (got " + shownValue(a.zoomMax) +
             " < " + shownValue(a.zoomMin) + ")");

    // Training
    const auto& t = cfg.train;
    atLeast("train.days", t.days, 1);
    need(t.learningRate > 0.0 && std::isfinite(t.learningRate),
         "train.learning_rate must be above 0 (got " + shownValue(t.learningRate) + ")");
    atLeast("train.batch_size", t.batchSize, 1);
    oneOf("train.optimizer", t.optimizer, {"adam", "keras-eps1"});
    need(t.adamEpsilon > 0.0 && std::isfinite(t.adamEpsilon),
         "train.adam_epsilon must be above 0 (got " + shownValue(t.adamEpsilon) + ")");
    need(t.beta1 >= 0.0 && t.beta1 < 1.0,
         "train.beta1 must be at least 0 and below 1 (got " + shownValue(t.beta1) + ")");
    need(t.beta2 >= 0.0 && t.beta2 < 1.0,
         "train.beta2 must be at least 0 and below 1 (got " + shownValue(t.beta2) + ")");
    atLeast("train.threads", t.threads, 0);
    atLeast("train.jobs", t.jobs, 0);
    need(validDevice(t.device),
         "train.device must be cpu, auto, cuda or cuda:N (got " + shownValue(t.device) + ")");

    // Replay
    const auto& r = cfg.replay;
    need(!r.conditions.empty(), "replay.conditions must name at least one condition");
    std::set<std::string> seen;
    for (const auto& c : r.conditions) {
        if (c.usesLayer())
            need(c.layer >= 1 && c.layer <= 5,
                 "replay.conditions: the replay point of " + toString(c.mode) +
                     " must be pool1..pool5 (got layer " + std::to_string(c.layer) + ")");
        need(seen.insert(c.name()).second,
             "replay.conditions must not repeat a condition (got " + c.name() + " twice)");
    }
    fiveAtLeastOne("replay.downsample", r.downsample);
    if (r.downsample.size() == 5 && m.inputSize >= 32 && m.inputSize % 32 == 0) {
        // Block means must tile the pooled maps exactly.
        for (int layer = 1; layer <= 5; ++layer) {
            const int side = m.inputSize >> layer;
            const int f = r.downsample[static_cast<std::size_t>(layer - 1)];
            if (f >= 1)
                need(side % f == 0, "replay.downsample for pool" + std::to_string(layer) +
                                        " must divide the pool" + std::to_string(layer) +
                                        " side " + std::to_string(side) + " (got " +
                                        std::to_string(f) + ")");
        }
    }
    atLeast("replay.samples_per_class", r.samplesPerClass, 0);
    oneOf("replay.covariance", r.covariance, {"full", "diagonal"});
    need(r.rlTemperature > 0.0 && std::isfinite(r.rlTemperature),
         "replay.rl_temperature must be above 0 (got " + shownValue(r.rlTemperature) + ")");
    atLeast("replay.rl_steps_per_night", r.rlStepsPerNight, 0);
    return out;
}

}  // namespace replaylab
