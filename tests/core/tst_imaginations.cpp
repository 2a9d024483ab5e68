// Imaginations kept in the run folder (imaginations/): a run writes the PNG tiles and the
// index, PCA and fidelity files; the index names PNGs that exist; the same seed gives the
// same pictures; and keeping them never changes metrics.csv or rl.csv by a byte.
// The runs are the stored golden config (tests/data/golden) cut to two conditions.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <map>
#include <set>

#include "TestData.h"
#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "runfolder/ImaginationFiles.h"
#include "sim/Experiment.h"
#include "util/Csv.h"

using namespace replaylab;
namespace fs = std::filesystem;

namespace {

/// Runs the golden config with two conditions (generative at pool2, RL-chosen at pool4, two
/// days: the first night is also the last but one) into out; extra flags appended.
QString runCli(const QString& out, const QStringList& extra) {
    const fs::path golden = fs::path(REPLAYLAB_SOURCE_DIR) / "tests/data/golden";
    QProcess p;
    QStringList args{"run", "--config", QString::fromStdString((golden / "config.json").string()),
                     "--conditions", "generative-pool2,rl-pool4", "--out", out};
    args += extra;
    p.start(REPLAYLAB_CLI, args);
    if (!p.waitForFinished(300000)) return QStringLiteral("timed out");
    if (p.exitCode() != 0) return QString::fromUtf8(p.readAllStandardError());
    return {};
}

std::vector<std::vector<std::string>> rows(const fs::path& csv) {
    std::vector<std::vector<std::string>> out;
    for (const auto& r : readCsvFile(csv)) out.push_back(r.fields);
    return out;
}

}  // namespace

class TestImaginations : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    fs::path run(const char* name) const { return fs::path(tmp_.filePath(name).toStdString()); }

