// The desktop app driving real (tiny) runs: points arrive on the accuracy chart, the run
// folder is written, export matches metrics.csv, a reopened run shows the same series, Stop
// answers within about a second, Pause holds the run.
#include <QtTest/QtTest>
#include <QtWidgets>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "MainWindow.h"
#include "ResultsPanel.h"
#include "RunController.h"
#include "TestData.h"
#include "UiRunHelpers.h"
#include "runfolder/RunDirectory.h"
#include "itemmodels/ResultsModel.h"
#include "plots/AccuracyChart.h"

using namespace replaylab::ui;

class TestUiRun : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void runShowsPointsExportsAndReopens();
    void stopReturnsWithinASecond();
    void pauseHoldsTheStepCount();
    void badInputFailsWithAMessage();
    void resumeFinishesAKilledRun();
    void namesRunFoldersAsTheCliDoes();
};

void TestUiRun::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReplayLabTests"));
    REQUIRE_QUICKDRAW();
}

namespace {

QPushButton* button(MainWindow& w, const char* name) { return w.findChild<QPushButton*>(QLatin1String(name)); }

}  // namespace

void TestUiRun::runShowsPointsExportsAndReopens() {
    const QString dir = uitest::freshRunDir("points");
    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.show();
    w.setConfig(uitest::tinyConfig(dir, 2, 10));
    QSignalSpy finished(w.runController(), &RunController::finished);
    QSignalSpy failed(w.runController(), &RunController::failed);
    QVERIFY(button(w, "runButton")->isEnabled());
    QTest::mouseClick(button(w, "runButton"), Qt::LeftButton);
    QVERIFY(w.runController()->isRunning());
    QVERIFY(!button(w, "runButton")->isEnabled());
    QVERIFY(button(w, "stopButton")->isEnabled());
    auto* chart = w.resultsPanel()->accuracyChart();
    QTRY_VERIFY_WITH_TIMEOUT(!chart->meanPoints("none").isEmpty(), 120000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 120000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));
    QCOMPARE(QString(replaylab::toString(finished.front().front().value<replaylab::RunSummary>().status)), QString("completed"));
    QTRY_COMPARE(chart->meanPoints("none").size(), 2);
    QCOMPARE(chart->dayPoints("none").size(), 2);
    QCOMPARE(uitest::manifestStatus(dir), QString("completed"));
    QVERIFY(button(w, "runButton")->isEnabled());
    // The same closing table as the CLI's, in the same file.
    QFile summary(dir + "/summary.txt");
    QVERIFY2(summary.open(QIODevice::ReadOnly), qPrintable(dir + "/summary.txt"));
    QVERIFY(QString::fromUtf8(summary.readAll()).startsWith("Test accuracy (%) after each day"));

    // The chart's points are the run's test accuracies (class "all") in percent.
    const auto rows = replaylab::readMetricsCsv((dir + "/metrics.csv").toStdString());
    std::vector<replaylab::MetricRow> shown;
    for (const auto& r : rows)
        if (r.cls == "all" && r.split == "test" && (r.phase == replaylab::Phase::Day || r.phase == replaylab::Phase::Night)) shown.push_back(r);
    QCOMPARE(shown.size(), std::size_t(2));
    const auto live = chart->meanPoints("none");
    for (std::size_t i = 0; i < shown.size(); ++i) {
        QCOMPARE(live[static_cast<int>(i)].x(), double(shown[i].day));
        QVERIFY(qAbs(live[static_cast<int>(i)].y() - 100.0 * shown[i].accuracy) < 1e-3);
    }

    // Export: a PNG of the chosen size, a CSV with metrics.csv's values.
    const QString png = dir + "/figures/test-accuracy.png";
    QDir().mkpath(dir + "/figures");
    QString error;
    QVERIFY2(chart->exportPng(png, QSize(1000, 640), 120, &error), qPrintable(error));
    const QImage img(png);
    QVERIFY(!img.isNull());
    QCOMPARE(img.size(), QSize(1000, 640));
    const QString csv = dir + "/figures/test-accuracy.csv";
    QVERIFY(chart->exportCsv(csv, &error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(f.readAll()).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + static_cast<int>(shown.size()));
    const QStringList header = lines[0].split(',');
    const int dayCol = header.indexOf("day"), phaseCol = header.indexOf("phase"), meanCol = header.indexOf("mean");
    QVERIFY(dayCol >= 0 && phaseCol >= 0 && meanCol >= 0);
    for (int i = 1; i < lines.size(); ++i) {
        const QStringList v = lines[i].split(',');
        const auto& r = shown[static_cast<std::size_t>(i - 1)];
        QCOMPARE(v[dayCol].toInt(), r.day);
        QCOMPARE(v[phaseCol], QString::fromLatin1(replaylab::toString(r.phase)));
        QCOMPARE(v[meanCol], QString::fromStdString(replaylab::formatNumber(r.accuracy)));
    }
    const QStringList all = w.exportAll();
    QVERIFY(all.contains(QDir(dir).filePath("figures/accuracy.png")));
    QVERIFY(all.contains(QDir(dir).filePath("figures/accuracy.csv")));

    // A past run folder rebuilds the same series.
    MainWindow again(false);
    again.setPlanMeasurement(false);
    QVERIFY(again.openRunDirectory(dir));
    const auto reopened = again.resultsPanel()->accuracyChart()->meanPoints("none");
    QCOMPARE(reopened.size(), live.size());
    for (int i = 0; i < live.size(); ++i) {
        QCOMPARE(reopened[i].x(), live[i].x());
        QVERIFY(qAbs(reopened[i].y() - live[i].y()) < 1e-3);
    }
    QCOMPARE(again.resultsPanel()->accuracyChart()->dayPoints("none").size(), 2);
    // Its settings come back too (to run again into a new folder).
    QCOMPARE(again.findChild<QSpinBox*>("daysBox")->value(), 2);
}

