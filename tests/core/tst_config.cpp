// ExperimentConfig: JSON round trip, error messages, validation, condition names, presets.
#include <QtTest/QtTest>

#include <functional>
#include <limits>
#include <nlohmann/json.hpp>

#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "config/ExperimentConfig.h"
#include "util/Error.h"

using namespace replaylab;
using namespace testutil;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

/// Field-by-field equality, exact for doubles.
bool sameConfig(const ExperimentConfig& a, const ExperimentConfig& b) {
    const auto& d = a.data;
    const auto& e = b.data;
    const auto& m = a.model;
    const auto& n = b.model;
    const auto& g = a.augment;
    const auto& h = b.augment;
    const auto& t = a.train;
    const auto& u = b.train;
    const auto& r = a.replay;
    const auto& s = b.replay;
    return a.name == b.name && a.seed == b.seed && a.seedsPerClassSet == b.seedsPerClassSet &&
           a.outputDir == b.outputDir &&
           // data
           d.source == e.source && d.dataDir == e.dataDir && d.classSetsFile == e.classSetsFile &&
           d.classSets == e.classSets && d.customClassSets == e.customClassSets &&
           d.trainPerClass == e.trainPerClass && d.valPerClass == e.valPerClass &&
           d.testPerClass == e.testPerClass && d.splitSeed == e.splitSeed &&
           d.onBadImage == e.onBadImage &&
           // model
           m.arch == n.arch && m.backbone == n.backbone && m.inputSize == n.inputSize &&
           m.inChannels == n.inChannels && m.convsPerBlock == n.convsPerBlock &&
           m.widths == n.widths && m.headUnits == n.headUnits && m.dropout == n.dropout &&
           m.preprocessing == n.preprocessing && m.fit == n.fit &&
           // augment
           g.enabled == h.enabled && g.rotationDeg == h.rotationDeg && g.shift == h.shift &&
           g.zoomMin == h.zoomMin && g.zoomMax == h.zoomMax &&
           g.horizontalFlip == h.horizontalFlip &&
           // train
           t.days == u.days && t.learningRate == u.learningRate && t.batchSize == u.batchSize &&
           t.optimizer == u.optimizer && t.adamEpsilon == u.adamEpsilon && t.beta1 == u.beta1 &&
           t.beta2 == u.beta2 && t.threads == u.threads && t.jobs == u.jobs && t.device == u.device &&
           t.mixedPrecision == u.mixedPrecision &&
           // replay
           r.conditions == s.conditions && r.downsample == s.downsample &&
           r.samplesPerClass == s.samplesPerClass && r.covariance == s.covariance &&
           r.clipAtZero == s.clipAtZero && r.rlTemperature == s.rlTemperature &&
           r.rlStepsPerNight == s.rlStepsPerNight && r.rlResetNightly == s.rlResetNightly &&
           r.rlInit == s.rlInit &&
           // imagination
           a.imagination.keep == b.imagination.keep && a.imagination.nights == b.imagination.nights &&
           a.imagination.neighbours == b.imagination.neighbours &&
           a.imagination.steps == b.imagination.steps &&
           a.imagination.learningRate == b.imagination.learningRate &&
           a.imagination.tvWeight == b.imagination.tvWeight &&
           a.imagination.rangeWeight == b.imagination.rangeWeight && a.imagination.seed == b.imagination.seed;
}

Condition cond(ReplayMode mode, int layer = 4) {
    Condition c;
    c.mode = mode;
    c.layer = layer;
    return c;
}

