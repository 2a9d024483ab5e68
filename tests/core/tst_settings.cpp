// The settings table: every setting round-trips through config.json, has a doc and a valid
// default, and names itself in its messages; setting one by key path from text.
#include <QtTest/QtTest>

#include <limits>
#include <nlohmann/json.hpp>
#include <set>

#include "config/ConfigJson.h"
#include "config/Settings.h"

using namespace replaylab;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

/// The JSON value at key path "train.days" of config text.
nlohmann::json valueAt(const std::string& text, const std::string& key) {
    nlohmann::json j = nlohmann::json::parse(text);
    std::size_t start = 0;
    for (auto dot = key.find('.'); dot != std::string::npos; dot = key.find('.', start)) {
        j = j.at(key.substr(start, dot - start));
        start = dot + 1;
    }
    return j.at(key.substr(start));
}

/// A value of s other than its default (not necessarily valid: this is about the file).
SettingValue otherValue(const Setting& s) {
    const SettingValue d = s.get(ExperimentConfig{});
    switch (s.type) {
        case SettingType::Int: return std::get<int>(d) + 7;
        case SettingType::Seed: return std::numeric_limits<std::uint64_t>::max() - 1;
        case SettingType::Double: return std::get<double>(d) + 0.1 + 0.2;
        case SettingType::Bool: return !std::get<bool>(d);
        case SettingType::String: return std::get<std::string>(d) + "x \"y\"";
        case SettingType::Choice:
            return SettingValue(std::in_place_type<int>,
                                (std::get<int>(d) + 1) % static_cast<int>(s.choices.size()));
        case SettingType::IntList: {
            auto v = std::get<std::vector<int>>(d);
            v.push_back(3);
            return v;
        }
        case SettingType::NameLists:
            return std::vector<std::vector<std::string>>{{"cat", "dog"}, {"a", "b", "c"}};
        case SettingType::Conditions:
            return std::vector<Condition>{conditionFromString("rl-pool2"), conditionFromString("extra-day")};
    }
    return d;
}

/// A text that puts s out of its range or rules, or "" where it has no range.
std::string badText(const Setting& s) {
    switch (s.type) {
        case SettingType::Int:
            if (!s.allowed.empty()) return std::to_string(s.allowed.front() + 1);
            if (s.multiple > 0) return std::to_string(static_cast<int>(*s.min) + 1);
            if (s.min) return std::to_string(static_cast<int>(*s.min) - 1);
            return "";
        case SettingType::Double:
            if (s.min) return nlohmann::json(s.minExclusive ? *s.min : *s.min - 1).dump();
            if (s.max) return nlohmann::json(s.maxExclusive ? *s.max : *s.max + 1).dump();
            return "";
        case SettingType::IntList:
            if (s.length > 0) return "[1, 1]";
            if (s.min) return "[" + std::to_string(static_cast<int>(*s.min) - 1) + "]";
            return "";
        default: return "";
    }
}

bool hasRange(const Setting& s) { return !badText(s).empty(); }

}  // namespace

