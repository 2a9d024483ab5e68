// What a class sees: the difference chart's points are the paired differences of metrics.csv,
// empty tabs say why and what fills them, presentation mode scales every chart, no class name
// under a bar is cut, and the guide speaks the paper's words in both languages.
#include <cmath>
#include <map>

#include <QtTest/QtTest>
#include <QtWidgets>

#include "GuideDialog.h"
#include "ImaginationPanel.h"
#include "Language.h"
#include "MainWindow.h"
#include "ResultsPanel.h"
#include "Synthetic.h"
#include "itemmodels/ClassSets.h"
#include "plots/AccuracyChart.h"
#include "plots/ClassChart.h"
#include "plots/DifferenceChart.h"
#include "plots/ImaginationCharts.h"

using namespace replaylab::ui;

class TestUiClassroom : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void differenceChartShowsPairedDifferencesOfMetricsCsv();
    void emptyTabsSayWhyAndWhatFillsThem();
    void presentationModeScalesChartsAndIsRemembered();
    void noClassNameUnderABarIsCut_data();
    void noClassNameUnderABarIsCut();
    void guideExplainsThePapersWordsInBothLanguages();
};

void TestUiClassroom::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ReplayLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_classroom"));
}

namespace {

// Hand-made test accuracies (class "all") of one run at one day and phase.
struct Cell {
    const char* set;
    int seed;
    const char* condition;
    int day;
    const char* phase;
    double accuracy;
};

// Three class sets (set 1 twice, seeds 1 and 2), two days. generative-pool5 has nights, so it
// is compared after the night; generative-pool2 has only days (compared after the day); set 3
// of generative-pool2 lacks day 2, and "set 9" has no baseline run: neither pairs there.
const Cell kCells[] = {
    {"set 1", 1, "none", 1, "day", 0.20},  {"set 1", 1, "none", 2, "day", 0.30},
    {"set 1", 2, "none", 1, "day", 0.22},  {"set 1", 2, "none", 2, "day", 0.35},
    {"set 2", 1, "none", 1, "day", 0.18},  {"set 2", 1, "none", 2, "day", 0.27},
    {"set 3", 1, "none", 1, "day", 0.25},  {"set 3", 1, "none", 2, "day", 0.31},
    // generative-pool5: the day rows must be ignored in favour of the nights.
    {"set 1", 1, "generative-pool5", 1, "day", 0.20},   {"set 1", 1, "generative-pool5", 1, "night", 0.26},
    {"set 1", 1, "generative-pool5", 2, "day", 0.33},   {"set 1", 1, "generative-pool5", 2, "night", 0.41},
    {"set 1", 2, "generative-pool5", 1, "day", 0.22},   {"set 1", 2, "generative-pool5", 1, "night", 0.25},
    {"set 1", 2, "generative-pool5", 2, "day", 0.36},   {"set 1", 2, "generative-pool5", 2, "night", 0.40},
    {"set 2", 1, "generative-pool5", 1, "day", 0.18},   {"set 2", 1, "generative-pool5", 1, "night", 0.17},
    {"set 2", 1, "generative-pool5", 2, "day", 0.28},   {"set 2", 1, "generative-pool5", 2, "night", 0.36},
    {"set 3", 1, "generative-pool5", 1, "day", 0.25},   {"set 3", 1, "generative-pool5", 1, "night", 0.29},
    {"set 3", 1, "generative-pool5", 2, "day", 0.30},   {"set 3", 1, "generative-pool5", 2, "night", 0.30},
    {"set 9", 1, "generative-pool5", 1, "night", 0.90}, {"set 9", 1, "generative-pool5", 2, "night", 0.95},
    {"set 1", 1, "generative-pool2", 1, "day", 0.19},   {"set 1", 1, "generative-pool2", 2, "day", 0.32},
    {"set 1", 2, "generative-pool2", 1, "day", 0.23},   {"set 1", 2, "generative-pool2", 2, "day", 0.34},
    {"set 2", 1, "generative-pool2", 1, "day", 0.20},   {"set 2", 1, "generative-pool2", 2, "day", 0.30},
    {"set 3", 1, "generative-pool2", 1, "day", 0.24},
};

QString writeMetrics(const QString& dir) {
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath("metrics.csv"));
    if (!f.open(QIODevice::WriteOnly)) return QString();
    QTextStream out(&f);
    out << "class_set,condition,seed,day,phase,split,class,accuracy,loss\n";
    for (const Cell& c : kCells) {
        out << c.set << ',' << c.condition << ',' << c.seed << ',' << c.day << ',' << c.phase << ",test,all,"
            << QString::number(c.accuracy, 'g', 17) << ",1\n";
        // Validation rows that must not leak into the test-split chart.
        out << c.set << ',' << c.condition << ',' << c.seed << ',' << c.day << ',' << c.phase << ",val,all,0.5,1\n";
    }
    return f.fileName();
}