// A run whose second simulation a kill cut short (its record gone from the manifest, a
// half-written row left) is opened, resumed from the Run menu, and ends with the bytes of
// the uninterrupted run; the charts hold each value once.
void TestUiRun::resumeFinishesAKilledRun() {
    const QString dir = uitest::freshRunDir("resume");
    auto cfg = uitest::tinyConfig(dir, 2, 10);
    cfg.replay.conditions = {replaylab::conditionFromString("none"), replaylab::conditionFromString("extra-day")};
    QByteArray whole;
    {
        MainWindow w(false);
        w.setPlanMeasurement(false);
        w.setConfig(cfg);
        QSignalSpy finished(w.runController(), &RunController::finished);
        QVERIFY(w.startRun());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        QVERIFY(!w.canResume());
        QFile f(dir + "/metrics.csv");
        QVERIFY(f.open(QIODevice::ReadOnly));
        whole = f.readAll();
    }
    {
        QFile m(dir + "/manifest.json");
        QVERIFY(m.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(m.readAll()).object();
        m.close();
        QJsonArray done = o["finished_simulations"].toArray();
        QCOMPARE(done.size(), 2);
        done.removeLast();
        o["finished_simulations"] = done;
        o["status"] = "running";
        QVERIFY(m.open(QIODevice::WriteOnly | QIODevice::Truncate));
        m.write(QJsonDocument(o).toJson());
        QFile csv(dir + "/metrics.csv");
        QVERIFY(csv.open(QIODevice::Append));
        csv.write("set 1,extra-day,1,1,ni");
    }

    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.show();
    QVERIFY(w.openRunDirectory(dir));
    auto* resume = w.findChild<QAction*>("resumeAction");
    QVERIFY(resume);
    QVERIFY(resume->isEnabled());
    QSignalSpy finished(w.runController(), &RunController::finished);
    QSignalSpy failed(w.runController(), &RunController::failed);
    resume->trigger();
    QVERIFY(w.runController()->isRunning());
    QVERIFY(!resume->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 120000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));
    QFile f(dir + "/metrics.csv");
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), whole);
    QCOMPARE(uitest::manifestStatus(dir), QString("completed"));
    QTRY_VERIFY(!w.runController()->isRunning());
    QVERIFY(!resume->isEnabled());
    // kept rows read back, the rest live: each value once
    QCOMPARE(w.resultsPanel()->results().rows().size(), replaylab::readMetricsCsv((dir + "/metrics.csv").toStdString()).size());
    QCOMPARE(w.resultsPanel()->accuracyChart()->meanPoints("extra-day").size(), 4);
    QVERIFY(!w.resumeRun());  // completed: nothing to resume
}

