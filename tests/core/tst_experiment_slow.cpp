// End to end on the embedded data: a small experiment, paired and reproducible, stoppable.
#include <fstream>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "runfolder/RunDirectory.h"
#include "runfolder/RunRecorder.h"
#include "sim/Experiment.h"
#include "util/Error.h"

using namespace replaylab;
using namespace testutil;

namespace {

ExperimentConfig smallConfig() {
    ExperimentConfig c = preset("default");
    c.data.classSets = {1, 2};
    c.data.trainPerClass = 12;
    c.train.days = 2;
    c.train.threads = 2;
    c.replay.conditions = {conditionFromString("none"), conditionFromString("extra-day")};
    return c;
}

struct Counter : Observer {
    int evaluations = 0;
    int progressCount = 0;
    std::function<void()> onProgress;
    void evaluated(const Evaluation&) override { ++evaluations; }
    void progress(const Progress&) override {
        ++progressCount;
        if (onProgress) onProgress();
    }
};

RunSummary runInto(const ExperimentConfig& cfg, const std::filesystem::path& dir, Observer* extra,
                   CancelToken& cancel) {
    Experiment ex(cfg);
    RunDirectory rd(dir);
    RunRecorder rec(rd, cfg);
    ObserverList obs;
    obs.add(&rec);
    if (extra) obs.add(extra);
    return ex.run(obs, cancel);
}

}  // namespace

