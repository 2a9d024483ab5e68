// Several simulations at once (train.jobs): the same bytes as one at a time, events in the
// fixed order on the calling thread, a stop and a resume that give the uninterrupted bytes.
#include <chrono>
#include <cmath>
#include <fstream>
#include <thread>

#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "runfolder/Manifest.h"
#include "runfolder/MetricsCsv.h"
#include "runfolder/RunDirectory.h"
#include "runfolder/RunRecorder.h"
#include "sim/Experiment.h"

using namespace replaylab;
using namespace testutil;

namespace {

ExperimentConfig smallConfig(int jobs) {
    ExperimentConfig c = preset("default");
    c.data.classSets = {1, 2};
    c.data.trainPerClass = 20;
    c.train.days = 3;
    c.train.threads = 1;
    c.train.jobs = jobs;
    c.replay.conditions = {conditionFromString("rl-pool4"), conditionFromString("generative-pool5")};
    return c;
}

/// Checks what the run folder writer and the app rely on: every call on the thread that
/// called run, simulations finished in their fixed order, progress that never goes back.
struct Watcher : Observer {
    std::thread::id caller = std::this_thread::get_id();
    bool otherThread = false;
    std::vector<std::string> finished;
    double lastFraction = 0;
    bool wentBack = false, overOne = false;
    bool etaTooSoon = false, etaOff = false;  // an ETA in the first seconds; one not from the pace
    int etas = 0;                             // progress calls with a known ETA
    int evaluations = 0;
    std::function<void(Watcher&)> onEvaluated;
    void here() {
        if (std::this_thread::get_id() != caller) otherThread = true;
    }
    void runStarted(const RunInfo&) override { here(); }
    void progress(const Progress& p) override {
        here();
        if (p.fraction + 1e-9 < lastFraction) wentBack = true;
        if (p.fraction > 1.0 + 1e-9) overOne = true;
        lastFraction = std::max(lastFraction, p.fraction);
        if (p.etaSeconds < 0) return;
        ++etas;
        if (p.fraction < 0.02 && p.elapsedSeconds < 10.0) etaTooSoon = true;
        const double pace = p.elapsedSeconds * (1.0 - p.fraction) / p.fraction;
        if (std::abs(p.etaSeconds - pace) > 1e-6 * (1.0 + pace)) etaOff = true;
    }
    void evaluated(const Evaluation&) override {
        here();
        ++evaluations;
        if (onEvaluated) onEvaluated(*this);
    }
    void imagined(const Imagination&) override { here(); }
    void policyStep(const PolicyStep&) override { here(); }
    void warning(const std::string&) override { here(); }
    void simulationFinished(const SimulationKey& k) override {
        here();
        finished.push_back(k.classSet + "/" + k.condition);
    }
    void runFinished(const RunSummary&) override { here(); }
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

const std::vector<std::string> kOrder = {"set 1/rl-pool4", "set 1/generative-pool5", "set 2/rl-pool4",
                                         "set 2/generative-pool5"};

}  // namespace

class TestJobs : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;
    std::filesystem::path one_;  ///< the run with one job: the bytes to match

private Q_SLOTS:
    void initTestCase() {
        REQUIRE_QUICKDRAW();
        one_ = tmp_.filePath("one").toStdString();
        CancelToken c;
        Watcher w;
        QCOMPARE(QString(toString(runInto(smallConfig(1), one_, &w, c).status)), QString("completed"));
        QVERIFY(w.finished == kOrder);
        QVERIFY(!w.otherThread);
    }

    void resolvesJobs() {
        auto c = smallConfig(0);
        const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        QCOMPARE(jobsFor(c, 100), cores);
        QCOMPARE(jobsFor(c, 1), 1);  // never more than the simulations
        c.train.threads = 0;         // all cores for each: one at a time
        QCOMPARE(jobsFor(c, 100), 1);
        c.train.jobs = 3;
        QCOMPARE(jobsFor(c, 100), 3);
        QCOMPARE(jobsFor(c, 2), 2);
    }

    void remainingTimeWaitsForAPace() {
        QCOMPARE(remainingSeconds(0.0, 0.0), -1.0);
        QCOMPARE(remainingSeconds(3.0, 0.01), -1.0);  // start-up: neither 2 % nor 10 s
        QCOMPARE(remainingSeconds(12.0, 0.01), 1188.0);
        QCOMPARE(remainingSeconds(1.0, 0.02), 49.0);
        QCOMPARE(remainingSeconds(30.0, 0.75), 10.0);
        QCOMPARE(remainingSeconds(30.0, 1.0), 0.0);
    }

