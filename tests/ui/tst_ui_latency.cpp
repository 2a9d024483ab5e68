// How late the UI thread's event loop runs while an experiment trains: a 10 ms timer measures
// its own lateness during a run. Prints p50/p99; asserts nothing about the time (machines
// differ), only that the measurement happened during a run that drew points.
#include <algorithm>

#include <QtTest/QtTest>
#include <QtWidgets>

#include "MainWindow.h"
#include "ResultsPanel.h"
#include "RunController.h"
#include "TestData.h"
#include "UiRunHelpers.h"
#include "plots/AccuracyChart.h"

using namespace replaylab::ui;

class TestUiLatency : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void eventLoopLatencyDuringARun();
};

void TestUiLatency::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReplayLabTests"));
    REQUIRE_QUICKDRAW();
}

void TestUiLatency::eventLoopLatencyDuringARun() {
    const QString dir = uitest::freshRunDir("latency");
    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.show();
    w.setConfig(uitest::tinyConfig(dir, 8, 70));
    QSignalSpy finished(w.runController(), &RunController::finished);
    QSignalSpy progress(w.runController(), &RunController::progress);

    constexpr qint64 kPeriodUs = 10000;  // the probe's period: 10 ms
    std::vector<double> lateMs;
    QElapsedTimer clock;
    qint64 last = -1;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(static_cast<int>(kPeriodUs / 1000));
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed() / 1000;
        if (last >= 0 && w.runController()->isRunning() && progress.count() > 0)
            lateMs.push_back(std::max<qint64>(0, now - last - kPeriodUs) / 1000.0);
        last = now;
    });
    clock.start();
    probe.start();
    QVERIFY(w.startRun());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
    probe.stop();

    QVERIFY(lateMs.size() > 20);
    QCOMPARE(w.resultsPanel()->accuracyChart()->meanPoints("none").size(), 8);
    std::sort(lateMs.begin(), lateMs.end());
    auto pct = [&](double q) { return lateMs[static_cast<std::size_t>(q * (lateMs.size() - 1))]; };
    qInfo("UI event-loop lateness during a run (%zu ticks of a 10 ms timer, %d progress events, %d redraws): "
          "p50 %.2f ms, p99 %.2f ms, max %.2f ms",
          lateMs.size(), static_cast<int>(progress.count()), w.resultsPanel()->redrawCount(), pct(0.5), pct(0.99),
          lateMs.back());
}

QTEST_MAIN(TestUiLatency)
#include "tst_ui_latency.moc"