class TestExperiment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { REQUIRE_QUICKDRAW(); }

    void runsPairedAndReproducible() {
        QTemporaryDir tmp;
        const std::filesystem::path a = tmp.filePath("a").toStdString();
        const std::filesystem::path b = tmp.filePath("b").toStdString();
        CancelToken c1, c2;
        Counter counter;
        const auto s1 = runInto(smallConfig(), a, &counter, c1);
        QCOMPARE(QString(toString(s1.status)), QString("completed"));
        const auto s2 = runInto(smallConfig(), b, nullptr, c2);
        QCOMPARE(QString(toString(s2.status)), QString("completed"));
        // byte-identical results for the same config and seed
        QCOMPARE(slurp(a / "metrics.csv"), slurp(b / "metrics.csv"));

        const auto rows = readMetricsCsv(a / "metrics.csv");
        // 2 sets; none: 2 days x (test+val) + best; extra-day: 2 x (day+night) x 2 + best;
        // each evaluation gives 11 rows (all + 10 classes)
        QCOMPARE(counter.evaluations, 2 * ((2 * 2 + 1) + (2 * 2 * 2 + 1)));
        QCOMPARE(static_cast<int>(rows.size()), counter.evaluations * 11);
        QVERIFY(counter.progressCount > 0);
        // paired: day 1 is the same network under both conditions
        std::map<std::string, double> day1;
        for (const auto& r : rows)
            if (r.day == 1 && r.phase == replaylab::Phase::Day && r.cls == "all" && r.split == "test")
                day1[r.classSet + "/" + r.condition] = r.accuracy;
        QCOMPARE(day1.at("set 1/none"), day1.at("set 1/extra-day"));
        QCOMPARE(day1.at("set 2/none"), day1.at("set 2/extra-day"));
        // something was learned: above chance (10%) on average after day 2
        double sum = 0;
        int n = 0;
        for (const auto& r : rows)
            if (r.day == 2 && r.phase == replaylab::Phase::Day && r.cls == "all" && r.split == "test") {
                sum += r.accuracy;
                ++n;
            }
        QVERIFY2(sum / n > 0.2, qPrintable(QString::number(sum / n)));

        const auto manifest = nlohmann::json::parse(slurp(a / "manifest.json"));
        QCOMPARE(QString::fromStdString(manifest.at("status").get<std::string>()), QString("completed"));
        QVERIFY(manifest.at("phase_seconds").at("day").get<double>() > 0);
        // config.json reads back to the same settings
        QCOMPARE(configToJson(configFromJson(slurp(a / "config.json"))), configToJson(smallConfig()));
    }

    void stopLeavesValidRunDirectory() {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.filePath("stopped").toStdString();
        CancelToken cancel;
        Counter counter;
        counter.onProgress = [&] {
            if (counter.progressCount == 3) cancel.requestStop();
        };
        const auto s = runInto(smallConfig(), dir, &counter, cancel);
        QCOMPARE(QString(toString(s.status)), QString("stopped"));
        const auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
        QCOMPARE(QString::fromStdString(manifest.at("status").get<std::string>()), QString("stopped"));
        // whatever was written is complete rows
        readMetricsCsv(dir / "metrics.csv");
    }

    // A run stopped in its third simulation, with a last row cut short as a kill would leave
    // it, goes on where it stopped and ends with the bytes of an uninterrupted run.
    void resumeGivesTheUninterruptedResults() {
        QTemporaryDir tmp;
        const std::filesystem::path whole = tmp.filePath("whole").toStdString();
        const std::filesystem::path cut = tmp.filePath("cut").toStdString();
        CancelToken c1;
        QCOMPARE(QString(toString(runInto(smallConfig(), whole, nullptr, c1).status)), QString("completed"));

        struct StopInThird : Observer {
            CancelToken* cancel = nullptr;
            int finished = 0, evaluationsAfter = 0;
            void simulationFinished(const SimulationKey&) override { ++finished; }
            void evaluated(const Evaluation&) override {
                if (finished == 2 && ++evaluationsAfter == 2) cancel->requestStop();
            }
        } stopper;
        CancelToken c2;
        stopper.cancel = &c2;
        QCOMPARE(QString(toString(runInto(smallConfig(), cut, &stopper, c2).status)), QString("stopped"));
        {
            std::ofstream tail(cut / "metrics.csv", std::ios::app | std::ios::binary);
            tail << "set 2,none,1,1,da";  // no newline: the write a kill interrupted
        }
        QVERIFY(slurp(cut / "metrics.csv").size() > 0);

        const auto from = readResumePoint(cut);
        QCOMPARE(QString(toString(from.status)), QString("stopped"));
        QCOMPARE(static_cast<int>(from.finished.size()), 2);
        QCOMPARE(QString::fromStdString(from.finished[1].classSet + "/" + from.finished[1].condition),
                 QString("set 1/extra-day"));
        Experiment ex(from.config);
        auto dir = RunDirectory::reopen(cut, from.finished);
        // the partial third simulation is gone before it runs again
        for (const auto& r : readMetricsCsv(cut / "metrics.csv")) QCOMPARE(QString::fromStdString(r.classSet), QString("set 1"));
        RunRecorder rec(dir, from, {{"command", "test"}});
        struct Started : Observer {
            RunInfo info;
            void runStarted(const RunInfo& i) override { info = i; }
        } started;
        ObserverList obs;
        obs.add(&rec);
        obs.add(&started);
        CancelToken c3;
        QCOMPARE(QString(toString(ex.run(obs, c3, from.finished).status)), QString("completed"));
        QCOMPARE(started.info.alreadyFinished, 2);
        QCOMPARE(started.info.simulations, 4);

        QCOMPARE(slurp(cut / "metrics.csv"), slurp(whole / "metrics.csv"));
        const auto manifest = nlohmann::json::parse(slurp(cut / "manifest.json"));
        QCOMPARE(QString::fromStdString(manifest.at("status").get<std::string>()), QString("completed"));
        QCOMPARE(static_cast<int>(manifest.at("finished_simulations").size()), 4);
        QCOMPARE(static_cast<int>(manifest.at("resumed").size()), 1);
        QCOMPARE(manifest.at("resumed")[0].at("finished_before").get<int>(), 2);
        QCOMPARE(QString::fromStdString(manifest.at("resumed")[0].at("after_status").get<std::string>()),
                 QString("stopped"));
        QVERIFY(!manifest.contains("message"));
        // the folder of a completed run reads back as such
        QCOMPARE(QString(toString(readResumePoint(whole).status)), QString("completed"));
        QCOMPARE(static_cast<int>(readResumePoint(whole).finished.size()), 4);
    }

    void resumeNamesWhatIsMissing() {
        QTemporaryDir tmp;
        const std::filesystem::path dir = tmp.path().toStdString();
        auto message = [&] {
            try {
                readResumePoint(dir);
            } catch (const InputError& e) {
                return QString(e.what());
            }
            return QString("<no error>");
        };
        QVERIFY2(message().contains(QString::fromStdString((dir / "config.json").string())), qPrintable(message()));
        { std::ofstream(dir / "config.json") << configToJson(smallConfig()); }
        QVERIFY2(message().contains("manifest.json"), qPrintable(message()));
        { std::ofstream(dir / "manifest.json") << "{\"status\": \"running\", \"finished_simulations\": [{\"seed\": 1}]}"; }
        QVERIFY2(message().contains("finished_simulations"), qPrintable(message()));
        { std::ofstream(dir / "manifest.json") << "{\"status\": "; }
        QVERIFY2(message().contains("not valid JSON"), qPrintable(message()));
        { std::ofstream(dir / "manifest.json") << "{\"status\": \"running\"}"; }
        QCOMPARE(static_cast<int>(readResumePoint(dir).finished.size()), 0);
        try {
            RunDirectory::reopen(dir, {});
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("no metrics.csv"), e.what());
        }
    }

    // Class sets are loaded one at a time, when their turn comes: a broken image in set 2
    // is met (and skipped, with a warning on record) only after set 1's simulation, while
    // a class missing from set 2 still stops the run before any training.
    void loadsOneClassSetAtATime() {
        QTemporaryDir tmp;
        const std::filesystem::path root = tmp.path().toStdString();
        std::vector<std::vector<std::string>> sets(2);
        for (int c = 0; c < 20; ++c) {
            const std::string cls = "c" + std::to_string(c);
            sets[static_cast<std::size_t>(c / 10)].push_back(cls);
            std::filesystem::create_directories(root / cls);
            for (int i = 0; i < 8; ++i) {
                cv::Mat img(28, 28, CV_8UC1, cv::Scalar(0));
                cv::circle(img, {14, 14}, 3 + (c % 10), cv::Scalar(255), 1 + i % 2);
                cv::imwrite((root / cls / ("img" + std::to_string(i) + ".png")).string(), img);
            }
        }
        { std::ofstream(root / "c15" / "img9.png") << "not a png"; }
        ExperimentConfig c = smallConfig();
        c.data.source = DataSource::Folder;
        c.data.dataDir = root.string();
        c.data.customClassSets = sets;
        c.data.trainPerClass = 4;
        c.data.valPerClass = 1;
        c.data.testPerClass = 2;
        c.data.onBadImage = OnBadImage::Skip;
        c.train.days = 1;
        c.replay.conditions = {conditionFromString("none")};

        Experiment ex(c);
        QCOMPARE(ex.skippedImages(), 0);  // set 2 is not read yet
        struct Log : Observer {
            std::vector<std::string> events;
            void warning(const std::string& w) override { events.push_back("warning " + w); }
            void simulationFinished(const SimulationKey& k) override { events.push_back("finished " + k.classSet); }
            void progress(const Progress& p) override {
                if (p.phase == replaylab::Phase::Load) events.push_back("load " + p.classSet);
            }
        } log;
        CancelToken cancel;
        const auto s = ex.run(log, cancel);
        QCOMPARE(QString(toString(s.status)), QString("completed"));
        QCOMPARE(s.skippedImages, 1);
        QCOMPARE(static_cast<int>(log.events.size()), 4);
        QCOMPARE(QString::fromStdString(log.events[0]), QString("finished set 1"));
        QCOMPARE(QString::fromStdString(log.events[1]), QString("load set 2"));  // said before the wait
        QVERIFY2(log.events[2].rfind("warning ", 0) == 0 &&
                     log.events[2].find((root / "c15" / "img9.png").string()) != std::string::npos,
                 log.events[2].c_str());
        QCOMPARE(QString::fromStdString(log.events[3]), QString("finished set 2"));
        QCOMPARE(static_cast<int>(s.warnings.size()), 1);

        c.data.customClassSets[1][3] = "c99";
        try {
            Experiment bad(c);
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("c99"), e.what());
        }
    }

    void badDataStopsBeforeTraining_data() {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown class") << "unknown" << "no such thing";
        QTest::newRow("too many training images") << "too many" << "needs";
        QTest::newRow("missing set") << "set 99" << "set 99 does not exist";
        QTest::newRow("zero days") << "days" << "train.days";
    }
    void badDataStopsBeforeTraining() {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        auto c = smallConfig();
        if (what == "unknown") c.data.customClassSets = {{"apple", "no such thing"}};
        if (what == "too many") c.data.trainPerClass = 71;
        if (what == "set 99") c.data.classSets = {99};
        if (what == "days") c.train.days = 0;
        try {
            Experiment ex(c);
            QFAIL("no error");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains(expected), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment_slow.moc"