// mean and the half-width of the 95 % paired t interval, t(0.975, n-1) * sd / sqrt(n), of
// condition minus none over runs that have both. The t quantiles are the standard table's
// (e.g. scipy.stats.t.ppf(0.975, df)): df 1: 12.7062047362, 2: 4.30265272975, 3: 3.18244630528.
double t975(int df) {
    switch (df) {
        case 1: return 12.706204736174698;
        case 2: return 4.302652729911275;
        case 3: return 3.182446305284263;
    }
    return std::nan("");
}
struct Expected {
    double mean = 0, half = 0;
    int n = 0;
};

Expected expected(const QString& condition, const QString& phase, int day) {
    std::map<QString, double> base, cond;
    for (const Cell& c : kCells) {
        const QString key = QString("%1/%2").arg(c.set).arg(c.seed);
        if (c.day != day) continue;
        if (QString(c.condition) == "none") base[key] = c.accuracy;
        else if (QString(c.condition) == condition && QString(c.phase) == phase) cond[key] = c.accuracy;
    }
    QVector<double> d;
    for (const auto& [key, v] : cond)
        if (base.count(key)) d.push_back(100.0 * (v - base[key]));
    Expected e;
    e.n = d.size();
    for (double x : d) e.mean += x / d.size();
    double ss = 0;
    for (double x : d) ss += (x - e.mean) * (x - e.mean);
    e.half = t975(int(d.size()) - 1) * std::sqrt(ss / (d.size() - 1)) / std::sqrt(double(d.size()));
    return e;
}

}  // namespace

void TestUiClassroom::differenceChartShowsPairedDifferencesOfMetricsCsv() {
    QTemporaryDir tmp;
    const QString dir = tmp.filePath("run");
    QVERIFY(!writeMetrics(dir).isEmpty());
    ResultsPanel p;
    p.loadRunDirectory(dir);
    auto* chart = p.differenceChart();
    QCOMPARE(chart->shownConditions(), (QStringList{"generative-pool2", "generative-pool5"}));
    QVERIFY(p.emptyMessage(ResultsPanel::DifferenceTab).isEmpty());
    struct Case {
        QString condition, phase;
        int days;
    };
    for (const Case& k : {Case{"generative-pool5", "night", 2}, Case{"generative-pool2", "day", 2}}) {
        const auto mean = chart->meanPoints(k.condition);
        const auto low = chart->bandLower(k.condition);
        const auto high = chart->bandUpper(k.condition);
        QCOMPARE(mean.size(), k.days);
        for (int i = 0; i < k.days; ++i) {
            const Expected e = expected(k.condition, k.phase, i + 1);
            QCOMPARE(mean[i].x(), double(i + 1));
            QVERIFY2(std::abs(mean[i].y() - e.mean) < 1e-9,
                     qPrintable(QString("%1 day %2: %3 vs %4").arg(k.condition).arg(i + 1).arg(mean[i].y()).arg(e.mean)));
            QVERIFY(std::abs(low[i].y() - (e.mean - e.half)) < 1e-7);
            QVERIFY(std::abs(high[i].y() - (e.mean + e.half)) < 1e-7);
            // The y axis holds every interval and zero; the zero line spans the days.
            QVERIFY(chart->yMin() <= std::min(0.0, low[i].y()));
            QVERIFY(chart->yMax() >= std::max(0.0, high[i].y()));
        }
    }
    QCOMPARE(expected("generative-pool5", "night", 1).n, 4);  // set 9 has no pair
    QCOMPARE(expected("generative-pool2", "day", 2).n, 3);    // set 3 lacks day 2
    const auto zero = chart->zeroLine();
    QCOMPARE(zero.size(), 2);
    QCOMPARE(zero[0].y(), 0.0);
    QCOMPARE(zero[1].y(), 0.0);
    QVERIFY(zero[0].x() < 1 && zero[1].x() > 2);
    // The axis is scaled to the data, not 0-100: it spans the intervals and zero, and round
    // tick numbers widen it to at most twice that.
    double lo = 0, hi = 0;
    for (const QString c : {"generative-pool5", "generative-pool2"})
        for (const auto& p : chart->bandLower(c)) lo = std::min(lo, p.y());
    for (const QString c : {"generative-pool5", "generative-pool2"})
        for (const auto& p : chart->bandUpper(c)) hi = std::max(hi, p.y());
    QVERIFY2(chart->yMax() - chart->yMin() <= 2.0 * (hi - lo),
             qPrintable(QString("axis %1 .. %2 for data %3 .. %4").arg(chart->yMin()).arg(chart->yMax()).arg(lo).arg(hi)));

    // The CSV names the point compared and holds the same numbers.
    const QStringList lines = chart->csv().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.front(), QString("condition,baseline,split,day,phase,mean,low,high,sem,n,wins"));
    QCOMPARE(lines.size(), 1 + 4);
    // Conditions in the order metrics.csv first names them: generative-pool5, then -pool2.
    QVERIFY(lines[1].startsWith("generative-pool5,none,test,1,night,"));
    const QStringList first = lines[3].split(',');  // generative-pool2 day 1
    QCOMPARE(first[0], QString("generative-pool2"));
    QCOMPARE(first[4], QString("day"));
    QVERIFY(std::abs(first[5].toDouble() - expected("generative-pool2", "day", 1).mean) < 1e-6);
    QCOMPARE(first[9], QString("4"));

    // Export all writes it beside the other charts.
    QStringList errors;
    const QStringList files = p.exportAll(tmp.filePath("figures"), QSize(800, 500), 96, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join("; ")));
    QVERIFY(files.contains(tmp.filePath("figures/difference.png")));
    QVERIFY(files.contains(tmp.filePath("figures/difference.csv")));
    QVERIFY(QImage(tmp.filePath("figures/difference.png")).size() == QSize(800, 500));
}

