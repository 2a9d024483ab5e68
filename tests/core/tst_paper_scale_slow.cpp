// The paper's setting end to end, at toy size: a photo folder laid out as ImageNet
// (root/<wnid>/*.JPEG, the wnids of table S1's model 1), torchvision VGG-16 weights (random,
// from scripts/export_torchvision_vgg16.py) imported as the backbone, model.arch vgg16 at
// 224x224 with torchvision preprocessing, one day and one night of generative replay at
// pool5. Also prints the engine's memory plan for the paper-scale configs.
// Needs /usr/bin/python3 with torch and torchvision (Debian's python3-torch,
// python3-torchvision): skipped without them, unless REPLAYLAB_REQUIRE_DATA=1 (CI).
#include <fstream>
#include <set>

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestUtil.h"
#include "TorchvisionExport.h"
#include "config/ConfigJson.h"
#include "data/Dataset.h"
#include "runfolder/RunDirectory.h"
#include "runfolder/RunRecorder.h"
#include "network/VggImport.h"
#include "sim/Experiment.h"
#include "util/Error.h"
#include "util/Paths.h"

using namespace replaylab;
using namespace testutil;

namespace {

QString tempTemplate() {
    QDir().mkpath(QStringLiteral(REPLAYLAB_TEST_TMP));
    return QStringLiteral(REPLAYLAB_TEST_TMP "/paper-scale-XXXXXX");
}

// A 64x48 photo-like JPEG: a class colour, a shape whose position depends on the image, noise.
void writePhoto(const std::string& path, int cls, int i) {
    cv::RNG rng(static_cast<uint64>(1000 * cls + i + 1));
    cv::Mat img(48, 64, CV_8UC3, cv::Scalar(25 * cls, 255 - 20 * cls, (90 * cls) % 256));
    cv::circle(img, cv::Point(rng.uniform(8, 56), rng.uniform(8, 40)), 6 + cls % 5,
               cv::Scalar(rng.uniform(0, 256), rng.uniform(0, 256), rng.uniform(0, 256)), cv::FILLED);
    cv::Mat noise(img.size(), CV_8UC3);
    rng.fill(noise, cv::RNG::NORMAL, 0, 12);
    img += noise;
    QVERIFY(cv::imwrite(path, img));
}

constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
}  // namespace

class TestPaperScale : public QObject {
    Q_OBJECT

    QTemporaryDir dir_{tempTemplate()};
    QString pythonError_;