class TestSettings : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void keysAreUniqueAndInFileOrder() {
        std::set<std::string> seen;
        for (const auto& s : settings()) QVERIFY2(seen.insert(s.key).second, s.key.c_str());
        QCOMPARE(settingKeys().size(), settings().size());
        // Every key of the written file is a setting and every setting is written.
        const auto flat = nlohmann::json::parse(configToJson(ExperimentConfig{}));
        std::size_t leaves = 0;
        for (const auto& [group, v] : flat.items())
            leaves += v.is_object() ? v.size() : 1;
        QCOMPARE(leaves, settings().size());
        for (const auto& k : settingKeys()) QVERIFY2(findSetting(k) && findSetting(k)->key == k, k.c_str());
        QVERIFY(findSetting("train.dayz") == nullptr);
    }

    void everySettingHasADocAndAValidDefault_data() {
        QTest::addColumn<QString>("key");
        for (const auto& k : settingKeys()) QTest::newRow(k.c_str()) << q(k);
    }
    void everySettingHasADocAndAValidDefault() {
        QFETCH(QString, key);
        const Setting& s = *findSetting(key.toStdString());
        QVERIFY(!s.doc.empty());
        QVERIFY2(s.doc.find('\n') == std::string::npos, "one line");
        if (s.view != SettingView::Own) QVERIFY(!s.label.empty());
        if (s.type == SettingType::Choice) QVERIFY(s.choices.size() >= 2);
        const auto problems = s.problems(ExperimentConfig{});
        QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
    }

    void everySettingRoundTripsThroughJson_data() { everySettingHasADocAndAValidDefault_data(); }
    void everySettingRoundTripsThroughJson() {
        QFETCH(QString, key);
        const Setting& s = *findSetting(key.toStdString());
        ExperimentConfig cfg;
        s.set(cfg, otherValue(s));
        const std::string text = configToJson(cfg);
        const std::string defaults = configToJson(ExperimentConfig{});
        QVERIFY2(valueAt(text, s.key) != valueAt(defaults, s.key), "the value changed in the file");
        const ExperimentConfig back = configFromJson(text, "one.json");
        QVERIFY(s.get(back) == s.get(cfg));
        QCOMPARE(q(configToJson(back)), q(text));
        // Only this setting differs from the defaults.
        for (const auto& other : settings())
            if (other.key != s.key) QVERIFY2(other.get(back) == other.get(ExperimentConfig{}), other.key.c_str());
    }

    void everySettingIsSetFromItsText_data() { everySettingHasADocAndAValidDefault_data(); }
    void everySettingIsSetFromItsText() {
        QFETCH(QString, key);
        const Setting& s = *findSetting(key.toStdString());
        ExperimentConfig changed;
        s.set(changed, otherValue(s));
        if (!s.problems(changed).empty()) return;  // e.g. a list of the wrong length: refused, below
        ExperimentConfig cfg;
        QCOMPARE(q(setSettingFromString(cfg, s.key, settingText(changed, s.key))), QString());
        QCOMPARE(q(configToJson(cfg)), q(configToJson(changed)));
    }

    void badValueNamesTheKey_data() {
        QTest::addColumn<QString>("key");
        int n = 0;
        for (const auto& s : settings())
            if (hasRange(s)) {
                QTest::newRow(s.key.c_str()) << q(s.key);
                ++n;
            }
        QVERIFY(n >= 20);
    }
    void badValueNamesTheKey() {
        QFETCH(QString, key);
        const Setting& s = *findSetting(key.toStdString());
        const std::string bad = badText(s);
        // From text: the setting's message, and the config unchanged.
        ExperimentConfig cfg;
        const QString msg = q(setSettingFromString(cfg, s.key, bad));
        QVERIFY2(msg.startsWith(key + " "), qPrintable(msg));
        QVERIFY(!msg.contains('\n'));
        QCOMPARE(q(configToJson(cfg)), q(configToJson(ExperimentConfig{})));
        // From a file: read, then one problem from validation naming it.
        const nlohmann::json patch = nlohmann::json::parse(bad);
        std::string file = "{\"" + s.name() + "\": " + patch.dump() + "}";
        if (!s.group().empty()) file = "{\"" + s.group() + "\": " + file + "}";
        const auto problems = validateConfig(configFromJson(file, "bad.json"));
        QCOMPARE(problems.size(), std::size_t{1});
        QVERIFY2(q(problems.front()).startsWith(key + " "), problems.front().c_str());
    }

    void sweepKeysAreSetByName_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("written");  // the value in config.json after
        auto row = [](const char* key, const char* value, const char* message, const char* written) {
            QTest::newRow((std::string(key) + " = " + value).c_str()) << key << value << message << written;
        };
        row("data.train_per_class", "7", "", "7");
        row("data.train_per_class", "7.0", "", "7");
        row("data.train_per_class", "ten", "setting 'data.train_per_class' must be an integer (got \"ten\")", "70");
        row("data.train_per_class", "0", "data.train_per_class must be at least 1 (got 0)", "70");
        row("replay.samples_per_class", "50", "", "50");
        row("replay.samples_per_class", "-1", "replay.samples_per_class must be at least 0 (got -1)", "0");
        row("replay.downsample", "2,2,2,2,1", "", "[2,2,2,2,1]");
        row("replay.downsample", "[4, 4, 2, 2, 1]", "", "[4,4,2,2,1]");
        row("replay.downsample", "4,4,2,2",
            "replay.downsample must be 5 integers of at least 1, one per block (got [4,4,2,2])", "[4,4,2,2,1]");
        row("replay.downsample", "4,4,3,2,1", "replay.downsample for pool3 must divide the pool3 side 4 (got 3)",
            "[4,4,2,2,1]");
        row("train.days", "30", "", "30");
        row("train.days", "0", "train.days must be at least 1 (got 0)", "10");
        row("train.learning_rate", "1e-3", "", "0.001");
        row("train.learning_rate", "fast", "setting 'train.learning_rate' must be a number (got \"fast\")", "0.0003");
        row("train.learning_rate", "-0.1", "train.learning_rate must be above 0 (got -0.1)", "0.0003");
        row("replay.rl_temperature", "0.5", "", "0.5");
        row("replay.rl_temperature", "0", "replay.rl_temperature must be above 0 (got 0.0)", "0.3");
        row("replay.clip_at_zero", "true", "", "true");
        row("replay.clip_at_zero", "yes", "setting 'replay.clip_at_zero' must be true or false (got \"yes\")",
            "false");
        row("replay.covariance", "diagonal", "", "\"diagonal\"");
        row("replay.covariance", "low-rank",
            "setting 'replay.covariance' must be full or diagonal (got \"low-rank\")", "\"full\"");
        row("replay.conditions", "none,generative-pool4", "", "[\"none\",\"generative-pool4\"]");
        row("train.device", "cuda:1", "", "\"cuda:1\"");
        row("train.device", "gpu", "train.device must be cpu, auto, cuda or cuda:N (got \"gpu\")", "\"cpu\"");
        row("train.dayz", "3", "unknown setting 'train.dayz'", "");
        row("train", "3", "unknown setting 'train'", "");
    }
    void sweepKeysAreSetByName() {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, message);
        QFETCH(QString, written);
        ExperimentConfig cfg;
        QCOMPARE(q(setSettingFromString(cfg, key.toStdString(), value.toStdString())), message);
        if (!written.isEmpty())
            QCOMPARE(q(valueAt(configToJson(cfg), key.toStdString()).dump()), written);
    }

    void numbersAreSetByName() {
        ExperimentConfig cfg;
        QCOMPARE(q(setSettingFromNumber(cfg, "replay.rl_temperature", 0.7)), QString());
        QCOMPARE(cfg.replay.rlTemperature, 0.7);
        QCOMPARE(q(setSettingFromNumber(cfg, "train.days", 12)), QString());
        QCOMPARE(cfg.train.days, 12);
        QCOMPARE(q(setSettingFromNumber(cfg, "train.days", 2.5)),
                 QStringLiteral("setting 'train.days' must be an integer (got 2.5)"));
        QCOMPARE(cfg.train.days, 12);
        QCOMPARE(q(setSettingFromNumber(cfg, "replay.covariance", 1)),
                 QStringLiteral("setting 'replay.covariance' must be a string (got 1.0)"));
    }

    void choicesAreTheEnumsInOrder() {
        ExperimentConfig c;
        QCOMPARE(q(settingText(c, "train.optimizer")), QStringLiteral("adam"));
        c.train.optimizer = Optimizer::KerasEps1;
        QCOMPARE(q(settingText(c, "train.optimizer")), QStringLiteral("keras-eps1"));
        c.model.preprocessing = Normalisation::Caffe;
        QCOMPARE(q(settingText(c, "model.preprocessing")), QStringLiteral("caffe"));
        c.data.source = DataSource::Folder;
        QCOMPARE(q(settingText(c, "data.source")), QStringLiteral("folder"));
        QCOMPARE(q(settingText(c, "replay.downsample")), QStringLiteral("4,4,2,2,1"));
        QCOMPARE(q(settingText(c, "train.learning_rate")), QStringLiteral("0.0003"));
    }

    void devicesParseInOnePlace() {
        QVERIFY(parseDevice("cpu") && parseDevice("cpu")->kind == DeviceSpec::Kind::Cpu);
        QVERIFY(parseDevice("auto") && parseDevice("auto")->kind == DeviceSpec::Kind::Auto);
        QVERIFY(parseDevice("cuda") && parseDevice("cuda")->index == -1);
        QCOMPARE(parseDevice("cuda:12")->index, 12);
        for (const char* bad : {"gpu", "cuda:", "cuda:x", "cuda:1234", "CPU", " cpu", "cuda1"})
            QVERIFY2(!parseDevice(bad), bad);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