void TestUiClassroom::emptyTabsSayWhyAndWhatFillsThem() {
    ResultsPanel p;
    p.redraw();
    QVERIFY(p.emptyMessage(ResultsPanel::AccuracyTab).contains("press Run", Qt::CaseInsensitive));
    QVERIFY(p.emptyMessage(ResultsPanel::DifferenceTab).contains("press Run", Qt::CaseInsensitive));
    QVERIFY(p.emptyMessage(ResultsPanel::ClassTab).contains("add a condition with RL-chosen replay"));
    QVERIFY(p.emptyMessage(ResultsPanel::PolicyTab).contains("add a condition with RL-chosen replay"));
    QVERIFY(p.emptyMessage(ResultsPanel::ImaginationTab)
                .contains("replay generatively (generative, continuous or RL-chosen"));
    // The message is what the tab shows: a visible label in place of the chart.
    p.resize(900, 600);
    p.show();
    for (int tab : {int(ResultsPanel::AccuracyTab), int(ResultsPanel::PolicyTab)}) {
        p.setCurrentIndex(tab);
        QLabel* shown = nullptr;
        for (QLabel* l : p.widget(tab)->findChildren<QLabel*>("emptyMessage"))
            if (l->isVisible()) shown = l;
        QVERIFY2(shown, qPrintable(QString("tab %1").arg(tab)));
        QVERIFY(!shown->text().isEmpty());
    }

    // A run is going: the tabs wait for it rather than ask for a run.
    p.setRunState(true, {"none", "generative-pool5"});
    QVERIFY(p.emptyMessage(ResultsPanel::AccuracyTab).contains("day 1"));
    QVERIFY(p.emptyMessage(ResultsPanel::ImaginationTab).contains("after the first night of generative"));
    p.setRunState(true, {"none"});
    QVERIFY(p.emptyMessage(ResultsPanel::ImaginationTab).contains("replay generatively"));
    QVERIFY(p.emptyMessage(ResultsPanel::ClassTab).contains("add a condition with RL-chosen replay"));

    // Only no replay: nothing to take the difference of, and it says what to add.
    for (int set = 1; set <= 2; ++set) p.addEvaluation(synth::evaluation(set, "none", 0, 1, false));
    p.setRunState(false, {});
    p.redraw();
    QVERIFY(p.emptyMessage(ResultsPanel::AccuracyTab).isEmpty());
    QVERIFY(p.emptyMessage(ResultsPanel::DifferenceTab).contains("add a condition with replay"));
    // Replay without a baseline: the difference asks for no replay.
    p.clear();
    p.addEvaluation(synth::evaluation(1, "generative-pool4", 1, 1, true));
    p.redraw();
    QVERIFY(p.emptyMessage(ResultsPanel::DifferenceTab).contains("No replay"));
    // With RL-chosen replay, imaginations and a baseline, every tab shows results.
    p.clear();
    for (int set = 1; set <= 2; ++set) {
        p.addEvaluation(synth::evaluation(set, "none", 0, 1, false));
        p.addEvaluation(synth::evaluation(set, "generative-pool4", 1, 1, true));
        p.addEvaluation(synth::evaluation(set, "rl-pool4", 2, 1, true));
        for (const auto& s : synth::night(set, "rl-pool4", 1, 20)) p.addPolicyStep(s);
    }
    p.addImagination(synth::imagination(1, "rl-pool4", 1));
    p.redraw();
    for (auto tab : {ResultsPanel::AccuracyTab, ResultsPanel::DifferenceTab, ResultsPanel::ClassTab,
                     ResultsPanel::PolicyTab, ResultsPanel::ImaginationTab})
        QVERIFY2(p.emptyMessage(tab).isEmpty(), qPrintable(p.emptyMessage(tab)));
}

