// Interrupting a run through the real command line: Ctrl-C (SIGINT) and SIGTERM stop it at
// the next batch with exit 130 / 143 and status "stopped" in manifest.json, quickly; kill -9
// leaves no clean-up at all. In every case `resume` finishes the run, and its metrics.csv is
// byte for byte the one of a run that was never interrupted.
#include <csignal>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include <signal.h>
#include <sys/types.h>

#include "TestData.h"

namespace {

const QStringList kRun = {"run",       "--class-sets", "1",         "--days",       "3",
                          "--train-per-class", "20",  "--conditions", "none,extra-day", "--threads",
                          "1",         "--jobs",       "1"};

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

QString statusOf(const QString& run) {
    return QJsonDocument::fromJson(readFile(run + "/manifest.json")).object()["status"].toString();
}

/// Waits until the process has printed `times` lines containing what on stderr (progress lines).
bool waitForOutput(QProcess& p, QByteArray& err, const QByteArray& what, int times = 1, int ms = 120000) {
    if (!p.waitForStarted(30000)) return false;
    QElapsedTimer t;
    t.start();
    while (err.count(what) < times) {
        if (p.state() == QProcess::NotRunning || t.elapsed() > ms) return false;
        p.waitForReadyRead(100);
        err += p.readAllStandardError();
    }
    return true;
}

}  // namespace

class TestInterrupts : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_{QStringLiteral(REPLAYLAB_TEST_TMP "/interrupts-XXXXXX")};
    QByteArray reference_;  // metrics.csv of the run made without interruption

    int cli(const QStringList& args, QString* err = nullptr) {
        QProcess p;
        p.start(REPLAYLAB_CLI, args);
        if (!p.waitForFinished(600000)) {
            p.kill();
            p.waitForFinished();
        }
        if (err) *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    void resumeAndCompare(const QString& out) {
        QString err;
        QCOMPARE(cli({"resume", out, "--threads", "1"}, &err), 0);
        QCOMPARE(statusOf(out), QStringLiteral("completed"));
        QVERIFY2(readFile(out + "/metrics.csv") == reference_, "metrics.csv differs from the uninterrupted run");
    }

private Q_SLOTS:
    void initTestCase() {
        REQUIRE_QUICKDRAW();
        QVERIFY(tmp_.isValid());
        const QString out = tmp_.filePath("reference");
        QString err;
        QElapsedTimer t;
        t.start();
        QVERIFY2(cli(QStringList(kRun) << "--out" << out, &err) == 0, qPrintable(err));
        qInfo("uninterrupted run: %.1f s", t.elapsed() / 1000.0);
        reference_ = readFile(out + "/metrics.csv");
        QVERIFY(!reference_.isEmpty());
    }

    void stopBySignal_data() {
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("code");
        QTest::newRow("SIGINT (Ctrl-C)") << int(SIGINT) << 130;
        QTest::newRow("SIGTERM") << int(SIGTERM) << 143;
    }

    void stopBySignal() {
        QFETCH(int, signal);
        QFETCH(int, code);
        const QString out = tmp_.filePath(QString("signal-%1").arg(signal));
        QProcess p;
        p.start(REPLAYLAB_CLI, QStringList(kRun) << "--out" << out);
        QByteArray err;
        // after the first progress line of a day: the run is training
        QVERIFY2(waitForOutput(p, err, "day 1/3"), err.constData());
        QElapsedTimer t;
        t.start();
        QCOMPARE(::kill(static_cast<pid_t>(p.processId()), signal), 0);
        QVERIFY(p.waitForFinished(30000));
        const double seconds = t.elapsed() / 1000.0;
        err += p.readAllStandardError();
        qInfo("signal %d: exit %d after %.2f s", signal, p.exitCode(), seconds);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), code);
        QVERIFY2(seconds < 5.0, qPrintable(QString("took %1 s to stop").arg(seconds)));
        QCOMPARE(statusOf(out), QStringLiteral("stopped"));
        QVERIFY2(readFile(out + "/metrics.csv") != reference_, "the run finished before the signal came");
        resumeAndCompare(out);
    }

    // kill -9 at three points: within the first simulation, as the second starts, and on
    // the second one's last day. No clean-up runs; the manifest still says "running".
    void killNine_data() {
        QTest::addColumn<QByteArray>("progress");
        QTest::addColumn<int>("times");
        QTest::newRow("first simulation, day 2") << QByteArray("day 2/3") << 1;
        QTest::newRow("second simulation starts") << QByteArray("sim 2/2") << 1;
        QTest::newRow("second simulation, last day") << QByteArray("day 3/3") << 2;
    }

    void killNine() {
        QFETCH(QByteArray, progress);
        QFETCH(int, times);
        static int row = 0;
        const QString out = tmp_.filePath("kill9-" + QString::number(++row));
        QProcess p;
        p.start(REPLAYLAB_CLI, QStringList(kRun) << "--out" << out);
        QByteArray err;
        QVERIFY2(waitForOutput(p, err, progress, times), err.constData());
        p.kill();  // SIGKILL
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QCOMPARE(statusOf(out), QStringLiteral("running"));
        resumeAndCompare(out);
    }
};

QTEST_GUILESS_MAIN(TestInterrupts)
#include "tst_interrupts_slow.moc"
