#include "config/ExperimentConfig.h"

#include <cctype>
#include <string_view>

#include "util/Error.h"

namespace replaylab {

namespace {

constexpr const char* kConditionHelp =
    "expected none, extra-day, or generative|veridical|continuous|rl|single at pool1..pool5, "
    "e.g. generative-pool4";

std::string trimmedLower(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    std::string out = s.substr(b, e - b);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

/// The mode names that take a replay point, or nullopt.
std::optional<ReplayMode> layeredMode(std::string_view s) {
    if (s == "generative") return ReplayMode::Generative;
    if (s == "veridical") return ReplayMode::Veridical;
    if (s == "continuous") return ReplayMode::Continuous;
    if (s == "rl") return ReplayMode::RlChosen;
    if (s == "single") return ReplayMode::SingleClass;
    return std::nullopt;
}

/// "1".."5" -> 1..5, else 0.
int poolIndex(std::string_view s) {
    if (s.size() != 1 || s[0] < '1' || s[0] > '5') return 0;
    return s[0] - '0';
}

}  // namespace

std::string Condition::name() const {
    if (!usesLayer()) return toString(mode);
    return toString(mode) + "-pool" + std::to_string(layer);
}

std::string toString(ReplayMode m) {
    switch (m) {
        case ReplayMode::None: return "none";
        case ReplayMode::Generative: return "generative";
        case ReplayMode::Veridical: return "veridical";
        case ReplayMode::Continuous: return "continuous";
        case ReplayMode::ExtraDay: return "extra-day";
        case ReplayMode::RlChosen: return "rl";
        case ReplayMode::SingleClass: return "single";
    }
    return "unknown";
}

ReplayMode replayModeFromString(const std::string& s) {
    const std::string t = trimmedLower(s);
    if (t == "none") return ReplayMode::None;
    if (t == "extra-day") return ReplayMode::ExtraDay;
    if (auto m = layeredMode(t)) return *m;
    throw InputError("unknown replay mode '" + s +
                     "' (expected none, generative, veridical, continuous, extra-day, rl or single)");
}

Condition conditionFromString(const std::string& s) {
    const std::string t = trimmedLower(s);
    Condition c;
    if (t == "none") return c;  // mode None by default
    if (t == "extra-day") {
        c.mode = ReplayMode::ExtraDay;
        return c;
    }
    std::string_view modeName = t;
    std::string_view layerName = "4";
    if (const auto at = t.find('@'); at != std::string::npos) {
        modeName = std::string_view(t).substr(0, at);
        layerName = std::string_view(t).substr(at + 1);
    } else if (const auto dash = t.rfind("-pool"); dash != std::string::npos) {
        modeName = std::string_view(t).substr(0, dash);
        layerName = std::string_view(t).substr(dash + 5);
    }
    const auto mode = layeredMode(modeName);
    const int layer = poolIndex(layerName);
    if (!mode || layer == 0)
        throw InputError("unknown replay condition '" + s + "' (" + kConditionHelp + ")");
    c.mode = *mode;
    c.layer = layer;
    return c;
}

std::string Shard::str() const {
    return active() ? std::to_string(index) + "/" + std::to_string(count) : std::string();
}

Shard parseShard(const std::string& text, const std::string& what) {
    const auto slash = text.find('/');
    auto whole = [](const std::string& t, int& out) {
        if (t.empty() || t.size() > 9) return false;
        for (char c : t)
            if (!std::isdigit(static_cast<unsigned char>(c))) return false;
        out = std::stoi(t);
        return true;
    };
    Shard s;
    if (slash == std::string::npos || !whole(text.substr(0, slash), s.index) ||
        !whole(text.substr(slash + 1), s.count))
        throw InputError(what + ": '" + text + "' is not a shard K/N (e.g. 2/4: the second of four)");
    if (s.count < 1 || s.index < 1 || s.index > s.count)
        throw InputError(what + ": '" + text + "' must have 1 <= K <= N (shards are numbered 1 to N)");
    return s;
}

std::pair<int, int> shardRange(int simulations, const Shard& s) {
    if (!s.active() || s.index < 1 || s.index > s.count) return {0, simulations};
    const long long n = simulations, k = s.index, c = s.count;
    return {static_cast<int>((k - 1) * n / c), static_cast<int>(k * n / c)};
}

}  // namespace replaylab