void TestUiClassroom::presentationModeScalesChartsAndIsRemembered() {
    QSettings().clear();
    {
        MainWindow w(true);
        w.setPlanMeasurement(false);
        auto* p = w.resultsPanel();
        for (int set = 1; set <= 2; ++set) {
            p->addEvaluation(synth::evaluation(set, "none", 0, 1, false));
            p->addEvaluation(synth::evaluation(set, "generative-pool4", 1, 1, true));
        }
        p->redraw();
        QList<QFont> titles, labels, axisTitles;
        for (ChartPanel* c : p->charts()) {
            titles << c->titleFont();
            labels << c->axisLabelsFonts();
            axisTitles << c->axisTitleFonts();
        }
        const double appFont = w.font().pointSizeF();
        auto* act = w.findChild<QAction*>("presentationAction");
        QVERIFY(act && act->isCheckable());
        QCOMPARE(act->shortcut(), QKeySequence(Qt::Key_F11));
        act->trigger();
        QVERIFY(w.presentationMode());
        QVERIFY(w.windowState() & Qt::WindowFullScreen);
        QVERIFY(w.findChild<QDockWidget*>("setupDock")->isHidden());  // the results take the screen
        QVERIFY(std::abs(w.font().pointSizeF() - 1.6 * appFont) < 0.01);
        QList<QFont> titles2, labels2, axisTitles2;
        for (ChartPanel* c : p->charts()) {
            titles2 << c->titleFont();
            labels2 << c->axisLabelsFonts();
            axisTitles2 << c->axisTitleFonts();
        }
        QCOMPARE(titles2.size(), titles.size());
        QCOMPARE(labels2.size(), labels.size());
        QVERIFY(labels.size() >= 2 * p->charts().size());
        for (int i = 0; i < titles.size(); ++i)
            QVERIFY(std::abs(titles2[i].pointSizeF() - 1.6 * titles[i].pointSizeF()) < 0.01);
        for (int i = 0; i < labels.size(); ++i) {
            QVERIFY(std::abs(labels2[i].pointSizeF() - 1.6 * labels[i].pointSizeF()) < 0.01);
            QVERIFY(std::abs(axisTitles2[i].pointSizeF() - 1.6 * axisTitles[i].pointSizeF()) < 0.01);
        }
        QCOMPARE(p->imaginationPanel()->tileSize() > 100, true);
        w.close();
    }
    {
        MainWindow again(true);  // remembered
        again.setPlanMeasurement(false);
        QVERIFY(again.presentationMode());
        QVERIFY(again.findChild<QAction*>("presentationAction")->isChecked());
        QCOMPARE(again.resultsPanel()->accuracyChart()->scale(), ResultsPanel::kPresentationScale);
        again.findChild<QAction*>("presentationAction")->trigger();  // and back
        QVERIFY(!again.presentationMode());
        QVERIFY(!(again.windowState() & Qt::WindowFullScreen));
        QVERIFY(!again.findChild<QDockWidget*>("setupDock")->isHidden());
        QCOMPARE(again.resultsPanel()->accuracyChart()->scale(), 1.0);
        again.close();
    }
    MainWindow third(true);
    QVERIFY(!third.presentationMode());
    QSettings().clear();
}