    void twoJobsGiveTheBytesOfOne() {
        const std::filesystem::path two = tmp_.filePath("two").toStdString();
        CancelToken c;
        Watcher w;
        QCOMPARE(QString(toString(runInto(smallConfig(2), two, &w, c).status)), QString("completed"));
        QVERIFY(!w.otherThread);
        QVERIFY(w.finished == kOrder);
        QVERIFY(!w.wentBack);
        QVERIFY(!w.overOne);
        QVERIFY(w.etas > 0);
        QVERIFY(!w.etaTooSoon);
        QVERIFY(!w.etaOff);
        QVERIFY(slurp(two / "metrics.csv") == slurp(one_ / "metrics.csv"));
        QVERIFY(slurp(two / "rl.csv") == slurp(one_ / "rl.csv"));
        QVERIFY(!slurp(two / "rl.csv").empty());
        const auto manifest = nlohmann::json::parse(slurp(two / "manifest.json"));
        QCOMPARE(manifest.at("jobs").get<int>(), 2);
        QCOMPARE(static_cast<int>(manifest.at("finished_simulations").size()), 4);
    }

    // The figure-1 preset (no replay and generative replay at each of the five pool layers)
    // on two class sets for three days: one simulation at a time and two at once write the
    // same bytes.
    void whereWithOneAndTwoJobsGivesTheSameBytes() {
        auto where = [](int jobs) {
            ExperimentConfig c = preset("where");
            c.data.classSets = {1, 2};
            c.train.days = 3;
            c.train.jobs = jobs;
            return c;
        };
        std::string bytes[2];
        for (int jobs : {1, 2}) {
            const std::filesystem::path dir = tmp_.filePath(QString("where%1").arg(jobs)).toStdString();
            CancelToken c;
            QCOMPARE(QString(toString(runInto(where(jobs), dir, nullptr, c).status)), QString("completed"));
            const auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
            QCOMPARE(manifest.at("jobs").get<int>(), jobs);
            bytes[jobs - 1] = slurp(dir / "metrics.csv");
        }
        QVERIFY(bytes[0].size() > 1000);
        QVERIFY(bytes[0] == bytes[1]);
    }

    // Stopped while two simulations run: the manifest lists only what was written, and a
    // resume (one job this time) ends with the bytes of the uninterrupted run.
    void stopThenResumeGiveTheBytesOfOne() {
        const std::filesystem::path cut = tmp_.filePath("cut").toStdString();
        CancelToken c;
        Watcher w;
        std::chrono::steady_clock::time_point asked;
        w.onEvaluated = [&](Watcher& me) {
            // in the second pair: set 2's simulations both running
            if (me.finished.size() == 2 && !c.stopRequested()) {
                asked = std::chrono::steady_clock::now();
                c.requestStop();
            }
        };
        const auto s = runInto(smallConfig(2), cut, &w, c);
        const double landed = std::chrono::duration<double>(std::chrono::steady_clock::now() - asked).count();
        QCOMPARE(QString(toString(s.status)), QString("stopped"));
        QVERIFY(!w.otherThread);
        qInfo("the stop landed in %.2f s", landed);
        QVERIFY2(landed < 5.0, qPrintable(QString::number(landed)));

        const auto from = readResumePoint(cut);
        QCOMPARE(QString(toString(from.status)), QString("stopped"));
        QCOMPARE(static_cast<int>(from.finished.size()), static_cast<int>(w.finished.size()));
        QCOMPARE(static_cast<int>(from.finished.size()), 2);
        for (const auto& r : readMetricsCsv(cut / "metrics.csv"))
            QVERIFY(r.classSet == "set 1" || r.classSet == "set 2");

        auto cfg = from.config;
        cfg.train.jobs = 1;  // another jobs count: the numbers do not change
        Experiment ex(cfg);
        auto dir = RunDirectory::reopen(cut, from.finished);
        RunRecorder rec(dir, from, {{"command", "test"}});
        Watcher w2;
        ObserverList obs;
        obs.add(&rec);
        obs.add(&w2);
        CancelToken c2;
        QCOMPARE(QString(toString(ex.run(obs, c2, from.finished).status)), QString("completed"));
        QVERIFY(slurp(cut / "metrics.csv") == slurp(one_ / "metrics.csv"));
        QVERIFY(slurp(cut / "rl.csv") == slurp(one_ / "rl.csv"));
        const auto manifest = nlohmann::json::parse(slurp(cut / "manifest.json"));
        QCOMPARE(QString::fromStdString(manifest.at("status").get<std::string>()), QString("completed"));
        QCOMPARE(static_cast<int>(manifest.at("finished_simulations").size()), 4);
    }

    // A failure on the calling thread (here: the observer) while workers run fails the run
    // with its message and stops the workers.
    void aFailureStopsTheOthers() {
        const std::filesystem::path bad = tmp_.filePath("bad").toStdString();
        CancelToken c;
        Watcher w;
        w.onEvaluated = [](Watcher& me) {
            if (me.evaluations == 3) throw std::runtime_error("disk full\nsecond line");
        };
        const auto t0 = std::chrono::steady_clock::now();
        const auto s = runInto(smallConfig(2), bad, &w, c);
        QCOMPARE(QString(toString(s.status)), QString("failed"));
        QCOMPARE(QString::fromStdString(s.message), QString("disk full"));
        QVERIFY(w.finished.empty());
        QVERIFY(std::chrono::steady_clock::now() - t0 < std::chrono::seconds(60));
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs_slow.moc"
