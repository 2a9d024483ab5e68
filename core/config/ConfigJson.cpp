#include "config/ConfigJson.h"

#include <cmath>
#include <limits>
#include <utility>

#include <nlohmann/json.hpp>

#include "config/SettingJson.h"
#include "config/Settings.h"
#include "util/Error.h"
#include "util/Files.h"

namespace replaylab {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;  // keeps config.json in the struct's order, for people reading it

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
        failMessage("setting '" + path + "' must be " + what + " (got " + shown(v) + ")");
    }
    [[noreturn]] void failMessage(const std::string& message) const {
        throw InputError(origin_.empty() ? message : origin_ + ": " + message);
    }

    /// Reads every key of object j (at path prefix) into cfg through the settings table;
    /// unknown keys fail.
    void object(const json& j, const std::string& prefix, ExperimentConfig& cfg) const {
        if (!j.is_object()) {
            if (prefix.empty())
                failMessage("expected a JSON object of settings (got " + shown(j) + ")");
            fail(prefix, "an object of settings", j);
        }
        for (const auto& [key, value] : j.items()) {
            const std::string path = prefix.empty() ? key : prefix + "." + key;
            if (const Setting* s = findSetting(path)) {
                s->set(cfg, read(*s, value, path));
            } else if (isGroup(path)) {
                object(value, path, cfg);
            } else {
                failMessage("unknown setting '" + path + "'");
            }
        }
    }

    /// One setting's value.
    SettingValue read(const Setting& s, const json& v, const std::string& path) const {
        switch (s.type) {
            case SettingType::Int: return integer(v, path);
            case SettingType::Seed: return seed(v, path);
            case SettingType::Double: return number(v, path);
            case SettingType::Bool: return boolean(v, path);
            case SettingType::String: return string(v, path);
            case SettingType::Choice: {
                // A spelling the table does not know cannot be held by the enum: refused here.
                const int i = s.choiceIndex(string(v, path));
                if (i < 0) fail(path, s.choiceList(), v);
                return SettingValue(std::in_place_type<int>, i);
            }
            case SettingType::IntList: return integers(v, path);
            case SettingType::NameLists: return stringLists(v, path);
            case SettingType::Conditions: return conditions(v, path);
        }
        failMessage("setting '" + path + "' has no reader");
    }

    /// Whether some setting lies under path ("train" of "train.days").
    static bool isGroup(const std::string& path) {
        const std::string prefix = path + ".";
        for (const auto& s : settings())
            if (s.key.compare(0, prefix.size(), prefix) == 0) return true;
        return false;
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

}  // namespace

ordered_json settingToJson(const Setting& s, const ExperimentConfig& cfg) {
    const SettingValue v = s.get(cfg);
    switch (s.type) {
        case SettingType::Int: return std::get<int>(v);
        case SettingType::Seed: return std::get<std::uint64_t>(v);
        case SettingType::Double: return std::get<double>(v);
        case SettingType::Bool: return std::get<bool>(v);
        case SettingType::String: return std::get<std::string>(v);
        case SettingType::Choice: return s.choices.at(static_cast<std::size_t>(std::get<int>(v)));
        case SettingType::IntList: return ordered_json(std::get<std::vector<int>>(v));
        case SettingType::NameLists: return ordered_json(std::get<std::vector<std::vector<std::string>>>(v));
        case SettingType::Conditions: {
            ordered_json a = ordered_json::array();
            for (const auto& c : std::get<std::vector<Condition>>(v)) a.push_back(c.name());
            return a;
        }
    }
    return nullptr;
}

SettingValue settingFromJson(const Setting& s, const json& v, const std::string& origin) {
    return Reader(origin).read(s, v, s.key);
}

std::string configToJson(const ExperimentConfig& cfg) {
    ordered_json j;
    for (const auto& s : settings()) {
        // "train.days" -> j["train"]["days"], groups in the order of their first setting.
        ordered_json* node = &j;
        std::size_t start = 0;
        for (auto dot = s.key.find('.'); dot != std::string::npos; dot = s.key.find('.', start)) {
            node = &(*node)[s.key.substr(start, dot - start)];
            start = dot + 1;
        }
        (*node)[s.key.substr(start)] = settingToJson(s, cfg);
    }
    // Only a shard's config.json names the shard, so that a whole run's file stays as it was.
    if (cfg.shard.active()) j["shard"] = cfg.shard.str();
    return j.dump(2) + "\n";
}

ExperimentConfig configFromFile(const std::filesystem::path& file) {
    namespace fs = std::filesystem;
    const std::string name = file.string();
    std::error_code ec;
    if (fs::is_directory(file, ec)) throw InputError(name + ": is a folder, not a JSON config file");
    if (!fs::exists(file, ec)) throw InputError(name + ": no such config file");
    const std::string text = readWholeFile(file);  // names the file and why it cannot be read
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(name + ": is empty, not a JSON config file");
    return configFromJson(text, name);
}

ExperimentConfig configFromJson(const std::string& text, const std::string& origin) {
    json j;
    try {
        j = json::parse(text, nullptr, /*allow_exceptions=*/true, /*ignore_comments=*/true);
    } catch (const json::exception& e) {  // parse_error, and out_of_range for a number like 1e999
        std::string msg = e.what();
        // Drop the library's "[json.exception.parse_error.101] " tag.
        if (!msg.empty() && msg[0] == '[') {
            const auto close = msg.find("] ");
            if (close != std::string::npos) msg = msg.substr(close + 2);
        }
        throw InputError(origin + ": invalid JSON: " + msg);
    }

    ExperimentConfig cfg;
    if (j.is_object() && j.contains("shard")) {
        const json v = j["shard"];
        j.erase("shard");
        if (!v.is_string())
            throw InputError(origin + ": setting 'shard' must be a string K/N such as \"2/4\" (got " +
                             shown(v) + ")");
        cfg.shard = parseShard(v.get<std::string>(), origin + ": setting 'shard'");
    }
    Reader(origin).object(j, "", cfg);
    return cfg;
}

std::vector<std::string> validateConfig(const ExperimentConfig& cfg) {
    // Each setting's range and rules, in the order of config.json.
    std::vector<std::string> out;
    for (const auto& s : settings())
        for (auto& p : s.problems(cfg)) out.push_back(std::move(p));
    const Shard& sh = cfg.shard;
    if (sh.count < 0 || (sh.active() && (sh.index < 1 || sh.index > sh.count)))
        out.push_back("shard " + std::to_string(sh.index) + "/" + std::to_string(sh.count) +
                      " must have 1 <= K <= N (shards are numbered 1 to N)");
    return out;
}

}  // namespace replaylab
