// The GUI's data models, without widgets: mean ± SEM curves, per-class values, the RL policy
// (curves, counts, shares, rl.csv round trip) and imagination maps.
#include <QtTest/QtTest>

#include "Synthetic.h"
#include "itemmodels/ImaginationModel.h"
#include "itemmodels/PolicyModel.h"
#include "itemmodels/ResultsModel.h"
#include "stats/Summary.h"

using namespace replaylab::ui;

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void curveIsMeanAndSemOverClassSets();
    void curveOrdersDaysAndNights();
    void curvesCsvHoldsTheCurve();
    void finalClassAccuracyUsesLastNight();
    void policyCurvesCountsAndShares();
    void rlCsvRoundTrip();
    void rlCsvRejectsMalformedRows();
    void channelImageCopiesOnePlane();
};

void TestUiModels::curveIsMeanAndSemOverClassSets() {
    ResultsModel m;
    for (int set = 1; set <= 3; ++set)
        for (int day = 1; day <= 2; ++day) m.add(synth::evaluation(set, "none", 0, day, false));
    const auto c = m.curve("none");
    QCOMPARE(c.size(), 2);
    for (const auto& p : c) {
        std::vector<double> xs;
        for (int set = 1; set <= 3; ++set) xs.push_back(synth::evaluation(set, "none", 0, p.day, false).accuracy);
        const auto want = replaylab::meanSem(xs);
        QCOMPARE(p.n, 3);
        QVERIFY(qAbs(p.mean - want.mean) < 1e-12);
        QVERIFY(qAbs(p.sem - want.sem) < 1e-12);
        QVERIFY(p.sem > 0);
    }
    QCOMPARE(m.conditions(), QStringList{"none"});
    QCOMPARE(m.classSets().size(), 3);
    QCOMPARE(m.classNames("set 2").size(), 10);
    QCOMPARE(m.classNames("set 2").front(), QString("s2c0"));
}

void TestUiModels::curveOrdersDaysAndNights() {
    ResultsModel m;
    for (int day = 1; day <= 3; ++day) {
        m.add(synth::evaluation(1, "generative-pool4", 1, day, false));
        m.add(synth::evaluation(1, "generative-pool4", 1, day, true));
        m.add(synth::evaluation(1, "generative-pool4", 1, day, false, "val"));
    }
    const auto c = m.curve("generative-pool4");
    QCOMPARE(c.size(), 6);
    for (int i = 0; i < c.size(); ++i) {
        QCOMPARE(c[i].day, i / 2 + 1);
        QCOMPARE(c[i].phase, QString(i % 2 ? "night" : "day"));
        QCOMPARE(c[i].x, (i / 2 + 1) + (i % 2 ? 0.5 : 0.0));
        QCOMPARE(c[i].n, 1);
        QCOMPARE(c[i].sem, 0.0);
    }
    QVERIFY(m.hasNights("generative-pool4"));
    QCOMPARE(m.curve("generative-pool4", "val").size(), 3);
    QCOMPARE(m.lastDay(), 3);
}

void TestUiModels::curvesCsvHoldsTheCurve() {
    ResultsModel m;
    m.add(synth::evaluation(1, "none", 0, 1, false));
    m.add(synth::evaluation(2, "none", 0, 1, false));
    const QStringList lines = m.curvesCsv().split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines[0], QString("condition,split,day,phase,x,mean,sem,n"));
    const QStringList f = lines[1].split(',');
    QCOMPARE(f[0], QString("none"));
    QCOMPARE(f[3], QString("day"));
    const auto p = m.curve("none").front();
    QVERIFY(qAbs(f[5].toDouble() - p.mean) < 1e-6);
    QVERIFY(qAbs(f[6].toDouble() - p.sem) < 1e-6);
    QCOMPARE(f[7], QString("2"));
}

void TestUiModels::finalClassAccuracyUsesLastNight() {
    ResultsModel m;
    for (int day = 1; day <= 2; ++day) {
        m.add(synth::evaluation(1, "rl-pool4", 2, day, false));
        m.add(synth::evaluation(1, "rl-pool4", 2, day, true));
    }
    const auto v = m.finalClassAccuracy("rl-pool4", "set 1");
    QCOMPARE(v.size(), 10);
    for (int k = 0; k < 10; ++k) {
        QCOMPARE(v[k].className, QString::fromStdString(synth::classNames(1)[k]));
        QVERIFY(qAbs(v[k].mean - synth::classAcc(1, 2, 2, true, k)) < 1e-12);
    }
}

