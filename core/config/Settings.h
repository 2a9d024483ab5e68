#pragma once
// The one table of settings: each setting of ExperimentConfig declared once, with its JSON key
// path (as in config.json), type, default (the struct's), allowed values or range, a one-line
// doc in the paper's words, the app's label and widget hints, and access to its field.
// configToJson, configFromJson, validateConfig, the app's Set-up fields and
// setSettingFromString are all driven by it. No Qt and no LibTorch here.
//
// Adding a setting: its field in config/ExperimentConfig.h (an enum there for a choice, in the
// order of its spellings), one entry in buildTable() (config/Settings.cpp), and the code that
// uses the field. config.json, the reader's messages, validateConfig, the app's field and
// tooltip (Advanced by default) and setSettingFromString follow from the entry, and
// tst_settings checks it; tst_config's everyFieldChanged fixture then asks for a changed value.
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "config/ExperimentConfig.h"

namespace replaylab {

enum class SettingType {
    Int,         ///< int
    Seed,        ///< std::uint64_t, non-negative
    Double,      ///< double, finite
    Bool,        ///< bool
    String,      ///< free text (device: checked by its rule)
    Choice,      ///< an enum; JSON holds one of `choices`, in the enumerators' order
    IntList,     ///< std::vector<int>
    NameLists,   ///< std::vector<std::vector<std::string>> (explicit class sets)
    Conditions,  ///< std::vector<Condition>, written by name ("generative-pool4")
};

/// Where the app's Set-up panel shows a setting.
enum class SettingView {
    Own,       ///< an editor of its own (preset, class-set picker, condition list)
    Basic,     ///< the schedule fields, always visible
    Advanced,  ///< under "Advanced", one generated field per setting
};

/// A setting's value, by type: Int and Choice (the enumerator's index) hold int.
using SettingValue = std::variant<int, std::uint64_t, double, bool, std::string, std::vector<int>,
                                  std::vector<std::vector<std::string>>, std::vector<Condition>>;

struct Setting {
    std::string key;  ///< JSON key path, e.g. "train.learning_rate"
    SettingType type = SettingType::Int;
    std::string doc;    ///< one line in the paper's words; the app's tooltip
    std::string label;  ///< the app's label, with its mnemonic; "%1" is the replay point
    SettingView view = SettingView::Advanced;

    // Range (Int, Double, and the entries of IntList), checked by validateConfig.
    std::optional<double> min, max;
    bool minExclusive = false, maxExclusive = false;
    int multiple = 0;          ///< Int: must be a multiple of this
    std::vector<int> allowed;  ///< Int: the only values allowed
    std::size_t length = 0;    ///< IntList: exact number of entries
    std::string lengthWhat;    ///< IntList: what the entries are, e.g. "one per block"
    /// Choice: the JSON spellings, in the enumerators' order. String: values the app suggests.
    std::vector<std::string> choices;
    /// Further rules, checked after the range; each problem is one line naming the setting.
    /// Also where a check that involves another setting lives (zoom_max against zoom_min).
    std::function<void(const ExperimentConfig&, std::vector<std::string>&)> rule;

    // The app's field.
    double uiMin = 0, uiMax = 1000000;  ///< spin box range (0 so that validation can explain a 0)
    double step = 1;
    int decimals = 2;
    bool asText = false;      ///< Double: a line edit (values over decades, e.g. 3e-4)
    bool perReplayPoint = false;  ///< IntList of 5: one spin box per replay point pool1..pool5
    std::string zeroMeans;    ///< Int: what 0 stands for, shown in place of 0

    // The field.
    std::function<SettingValue(const ExperimentConfig&)> get;
    std::function<void(ExperimentConfig&, const SettingValue&)> set;

    // Builders, for the table.
    Setting& atLeast(double v) { min = v; minExclusive = false; return *this; }
    Setting& above(double v) { min = v; minExclusive = true; return *this; }
    Setting& atMost(double v) { max = v; maxExclusive = false; return *this; }
    Setting& below(double v) { max = v; maxExclusive = true; return *this; }
    Setting& multipleOf(int m) { multiple = m; return *this; }
    Setting& oneOf(std::vector<int> v) { allowed = std::move(v); return *this; }
    Setting& entries(std::size_t n, std::string what) { length = n; lengthWhat = std::move(what); return *this; }
    Setting& suggest(std::vector<std::string> v) { choices = std::move(v); return *this; }
    Setting& check(std::function<void(const ExperimentConfig&, std::vector<std::string>&)> f) {
        rule = std::move(f);
        return *this;
    }
    Setting& ui(std::string l, std::string d, SettingView v = SettingView::Advanced) {
        label = std::move(l);
        doc = std::move(d);
        view = v;
        return *this;
    }
    Setting& spin(double lo, double hi, double s = 1, int dec = 2) {
        uiMin = lo;
        uiMax = hi;
        step = s;
        decimals = dec;
        return *this;
    }
    Setting& text() { asText = true; return *this; }
    Setting& onePerReplayPoint() { perReplayPoint = true; return *this; }
    Setting& zero(std::string meaning) { zeroMeans = std::move(meaning); return *this; }

    /// The group of the key ("train" of "train.days"); "" at the top level.
    std::string group() const;
    /// The last part of the key ("days" of "train.days").
    std::string name() const;
    /// The range and rules of this setting, as "train.days must be at least 1 (got 0)" lines.
    std::vector<std::string> problems(const ExperimentConfig& cfg) const;
    /// Index of a choice spelled s, or -1.
    int choiceIndex(const std::string& s) const;
    /// "adam or keras-eps1".
    std::string choiceList() const;
};

/// Every setting, in the order of config.json.
const std::vector<Setting>& settings();
/// The setting with this key path, or nullptr.
const Setting* findSetting(const std::string& key);
/// Every key path, in the order of config.json.
std::vector<std::string> settingKeys();

/// Sets one setting from text, as a sweep or a command line gives it: "3e-4", "10", "true",
/// "diagonal", "4,4,2,2,1", "generative-pool4,none". Returns the setting's own message on an
/// unknown key, a value of the wrong type or out of range (cfg unchanged), else "".
std::string setSettingFromString(ExperimentConfig& cfg, const std::string& key, const std::string& value);
/// The same for a number.
std::string setSettingFromNumber(ExperimentConfig& cfg, const std::string& key, double value);
/// A setting's value as text, in the form setSettingFromString reads ("0.0003", "adam", "4,4,2,2,1").
std::string settingText(const ExperimentConfig& cfg, const std::string& key);

}  // namespace replaylab
