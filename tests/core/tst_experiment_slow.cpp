// End to end on the embedded data: a small experiment, paired and reproducible, stoppable.
#include <fstream>

#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "config/ConfigJson.h"
#include "io/RunDirectory.h"
#include "io/RunRecorder.h"
#include "sim/Experiment.h"
#include "util/Error.h"

using namespace rl;

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

std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), {});
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
        QCOMPARE(QString::fromStdString(s1.status), QString("completed"));
        const auto s2 = runInto(smallConfig(), b, nullptr, c2);
        QCOMPARE(QString::fromStdString(s2.status), QString("completed"));
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
            if (r.day == 1 && r.phase == "day" && r.cls == "all" && r.split == "test")
                day1[r.classSet + "/" + r.condition] = r.accuracy;
        QCOMPARE(day1.at("set 1/none"), day1.at("set 1/extra-day"));
        QCOMPARE(day1.at("set 2/none"), day1.at("set 2/extra-day"));
        // something was learned: above chance (10%) on average after day 2
        double sum = 0;
        int n = 0;
        for (const auto& r : rows)
            if (r.day == 2 && r.phase == "day" && r.cls == "all" && r.split == "test") {
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
        QCOMPARE(QString::fromStdString(s.status), QString("stopped"));
        const auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
        QCOMPARE(QString::fromStdString(manifest.at("status").get<std::string>()), QString("stopped"));
        // whatever was written is complete rows
        readMetricsCsv(dir / "metrics.csv");
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
