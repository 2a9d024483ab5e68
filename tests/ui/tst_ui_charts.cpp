// The result charts fed with synthetic events (no training): what each chart shows, that a
// burst of events costs one coalesced redraw, and PNG/CSV export.
#include <QComboBox>
#include <QtTest/QtTest>

#include "ExportDialog.h"
#include "ImaginationPanel.h"
#include "MetaTypes.h"
#include "ResultsPanel.h"
#include "Synthetic.h"
#include "plots/AccuracyChart.h"
#include "plots/ClassChart.h"
#include "plots/ImaginationCharts.h"
#include "plots/PolicyChart.h"
#include "plots/ShareChart.h"
#include "plots/SummaryChart.h"
#include "report/ResultTable.h"
#include "stats/Summary.h"

using namespace replaylab::ui;

class TestUiCharts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accuracyShowsMeanBandAndPointKinds();
    void burstOfEventsIsOneRedraw();
    void finalAccuracyBarsAreTheClosingTable();
    void perClassBarsCompareUniformAndChosen();
    void shareAndPolicyFromPolicySteps();
    void imaginationsShowMapsPcaAndFidelity();
    void exportPngHasChosenSizeOnWhite_data();
    void exportPngHasChosenSizeOnWhite();
    void exportAllWritesEveryChart();
    void exportDialogOffersPngSvgAndPdf();
};

namespace {

void feedAccuracy(ResultsPanel& p) {
    for (int set = 1; set <= 2; ++set)
        for (int day = 1; day <= 3; ++day) {
            p.addEvaluation(synth::evaluation(set, "none", 0, day, false));
            p.addEvaluation(synth::evaluation(set, "generative-pool4", 1, day, false));
            p.addEvaluation(synth::evaluation(set, "generative-pool4", 1, day, true));
        }
}

}  // namespace

void TestUiCharts::accuracyShowsMeanBandAndPointKinds() {
    ResultsPanel p;
    feedAccuracy(p);
    p.redraw();
    auto* chart = p.accuracyChart();
    QCOMPARE(chart->shownConditions().size(), 2);
    QCOMPARE(chart->meanPoints("none").size(), 3);
    QCOMPARE(chart->nightPoints("none").size(), 0);
    const auto mean = chart->meanPoints("generative-pool4");
    QCOMPARE(mean.size(), 6);
    QCOMPARE(chart->dayPoints("generative-pool4").size(), 3);
    QCOMPARE(chart->nightPoints("generative-pool4").size(), 3);
    const auto upper = chart->bandUpper("generative-pool4");
    const auto lower = chart->bandLower("generative-pool4");
    for (int i = 0; i < mean.size(); ++i) {
        const int day = i / 2 + 1;
        const bool night = i % 2 == 1;
        std::vector<double> xs = {synth::evaluation(1, "g", 1, day, night).accuracy,
                                  synth::evaluation(2, "g", 1, day, night).accuracy};
        const auto ms = replaylab::meanSem(xs);
        QCOMPARE(mean[i].x(), day + (night ? 0.5 : 0.0));
        QVERIFY(qAbs(mean[i].y() - 100.0 * ms.mean) < 1e-9);
        QVERIFY(qAbs(upper[i].y() - 100.0 * (ms.mean + ms.sem)) < 1e-9);
        QVERIFY(qAbs(lower[i].y() - 100.0 * (ms.mean - ms.sem)) < 1e-9);
    }
    // Validation split: a different set of rows (none here), so nothing to show.
    chart->setSplit("val");
    QCOMPARE(chart->meanPoints("none").size(), 0);
    // A new run clears the chart.
    p.clear();
    p.redraw();
    QCOMPARE(chart->shownConditions().size(), 0);
}

