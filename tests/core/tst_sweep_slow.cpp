// A sweep through the real command line: training images per class {20, 70} on 2 class sets
// x 3 days. sweep.csv equals what metrics.csv gives when recomputed here; each point is the
// run `run` makes with that value; a sweep killed with -9 resumes to the same bytes.
#include <QtTest/QtTest>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <map>

#include "TestData.h"
#include "stats/Summary.h"
#include "util/Csv.h"

namespace {

const QStringList kSweep = {"sweep", "--vary", "data.train_per_class=20,70", "--class-sets", "1-2", "--days", "3",
                            "--conditions", "none,generative-pool5", "--threads", "1", "--jobs", "1"};

QByteArray readFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

int cli(const QStringList& args, QString* out = nullptr, QString* err = nullptr) {
    QProcess p;
    p.start(REPLAYLAB_CLI, args);
    if (!p.waitForFinished(600000)) {
        p.kill();
        p.waitForFinished();
    }
    if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err) *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

double num(const std::string& s) {
    double v = 0;
    if (!replaylab::parseDouble(s, v)) v = std::nan("");
    return v;
}

}  // namespace

class TestSweepSlow : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_{QStringLiteral(REPLAYLAB_TEST_TMP "/sweep-XXXXXX")};
    QString ref_;

private Q_SLOTS:
    void initTestCase() {
        REQUIRE_QUICKDRAW();
        QVERIFY(tmp_.isValid());
        ref_ = tmp_.filePath("reference");
        QString out, err;
        QElapsedTimer t;
        t.start();
        QVERIFY2(cli(QStringList(kSweep) << "--out" << ref_, &out, &err) == 0, qPrintable(err));
        qInfo("sweep of 2 points: %.1f s", t.elapsed() / 1000.0);
        QVERIFY2(out.contains("Sweep of data.train_per_class (20, 70): 2 of 2 point(s) finished"), qPrintable(out));
        for (const char* f : {"sweep.json", "sweep.csv", "metrics.csv", "summary.txt",
                              "points/01-train_per_class-20/metrics.csv", "points/02-train_per_class-70/metrics.csv"})
            QVERIFY2(QFile::exists(ref_ + "/" + f), f);
    }

    // Every row of sweep.csv, recomputed from the sweep's metrics.csv: per point, each run's
    // (class set, seed) after-day test accuracy of the replay condition minus no replay's,
    // over the days and on the last day.
    void sweepCsvEqualsMetrics() {
        const auto metrics = replaylab::readCsvFile((ref_ + "/metrics.csv").toStdString());
        QCOMPARE(metrics.front().fields.front(), std::string("data.train_per_class"));
        // [value][condition][run] -> accuracy per day
        std::map<std::string, std::map<std::string, std::map<std::string, std::map<int, double>>>> acc;
        for (std::size_t i = 1; i < metrics.size(); ++i) {
            const auto& f = metrics[i].fields;  // value,class_set,condition,seed,day,phase,split,class,accuracy,loss
            QCOMPARE(f.size(), std::size_t(10));
            if (f[5] != "day" || f[6] != "test" || f[7] != "all") continue;
            acc[f[0]][f[2]][f[1] + "/" + f[3]][std::stoi(f[4])] = num(f[8]);
        }
        QCOMPARE(acc.size(), std::size_t(2));
        const auto sweep = replaylab::readCsvFile((ref_ + "/sweep.csv").toStdString());
        QCOMPARE(sweep.size(), std::size_t(1 + 2 * 2));  // 2 points x (mean over days, last day)
        for (std::size_t i = 1; i < sweep.size(); ++i) {
            const auto& f = sweep[i].fields;  // point,value,condition,measure,runs,replay,none,effect,sem,lo,hi,t,p,wins
            QCOMPARE(f[2], std::string("generative-pool5"));
            const auto& replay = acc[f[1]]["generative-pool5"];
            const auto& none = acc[f[1]]["none"];
            QCOMPARE(replay.size(), std::size_t(2));
            std::vector<double> d, r, n;
            for (const auto& [run, days] : replay) {
                QCOMPARE(days.size(), std::size_t(3));
                double rv = 0, nv = 0;
                if (f[3] == "last_day") {
                    rv = days.at(3);
                    nv = none.at(run).at(3);
                } else {
                    QCOMPARE(f[3], std::string("mean_over_days"));
                    for (int day = 1; day <= 3; ++day) {
                        rv += days.at(day) / 3;
                        nv += none.at(run).at(day) / 3;
                    }
                }
                r.push_back(rv);
                n.push_back(nv);
                d.push_back(rv - nv);
            }
            const double mean = (d[0] + d[1]) / 2, sem = std::abs(d[0] - d[1]) / 2;  // n = 2: sd / sqrt(2)
            const double t975 = 12.706204736174698;  // t_{0.975, 1}
            QCOMPARE(f[4], std::string("2"));
            QVERIFY2(std::abs(num(f[5]) - (r[0] + r[1]) / 2) < 1e-6, f[5].c_str());
            QVERIFY2(std::abs(num(f[6]) - (n[0] + n[1]) / 2) < 1e-6, f[6].c_str());
            QVERIFY2(std::abs(num(f[7]) - mean) < 1e-6, f[7].c_str());
            QVERIFY2(std::abs(num(f[8]) - sem) < 1e-6, f[8].c_str());
            QVERIFY2(std::abs(num(f[9]) - (mean - t975 * sem)) < 1e-5, f[9].c_str());
            QVERIFY2(std::abs(num(f[10]) - (mean + t975 * sem)) < 1e-5, f[10].c_str());
            QCOMPARE(f[13], std::to_string((d[0] > 0) + (d[1] > 0)));
        }
    }

    // A point is the run `run` makes with that value: the same metrics.csv, byte for byte.
    void pointEqualsPlainRun() {
        const QString out = tmp_.filePath("plain-70");
        QString err;
        QVERIFY2(cli({"run", "--class-sets", "1-2", "--days", "3", "--conditions", "none,generative-pool5",
                      "--train-per-class", "70", "--keep-imaginations", "0", "--threads", "1", "--jobs", "1",
                      "--out", out},
                     nullptr, &err) == 0,
                 qPrintable(err));
        QVERIFY(readFile(out + "/metrics.csv") == readFile(ref_ + "/points/02-train_per_class-70/metrics.csv"));
    }

    void reportAndResumeOfAFinishedSweep() {
        QString out, err;
        QCOMPARE(cli({"report", ref_}, &out), 0);
        QCOMPARE(out.toUtf8(), readFile(ref_ + "/summary.txt"));
        QVERIFY(out.contains("generative-pool5  mean over days  2"));
        QCOMPARE(cli({"resume", ref_}, nullptr, &err), 2);
        QCOMPARE(err.trimmed(), QString("error: %1: the sweep completed; nothing to resume").arg(ref_));
    }

    // kill -9 in the second point's second day: the first point is finished, the second cut
    // short. resume finishes it; every file of the sweep is the uninterrupted one's.
    void killedSweepResumes() {
        const QString out = tmp_.filePath("killed");
        QProcess p;
        p.start(REPLAYLAB_CLI, QStringList(kSweep) << "--out" << out);
        QVERIFY(p.waitForStarted(30000));
        QByteArray stdoutText, stderrText;
        QElapsedTimer t;
        t.start();
        while (!(stdoutText.contains("point 2/2") && stderrText.count("day 2/3") >= 3)) {
            QVERIFY2(p.state() != QProcess::NotRunning && t.elapsed() < 300000, stderrText.right(400).constData());
            p.waitForReadyRead(50);
            stdoutText += p.readAllStandardOutput();
            stderrText += p.readAllStandardError();
        }
        p.kill();
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(!readFile(out + "/sweep.json").contains("\"completed\""));
        QString resumeOut, err;
        QVERIFY2(cli({"resume", out, "--threads", "1"}, &resumeOut, &err) == 0, qPrintable(err));
        QVERIFY2(resumeOut.contains("1 of 2 point(s) finished before"), qPrintable(resumeOut));
        for (const char* f : {"metrics.csv", "sweep.csv", "summary.txt", "points/02-train_per_class-70/metrics.csv"})
            QVERIFY2(readFile(out + "/" + f) == readFile(ref_ + "/" + f), f);
    }
};

QTEST_GUILESS_MAIN(TestSweepSlow)
#include "tst_sweep_slow.moc"