private Q_SLOTS:
    void initTestCase() {
        REQUIRE_QUICKDRAW();
        QVERIFY(tmp_.isValid());
        // kept: the default (2 per class, first and last night); again: the same; none: 0.
        QCOMPARE(runCli(tmp_.filePath("kept"), {}), QString());
        QCOMPARE(runCli(tmp_.filePath("again"), {}), QString());
        QCOMPARE(runCli(tmp_.filePath("none"), {"--keep-imaginations", "0"}), QString());
    }

    void keepingThemChangesNoResult() {
        for (const char* file : {"metrics.csv", "rl.csv"}) {
            const std::string kept = testutil::slurp(run("kept") / file);
            const std::string none = testutil::slurp(run("none") / file);
            QVERIFY2(!kept.empty(), file);
            QVERIFY2(kept == none, file);
        }
        QVERIFY(!fs::exists(run("none") / "imaginations"));
    }

    // By default only the run's first class set keeps drawings (imagination.class_sets = 1);
    // 0 keeps them for every class set.
    void onlyTheFirstClassSetsKeepDrawings() {
        for (const char* sets : {"1", "0"}) {
            const QString out = tmp_.filePath(QString("sets%1").arg(sets));
            QCOMPARE(runCli(out, {"--class-sets", "1-2", "--days", "1", "--set",
                                  QString("imagination.class_sets=%1").arg(sets)}),
                     QString());
            std::set<std::string> kept;
            for (const auto& r : rows(fs::path(out.toStdString()) / "imaginations" / "index.csv"))
                if (r[0] != "class_set") kept.insert(r[0]);
            const std::set<std::string> want = std::string(sets) == "1" ? std::set<std::string>{"set 1"}
                                                                        : std::set<std::string>{"set 1", "set 2"};
            QVERIFY(kept == want);
        }
    }

    void indexNamesExistingPngs() {
        const fs::path dir = run("kept") / "imaginations";
        const auto index = rows(dir / "index.csv");
        QVERIFY(index.size() > 1);
        QCOMPARE(QString::fromStdString(csvLine(index[0])), QString(kImaginationIndexHeader) + "\n");
        // Per (condition, night, class, kind): how many tiles.
        std::map<std::string, int> count;
        std::set<std::string> nights, conditions;
        for (std::size_t i = 1; i < index.size(); ++i) {
            const auto& f = index[i];
            QCOMPARE(f.size(), std::size_t{12});
            const fs::path png = dir / f[11];
            QVERIFY2(fs::is_regular_file(png), png.string().c_str());
            const std::string bytes = testutil::slurp(png);
            QVERIFY2(bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0, png.string().c_str());
            ++count[f[1] + "/" + f[3] + "/" + f[5] + "/" + f[7]];
            nights.insert(f[3]);
            conditions.insert(f[1]);
        }
        // Two days: nights 1 and 2 are the first and the last; both conditions imagine.
        QCOMPARE(nights, (std::set<std::string>{"1", "2"}));
        QCOMPARE(conditions, (std::set<std::string>{"generative-pool2", "rl-pool4"}));
        for (const char* cond : {"generative-pool2", "rl-pool4"})
            for (const char* night : {"1", "2"})
                for (int c = 1; c <= 10; ++c) {
                    const std::string at = std::string(cond) + "/" + night + "/" + std::to_string(c) + "/";
                    QCOMPARE(count[at + "real"], 2);
                    QCOMPARE(count[at + "real-reconstruction"], 2);
                    QCOMPARE(count[at + "imagined-reconstruction"], 2);
                    QCOMPARE(count[at + "neighbour"], 2 * 3);  // 3 nearest drawings per imagined one
                    QCOMPARE(count[at + "real-activation"], 4);  // the maps the app shows
                    QCOMPARE(count[at + "imagined-activation"], 4);
                }
        // PCA and fidelity for every night of each simulation.
        const auto fidelity = rows(dir / "fidelity.csv");
        QCOMPARE(fidelity.size(), std::size_t{1 + 2 * 2 * 10});
        const auto pca = rows(dir / "pca.csv");
        QCOMPARE(pca.size(), std::size_t{1 + 2 * 2 * (10 + 10) * 10});  // 10 real + 10 imagined per class
    }

    void readerGivesBackEveryNight() {
        const auto all = readImaginations(run("kept"));
        QCOMPARE(all.size(), std::size_t{4});
        for (const auto& im : all) {
            QCOMPARE(im.classNames.size(), std::size_t{10});
            QCOMPARE(im.layer, im.condition == "generative-pool2" ? 2 : 4);
            QCOMPARE(im.pictures.size(), std::size_t{10});
            QCOMPARE(im.fidelity.size(), std::size_t{10});
            QCOMPARE(im.pcaRealX.size(), std::size_t{100});
            for (std::size_t c = 0; c < 10; ++c) {
                const auto& cp = im.pictures[c];
                QCOMPARE(cp.real.size(), std::size_t{2});
                QCOMPARE(cp.imaginedReconstructions.size(), std::size_t{2});
                QCOMPARE(cp.neighbours.size(), std::size_t{2});
                QCOMPARE(cp.neighbours[0].size(), std::size_t{3});
                QCOMPARE(cp.real[0].width, 32);  // the mini network's input
                QCOMPARE(cp.realReconstructions[0].height, 32);
                QCOMPARE(im.real[c].size(), std::size_t{4});
                // pool2 of a 32-pixel input: 8 x 8 maps, the first 32 channels shown.
                if (im.layer == 2) QCOMPARE(im.real[c][0].width, 8);
                // Similarities sorted, most similar first; real drawings come back from their
                // full activations: relative activation error below 0.25 at pool2, 0.9 at
                // pool4 (measured: 0.07 and 0.19 on average, the worst 0.62).
                QVERIFY(cp.neighbourSimilarity[0][0] >= cp.neighbourSimilarity[0][1]);
                for (double e : cp.realError)
                    QVERIFY2(e < (im.layer == 2 ? 0.25 : 0.9), std::to_string(e).c_str());
            }
        }
    }

    void sameSeedSamePictures() {
        const fs::path a = run("kept") / "imaginations", b = run("again") / "imaginations";
        int compared = 0;
        for (const auto& e : fs::recursive_directory_iterator(a)) {
            if (!e.is_regular_file()) continue;
            const fs::path rel = fs::relative(e.path(), a);
            QVERIFY2(testutil::slurp(e.path()) == testutil::slurp(b / rel), rel.string().c_str());
            ++compared;
        }
        QVERIFY(compared > 500);
    }

    void planCountsTheDrawings() {
        ExperimentConfig cfg = preset("demo");
        cfg.replay.conditions = {conditionFromString("none"), conditionFromString("generative-pool2")};
        const RunPlan kept = planExperiment(cfg, /*measure=*/true);
        QCOMPARE(kept.conditions.size(), std::size_t{2});
        QCOMPARE(kept.conditions[0].drawingSeconds, 0.0);  // no nights, nothing imagined
        QVERIFY(kept.conditions[1].drawingSeconds > 0.0);
        QVERIFY(kept.conditions[1].secondsPerSimulation > kept.conditions[1].drawingSeconds);
        cfg.imagination.keep = 0;
        const RunPlan none = planExperiment(cfg, /*measure=*/true);
        QCOMPARE(none.conditions[1].drawingSeconds, 0.0);
    }

    void badIndexNamesTheFile() {
        // A copy of the kept folder whose index names a PNG that is gone.
        const fs::path copy = run("broken");
        fs::create_directories(copy);
        fs::copy(run("kept") / "imaginations", copy / "imaginations", fs::copy_options::recursive);
        const auto index = rows(copy / "imaginations" / "index.csv");
        const fs::path gone = copy / "imaginations" / index[1][11];
        fs::remove(gone);
        const QString msg = testutil::inputErrorOf([&] { readImaginations(copy); });
        QVERIFY2(msg.contains("index.csv:2: the file") && msg.contains("is missing"), qPrintable(msg));
        QVERIFY(readImaginations(run("none")).empty());
    }
};

QTEST_GUILESS_MAIN(TestImaginations)
#include "tst_imaginations.moc"