void TestUiModels::policyCurvesCountsAndShares() {
    ResultsModel r;
    r.add(synth::evaluation(1, "rl-pool4", 2, 1, false));
    PolicyModel p;
    for (int n = 1; n <= 2; ++n)
        for (const auto& s : synth::night(1, "rl-pool4", n, 40)) p.add(s);
    QCOMPARE(p.runs().size(), 1);
    const auto run = p.runs().front();
    QCOMPARE(p.classCount(run), 10);
    const auto curves = p.probabilityCurves(run);
    QCOMPARE(curves.size(), 10);
    QCOMPARE(curves[0].size(), 80);
    QCOMPARE(curves[0][40].x(), 1.0);  // night 2, step 0
    QCOMPARE(curves[0][20].x(), 0.5);  // night 1, step 20 of 40
    QVERIFY(curves[0].back().y() > curves[1].back().y());
    QVERIFY(p.probabilityCurves(run, 10)[0].size() <= 11);

    const auto counts = p.replayCounts(run);
    int total = 0;
    for (int c : counts) total += c;
    QCOMPARE(total, 80);
    QCOMPARE(counts[0], 40 + 4);  // every even step, plus (s/2)%10 == 0 on odd steps 1, 21

    const auto shares = p.sharePoints(r);
    QCOMPARE(shares.size(), 10);
    QVERIFY(qAbs(shares[0].share - 44.0 / 80.0) < 1e-12);
    QVERIFY(qAbs(shares[3].initialAccuracy - synth::classAcc(1, 2, 1, false, 3)) < 1e-12);
    const double corr = PolicyModel::correlation(shares);
    QVERIFY(corr < 0);  // class 0 is the weakest and the most replayed
}

void TestUiModels::rlCsvRoundTrip() {
    ResultsModel r;
    r.add(synth::evaluation(1, "rl-pool4", 2, 1, false));
    PolicyModel p;
    for (const auto& s : synth::night(1, "rl-pool4", 1, 25)) p.add(s);
    const QString text = p.csv(r);
    QVERIFY(text.startsWith("class_set,condition,seed,night,step,class,reward,chi2,p_1,"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath("rl.csv");
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }
    PolicyModel back;
    readRlCsv(file, r, back);
    QCOMPARE(back.runs(), p.runs());
    const auto& a = p.steps(p.runs().front());
    const auto& b = back.steps(back.runs().front());
    QCOMPARE(b.size(), a.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        QCOMPARE(b[i].chosen, a[i].chosen);
        QCOMPARE(b[i].step, a[i].step);
        QVERIFY(qAbs(b[i].reward - a[i].reward) < 1e-6);
        QCOMPARE(b[i].probabilities.size(), a[i].probabilities.size());
        for (std::size_t k = 0; k < a[i].probabilities.size(); ++k)
            QVERIFY(qAbs(b[i].probabilities[k] - a[i].probabilities[k]) < 1e-6);
    }
    QCOMPARE(back.replayCounts(back.runs().front()), p.replayCounts(p.runs().front()));
}

void TestUiModels::rlCsvRejectsMalformedRows() {
    QTemporaryDir dir;
    const QString file = dir.filePath("rl.csv");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("class_set,condition,seed,night,step,class,reward,chi2,p_1,p_2\nset 1,rl-pool4,1,1,x,a,0,0,0.5,0.5\n");
    f.close();
    ResultsModel r;
    PolicyModel p;
    try {
        readRlCsv(file, r, p);
        QFAIL("a malformed row was accepted");
    } catch (const std::exception& e) {
        QVERIFY2(QString(e.what()).contains("rl.csv:2"), e.what());
    }
}

void TestUiModels::channelImageCopiesOnePlane() {
    const auto m = synth::maps(3, 2, 4, 7);
    const QImage img = ImaginationModel::channelImage(m, 2);
    QCOMPARE(img.size(), QSize(4, 2));
    for (int y = 0; y < 2; ++y)
        for (int x = 0; x < 4; ++x)
            QCOMPARE(static_cast<int>(img.constScanLine(y)[x]), static_cast<int>(m.data[static_cast<std::size_t>(2 * 8 + y * 4 + x)]));
    QVERIFY(ImaginationModel::channelImage(m, 3).isNull());
    ImaginationModel im;
    im.add(synth::imagination(1, "generative-pool4", 1));
    im.add(synth::imagination(1, "generative-pool4", 2));  // kept beside night 1, for the night slider
    im.add(synth::imagination(1, "generative-pool4", 2));  // the same night again replaces it
    QCOMPARE(im.runs().size(), 1);
    QCOMPARE(im.nights(im.runs().front()), (QVector<int>{1, 2}));
    QCOMPARE(im.get(im.runs().front())->day, 2);  // the latest
    QCOMPARE(im.get(im.runs().front(), 1)->day, 1);
    QVERIFY(im.get(im.runs().front(), 3) == nullptr);
    QCOMPARE(im.fidelityCsv().count('\n'), 1 + 2 * 10);
    QCOMPARE(im.pcaCsv().count('\n'), 1 + 2 * 100);
}

QTEST_GUILESS_MAIN(TestUiModels)
#include "tst_ui_models.moc"
