// Summary statistics: mean and standard error, paired comparisons.
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "stats/Summary.h"
#include "report/WhichReport.h"

using namespace replaylab;

class TestStats : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void meanSem_data() {
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("sem");
        // sd(n-1) = sqrt(5/3) = 1.290994; sem = sd / 2
        QTest::newRow("1..4") << QList<double>{1, 2, 3, 4} << 2.5 << 0.6454972243679028;
        // sum of squares 32, sd = sqrt(32/7) = 2.138090; sem = sd / sqrt(8)
        QTest::newRow("eight") << QList<double>{2, 4, 4, 4, 5, 5, 7, 9} << 5.0
                               << 0.7559289460184544;
        QTest::newRow("constant") << QList<double>{0.7, 0.7, 0.7} << 0.7 << 0.0;
        QTest::newRow("pair") << QList<double>{0.25, 0.75} << 0.5 << 0.25;
        QTest::newRow("one") << QList<double>{5} << 5.0 << 0.0;
        QTest::newRow("none") << QList<double>{} << 0.0 << 0.0;
        // Large offset: the two-pass sum of squares stays exact.
        QTest::newRow("offset") << QList<double>{1e9 + 1, 1e9 + 2, 1e9 + 3, 1e9 + 4}
                                << 1e9 + 2.5 << 0.6454972243679028;
    }
    void meanSem() {
        QFETCH(QList<double>, xs);
        QFETCH(double, mean);
        QFETCH(double, sem);
        const MeanSem m = replaylab::meanSem(std::vector<double>(xs.begin(), xs.end()));
        QCOMPARE(m.n, static_cast<int>(xs.size()));
        QVERIFY2(std::abs(m.mean - mean) <= 1e-12 * std::max(1.0, std::abs(mean)),
                 qPrintable(QString::number(m.mean, 'g', 17)));
        QVERIFY2(std::abs(m.sem - sem) < 1e-9, qPrintable(QString::number(m.sem, 'g', 17)));
    }

    void pairedWinsAndTies() {
        // diffs 0.1, 0, 0.1, -0.1: mean 0.025, sd(n-1) = sqrt(0.0275/3), sem = sd / 2
        const PairedDifference p =
            pairedDifference({0.6, 0.5, 0.7, 0.4}, {0.5, 0.5, 0.6, 0.5});
        QCOMPARE(p.n, 4);
        QCOMPARE(p.wins, 2);
        QCOMPARE(p.ties, 1);
        QCOMPARE(p.diff.n, 4);
        QVERIFY(std::abs(p.diff.mean - 0.025) < 1e-12);
        QVERIFY(std::abs(p.diff.sem - 0.04787135538781691) < 1e-9);
    }

    void pairedAllLosses() {
        const PairedDifference p = pairedDifference({1, 2, 3}, {2, 3, 4});
        QCOMPARE(p.wins, 0);
        QCOMPARE(p.ties, 0);
        QCOMPARE(p.diff.mean, -1.0);
        QCOMPARE(p.diff.sem, 0.0);
    }

    void pairedEmpty() {
        const PairedDifference p = pairedDifference({}, {});
        QCOMPARE(p.n, 0);
        QCOMPARE(p.wins, 0);
        QCOMPARE(p.diff.n, 0);
    }

    void pearsonWithInterval() {
        const auto c = pearson({1, 2, 3, 4, 5}, {2, 4, 5, 4, 5});
        QCOMPARE(c.n, 5);
        QVERIFY(std::abs(c.r - 0.7745966692414834) < 1e-12);  // 6 / sqrt(10 * 6)
        // Fisher z: tanh(atanh(r) -+ 1.959964 / sqrt(n - 3)), from Python's math module
        QVERIFY(std::abs(c.low - -0.3400820448550131) < 1e-9);
        QVERIFY(std::abs(c.high - 0.9842357554926742) < 1e-9);
        const auto neg = pearson({1, 2, 3, 4}, {8, 6, 4, 2});
        QVERIFY(std::abs(neg.r + 1.0) < 1e-12);
        QVERIFY(neg.low < -0.99 && neg.high <= -0.99);
        const auto three = pearson({1, 2, 3}, {1, 3, 2});  // r defined, interval not
        QVERIFY(std::abs(three.r - 0.5) < 1e-12);
        QVERIFY(std::isnan(three.low) && std::isnan(three.high));
        QVERIFY(std::isnan(pearson({1, 2}, {3, 4}).r));           // too few
        QVERIFY(std::isnan(pearson({1, 1, 1, 1}, {1, 2, 3, 4}).r));  // no spread
        QCOMPARE(pearson({1, 2, 3, 4, 5, 6}, {1, 2, 3}).n, 3);    // pairs as far as both go
    }

    // The "which" report on a made-up run: weakly learned classes replayed more give r = -1;
    // with two classes r is undefined and the report says so instead of printing a number.
    void whichReportCorrelatesShareWithInitialAccuracy() {
        std::vector<MetricRow> rows;
        std::vector<RlRow> steps;
        const std::vector<std::string> classes{"a", "b", "c", "d"};
        auto add = [&](const std::string& cond, int day, const std::string& phase, const std::string& cls, double acc) {
            MetricRow m;
            m.classSet = "set 1";
            m.condition = cond;
            m.seed = 1;
            m.day = day;
            QVERIFY(replaylab::phaseFromString(phase, m.phase));
            m.split = "test";
            m.cls = cls;
            m.accuracy = acc;
            rows.push_back(m);
        };
        for (std::size_t k = 0; k < classes.size(); ++k) {
            add("rl-pool4", 1, "day", classes[k], 0.2 * double(k + 1));          // initial 0.2 .. 0.8
            add("rl-pool4", 2, "night", classes[k], 0.5);
            add("generative-pool4", 2, "night", classes[k], 0.4 + 0.1 * double(k));
            for (std::size_t n = 0; n < classes.size() - k; ++n) {            // a 4 times ... d once
                RlRow r;
                r.classSet = "set 1";
                r.condition = "rl-pool4";
                r.seed = 1;
                r.cls = classes[k];
                steps.push_back(r);
            }
        }
        add("rl-pool4", 2, "night", "all", 0.5);
        add("generative-pool4", 2, "night", "all", 0.55);
        const WhichReport w = whichReport(rows, steps);
        QCOMPARE(w.n, 4);
        QCOMPARE(w.classes[0].share, 0.4);
        QCOMPARE(w.classes[3].replays, 1L);
        QVERIFY(std::abs(w.withShare.r + 1.0) < 1e-12);
        QVERIFY(std::abs(w.withChange.r + 1.0) < 1e-12);  // change 0.1, 0, -0.1, -0.2
        QVERIFY(std::abs(w.rlMinusUniform.diff.mean + 0.05) < 1e-12);
        const QString text = QString::fromStdString(formatWhich(w));
        QVERIFY2(text.contains("with replay share: r = -1.000, 95% CI [-1.000, -1.000], n = 4 classes"), qPrintable(text));

        rows.erase(std::remove_if(rows.begin(), rows.end(), [](const MetricRow& m) { return m.cls == "c" || m.cls == "d"; }),
                   rows.end());
        const WhichReport two = whichReport(rows, steps);
        QCOMPARE(two.n, 2);
        QVERIFY(std::isnan(two.withShare.r));
        QVERIFY2(QString::fromStdString(formatWhich(two)).contains("r undefined"), formatWhich(two).c_str());
        QCOMPARE(formatWhich(WhichReport{}), std::string());  // no RL condition: no table
    }

    void pairedSizeMismatch() {
        bool thrown = false;
        try {
            pairedDifference({1, 2, 3}, {1, 2});
        } catch (const std::invalid_argument& e) {
            thrown = true;
            QVERIFY(QString::fromUtf8(e.what()).contains("3"));
        }
        QVERIFY(thrown);
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
