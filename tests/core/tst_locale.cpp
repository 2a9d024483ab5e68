// Every run file is written and read the same under a German locale (decimal comma), as the
// desktop app runs for a German user: metrics.csv, rl.csv, config.json, manifest.json and the
// closing table. Skipped where no such locale is installed, unless REPLAYLAB_REQUIRE_LOCALE=1
// (CI makes de_DE.UTF-8 first), where its absence is a failure.
#include <QtTest/QtTest>

#include <clocale>
#include <filesystem>
#include <locale>

#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "runfolder/Manifest.h"
#include "runfolder/RlCsv.h"
#include "runfolder/RunDirectory.h"
#include "runfolder/RunRecorder.h"
#include "session/RunSession.h"

using namespace replaylab;
namespace fs = std::filesystem;

namespace {

/// Sets LC_ALL (C and C++ global locale) for its lifetime and puts "C" back after.
class LocaleScope {
public:
    explicit LocaleScope(const char* name) {
        ok_ = std::setlocale(LC_ALL, name) != nullptr;
        if (ok_) {
            try {
                std::locale::global(std::locale(name));
            } catch (const std::exception&) {
                ok_ = false;
            }
        }
    }
    ~LocaleScope() {
        std::setlocale(LC_ALL, "C");
        std::locale::global(std::locale::classic());
    }
    bool ok() const { return ok_; }

private:
    bool ok_ = false;
};

ExperimentConfig config() {
    ExperimentConfig c = preset("which");
    c.train.learningRate = 2.5e-4;
    c.model.dropout = 0.375;
    c.augment.shift = 0.125;
    c.replay.rlTemperature = 0.3;
    return c;
}

/// Writes a run folder as an engine run would: two evaluations and two replay steps.
void writeRun(const fs::path& root) {
    RunDirectory dir(root);
    RunRecorder recorder(dir, config(), {{"interface", "test"}});
    Evaluation e;
    e.classSet = "set 1";
    e.condition = "rl-pool4";
    e.seed = 1;
    e.day = 1;
    e.phase = replaylab::Phase::Day;
    e.split = "test";
    e.classNames = {"cat", "dog"};
    e.accuracy = 0.625;
    e.loss = 1.0 / 3.0;
    e.classAccuracy = {0.5, 0.75};
    e.classLoss = {1.5, 0.25};
    recorder.evaluated(e);
    e.condition = "generative-pool4";
    e.accuracy = 0.4375;
    recorder.evaluated(e);
    PolicyStep s;
    s.classSet = "set 1";
    s.condition = "rl-pool4";
    s.seed = 1;
    s.night = 1;
    s.step = 1;
    s.chosenName = "dog";
    s.reward = 0.0125;
    s.chi2 = 2.5;
    s.probabilities = {0.4, 0.6};
    recorder.policyStep(s);
    s.step = 2;
    s.reward = -0.5;
    recorder.policyStep(s);
    recorder.simulationFinished({"set 1", "rl-pool4", 1});
    RunSummary summary;
    summary.status = RunStatus::Stopped;
    summary.wallSeconds = 1.5;
    recorder.runFinished(summary);
}

/// manifest.json without the fields that hold the time of day.
nlohmann::json timeless(const fs::path& file) {
    auto j = nlohmann::json::parse(testutil::slurp(file));
    for (const char* k : {"started", "finished"}) j.erase(k);
    return j;
}

}  // namespace

class TestLocale : public QObject {
    Q_OBJECT
    QTemporaryDir tmp_;

private Q_SLOTS:
    void runFilesIgnoreTheLocale() {
        const fs::path plain = fs::path(tmp_.path().toStdString()) / "c";
        const fs::path german = fs::path(tmp_.path().toStdString()) / "de";
        writeRun(plain);
        {
            LocaleScope de("de_DE.UTF-8");
            if (!de.ok()) {
                if (qEnvironmentVariable("REPLAYLAB_REQUIRE_LOCALE") == "1")
                    QFAIL("locale de_DE.UTF-8 is not installed (localedef -i de_DE -f UTF-8 de_DE.UTF-8)");
                QSKIP("locale de_DE.UTF-8 is not installed");
            }
            QCOMPARE(std::localeconv()->decimal_point[0], ',');  // the locale really has a decimal comma
            writeRun(german);

            // Written: the same bytes as under "C".
            for (const char* f : {"metrics.csv", "rl.csv", "config.json"})
                QVERIFY2(testutil::slurp(plain / f) == testutil::slurp(german / f), f);
            QCOMPARE(timeless(german / "manifest.json"), timeless(plain / "manifest.json"));

            // Read back under the German locale: every number as written.
            const auto metrics = readMetricsCsv(german / "metrics.csv");
            QCOMPARE(metrics.size(), std::size_t(6));
            QCOMPARE(metrics[0].accuracy, 0.625);
            QCOMPARE(metrics[2].loss, 0.25);
            QCOMPARE(metrics[3].accuracy, 0.4375);
            const auto rl = readRlCsv(german / "rl.csv");
            QCOMPARE(rl.size(), std::size_t(2));
            QCOMPARE(rl[0].reward, 0.0125);
            QCOMPARE(rl[1].reward, -0.5);
            QCOMPARE(rl[0].probabilities, (std::vector<double>{0.4, 0.6}));
            const ResumePoint from = readResumePoint(german);
            QCOMPARE(from.config.train.learningRate, 2.5e-4);
            QCOMPARE(from.config.model.dropout, 0.375);
            QCOMPARE(from.config.augment.shift, 0.125);
            QCOMPARE(from.status, RunStatus::Stopped);
            QCOMPARE(from.finished.size(), std::size_t(1));
            QCOMPARE(from.manifest.value("wall_seconds", 0.0), 1.5);
            QVERIFY(checkResumable(german).resumable);

            // The closing table: the same text as under "C" (no decimal commas).
            const std::string report = runReport(german);
            QVERIFY2(report.find("62.5") != std::string::npos, report.c_str());
            QCOMPARE(report, [&] {
                std::setlocale(LC_ALL, "C");
                std::locale::global(std::locale::classic());
                const std::string r = runReport(plain);
                std::setlocale(LC_ALL, "de_DE.UTF-8");
                std::locale::global(std::locale("de_DE.UTF-8"));
                return r;
            }());
        }
    }
};

QTEST_GUILESS_MAIN(TestLocale)
#include "tst_locale.moc"