namespace {

// The texts a chart draws now (axis labels among them), read from its scene.
QStringList drawnTexts(QWidget* chart) {
    QStringList out;
    auto* view = chart->findChild<QGraphicsView*>("chartView");
    if (!view) return out;
    for (QGraphicsItem* item : view->scene()->items())
        if (auto* t = dynamic_cast<QGraphicsTextItem*>(item); t && t->isVisible())
            out << t->toPlainText().simplified();  // a long name may be on two lines
    return out;
}

}  // namespace

void TestUiClassroom::noClassNameUnderABarIsCut_data() {
    QTest::addColumn<bool>("presentation");
    QTest::newRow("default window") << false;
    QTest::newRow("presentation mode, results on a 1600 x 1000 screen") << true;
}

void TestUiClassroom::noClassNameUnderABarIsCut() {
    QFETCH(bool, presentation);
    const auto sets = readClassSets(classSetsFile(replaylab::DataConfig{}));
    QVERIFY(sets.size() >= 10);
    MainWindow w(false);
    w.setPlanMeasurement(false);
    ResultsPanel full;  // presentation mode gives the results the screen (the set-up steps aside)
    full.resize(1600, 860);
    full.setPresentation(true);
    ResultsPanel* p = presentation ? &full : w.resultsPanel();
    QWidget* shown = presentation ? static_cast<QWidget*>(&full) : &w;
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    if (!presentation) QCOMPARE(w.size(), QSize(1400, 900));  // the default window size
    for (const auto& set : sets) {
        QCOMPARE(set.classes.size(), 10);
        std::vector<std::string> names;
        for (const QString& c : set.labels) names.push_back(c.toStdString());
        p->clear();
        for (const char* cond : {"generative-pool4", "rl-pool4"}) {
            auto e = synth::evaluation(1, cond, 1, 1, true);
            e.classSet = set.name.toStdString();
            e.classNames = names;
            p->addEvaluation(e);
        }
        auto im = synth::imagination(1, "rl-pool4", 1);
        im.classSet = set.name.toStdString();
        im.classNames = names;
        p->addImagination(im);
        p->redraw();
        struct Where {
            int tab;
            QWidget* chart;
        };
        for (const Where& where : {Where{ResultsPanel::ClassTab, p->classChart()},
                                   Where{ResultsPanel::ImaginationTab, p->imaginationPanel()->fidelityChart()}}) {
            p->setCurrentIndex(where.tab);
            QCoreApplication::processEvents();
            QTest::qWait(20);
            const QStringList texts = drawnTexts(where.chart);
            for (const QString& t : texts)
                QVERIFY2(!t.contains("...") && !t.contains(QChar(0x2026)),
                         qPrintable(QString("%1 in %2: \"%3\"").arg(set.name, where.chart->objectName(), t)));
            for (const QString& name : set.labels)
                QVERIFY2(texts.contains(name),
                         qPrintable(QString("%1 in %2: no label \"%3\"").arg(set.name, where.chart->objectName(), name)));
        }
    }
}

void TestUiClassroom::guideExplainsThePapersWordsInBothLanguages() {
    MainWindow w(false);
    w.setPlanMeasurement(false);
    auto* act = w.findChild<QAction*>("guideAction");
    QVERIFY(act);
    QVERIFY(w.language()->setLanguage("en"));
    const QString en = GuideDialog::html();
    for (const char* word : {"A day", "A night", "A replay point", "An imagination", "What to try first", "demo"})
        QVERIFY2(en.contains(word), word);
    // Opened from Help ▸ Guide as a dialog with the rich text.
    QString shown;
    QTimer::singleShot(0, [&shown] {
        auto* d = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (!d) return;
        if (auto* text = d->findChild<QTextBrowser*>("guideText")) shown = text->toPlainText();
        d->reject();
    });
    act->trigger();
    QVERIFY(shown.contains("A replay point"));
    QVERIFY(w.language()->setLanguage("de"));
    const QString de = GuideDialog::html();
    QVERIFY(de != en);
    QVERIFY2(de.contains("Nacht") && de.contains("Replay-Punkt"), qPrintable(de.left(400)));
    QVERIFY(w.language()->setLanguage("en"));
}

QTEST_MAIN(TestUiClassroom)
#include "tst_ui_classroom.moc"