    std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        QVERIFY2(QFileInfo::exists(exporterScript()), qPrintable(exporterScript()));
        pythonError_ = torchvisionMissing();
    }

    void runsVgg16OnPhotoFolder() {
        REQUIRE_TORCHVISION();
        QElapsedTimer total;
        total.start();

        // The photo folder: model 1's wnids, 5 JPEGs each.
        const auto s1 = loadClassSetList(resourceDir() / "class_sets" / "imagenet_s1.json");
        const std::vector<std::string> classes = s1.sets.at(0);
        QCOMPARE(classes.size(), std::size_t(10));
        const std::filesystem::path photos = path("photos");
        for (std::size_t c = 0; c < classes.size(); ++c) {
            std::filesystem::create_directories(photos / classes[c]);
            for (int i = 0; i < 5; ++i)
                writePhoto((photos / classes[c] / (classes[c] + "_" + std::to_string(i + 1) + ".JPEG")).string(),
                           static_cast<int>(c), i);
        }

        // Random torchvision VGG-16 features -> exported file -> Replay Lab backbone.
        QElapsedTimer t;
        t.start();
        const QString err = runPython({exporterScript(), "--random", "--seed", "0", "--features-only",
                                       "--threads", "2", dir_.filePath("tv.pt")});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        qInfo("export: %.1f s", t.elapsed() / 1000.0);
        t.restart();
        const auto imp = convertTorchvisionVgg16(path("tv.pt"), path("backbone.pt"), /*featuresOnly=*/true);
        QCOMPARE(imp.tensors, 26);
        qInfo("import: %.1f s", t.elapsed() / 1000.0);

        ExperimentConfig cfg = preset("default");
        cfg.name = "paper-scale-test";
        cfg.model.arch = ModelArch::Vgg16;
        cfg.model.inputSize = 224;
        cfg.model.inChannels = 3;
        cfg.model.headUnits = 4096;
        cfg.model.fit = FitToInput::Resize;
        cfg.model.preprocessing = Normalisation::TorchVision;
        cfg.model.backbone = path("backbone.pt");
        cfg.data.source = DataSource::Folder;
        cfg.data.dataDir = photos.string();
        cfg.data.classSets.clear();
        cfg.data.customClassSets = {classes};
        cfg.data.trainPerClass = 3;
        cfg.data.valPerClass = 1;
        cfg.data.testPerClass = 1;
        cfg.train.days = 1;
        cfg.train.threads = 2;
        cfg.replay.conditions = {conditionFromString("generative-pool5")};
        // No drawings: inverting 224 x 224 pictures through VGG-16 on 2 cores takes minutes
        // (tst_imaginations covers keeping them).
        cfg.imagination.keep = 0;
        QVERIFY(validateConfig(cfg).empty());

        t.restart();
        Experiment ex(cfg);
        QCOMPARE(ex.skippedImages(), 0);
        const std::filesystem::path run = path("run");
        RunDirectory rd(run);
        RunRecorder rec(rd, cfg);
        CancelToken cancel;
        const RunSummary s = ex.run(rec, cancel);
        qInfo("experiment (1 day + 1 night of VGG-16 on 30 training images): %.1f s; phases: day %.1f, "
              "night %.1f, evaluate %.1f, load %.1f s",
              t.elapsed() / 1000.0, s.phases.day, s.phases.night, s.phases.evaluate, s.phases.load);
        QVERIFY2(s.status == RunStatus::Completed, (std::string(toString(s.status)) + ": " + s.message).c_str());

        const auto rows = readMetricsCsv(run / "metrics.csv");
        std::set<std::string> dayClasses, nightClasses;
        for (const auto& r : rows) {
            QCOMPARE(r.classSet, std::string("set 1"));
            QCOMPARE(r.condition, std::string("generative-pool5"));
            QVERIFY(r.accuracy >= 0.0 && r.accuracy <= 1.0);
            if (r.day == 1 && r.phase == replaylab::Phase::Day && r.split == "test") dayClasses.insert(r.cls);
            if (r.day == 1 && r.phase == replaylab::Phase::Night && r.split == "test") nightClasses.insert(r.cls);
        }
        std::set<std::string> want(classes.begin(), classes.end());
        want.insert("all");
        QCOMPARE(dayClasses, want);    // the wnids are the class names in the results
        QCOMPARE(nightClasses, want);

        const auto manifest = nlohmann::json::parse(slurp(run / "manifest.json"));
        QCOMPARE(manifest.at("status").get<std::string>(), std::string("completed"));
        QCOMPARE(manifest.at("simulations").get<int>(), 1);
        QCOMPARE(manifest.at("conditions"), nlohmann::json::array({"generative-pool5"}));
        QCOMPARE(manifest.at("skipped_images").get<int>(), 0);
        QVERIFY(manifest.at("phase_seconds").at("night").get<double>() > 0);
        QCOMPARE(configToJson(configFromJson(slurp(run / "config.json"))), configToJson(cfg));
        qInfo("whole test case: %.1f s", total.elapsed() / 1000.0);
    }

    // The engine's plan for the paper-scale configs (computed from the settings, nothing
    // measured): memory of the network and of each night. Printed for docs/PAPER_SCALE.md.
    void planAtPaperScale() {
        for (const char* name : {"where", "when", "which"}) {
            const auto file = resourceDir() / "configs" / (std::string("paper-") + name + ".json");
            ExperimentConfig cfg = configFromJson(slurp(file), file.string());
            cfg.train.device = "cuda";  // the plan's sizes; no free-memory check
            const RunPlan plan = planExperiment(cfg, /*measure=*/false);
            qInfo("paper-%s:\n%s", name, plan.format().c_str());
            QCOMPARE(plan.simulations, 10 * static_cast<int>(cfg.replay.conditions.size()));
            // VGG-16 with a 10-class head: 134,301,514 parameters, x4 (weights, gradients, Adam m, v)
            QCOMPARE(plan.modelBytes, 134301514.0 * 16.0);
            for (const auto& c : plan.conditions) {
                if (c.condition == "generative-pool1") {
                    // 11,700 images x 64x112x112 / (4x4) floats, twice (activations, centred)
                    QCOMPARE(c.activationBytes, 2.0 * 11700 * (64.0 * 112 * 112 / 16) * 4);
                    QCOMPARE(c.sampleBytes, 11700 * (64.0 * 112 * 112 / 16) * 4);
                }
                if (c.condition == "veridical-pool4")
                    QCOMPARE(c.veridicalBytes, 11700 * (512.0 * 14 * 14) * 4);
            }
            QVERIFY(plan.peakBytes < 64 * kGiB);
        }
    }
};

QTEST_GUILESS_MAIN(TestPaperScale)
#include "tst_paper_scale_slow.moc"