// Figure 1C: per condition, the last day (after its night when it has nights) and the best
// checkpoint by validation loss, mean ± SEM over runs: the closing table's numbers.
void TestUiCharts::finalAccuracyBarsAreTheClosingTable() {
    ResultsPanel p;
    feedAccuracy(p);
    for (int set = 1; set <= 2; ++set)
        for (const auto& [cond, index] : {std::pair<std::string, int>{"none", 0}, {"generative-pool4", 1}}) {
            auto best = synth::evaluation(set, cond, index + 5, 2, false);  // some day's checkpoint
            best.phase = replaylab::Phase::Best;
            p.addEvaluation(best);
        }
    p.redraw();
    QVERIFY(p.emptyMessage(ResultsPanel::SummaryTab).isEmpty());
    const SummaryChart* chart = p.summaryChart();
    QCOMPARE(chart->conditions(), (QStringList{"none", "generative-pool4"}));
    const auto finals = chart->finalBars();
    const auto bests = chart->bestBars();
    QCOMPARE(finals.size(), 2);
    for (int c = 0; c < 2; ++c) {
        const bool nights = c == 1;  // no replay has no nights: its last day counts
        std::vector<double> last, best;
        for (int set = 1; set <= 2; ++set) {
            last.push_back(synth::evaluation(set, "x", c, 3, nights).accuracy);
            best.push_back(synth::evaluation(set, "x", c + 5, 2, false).accuracy);
        }
        const auto l = replaylab::meanSem(last), b = replaylab::meanSem(best);
        QVERIFY(l.sem > 0);
        QVERIFY(qAbs(finals[c].mean - 100.0 * l.mean) < 1e-9);
        QVERIFY(qAbs(finals[c].sem - 100.0 * l.sem) < 1e-9);
        QCOMPARE(finals[c].n, 2);
        QVERIFY(qAbs(bests[c].mean - 100.0 * b.mean) < 1e-9);
        QVERIFY(qAbs(bests[c].sem - 100.0 * b.sem) < 1e-9);
    }
    const QStringList csv = chart->csv().trimmed().split('\n');
    QCOMPARE(csv.size(), 5);
    QCOMPARE(csv[0], QStringLiteral("condition,measure,mean,sem,n"));
    QVERIFY2(csv[3].startsWith("generative-pool4,final,"), qPrintable(csv[3]));
    // Exported as vector graphics too.
    QTemporaryDir dir;
    QString error;
    QVERIFY2(p.summaryChart()->exportImage(dir.filePath("f.svg"), "svg", QSize(600, 400), 96, &error), qPrintable(error));
    QVERIFY2(p.summaryChart()->exportImage(dir.filePath("f.pdf"), "pdf", QSize(600, 400), 96, &error), qPrintable(error));
    QVERIFY(!p.summaryChart()->exportImage(dir.filePath("f.gif"), "gif", QSize(600, 400), 96, &error));
    QVERIFY2(error.contains("gif"), qPrintable(error));
    QFile svg(dir.filePath("f.svg"));
    QVERIFY(svg.open(QIODevice::ReadOnly));
    QVERIFY(svg.readAll().contains("<svg"));
}

void TestUiCharts::burstOfEventsIsOneRedraw() {
    ResultsPanel p;
    QTest::qWait(60);
    const int before = p.redrawCount();
    for (int day = 1; day <= 100; ++day) p.addEvaluation(synth::evaluation(1, "none", 0, day, false));
    QCOMPARE(p.redrawCount(), before);  // nothing drawn inside the burst
    QTRY_COMPARE_WITH_TIMEOUT(p.redrawCount(), before + 1, 2000);
    QTest::qWait(100);
    QCOMPARE(p.redrawCount(), before + 1);
    QCOMPARE(p.accuracyChart()->meanPoints("none").size(), 100);
}

void TestUiCharts::perClassBarsCompareUniformAndChosen() {
    ResultsPanel p;
    for (int day = 1; day <= 2; ++day)
        for (bool night : {false, true}) {
            p.addEvaluation(synth::evaluation(1, "generative-pool4", 1, day, night));
            p.addEvaluation(synth::evaluation(1, "rl-pool4", 2, day, night));
        }
    p.redraw();
    auto* c = p.classChart();
    QCOMPARE(c->uniformCondition(), QString("generative-pool4"));
    QCOMPARE(c->chosenCondition(), QString("rl-pool4"));
    const auto u = c->uniformValues();
    const auto r = c->chosenValues();
    QCOMPARE(u.size(), 10);
    QCOMPARE(r.size(), 10);
    for (int k = 0; k < 10; ++k) {
        QVERIFY(qAbs(u[k] - 100.0 * synth::classAcc(1, 1, 2, true, k)) < 1e-9);
        QVERIFY(qAbs(r[k] - 100.0 * synth::classAcc(1, 2, 2, true, k)) < 1e-9);
    }
    QCOMPARE(c->csv().count('\n'), 1 + 20);
}

void TestUiCharts::shareAndPolicyFromPolicySteps() {
    ResultsPanel p;
    p.addEvaluation(synth::evaluation(1, "rl-pool4", 2, 1, false));
    for (int n = 1; n <= 2; ++n)
        for (const auto& s : synth::night(1, "rl-pool4", n, 40)) p.addPolicyStep(s);
    p.redraw();
    const auto pts = p.shareChart()->points();
    QCOMPARE(pts.size(), 10);
    QVERIFY(qAbs(pts[0].y() - 100.0 * 44.0 / 80.0) < 1e-9);
    QVERIFY(qAbs(pts[0].x() - 100.0 * synth::classAcc(1, 2, 1, false, 0)) < 1e-9);
    QCOMPARE(p.policyChart()->lineCount(), 10);
    QCOMPARE(p.policyChart()->linePoints(0).size(), 80);
    QVERIFY(p.policyChart()->csv().startsWith("class_set,condition,seed,night,step,class,reward,chi2,p_1"));
}

