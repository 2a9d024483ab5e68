// The Explore tab: a sweep of training images per class {20, 70} on 2 class sets x 3 days run
// from the panel; the chart shows, per value, the effect and interval that sweep.csv holds,
// for both measures; a second window that opens the folder shows the same points; an
// impossible value is refused with the setting's own message before anything runs.
#include <QtTest/QtTest>
#include <QtWidgets>

#include "ExplorePanel.h"
#include "Labels.h"
#include "MainWindow.h"
#include "ResultsPanel.h"
#include "TestData.h"
#include "UiRunHelpers.h"
#include "plots/SweepChart.h"
#include "util/Csv.h"

using namespace replaylab::ui;

namespace {

struct Row {
    double value, effect, low, high;
};

/// sweep.csv's rows of one measure: value, effect, ci_low, ci_high (percentage points).
QVector<Row> sweepRows(const QString& folder, const std::string& measure) {
    QVector<Row> rows;
    const auto records = replaylab::readCsvFile(QDir(folder).filePath("sweep.csv").toStdString());
    for (std::size_t i = 1; i < records.size(); ++i) {
        const auto& f = records[i].fields;  // point,value,condition,measure,runs,replay,none,effect,sem,lo,hi,...
        if (f[3] != measure) continue;
        double v = 0, e = 0, lo = 0, hi = 0;
        replaylab::parseDouble(f[1], v);
        replaylab::parseDouble(f[7], e);
        replaylab::parseDouble(f[9], lo);
        replaylab::parseDouble(f[10], hi);
        rows.push_back({v, 100 * e, 100 * lo, 100 * hi});
    }
    return rows;
}

void compareChart(SweepChart* chart, const QVector<Row>& rows) {
    const QString curve = Labels::condition(QStringLiteral("generative-pool5"));
    QCOMPARE(chart->curveNames(), QStringList{curve});
    const auto mean = chart->meanPoints(curve), lo = chart->bandLower(curve), hi = chart->bandUpper(curve);
    QCOMPARE(mean.size(), rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        QCOMPARE(mean[i].x(), rows[i].value);
        QVERIFY(std::abs(mean[i].y() - rows[i].effect) < 1e-4);  // sweep.csv keeps 6 decimals of a fraction
        QVERIFY(std::abs(lo[i].y() - rows[i].low) < 1e-4);  // sweep.csv keeps 6 decimals of a fraction
        QVERIFY(std::abs(hi[i].y() - rows[i].high) < 1e-4);  // sweep.csv keeps 6 decimals of a fraction
        QVERIFY(chart->yMin() <= rows[i].low && chart->yMax() >= rows[i].high);  // the interval fits the axis
    }
}

}  // namespace

class TestUiExplore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { REQUIRE_QUICKDRAW(); }

    void impossibleValueIsRefused() {
        MainWindow w(false);
        w.setPlanMeasurement(false);
        ExplorePanel* explore = w.resultsPanel()->explorePanel();
        explore->setSweepFields(QStringLiteral("data.train_per_class"), QStringLiteral("0, 20"));
        QSignalSpy running(explore, &ExplorePanel::runningChanged);
        QVERIFY(!explore->startSweep());
        QCOMPARE(explore->message(), QString("data.train_per_class=0: data.train_per_class must be at least 1 (got 0)"));
        QCOMPARE(running.count(), 0);
        explore->setSweepFields(QStringLiteral("train.days"), QStringLiteral("2, 2"));
        QVERIFY(!explore->startSweep());
        QCOMPARE(explore->message(), QString("Sweep train.days: the value 2 is given twice"));
    }

    void sweepFillsTheChartAndReopens() {
        const QString runs = uitest::freshRunDir("explore");
        MainWindow w(false);
        w.setPlanMeasurement(false);
        w.setRunsFolder(runs);
        w.show();
        auto cfg = uitest::tinyConfig(QString(), 3, 20);
        cfg.outputDir.clear();
        cfg.data.classSets = {1, 2};
        cfg.replay.conditions = {replaylab::conditionFromString("generative-pool5")};  // "none" is added
        w.setConfig(cfg);
        ExplorePanel* explore = w.resultsPanel()->explorePanel();
        w.resultsPanel()->setCurrentWidget(explore);
        explore->setSweepFields(QStringLiteral("data.train_per_class"), QStringLiteral("20, 70"));
        QSignalSpy finished(explore, &ExplorePanel::finished);
        QTest::mouseClick(explore->findChild<QPushButton*>("sweepRun"), Qt::LeftButton);
        QVERIFY(explore->isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        const auto summary = finished.front().front().value<replaylab::RunSummary>();
        QVERIFY2(summary.status == replaylab::RunStatus::Completed, summary.message.c_str());
        const QString folder = explore->folder();
        QVERIFY(folder.startsWith(runs));
        QVERIFY(explore->message().startsWith("Sweep finished"));

        SweepChart* chart = explore->chart();
        QCOMPARE(chart->xLabels(), (QStringList{"20", "70"}));
        QCOMPARE(chart->measure(), QString("mean_over_days"));
        compareChart(chart, sweepRows(folder, "mean_over_days"));
        chart->setMeasure(QStringLiteral("last_day"));
        compareChart(chart, sweepRows(folder, "last_day"));
        // The chart's CSV is sweep.csv.
        QFile f(QDir(folder).filePath("sweep.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(chart->csv().toUtf8(), f.readAll());

        // Reopened in another window: the same points, the fields and Set-up from the folder.
        MainWindow w2(false);
        w2.setPlanMeasurement(false);
        QVERIFY(w2.openRunDirectory(folder));
        ExplorePanel* again = w2.resultsPanel()->explorePanel();
        QCOMPARE(w2.resultsPanel()->currentWidget(), static_cast<QWidget*>(again));
        QVERIFY2(again->message().contains("2 of 2 values finished"), qPrintable(again->message()));
        QVERIFY(!again->findChild<QPushButton*>("sweepResume")->isEnabled());
        compareChart(again->chart(), sweepRows(folder, "mean_over_days"));
        QCOMPARE(again->findChild<QLineEdit*>("sweepValues")->text(), QString("20, 70"));
        QCOMPARE(again->findChild<QComboBox*>("sweepKey")->currentData().toString(), QString("data.train_per_class"));
        // The chart exports as an image.
        const QString png = QDir(runs).filePath("sweep.png");
        QVERIFY(again->chart()->exportPng(png, QSize(800, 500), 96));
        QCOMPARE(QImage(png).size(), QSize(800, 500));
    }
};

QTEST_MAIN(TestUiExplore)
#include "tst_ui_explore.moc"
