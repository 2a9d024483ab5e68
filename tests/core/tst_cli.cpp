// The command line: bad flags and impossible settings exit non-zero with one clear line,
// before any training and before any output folder is made.
#include <thread>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "TestData.h"
#include "runfolder/RunDirectory.h"

class TestCli : public QObject {
    Q_OBJECT
    struct Result {
        int code;
        QString out, err;
    };
    Result run(const QStringList& args) {
        QProcess p;
        p.start(REPLAYLAB_CLI, args);
        p.waitForFinished(120000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QByteArray readFile(const QString& path) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) return {};
        return f.readAll();
    }
    static void writeFile(const QString& path, const QByteArray& data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
private Q_SLOTS:
    void rejectsBadInput_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::addColumn<bool>("needsData");
        QTest::newRow("zero days") << QStringList{"run", "--days", "0"} << "train.days" << false;
        QTest::newRow("unknown flag") << QStringList{"run", "--dayz", "3"} << "--dayz" << false;
        QTest::newRow("not a number") << QStringList{"run", "--days", "ten"} << "ten" << false;
        QTest::newRow("unknown preset") << QStringList{"run", "--preset", "nowhere"} << "nowhere" << false;
        QTest::newRow("unknown condition") << QStringList{"run", "--conditions", "dreaming"} << "dreaming" << false;
        QTest::newRow("bad set list") << QStringList{"run", "--class-sets", "one"} << "--class-sets" << false;
        QTest::newRow("missing config") << QStringList{"run", "--config", "/nonexistent/c.json"} << "/nonexistent/c.json" << false;
        QTest::newRow("too many training images")
            << QStringList{"run", "--train-per-class", "500"} << "500 training" << true;
        QTest::newRow("missing class set") << QStringList{"run", "--class-sets", "42"} << "set 42" << true;
        QTest::newRow("negative jobs") << QStringList{"run", "--jobs", "-1"} << "--jobs: train.jobs must be at least 0 (got -1)" << false;
        QTest::newRow("missing data folder")
            << QStringList{"run", "--data-dir", "/nonexistent/data"} << "/nonexistent/data" << false;
    }
    void rejectsBadInput() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QFETCH(bool, needsData);
        if (needsData) REQUIRE_QUICKDRAW();
        QTemporaryDir tmp;
        const QString out = tmp.filePath("run");
        args << "--out" << out;
        const auto r = run(args);
        QVERIFY2(r.code != 0, qPrintable(r.err));
        const QStringList lines = r.err.trimmed().split('\n');
        QVERIFY2(lines.size() <= 2, qPrintable(r.err));  // one line (CLI11 may add a hint line)
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(out), "an output folder was made for a run that never started");
    }

    // End to end: a run whose last simulation a kill cut short (its record removed from the
    // manifest, a half-written row left behind) is finished by `resume` with the same bytes.
    void resumesAKilledRun() {
        REQUIRE_QUICKDRAW();
        QTemporaryDir tmp;
        const QString out = tmp.filePath("run");
        auto r = run({"run", "--class-sets", "1", "--days", "1", "--train-per-class", "12",
                      "--conditions", "none,extra-day", "--threads", "2", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray whole = readFile(out + "/metrics.csv");
        r = run({"resume", out});  // nothing left to do: an input error, the folder untouched
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err, "error: " + out + ": the run completed; nothing to resume\n");
        QCOMPARE(readFile(out + "/metrics.csv"), whole);

        // what a kill during the second simulation leaves
        QJsonObject m = QJsonDocument::fromJson(readFile(out + "/manifest.json")).object();
        QJsonArray finished = m["finished_simulations"].toArray();
        QCOMPARE(finished.size(), 2);
        finished.removeLast();
        m["finished_simulations"] = finished;
        m["status"] = "running";
        m.remove("finished");
        writeFile(out + "/manifest.json", QJsonDocument(m).toJson());
        writeFile(out + "/metrics.csv", whole + "set 1,extra-day,1,1,ni");

        r = run({"resume", out, "--threads", "2"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("1 simulation(s) finished before"), qPrintable(r.out));
        QCOMPARE(readFile(out + "/metrics.csv"), whole);
        m = QJsonDocument::fromJson(readFile(out + "/manifest.json")).object();
        QCOMPARE(m["status"].toString(), QStringLiteral("completed"));
        QCOMPARE(m["resumed"].toArray().size(), 1);

        r = run({"resume", tmp.filePath("nothing")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(tmp.filePath("nothing") + "/config.json"), qPrintable(r.err));
    }

    // While a run goes, `resume` on its folder is refused; a kill -9 lets the folder go.
    void resumeWaitsForTheWriter() {
        REQUIRE_QUICKDRAW();
        QTemporaryDir tmp;
        const QString out = tmp.filePath("run");
        QProcess writer;
        writer.start(REPLAYLAB_CLI, {"run", "--class-sets", "1", "--days", "400", "--threads", "1", "--out", out});
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(out + "/manifest.json"), 60000);
        const auto r = run({"resume", out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("another Replay Lab process is writing"), qPrintable(r.err));
        QVERIFY(writer.state() == QProcess::Running);
        writer.kill();  // SIGKILL: no clean-up runs
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(out + "/.lock"));   // left behind ...
        replaylab::FolderLock free(out.toStdString());       // ... but no longer held
    }

    void resumeRefusesNegativeJobs() {
        const auto r = run({"resume", "/nonexistent/run", "--jobs", "-1"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--jobs: train.jobs must be at least 0 (got -1)"), qPrintable(r.err));
    }

    // --jobs 0: as many at once as the cores allow; the plan says how many.
    void jobsZeroSaysHowMany() {
        REQUIRE_QUICKDRAW();
        const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
        auto r = run({"run", "--class-sets", "1-3", "--days", "1", "--train-per-class", "12", "--threads", "1",
                      "--jobs", "0", "--dry-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QString("3 simulation(s), %1 at once").arg(std::min(3, cores))), qPrintable(r.out));
        r = run({"run", "--class-sets", "1-3", "--days", "1", "--train-per-class", "12", "--threads", "0",
                 "--jobs", "0", "--dry-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains("3 simulation(s), 1 at once"), qPrintable(r.out));
    }

    void listsPresets() {
        const auto r = run({"presets"});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("where") && r.out.contains("when") && r.out.contains("which"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