void TestUiCharts::imaginationsShowMapsPcaAndFidelity() {
    ResultsPanel p;
    p.addImagination(synth::imagination(1, "generative-pool4", 3));
    p.redraw();
    auto* im = p.imaginationPanel();
    QCOMPARE(im->realTiles(), 4);
    QCOMPARE(im->imaginedTiles(), 4);
    im->select(0, 2, 5);
    QCOMPARE(im->pcaChart()->realPoints().size(), 5);
    QCOMPARE(im->pcaChart()->imaginedPoints().size(), 5);
    QCOMPARE(im->pcaChart()->realPoints().front().x(), 2.0);
    const auto f = im->fidelityChart()->values();
    QCOMPARE(f.size(), 10);
    QCOMPARE(f[9], 10.0);
    QVERIFY(!im->mapsImage().isNull());
}

void TestUiCharts::exportPngHasChosenSizeOnWhite_data() {
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::newRow("screen") << QSize(800, 500) << 96;
    QTest::newRow("print") << QSize(1800, 1200) << 300;
}

void TestUiCharts::exportPngHasChosenSizeOnWhite() {
    QFETCH(QSize, size);
    QFETCH(int, dpi);
    ResultsPanel p;
    p.resize(900, 600);
    feedAccuracy(p);
    p.redraw();
    QTemporaryDir dir;
    const QString file = dir.filePath("accuracy.png");
    QString error;
    QVERIFY2(p.accuracyChart()->exportPng(file, size, dpi, &error), qPrintable(error));
    QImage img(file);
    QVERIFY(!img.isNull());
    QCOMPARE(img.size(), size);
    QCOMPARE(img.pixelColor(2, 2), QColor(Qt::white));
    QVERIFY(qAbs(img.dotsPerMeterX() - dpi / 0.0254) < 2);
    // Something was drawn: not all white.
    int dark = 0;
    for (int y = 0; y < img.height(); y += 4)
        for (int x = 0; x < img.width(); x += 4) dark += qGray(img.pixel(x, y)) < 128 ? 1 : 0;
    QVERIFY(dark > 50);
}

void TestUiCharts::exportAllWritesEveryChart() {
    ResultsPanel p;
    feedAccuracy(p);
    p.addImagination(synth::imagination(1, "generative-pool4", 3));
    QTemporaryDir dir;
    QStringList errors;
    const QStringList files = p.exportAll(dir.filePath("figures"), QSize(640, 400), 96, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join("; ")));
    QCOMPARE(files.size(), 2 * p.charts().size() + 1);
    for (const QString& f : files) QVERIFY2(QFileInfo(f).size() > 0, qPrintable(f));
    QVERIFY(QFileInfo::exists(dir.filePath("figures/accuracy.png")));
    QVERIFY(QFileInfo::exists(dir.filePath("figures/accuracy.csv")));
}

// The app's Export image… asks the format as well as size and resolution; Export all writes
// every chart in the chosen one.
void TestUiCharts::exportDialogOffersPngSvgAndPdf() {
    ExportDialog dialog(QSize(800, 500), 120, "svg");
    QCOMPARE(dialog.format(), QStringLiteral("svg"));
    auto* box = dialog.findChild<QComboBox*>("formatBox");
    QVERIFY(box);
    QStringList formats;
    for (int i = 0; i < box->count(); ++i) formats << box->itemData(i).toString();
    QCOMPARE(formats, ChartPanel::imageFormats());
    box->setCurrentIndex(box->findData("pdf"));
    QCOMPARE(dialog.format(), QStringLiteral("pdf"));
    QCOMPARE(dialog.imageSize(), QSize(800, 500));
    QCOMPARE(dialog.dpi(), 120);
    QCOMPARE(ExportDialog(QSize(800, 500), 120, "tiff").format(), QStringLiteral("png"));  // unknown: the first

    ResultsPanel p;
    feedAccuracy(p);
    QTemporaryDir dir;
    QStringList errors;
    const QStringList files = p.exportAll(dir.filePath("figures"), QSize(640, 400), 96, &errors, "pdf");
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join("; ")));
    QFile pdf(dir.filePath("figures/accuracy.pdf"));
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(4) == "%PDF");
    QVERIFY(!QFileInfo::exists(dir.filePath("figures/accuracy.png")));
    QVERIFY(files.contains(dir.filePath("figures/final-accuracy.pdf")));
}

QTEST_MAIN(TestUiCharts)
#include "tst_ui_charts.moc"