/// A valid config in which every setting differs from its default.
ExperimentConfig everyFieldChanged() {
    ExperimentConfig c;
    c.name = "my \"run\", \xC3\xA9t\xC3\xA9";
    c.seed = std::numeric_limits<std::uint64_t>::max();
    c.seedsPerClassSet = 3;
    c.outputDir = "/tmp/some dir/out";
    c.data.source = DataSource::Folder;
    c.data.dataDir = "C:\\data\\photos";
    c.data.classSetsFile = "sets.json";
    c.data.classSets = {3, 1};
    c.data.customClassSets = {{"cat", "dog"}, {"a,b", "c\"d", "e\nf"}};
    c.data.trainPerClass = 7;
    c.data.valPerClass = 2;
    c.data.testPerClass = 3;
    c.data.splitSeed = 9007199254740993ull;  // 2^53 + 1: not a double
    c.data.onBadImage = OnBadImage::Stop;
    c.model.arch = ModelArch::Vgg16;
    c.model.backbone = "weights/vgg16.pt";
    c.model.inputSize = 224;
    c.model.inChannels = 3;
    c.model.convsPerBlock = {2, 2, 3, 3, 3};
    c.model.widths = {64, 128, 256, 512, 512};
    c.model.headUnits = 4096;
    c.model.dropout = 0.1 + 0.2;  // 0.30000000000000004
    c.model.preprocessing = Normalisation::Caffe;
    c.model.fit = FitToInput::Resize;
    c.augment.enabled = false;
    c.augment.rotationDeg = 1.0 / 3.0;
    c.augment.shift = 0.05;
    c.augment.zoomMin = 0.9;
    c.augment.zoomMax = 1.1;
    c.augment.horizontalFlip = false;
    c.train.days = 31;
    c.train.learningRate = 1.2345678901234567e-5;
    c.train.batchSize = 64;
    c.train.optimizer = Optimizer::KerasEps1;
    c.train.adamEpsilon = 1e-300;
    c.train.beta1 = 0.85;
    c.train.beta2 = 0.99;
    c.train.threads = 2;
    c.train.jobs = 3;
    c.train.device = "cuda:1";
    c.train.mixedPrecision = true;
    c.replay.conditions = {cond(ReplayMode::Generative, 1), cond(ReplayMode::Veridical, 5),
                           cond(ReplayMode::Continuous, 3), cond(ReplayMode::RlChosen, 2),
                           cond(ReplayMode::ExtraDay), cond(ReplayMode::None)};
    c.replay.downsample = {8, 2, 4, 1, 7};
    c.replay.samplesPerClass = 50;
    c.replay.covariance = Covariance::Diagonal;
    c.replay.clipAtZero = true;
    c.replay.rlTemperature = 1.5;
    c.replay.rlStepsPerNight = 12;
    c.replay.rlResetNightly = true;
    c.replay.rlInit = RlInit::Zero;
    c.imagination.keep = 5;
    c.imagination.nights = KeepNights::Every;
    c.imagination.classSets = 3;
    c.imagination.neighbours = 4;
    c.imagination.steps = 250;
    c.imagination.learningRate = 0.15;
    c.imagination.tvWeight = 0.005;
    c.imagination.rangeWeight = 2.5;
    c.imagination.seed = 77;
    return c;
}

/// The default config with a JSON patch applied (through the reader under test).
ExperimentConfig patched(const std::string& json) { return configFromJson(json, "test.json"); }

}  // namespace

class TestConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripPresets_data() {
        QTest::addColumn<QString>("name");
        for (const auto& n : presetNames()) QTest::newRow(n.c_str()) << q(n);
    }
    void roundTripPresets() {
        QFETCH(QString, name);
        const ExperimentConfig cfg = preset(name.toStdString());
        const std::string text = configToJson(cfg);
        const ExperimentConfig back = configFromJson(text, "preset.json");
        QVERIFY(sameConfig(cfg, back));
        QCOMPARE(q(configToJson(back)), q(text));
    }

    void roundTripEveryFieldChanged() {
        const ExperimentConfig cfg = everyFieldChanged();
        const std::string text = configToJson(cfg);
        const ExperimentConfig back = configFromJson(text, "all.json");
        QVERIFY(sameConfig(cfg, back));
        QCOMPARE(q(configToJson(back)), q(text));
        QCOMPARE(back.seed, std::numeric_limits<std::uint64_t>::max());
        QCOMPARE(back.data.splitSeed, 9007199254740993ull);
        QCOMPARE(back.model.dropout, 0.1 + 0.2);

        // The fixture really changes every setting: no leaf of the JSON keeps its default.
        const auto defaults = nlohmann::json::parse(configToJson(ExperimentConfig{})).flatten();
        const auto changed = nlohmann::json::parse(text).flatten();
        for (const auto& [key, value] : defaults.items()) {
            if (changed.contains(key))
                QVERIFY2(changed[key] != value, ("unchanged setting " + key).c_str());
        }
        QVERIFY(!sameConfig(cfg, ExperimentConfig{}));
        QVERIFY2(validateConfig(cfg).empty(),
                 validateConfig(cfg).empty() ? "" : validateConfig(cfg).front().c_str());
    }

    void jsonIsGroupedSnakeCase() {
        const auto j = nlohmann::json::parse(configToJson(preset("when")));
        QCOMPARE(j.at("train").at("days").get<int>(), 30);
        QCOMPARE(j.at("seed").get<std::uint64_t>(), std::uint64_t{1});
        QVERIFY(j.at("seed").is_number());
        QCOMPARE(j.at("seeds_per_class_set").get<int>(), 1);
        QCOMPARE(q(j.at("replay").at("conditions").dump()),
                 QStringLiteral(R"(["none","generative-pool4","veridical-pool4","continuous-pool4"])"));
        QCOMPARE(j.at("model").at("convs_per_block").size(), std::size_t{5});
        QVERIFY(j.at("data").contains("train_per_class"));
        QVERIFY(j.at("augment").contains("horizontal_flip"));
        // Pretty, two-space indent.
        QVERIFY(configToJson(ExperimentConfig{}).find("\n  \"name\": ") != std::string::npos);
    }

    void missingKeysKeepDefaults() {
        QVERIFY(sameConfig(patched("{}"), ExperimentConfig{}));
        const ExperimentConfig c = patched(R"({"train": {"days": 5}, "replay": {}})");
        ExperimentConfig expected;
        expected.train.days = 5;
        QVERIFY(sameConfig(c, expected));
    }

    void lenientButExactReading() {
        // An integral float is an integer; comments are allowed in hand-written files.
        const ExperimentConfig c = patched("// my run\n{\"train\": {\"days\": 10.0}}");
        QCOMPARE(c.train.days, 10);
        // Integers are numbers where a number is expected.
        QCOMPARE(patched(R"({"train": {"learning_rate": 1}})").train.learningRate, 1.0);
        // Condition aliases are read and written back in the stable form.
        const ExperimentConfig a = patched(R"({"replay": {"conditions": ["generative@3", "rl"]}})");
        const std::vector<Condition> expected = {cond(ReplayMode::Generative, 3),
                                                 cond(ReplayMode::RlChosen, 4)};
        QVERIFY(a.replay.conditions == expected);
    }

    void unknownKey_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("nested") << R"({"train": {"dayz": 3}})"
                                << "my.json: unknown setting 'train.dayz'";
        QTest::newRow("top") << R"({"sead": 3})" << "my.json: unknown setting 'sead'";
        QTest::newRow("group") << R"({"trian": {}})" << "my.json: unknown setting 'trian'";
    }
    void unknownKey() {
        QFETCH(QString, json);
        QFETCH(QString, message);
        QCOMPARE(inputErrorOf([&] { configFromJson(json.toStdString(), "my.json"); }), message);
    }

    void wrongType_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("string for int")
            << R"({"train": {"days": "ten"}})"
            << R"(my.json: setting 'train.days' must be an integer (got "ten"))";
        QTest::newRow("fraction for int")
            << R"({"train": {"days": 2.5}})"
            << "my.json: setting 'train.days' must be an integer (got 2.5)";
        QTest::newRow("too big for int")
            << R"({"train": {"batch_size": 3000000000}})"
            << "my.json: setting 'train.batch_size' must be an integer (got 3000000000)";
        QTest::newRow("negative seed")
            << R"({"seed": -1})" << "my.json: setting 'seed' must be a non-negative integer (got -1)";
        QTest::newRow("string for number")
            << R"({"train": {"learning_rate": "fast"}})"
            << R"(my.json: setting 'train.learning_rate' must be a number (got "fast"))";
        QTest::newRow("string for bool")
            << R"({"augment": {"enabled": "yes"}})"
            << R"(my.json: setting 'augment.enabled' must be true or false (got "yes"))";
        QTest::newRow("number for string")
            << R"({"model": {"arch": 16}})"
            << "my.json: setting 'model.arch' must be a string (got 16)";
        QTest::newRow("null for string")
            << R"({"output_dir": null})"
            << "my.json: setting 'output_dir' must be a string (got null)";
        QTest::newRow("string for list")
            << R"({"replay": {"conditions": "none"}})"
            << R"(my.json: setting 'replay.conditions' must be a list of condition names (got "none"))";
        QTest::newRow("bad list element")
            << R"({"model": {"widths": [1, "x"]}})"
            << R"(my.json: setting 'model.widths' must be a list of integers (got [1,"x"]))";
        QTest::newRow("flat custom sets")
            << R"({"data": {"custom_class_sets": ["cat", "dog"]}})"
            << R"(my.json: setting 'data.custom_class_sets' must be a list of lists of class names (got ["cat","dog"]))";
        QTest::newRow("group not object")
            << R"({"train": 5})" << "my.json: setting 'train' must be an object of settings (got 5)";
        QTest::newRow("top not object")
            << "[1, 2]" << "my.json: expected a JSON object of settings (got [1,2])";
        // A choice is an enum in the struct: a spelling it cannot hold is refused when read.
        QTest::newRow("unknown optimizer")
            << R"({"train": {"optimizer": "sgd"}})"
            << R"(my.json: setting 'train.optimizer' must be adam or keras-eps1 (got "sgd"))";
        QTest::newRow("unknown source")
            << R"({"data": {"source": "mnist"}})"
            << R"(my.json: setting 'data.source' must be quickdraw or folder (got "mnist"))";
        QTest::newRow("unknown bad image")
            << R"({"data": {"on_bad_image": "ignore"}})"
            << R"(my.json: setting 'data.on_bad_image' must be skip or stop (got "ignore"))";
        QTest::newRow("unknown arch")
            << R"({"model": {"arch": "resnet"}})"
            << R"(my.json: setting 'model.arch' must be mini or vgg16 (got "resnet"))";
        QTest::newRow("unknown preprocessing")
            << R"({"model": {"preprocessing": "imagenet"}})"
            << R"(my.json: setting 'model.preprocessing' must be unit, torchvision or caffe (got "imagenet"))";
        QTest::newRow("unknown fit")
            << R"({"model": {"fit": "crop"}})"
            << R"(my.json: setting 'model.fit' must be pad or resize (got "crop"))";
        QTest::newRow("unknown covariance")
            << R"({"replay": {"covariance": "low-rank"}})"
            << R"(my.json: setting 'replay.covariance' must be full or diagonal (got "low-rank"))";
        QTest::newRow("unknown condition")
            << R"({"replay": {"conditions": ["none", "xyz"]}})"
            << "my.json: setting 'replay.conditions': unknown replay condition 'xyz' (expected "
               "none, extra-day, or generative|veridical|continuous|rl|single at pool1..pool5, e.g. "
               "generative-pool4)";
    }
    void wrongType() {
        QFETCH(QString, json);
        QFETCH(QString, message);
        QCOMPARE(inputErrorOf([&] { configFromJson(json.toStdString(), "my.json"); }), message);
    }

    void malformedJson_data() {
        QTest::addColumn<QString>("json");
        QTest::newRow("truncated") << R"({"train": {)";
        QTest::newRow("trailing comma") << R"({"seed": 1,})";
        QTest::newRow("empty") << "";
        QTest::newRow("not json") << "days = 10";
    }
    void malformedJson() {
        QFETCH(QString, json);
        const QString msg = inputErrorOf([&] { configFromJson(json.toStdString(), "my.json"); });
        QVERIFY2(msg.startsWith("my.json: invalid JSON: "), qPrintable(msg));
        QVERIFY2(msg.contains("line "), qPrintable(msg));  // the parser says where
        QVERIFY2(!msg.contains("json.exception"), qPrintable(msg));
        QVERIFY(!msg.contains('\n'));
    }

    void defaultAndPresetsAreValid() {
        QVERIFY(validateConfig(ExperimentConfig{}).empty());
        for (const auto& n : presetNames()) {
            const auto problems = validateConfig(preset(n));
            QVERIFY2(problems.empty(), problems.empty() ? "" : problems.front().c_str());
        }
    }

    void validation_data() {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("value");
        auto row = [](const char* tag, const char* json, const char* setting, const char* value) {
            QTest::newRow(tag) << json << setting << value;
        };
        row("days 0", R"({"train": {"days": 0}})", "train.days", "(got 0)");
        row("batch 0", R"({"train": {"batch_size": 0}})", "train.batch_size", "(got 0)");
        row("lr 0", R"({"train": {"learning_rate": 0}})", "train.learning_rate", "(got 0");
        row("lr negative", R"({"train": {"learning_rate": -0.1}})", "train.learning_rate",
            "(got -0.1)");
        row("epsilon", R"({"train": {"adam_epsilon": 0}})", "train.adam_epsilon", "(got 0");
        row("beta1", R"({"train": {"beta1": 1}})", "train.beta1", "(got 1");
        row("beta2", R"({"train": {"beta2": -0.5}})", "train.beta2", "(got -0.5)");
        row("threads", R"({"train": {"threads": -1}})", "train.threads", "(got -1)");
        row("jobs", R"({"train": {"jobs": -2}})", "train.jobs", "(got -2)");
        row("device", R"({"train": {"device": "gpu"}})", "train.device", "\"gpu\"");
        row("device index", R"({"train": {"device": "cuda:x"}})", "train.device", "\"cuda:x\"");
        row("train per class", R"({"data": {"train_per_class": 0}})", "data.train_per_class",
            "(got 0)");
        row("val per class", R"({"data": {"val_per_class": 0}})", "data.val_per_class",
            "(got 0)");
        row("test per class", R"({"data": {"test_per_class": -2}})", "data.test_per_class",
            "(got -2)");
        row("class set 0", R"({"data": {"class_sets": [1, 0]}})", "data.class_sets", "(got 0)");
        row("class set twice", R"({"data": {"class_sets": [2, 2]}})", "data.class_sets",
            "[2,2]");
        row("custom set of one", R"({"data": {"custom_class_sets": [["cat"]]}})",
            "data.custom_class_sets[1]", "[\"cat\"]");
        row("input 48", R"({"model": {"input_size": 48}})", "model.input_size", "(got 48)");
        row("input 0", R"({"model": {"input_size": 0}})", "model.input_size", "(got 0)");
        row("channels", R"({"model": {"in_channels": 2}})", "model.in_channels", "(got 2)");
        row("convs count", R"({"model": {"convs_per_block": [1, 1, 1, 1]}})",
            "model.convs_per_block", "[1,1,1,1]");
        row("convs zero", R"({"model": {"convs_per_block": [1, 1, 0, 1, 1]}})",
            "model.convs_per_block", "[1,1,0,1,1]");
        row("widths", R"({"model": {"widths": [16, 32, 64, 128, 0]}})", "model.widths",
            "[16,32,64,128,0]");
        row("head", R"({"model": {"head_units": 0}})", "model.head_units", "(got 0)");
        row("dropout 1", R"({"model": {"dropout": 1}})", "model.dropout", "(got 1");
        row("dropout negative", R"({"model": {"dropout": -0.1}})", "model.dropout", "(got -0.1)");
        row("rotation", R"({"augment": {"rotation_deg": 200}})", "augment.rotation_deg",
            "(got 200");
        row("rotation negative", R"({"augment": {"rotation_deg": -5}})", "augment.rotation_deg",
            "(got -5");
        row("shift", R"({"augment": {"shift": 1.5}})", "augment.shift", "(got 1.5)");
        row("zoom min 0", R"({"augment": {"zoom_min": 0}})", "augment.zoom_min", "(got 0");
        row("zoom inverted", R"({"augment": {"zoom_min": 1.5, "zoom_max": 1.2}})",
            "augment.zoom_max", "1.2");
        row("no conditions", R"({"replay": {"conditions": []}})", "replay.conditions", "");
        row("repeated condition", R"({"replay": {"conditions": ["generative@4", "generative"]}})",
            "replay.conditions", "generative-pool4");
        row("downsample count", R"({"replay": {"downsample": [4, 4, 2, 2]}})",
            "replay.downsample", "[4,4,2,2]");
        row("downsample zero", R"({"replay": {"downsample": [4, 0, 2, 2, 1]}})",
            "replay.downsample", "[4,0,2,2,1]");
        row("downsample not dividing", R"({"replay": {"downsample": [4, 4, 3, 2, 1]}})",
            "replay.downsample", "(got 3)");
        row("samples", R"({"replay": {"samples_per_class": -1}})", "replay.samples_per_class",
            "(got -1)");
        row("temperature", R"({"replay": {"rl_temperature": 0}})", "replay.rl_temperature",
            "(got 0");
        row("rl steps", R"({"replay": {"rl_steps_per_night": -3}})", "replay.rl_steps_per_night",
            "(got -3)");
        row("seeds per set", R"({"seeds_per_class_set": 0})", "seeds_per_class_set", "(got 0)");
        row("empty name", R"({"name": ""})", "name", "");
        row("name with slash", R"({"name": "a/b"})", "name", "\"a/b\"");
    }
    void validation() {
        QFETCH(QString, json);
        QFETCH(QString, setting);
        QFETCH(QString, value);
        const auto problems = validateConfig(patched(json.toStdString()));
        QCOMPARE(problems.size(), std::size_t{1});  // one bad setting, one message
        const QString msg = q(problems.front());
        QVERIFY2(msg.startsWith(setting + " "), qPrintable(msg));
        QVERIFY2(msg.contains(value), qPrintable(msg));
        QVERIFY(!msg.contains('\n'));
    }

    void validationListsEveryProblem() {
        ExperimentConfig c;
        c.train.days = 0;
        c.train.batchSize = 0;
        c.model.headUnits = 0;  // a choice cannot be wrong in the struct: its enum holds it
        const auto problems = validateConfig(c);
        QCOMPARE(problems.size(), std::size_t{3});
        QCOMPARE(q(problems.back()), QStringLiteral("train.batch_size must be at least 1 (got 0)"));
        QVERIFY(std::count(problems.begin(), problems.end(),
                           "train.days must be at least 1 (got 0)") == 1);
    }

    void conditionFromString_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("mode");
        QTest::addColumn<int>("layer");
        QTest::addColumn<QString>("name");
        auto row = [](const char* text, ReplayMode m, int layer, const char* name) {
            QTest::newRow(text) << text << static_cast<int>(m) << layer << name;
        };
        row("none", ReplayMode::None, 4, "none");
        row("extra-day", ReplayMode::ExtraDay, 4, "extra-day");
        row("generative-pool4", ReplayMode::Generative, 4, "generative-pool4");
        row("generative-pool1", ReplayMode::Generative, 1, "generative-pool1");
        row("veridical-pool5", ReplayMode::Veridical, 5, "veridical-pool5");
        row("continuous-pool3", ReplayMode::Continuous, 3, "continuous-pool3");
        row("rl-pool2", ReplayMode::RlChosen, 2, "rl-pool2");
        row("generative@3", ReplayMode::Generative, 3, "generative-pool3");
        row("rl@5", ReplayMode::RlChosen, 5, "rl-pool5");
        row("generative", ReplayMode::Generative, 4, "generative-pool4");
        row("veridical", ReplayMode::Veridical, 4, "veridical-pool4");
        row("continuous", ReplayMode::Continuous, 4, "continuous-pool4");
        row("rl", ReplayMode::RlChosen, 4, "rl-pool4");
        row(" Generative-Pool2 ", ReplayMode::Generative, 2, "generative-pool2");
    }
    void conditionFromString() {
        QFETCH(QString, text);
        QFETCH(int, mode);
        QFETCH(int, layer);
        QFETCH(QString, name);
        const Condition c = replaylab::conditionFromString(text.toStdString());
        QCOMPARE(static_cast<int>(c.mode), mode);
        if (c.usesLayer()) QCOMPARE(c.layer, layer);
        QCOMPARE(q(c.name()), name);
        QVERIFY(replaylab::conditionFromString(c.name()) == c);
    }

    void conditionErrors_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        for (const char* bad : {"xyz", "generative-pool6", "generative-pool0", "generative@",
                                "generative@45", "none-pool4", "extra-day@2", "pool4",
                                "generative-pool", "Generativ", "rl-pool4x"})
            QTest::newRow(bad) << bad;
    }
    void conditionErrors() {
        QFETCH(QString, text);
        const QString expected =
            QStringLiteral("unknown replay condition '%1' (expected none, extra-day, or "
                           "generative|veridical|continuous|rl|single at pool1..pool5, e.g. "
                           "generative-pool4)")
                .arg(text);
        QCOMPARE(inputErrorOf([&] { replaylab::conditionFromString(text.toStdString()); }), expected);
    }

    void conditionNames() {
        QCOMPARE(q(Condition{}.name()), QStringLiteral("none"));
        QCOMPARE(q(cond(ReplayMode::ExtraDay, 2).name()), QStringLiteral("extra-day"));
        QCOMPARE(q(cond(ReplayMode::Generative).name()), QStringLiteral("generative-pool4"));
        QCOMPARE(q(cond(ReplayMode::Veridical, 3).name()), QStringLiteral("veridical-pool3"));
        QCOMPARE(q(cond(ReplayMode::Continuous).name()), QStringLiteral("continuous-pool4"));
        QCOMPARE(q(cond(ReplayMode::RlChosen).name()), QStringLiteral("rl-pool4"));
    }

    void replayModeNames() {
        const std::vector<std::pair<ReplayMode, const char*>> names = {
            {ReplayMode::None, "none"},           {ReplayMode::Generative, "generative"},
            {ReplayMode::Veridical, "veridical"}, {ReplayMode::Continuous, "continuous"},
            {ReplayMode::ExtraDay, "extra-day"},  {ReplayMode::RlChosen, "rl"}};
        for (const auto& [mode, name] : names) {
            QCOMPARE(q(toString(mode)), QString::fromLatin1(name));
            QVERIFY(replayModeFromString(name) == mode);
        }
        QVERIFY(inputErrorOf([] { replayModeFromString("dreaming"); }).contains("'dreaming'"));
    }

    void presets_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("days");
        QTest::addColumn<QStringList>("conditions");
        QTest::addColumn<QList<int>>("classSets");
        QTest::newRow("demo") << "demo" << 5 << QStringList{"none", "generative-pool5", "extra-day"}
                              << QList<int>{1, 2, 3, 4, 5, 6};
        QTest::newRow("default") << "default" << 3 << QStringList{"none"} << QList<int>{1, 2};
        QTest::newRow("where") << "where" << 10
                               << QStringList{"none", "generative-pool1", "generative-pool2",
                                              "generative-pool3", "generative-pool4",
                                              "generative-pool5"}
                               << QList<int>{};
        QTest::newRow("when") << "when" << 30
                              << QStringList{"none", "generative-pool4", "veridical-pool4",
                                             "continuous-pool4"}
                              << QList<int>{};
        QTest::newRow("which") << "which" << 30
                               << QStringList{"generative-pool4", "rl-pool4"} << QList<int>{};
    }
    void presets() {
        QFETCH(QString, name);
        QFETCH(int, days);
        QFETCH(QStringList, conditions);
        QFETCH(QList<int>, classSets);
        const ExperimentConfig c = preset(name.toStdString());
        QCOMPARE(q(c.name), name);
        QCOMPARE(c.train.days, days);
        QStringList got;
        for (const auto& cd : c.replay.conditions) got << q(cd.name());
        QCOMPARE(got, conditions);
        QCOMPARE(QList<int>(c.data.classSets.begin(), c.data.classSets.end()), classSets);
    }

    void presetList() {
        QCOMPARE(presetNames(), (std::vector<std::string>{"demo", "default", "where", "when", "which"}));
        QCOMPARE(inputErrorOf([] { preset("x"); }),
                 QStringLiteral("unknown preset 'x' (known: demo, default, where, when, which)"));
    }
};

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