void TestUiRun::stopReturnsWithinASecond() {
    const QString dir = uitest::freshRunDir("stop");
    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.show();
    w.setConfig(uitest::tinyConfig(dir, 200, 70));
    QSignalSpy progress(w.runController(), &RunController::progress);
    QSignalSpy finished(w.runController(), &RunController::finished);
    QTest::mouseClick(button(w, "runButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 5, 120000);
    QElapsedTimer t;
    t.start();
    QTest::mouseClick(button(w, "stopButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    const qint64 ms = t.elapsed();
    qInfo("Stop answered in %lld ms", static_cast<long long>(ms));
    // The engine stops at the next batch boundary (well under a second here when the machine
    // is idle); the bound leaves room for a loaded machine.
    QVERIFY2(ms < 2500, qPrintable(QString("stop took %1 ms").arg(ms)));
    QCOMPARE(QString(replaylab::toString(finished.front().front().value<replaylab::RunSummary>().status)), QString("stopped"));
    QCOMPARE(uitest::manifestStatus(dir), QString("stopped"));
    QVERIFY(!w.runController()->isRunning());
    QVERIFY(button(w, "runButton")->isEnabled());
    // Everything written up to the stop is readable.
    QVERIFY(QFileInfo::exists(dir + "/metrics.csv"));
    replaylab::readMetricsCsv((dir + "/metrics.csv").toStdString());
}

void TestUiRun::pauseHoldsTheStepCount() {
    const QString dir = uitest::freshRunDir("pause");
    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.show();
    w.setConfig(uitest::tinyConfig(dir, 200, 70));
    QSignalSpy progress(w.runController(), &RunController::progress);
    QSignalSpy finished(w.runController(), &RunController::finished);
    QTest::mouseClick(button(w, "runButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 5, 120000);
    QTest::mouseClick(button(w, "pauseButton"), Qt::LeftButton);
    QVERIFY(w.runController()->isPaused());
    QCoreApplication::processEvents();  // deliver what the worker sent before the pause
    const int atPause = progress.count();
    QTest::qWait(2000);
    const int held = progress.count();
    QVERIFY2(held <= atPause + 1, qPrintable(QString("%1 progress events after pausing").arg(held - atPause)));
    const double fraction = progress.back().front().value<replaylab::Progress>().fraction;
    QTest::qWait(1500);
    QCOMPARE(progress.count(), held);
    QCOMPARE(progress.back().front().value<replaylab::Progress>().fraction, fraction);
    QVERIFY(w.runController()->isRunning());
    QTest::mouseClick(button(w, "pauseButton"), Qt::LeftButton);  // resume
    QVERIFY(!w.runController()->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(progress.count() > held + 2, 10000);
    QVERIFY(progress.back().front().value<replaylab::Progress>().fraction > fraction);
    QTest::mouseClick(button(w, "stopButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
    QCOMPARE(uitest::manifestStatus(dir), QString("stopped"));
}

void TestUiRun::badInputFailsWithAMessage() {
    const QString dir = uitest::freshRunDir("bad");
    MainWindow w(false);
    w.setPlanMeasurement(false);
    auto cfg = uitest::tinyConfig(dir, 1, 10);
    cfg.data.dataDir = (dir + "-no-such-data").toStdString();
    w.setConfig(cfg);
    QSignalSpy failed(w.runController(), &RunController::failed);
    QVERIFY(w.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    QVERIFY2(failed.front().front().toString().contains("no-such-data"), qPrintable(failed.front().front().toString()));
    QTRY_VERIFY(!w.runController()->isRunning());
    QVERIFY(!QFileInfo::exists(dir + "/metrics.csv"));  // bad input leaves no half run
    QVERIFY(w.findChild<QLabel*>("statusLabel")->text().contains("no-such-data"));
}




// With no folder chosen, a run goes to <runs folder>/<yyyyMMdd-HHmmss>-<preset>, the name
// replaylab::newRunFolder gives the CLI's runs; a second run in the same second gets "-2".
void TestUiRun::namesRunFoldersAsTheCliDoes() {
    QTemporaryDir runs;
    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.setRunsFolder(runs.path());
    auto cfg = uitest::tinyConfig(QString(), 1, 10);
    cfg.outputDir.clear();
    w.setConfig(cfg);
    QSignalSpy finished(w.runController(), &RunController::finished);
    QVERIFY(w.startRun());
    const QString first = w.runDirectory();
    const auto m = QRegularExpression("^" + QRegularExpression::escape(runs.path()) + "/\\d{8}-\\d{6}-([a-z]+)$").match(first);
    QVERIFY2(m.hasMatch(), qPrintable(first));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(QFileInfo::exists(first + "/summary.txt"));
    const auto again = QString::fromStdString(
        replaylab::newRunFolder(runs.path().toStdString(), m.captured(1).toStdString()).string());
    QVERIFY2(again == first + "-2" ||
                 (again != first && QRegularExpression("/\\d{8}-\\d{6}-" + m.captured(1) + "$").match(again).hasMatch()),
             qPrintable(again));
}

QTEST_MAIN(TestUiRun)
#include "tst_ui_run.moc"
