// Summary statistics: mean and standard error, paired comparisons.
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "stats/Summary.h"
#include "report/ResultTable.h"
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

    // Student's t quantiles against a printed t table (two-sided 5%: 12.706, 2.571, 2.262,
    // 2.045; one-sided 0.5%: 4.604) and, to more digits, scipy 1.10's stats.t.ppf(prob, df).
    void tQuantiles_data() {
        QTest::addColumn<double>("prob");
        QTest::addColumn<int>("df");
        QTest::addColumn<double>("expected");
        QTest::newRow("0.975, 1") << 0.975 << 1 << 12.706204736432095;
        QTest::newRow("0.975, 5") << 0.975 << 5 << 2.5705818366147395;
        QTest::newRow("0.975, 9") << 0.975 << 9 << 2.2621571627409915;
        QTest::newRow("0.975, 29") << 0.975 << 29 << 2.045229642132703;
        QTest::newRow("0.025, 9") << 0.025 << 9 << -2.2621571627409915;
        QTest::newRow("0.995, 4") << 0.995 << 4 << 4.604094871415897;
        QTest::newRow("median") << 0.5 << 3 << 0.0;
    }
    void tQuantiles() {
        QFETCH(double, prob);
        QFETCH(int, df);
        QFETCH(double, expected);
        const double q = tQuantile(prob, df);
        QVERIFY2(std::abs(q - expected) < 1e-9, qPrintable(QString::number(q, 'g', 17)));
    }

    void tQuantileOutsideItsDomain() {
        QVERIFY(std::isnan(tQuantile(0.975, 0)));
        QVERIFY(std::isnan(tQuantile(0.975, -3)));
        QVERIFY(std::isnan(tQuantile(-0.1, 5)));
        QVERIFY(std::isnan(tQuantile(1.5, 5)));
        QVERIFY(std::isnan(tQuantile(std::nan(""), 5)));
        QVERIFY(std::isinf(tQuantile(0.0, 5)) && tQuantile(0.0, 5) < 0);
        QVERIFY(std::isinf(tQuantile(1.0, 5)) && tQuantile(1.0, 5) > 0);
    }

    // A known paired sample, six runs. Differences 0.04, -0.01, 0.08, 0.03, 0.06, 0.07:
    // mean 0.045, SEM 0.013354150416006752. Computed independently with scipy 1.10:
    //   stats.ttest_rel(x, b)            -> t = 3.3697388900203955, p = 0.01989537203590075
    //   stats.t.interval(0.95, 5, loc=mean, scale=sem)
    //                                    -> [0.010672063497191867, 0.07932793650280812]
    // (by hand: t_{0.975,5} = 2.571 from a t table, 0.045 -+ 2.571 * 0.013354 = [0.0107, 0.0793]).
    void pairedTTestAndIntervalOfAKnownSample() {
        const PairedDifference p = pairedDifference({0.62, 0.55, 0.71, 0.48, 0.66, 0.59},
                                                    {0.58, 0.56, 0.63, 0.45, 0.60, 0.52});
        QCOMPARE(p.n, 6);
        QCOMPARE(p.wins, 5);
        QVERIFY(std::abs(p.diff.mean - 0.045) < 1e-12);
        QVERIFY(std::abs(p.diff.sem - 0.013354150416006752) < 1e-12);
        QVERIFY2(std::abs(p.t - 3.3697388900203955) < 1e-9, qPrintable(QString::number(p.t, 'g', 17)));
        QVERIFY2(std::abs(p.p - 0.01989537203590075) < 1e-9, qPrintable(QString::number(p.p, 'g', 17)));
        QVERIFY2(std::abs(p.low - 0.010672063497191867) < 1e-9, qPrintable(QString::number(p.low, 'g', 17)));
        QVERIFY2(std::abs(p.high - 0.07932793650280812) < 1e-9, qPrintable(QString::number(p.high, 'g', 17)));
    }

    // The four-run sample above: scipy's ttest_rel gives t = 0.5222329678670935,
    // p = 0.6376180914006018; its interval [-0.12734801808290777, 0.17734801808290776]
    // holds zero, as p > 0.05 says it must.
    void pairedTTestNotSignificant() {
        const PairedDifference p =
            pairedDifference({0.6, 0.5, 0.7, 0.4}, {0.5, 0.5, 0.6, 0.5});
        QVERIFY(std::abs(p.t - 0.5222329678670935) < 1e-9);
        QVERIFY(std::abs(p.p - 0.6376180914006018) < 1e-9);
        QVERIFY(std::abs(p.low - -0.12734801808290777) < 1e-9);
        QVERIFY(std::abs(p.high - 0.17734801808290776) < 1e-9);
        // Swapping the sides flips t and the interval, p stays.
        const PairedDifference q =
            pairedDifference({0.5, 0.5, 0.6, 0.5}, {0.6, 0.5, 0.7, 0.4});
        QVERIFY(std::abs(q.t + p.t) < 1e-12);
        QVERIFY(std::abs(q.p - p.p) < 1e-12);
        QVERIFY(std::abs(q.low + p.high) < 1e-12);
    }

    void pairedAllLosses() {
        const PairedDifference p = pairedDifference({1, 2, 3}, {2, 3, 4});
        QCOMPARE(p.wins, 0);
        QCOMPARE(p.ties, 0);
        QCOMPARE(p.diff.mean, -1.0);
        QCOMPARE(p.diff.sem, 0.0);
        // Every run the same difference: t = -inf, p = 0 (scipy's ttest_rel says the same),
        // the interval is the single point.
        QVERIFY(std::isinf(p.t) && p.t < 0);
        QCOMPARE(p.p, 0.0);
        QCOMPARE(p.low, -1.0);
        QCOMPARE(p.high, -1.0);
    }

    void pairedIdenticalIsNoEvidence() {
        const PairedDifference p = pairedDifference({0.3, 0.5, 0.7}, {0.3, 0.5, 0.7});
        QCOMPARE(p.ties, 3);
        QCOMPARE(p.t, 0.0);
        QCOMPARE(p.p, 1.0);
        QCOMPARE(p.low, 0.0);
        QCOMPARE(p.high, 0.0);
    }

    void pairedEmpty() {
        const PairedDifference p = pairedDifference({}, {});
        QCOMPARE(p.n, 0);
        QCOMPARE(p.wins, 0);
        QCOMPARE(p.diff.n, 0);
        QVERIFY(std::isnan(p.t) && std::isnan(p.p) && std::isnan(p.low) && std::isnan(p.high));
    }

    void pairedOneRunHasNoTest() {
        const PairedDifference p = pairedDifference({0.7}, {0.5});
        QCOMPARE(p.n, 1);
        QCOMPARE(p.wins, 1);
        QVERIFY(std::abs(p.diff.mean - 0.2) < 1e-12);
        QVERIFY(std::isnan(p.t) && std::isnan(p.p) && std::isnan(p.low) && std::isnan(p.high));
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

        // Four classes of one set: every permutation is one of the 24 orders of the shares, and
        // |r| = 1 is reached by the observed order and its reverse: p about 2/24.
        QVERIFY2(std::abs(w.withShareP - 2.0 / 24) < 0.01, qPrintable(QString::number(w.withShareP)));
        QVERIFY2(text.contains("within-class-set permutation p = "), qPrintable(text));

        // The single-class control: per class 0.45 after the last night, 0.52 overall.
        std::vector<MetricRow> withControl = rows;
        for (const auto& c : classes) {
            MetricRow m = rows.back();
            m.condition = "single-pool4";
            m.cls = c;
            m.accuracy = 0.45;
            withControl.push_back(m);
        }
        MetricRow all = rows.back();
        all.condition = "single-pool4";
        all.accuracy = 0.52;
        withControl.push_back(all);
        const WhichReport wc = whichReport(withControl, steps);
        QCOMPARE(wc.controlCondition, std::string("single-pool4"));
        QCOMPARE(wc.classes[2].controlAccuracy, 0.45);
        QCOMPARE(wc.rlMinusControl.n, 1);
        QVERIFY(std::abs(wc.rlMinusControl.diff.mean + 0.02) < 1e-12);       // 0.50 - 0.52
        QVERIFY(std::abs(wc.controlMinusUniform.diff.mean + 0.03) < 1e-12);  // 0.52 - 0.55
        QVERIFY(std::abs(wc.controlWithChange.r + 1.0) < 1e-12);             // 0.05, -0.05, -0.15, -0.25
        QVERIFY(QString::fromStdString(formatWhich(wc)).contains("RL - control (choosing): -2.0"));

        rows.erase(std::remove_if(rows.begin(), rows.end(), [](const MetricRow& m) { return m.cls == "c" || m.cls == "d"; }),
                   rows.end());
        const WhichReport two = whichReport(rows, steps);
        QCOMPARE(two.n, 2);
        QVERIFY(std::isnan(two.withShare.r));
        QVERIFY2(QString::fromStdString(formatWhich(two)).contains("r undefined"), formatWhich(two).c_str());
        QVERIFY2(text.contains("RL - uniform: no paired t-test with fewer than 2 runs"), qPrintable(text));
        QCOMPARE(formatWhich(WhichReport{}), std::string());  // no RL condition: no table
    }

    // Two class sets of three classes: 3! x 3! = 36 ways to shuffle y within them. The
    // Monte Carlo p approaches the exact p, counted here over all 36, and is seeded.
    void permutationTestWithinGroups() {
        const std::vector<double> x{0.1, 0.5, 0.9, 0.2, 0.4, 0.8};
        const std::vector<double> y{0.3, 0.2, 0.9, 0.1, 0.6, 0.7};
        const std::vector<int> g{0, 0, 0, 1, 1, 1};
        const double observed = std::abs(pearson(x, y).r);
        int atLeast = 0, all = 0;
        std::vector<int> a{0, 1, 2};
        do {
            std::vector<int> b{0, 1, 2};
            do {
                const std::vector<double> yp{y[a[0]], y[a[1]], y[a[2]], y[3 + b[0]], y[3 + b[1]], y[3 + b[2]]};
                atLeast += std::abs(pearson(x, yp).r) >= observed * (1 - 1e-12) ? 1 : 0;
                ++all;
            } while (std::next_permutation(b.begin(), b.end()));
        } while (std::next_permutation(a.begin(), a.end()));
        QCOMPARE(all, 36);
        const double exact = double(atLeast) / all;
        const double p = permutationP(x, y, g, 20000, 7);
        QVERIFY2(std::abs(p - exact) < 0.015, qPrintable(QString("%1 vs exact %2").arg(p).arg(exact)));
        QCOMPARE(permutationP(x, y, g, 20000, 7), p);  // the same seed, the same p
        // y that differs only between the groups: no shuffle within a group changes r, so p = 1
        // however strong r is (pooling the groups would call it significant).
        const std::vector<double> rising{0.1, 0.2, 0.3, 0.7, 0.8, 0.9};
        const std::vector<double> byGroup{0, 0, 0, 1, 1, 1};
        QVERIFY(pearson(rising, byGroup).r > 0.9);
        QCOMPARE(permutationP(rising, byGroup, g, 1000, 7), 1.0);
        QVERIFY(std::isnan(permutationP(x, y, {0, 0, 0}, 100, 7)));
    }

    // The closing table: next to mean ± SEM each paired difference shows its 95% t interval,
    // t and p, and the test and the number of runs are named once. Three class sets, two days;
    // runs' differences against none: mean over days 3.0, 4.5, 2.5 points, last day 6, 7, 5.
    // scipy 1.10 (stats.ttest_rel, stats.t.interval(0.95, 2, ...)), in percentage points:
    //   mean over days: 3.333 ± 0.601, [0.748, 5.919], t = 5.547, p = 0.030997
    //   last day:       6.000 ± 0.577, [3.516, 8.484], t = 10.392, p = 0.0091326
    void closingTableShowsIntervalAndTest() {
        std::vector<MetricRow> rows;
        auto add = [&](const std::string& cond, const std::string& set, int day, double acc) {
            MetricRow m;
            m.classSet = set;
            m.condition = cond;
            m.seed = 1;
            m.day = day;
            m.phase = Phase::Day;
            m.split = "test";
            m.cls = "all";
            m.accuracy = acc;
            rows.push_back(m);
        };
        const double none[3][2] = {{0.40, 0.50}, {0.30, 0.45}, {0.50, 0.55}};
        const double gen[3][2] = {{0.40, 0.56}, {0.32, 0.52}, {0.50, 0.60}};
        for (int k = 0; k < 3; ++k)
            for (int d = 0; d < 2; ++d) {
                const std::string set = "set " + std::to_string(k + 1);
                add("none", set, d + 1, none[k][d]);
                add("generative-pool4", set, d + 1, gen[k][d]);
            }
        const ResultTable t = summarise(rows);
        const ConditionSummary& g = t.conditions.at(1);
        QVERIFY(g.hasBaseline);
        QVERIFY(std::abs(g.vsNoneMean.low - 0.00747760826964965) < 1e-9);
        QVERIFY(std::abs(g.vsNoneMean.high - 0.05918905839701708) < 1e-9);
        QVERIFY(std::abs(g.vsNoneMean.p - 0.030996833776981546) < 1e-9);
        QVERIFY(std::abs(g.vsNoneFinal.t - 10.392304845413225) < 1e-9);
        QVERIFY(std::abs(g.vsNoneFinal.p - 0.009132611386275523) < 1e-9);

        const QString text = QString::fromStdString(formatTable(t));
        QStringList lines;
        for (const QString& l : text.split('\n')) lines << l.simplified();
        QVERIFY2(text.contains("two-sided paired t-test over 3 runs (class set x seed), t on 2 df"), qPrintable(text));
        QVERIFY2(lines.contains("condition measure mean ± SEM 95% interval t p won"), qPrintable(text));
        QVERIFY2(lines.contains("generative-pool4 mean over days +3.3 ± 0.6 [+0.7, +5.9] 5.55 0.031 3/3"),
                 qPrintable(text));
        QVERIFY2(lines.contains("last day +6.0 ± 0.6 [+3.5, +8.5] 10.39 0.00913 3/3"), qPrintable(text));
        // The test is named once, not per row.
        QCOMPARE(text.count("t-test"), 1);

        // One run: no interval, no test, and the table says so with "-".
        std::vector<MetricRow> one;
        for (const auto& r : rows)
            if (r.classSet == "set 1") one.push_back(r);
        const QString single = QString::fromStdString(formatTable(summarise(one)));
        QStringList singleLines;
        for (const QString& l : single.split('\n')) singleLines << l.simplified();
        QVERIFY2(single.contains("paired t-test over 1 run (class set x seed): none, it needs 2 or more"),
                 qPrintable(single));
        QVERIFY2(singleLines.contains("generative-pool4 mean over days +3.0 ± 0.0 - - - 1/1"), qPrintable(single));
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
