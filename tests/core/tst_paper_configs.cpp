// The paper-scale resources: table S1 as class sets (resources/class_sets/imagenet_s1.json)
// and the ready configs resources/configs/paper-{where,when,which}.json, which must validate
// and name the S1 file in a form that resolves from any working directory.
#include <fstream>
#include <regex>
#include <set>

#include <QtTest/QtTest>

#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "data/Dataset.h"
#include "util/Error.h"
#include "util/Paths.h"

using namespace replaylab;
using namespace testutil;

namespace {

std::filesystem::path s1File() { return resourceDir() / "class_sets" / "imagenet_s1.json"; }

}  // namespace

class TestPaperConfigs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Table S1: 10 models x 10 ImageNet fall 2011 synsets, transcribed with their names.
    void tableS1() {
        const ClassSetList l = loadClassSetList(s1File());
        QCOMPARE(l.source, std::string("folder"));
        QCOMPARE(l.sets.size(), std::size_t(10));
        std::set<std::string> all;
        const std::regex wnid("n[0-9]{8}");
        for (std::size_t i = 0; i < l.sets.size(); ++i) {
            QCOMPARE(l.names[i], "model " + std::to_string(i + 1));
            QCOMPARE(l.sets[i].size(), std::size_t(10));
            for (const auto& c : l.sets[i]) {
                QVERIFY2(std::regex_match(c, wnid), c.c_str());
                all.insert(c);
                QVERIFY2(l.labels.count(c) == 1, c.c_str());
                QVERIFY(!l.label(c).empty() && l.label(c) != c);
            }
        }
        QCOMPARE(all.size(), std::size_t(100));
        QCOMPARE(l.labels.size(), std::size_t(100));
        // Spot values, first and last of the table and a few in between.
        QCOMPARE(l.sets[0][0], std::string("n12360108"));
        QCOMPARE(l.label("n12360108"), std::string("begonia"));
        QCOMPARE(l.sets[0][9], std::string("n03592669"));
        QCOMPARE(l.label("n03592669"), std::string("jalousie"));
        QCOMPARE(l.sets[1][0], std::string("n11853356"));
        QCOMPARE(l.label("n11853356"),
                 std::string("Christmas cactus, Schlumbergera buckleyi, Schlumbergera baridgesii"));
        QCOMPARE(l.sets[4][5], std::string("n08596076"));
        QCOMPARE(l.label("n08596076"), std::string("littoral, litoral, littoral zone, sands"));
        QCOMPARE(l.sets[6][4], std::string("n01612122"));
        QCOMPARE(l.label("n01612122"),
                 std::string("sparrow hawk, American kestrel, kestrel, Falco sparverius"));
        QCOMPARE(l.sets[8][6], std::string("n02782778"));
        QCOMPARE(l.sets[9][0], std::string("n03524150"));
        QCOMPARE(l.label("n03524150"), std::string("hockey stick"));
        QCOMPARE(l.sets[9][9], std::string("n07830593"));
        QCOMPARE(l.label("n07830593"), std::string("hot sauce"));
    }

    void quickDrawSetsUnchanged() {
        const ClassSetList l = loadClassSetList(resourceDir() / "class_sets" / "quickdraw.json");
        QCOMPARE(l.sets.size(), std::size_t(10));
        QCOMPARE(l.names.front(), std::string("set 1"));
        QVERIFY(l.labels.empty());
        QCOMPARE(l.label("banana"), std::string("banana"));
    }

    void resolvesResourceFiles() {
        const auto def = resolveResourceFile("", "class_sets/quickdraw.json");
        QCOMPARE(def, resourceDir() / "class_sets" / "quickdraw.json");
        // relative to the resources when not found relative to the working directory
        QCOMPARE(resolveResourceFile("class_sets/imagenet_s1.json"), s1File());
        // as written otherwise
        QCOMPARE(resolveResourceFile("no/such/sets.json"), std::filesystem::path("no/such/sets.json"));
        QCOMPARE(resolveResourceFile(s1File().string()), s1File());
    }

    void paperConfigs_data() {
        QTest::addColumn<QString>("experiment");
        QTest::newRow("where") << "where";
        QTest::newRow("when") << "when";
        QTest::newRow("which") << "which";
    }
    void paperConfigs() {
        QFETCH(QString, experiment);
        const std::string name = experiment.toStdString();
        const auto file = resourceDir() / "configs" / ("paper-" + name + ".json");
        QVERIFY2(std::filesystem::exists(file), file.string().c_str());
        const ExperimentConfig c = configFromJson(slurp(file), file.string());
        const auto problems = validateConfig(c);
        for (const auto& p : problems) qWarning("%s", p.c_str());
        QVERIFY(problems.empty());

        QCOMPARE(c.name, "paper-" + name);
        QVERIFY(c.model.arch == ModelArch::Vgg16);
        QVERIFY(c.model.fit == FitToInput::Resize);
        QVERIFY(c.model.preprocessing == Normalisation::TorchVision);
        QCOMPARE(c.model.backbone, std::string());
        QVERIFY(c.data.source == DataSource::Folder);
        QCOMPARE(c.data.dataDir, std::string());
        QCOMPARE(c.data.trainPerClass, 1170);
        QCOMPARE(c.data.valPerClass, 130);
        QCOMPARE(c.data.testPerClass, 50);
        QVERIFY(c.data.classSets.empty());  // all ten models
        QVERIFY(c.data.customClassSets.empty());
        QCOMPARE(c.train.batchSize, 36);
        QCOMPARE(c.train.learningRate, 3e-4);
        // the authors' scripts: Keras Adam with epsilon 1.0, the side network a Keras Dense(1)
        QVERIFY(c.train.optimizer == Optimizer::KerasEps1);
        QVERIFY(c.replay.rlInit == RlInit::Glorot);
        QVERIFY(c.outputDir.empty());
        // the paper's schedule and conditions, as the built-in preset of that experiment
        const ExperimentConfig p = preset(name);
        QCOMPARE(c.train.days, p.train.days);
        QCOMPARE(c.replay.conditions.size(), p.replay.conditions.size());
        for (std::size_t i = 0; i < c.replay.conditions.size(); ++i)
            QCOMPARE(c.replay.conditions[i].name(), p.replay.conditions[i].name());
        // the class sets file is table S1, found through the resources
        QCOMPARE(resolveResourceFile(c.data.classSetsFile), s1File());
        QCOMPARE(loadClassSetList(resolveResourceFile(c.data.classSetsFile)).sets.size(),
                 std::size_t(10));
    }
};

QTEST_GUILESS_MAIN(TestPaperConfigs)
#include "tst_paper_configs.moc"
