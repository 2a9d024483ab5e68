// Sweeps without training: the --vary syntax, the points a sweep makes and their checks, and
// the paired effects computed from metrics rows.
#include <QtTest/QtTest>

#include <clocale>
#include <cmath>
#include <locale>

#include "TestUtil.h"
#include "config/ConfigJson.h"
#include "session/Sweep.h"

using namespace replaylab;

namespace {

std::vector<std::string> values(const std::string& text) { return parseSweepAxis(text).values; }

SweepSpec spec(std::vector<SweepAxis> axes) {
    SweepSpec s;
    s.base = preset("demo");
    s.axes = std::move(axes);
    return s;
}

MetricRow row(const std::string& set, const std::string& cond, int day, double acc, Phase phase = Phase::Day) {
    MetricRow r;
    r.classSet = set;
    r.condition = cond;
    r.seed = 1;
    r.day = day;
    r.phase = phase;
    r.split = "test";
    r.cls = "all";
    r.accuracy = acc;
    return r;
}

}  // namespace

class TestSweep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void axisLists() {
        QCOMPARE(parseSweepAxis("data.train_per_class=10, 20,40,70").key, std::string("data.train_per_class"));
        QCOMPARE(values("data.train_per_class=10, 20,40,70"), (std::vector<std::string>{"10", "20", "40", "70"}));
        QCOMPARE(values("replay.covariance=full,diagonal"), (std::vector<std::string>{"full", "diagonal"}));
        // A list setting's values are separated by ';'.
        QCOMPARE(values("replay.downsample=2,2,2,2,1; 4,4,2,2,1"),
                 (std::vector<std::string>{"2,2,2,2,1", "4,4,2,2,1"}));
    }

    void axisRanges() {
        // Whole numbers are rounded, and a value rounded twice is kept once.
        QCOMPARE(values("data.train_per_class=10:70:4"), (std::vector<std::string>{"10", "30", "50", "70"}));
        QCOMPARE(values("train.days=1:3:5"), (std::vector<std::string>{"1", "2", "3"}));
        QCOMPARE(values("train.learning_rate=0.0001:0.0003:3"),
                 (std::vector<std::string>{"0.0001", "0.0002", "0.0003"}));
    }

    // Under a German locale (decimal comma) the values a range makes still read back.
    void rangesIgnoreTheLocale() {
        if (!std::setlocale(LC_ALL, "de_DE.UTF-8")) {
            if (qEnvironmentVariable("REPLAYLAB_REQUIRE_LOCALE") == "1") QFAIL("locale de_DE.UTF-8 missing");
            QSKIP("locale de_DE.UTF-8 not installed");
        }
        std::locale::global(std::locale("de_DE.UTF-8"));
        const auto v = values("train.learning_rate=0.0001:0.0003:3");
        std::setlocale(LC_ALL, "C");
        std::locale::global(std::locale::classic());
        QCOMPARE(v, (std::vector<std::string>{"0.0001", "0.0002", "0.0003"}));
    }

    void axisErrors() {
        using testutil::inputErrorOf;
        QVERIFY(inputErrorOf([] { parseSweepAxis("data.train_per_class"); })
                    .startsWith("--vary 'data.train_per_class': write KEY=V1,V2,... or KEY=FROM:TO:COUNT"));
        QVERIFY(inputErrorOf([] { parseSweepAxis("train.dayz=1,2"); })
                    .startsWith("--vary: unknown setting 'train.dayz' (a sweep varies one of: seed, "));
        QVERIFY(inputErrorOf([] { parseSweepAxis("train.threads=1,2"); })
                    .startsWith("--vary: 'train.threads' cannot be swept"));
        QCOMPARE(inputErrorOf([] { parseSweepAxis("train.days=2,3,2"); }),
                 QString("--vary train.days: the value 2 is given twice"));
        QCOMPARE(inputErrorOf([] { parseSweepAxis("train.days="); }),
                 QString("--vary train.days: no values given (e.g. train.days=1,2)"));
        QCOMPARE(inputErrorOf([] { parseSweepAxis("train.days=1:5:1"); }),
                 QString("--vary train.days: a range needs 2 to 1000 values (got 1)"));
        QCOMPARE(inputErrorOf([] { parseSweepAxis("train.days=1:x:3"); }),
                 QString("--vary train.days: a range is FROM:TO:COUNT, e.g. 10:70:4 (got '1:x:3')"));
        QCOMPARE(inputErrorOf([] { parseSweepAxis("replay.covariance=full:diagonal:2"); }),
                 QString("--vary replay.covariance: a range needs a numeric setting; list the values instead"));
    }

    void gridPoints() {
        const auto points = sweepPoints(spec({parseSweepAxis("data.train_per_class=20,70"),
                                              parseSweepAxis("replay.point=pool3,4,pool5")}));
        QCOMPARE(points.size(), std::size_t(6));
        // First axis slowest; the replay point moves every condition that has one.
        QCOMPARE(points[0].values, (std::vector<std::string>{"20", "pool3"}));
        QCOMPARE(points[4].values, (std::vector<std::string>{"70", "4"}));
        QCOMPARE(points[4].index, 5);
        QCOMPARE(points[4].folder, std::string("points/05-train_per_class-70-point-4"));
        QCOMPARE(points[4].config.data.trainPerClass, 70);
        // demo: none, generative-pool5, extra-day; extra-day has no replay point.
        QCOMPARE(points[0].config.replay.conditions.size(), std::size_t(3));
        QCOMPARE(points[0].config.replay.conditions[1].name(), std::string("generative-pool3"));
        QCOMPARE(points[4].config.replay.conditions[1].name(), std::string("generative-pool4"));
        QCOMPARE(points[0].config.replay.conditions[2].name(), std::string("extra-day"));
        // Nothing else of the base changes.
        ExperimentConfig back = points[5].config;
        back.data.trainPerClass = 20;
        back.replay.conditions[1].layer = 5;
        QCOMPARE(configToJson(back), configToJson(preset("demo")));
    }

    void noneIsAddedForThePairing() {
        SweepSpec s = spec({parseSweepAxis("train.days=2,3")});
        s.base.replay.conditions = {conditionFromString("generative-pool5")};
        const auto points = sweepPoints(s);
        QCOMPARE(points[1].config.replay.conditions.size(), std::size_t(2));
        QCOMPARE(points[1].config.replay.conditions[0].name(), std::string("none"));
        QCOMPARE(points[1].config.train.days, 3);
    }

    void impossiblePointsAreRefused() {
        using testutil::inputErrorOf;
        // The setting's own message, prefixed by the swept value; said once for the sweep.
        QCOMPARE(inputErrorOf([] { sweepPoints(spec({parseSweepAxis("data.train_per_class=0,20")})); }),
                 QString("data.train_per_class=0: data.train_per_class must be at least 1 (got 0)"));
        QCOMPARE(inputErrorOf([] { sweepPoints(spec({parseSweepAxis("replay.point=pool6")})); }),
                 QString("replay.point=pool6: replay.point must be pool1..pool5 or 1..5 (got 'pool6')"));
        QCOMPARE(inputErrorOf([] {
                     SweepSpec s = spec({parseSweepAxis("train.days=2")});
                     s.base.replay.conditions = {Condition{}};
                     sweepPoints(s);
                 }),
                 QString("a sweep measures replay against no replay: replay.conditions needs a replay condition "
                         "(e.g. --conditions none,generative-pool5)"));
        QCOMPARE(inputErrorOf([] { sweepPoints(spec({parseSweepAxis("train.days=2"), parseSweepAxis("train.days=3")})); }),
                 QString("a sweep's two settings must differ (both are train.days)"));
    }

    // Two class sets, two days: replay wins by 0.10 and 0.20 on the last day, and by 0.05 and
    // 0.15 over the days (mean of day 1 and 2). Paired: mean 0.15 and 0.10, SEM 0.05 both.
    void effectsFromRows() {
        std::vector<MetricRow> rows = {
            row("set 1", "none", 1, 0.30),         row("set 1", "none", 2, 0.50),
            row("set 2", "none", 1, 0.20),         row("set 2", "none", 2, 0.40),
            row("set 1", "generative-pool5", 1, 0.30), row("set 1", "generative-pool5", 1, 0.90, Phase::Night),
            row("set 1", "generative-pool5", 2, 0.60),
            row("set 2", "generative-pool5", 1, 0.30), row("set 2", "generative-pool5", 2, 0.60),
        };
        SweepPoint p;
        p.index = 3;
        p.values = {"40"};
        const auto e = sweepEffects(p, rows);
        QCOMPARE(e.size(), std::size_t(2));
        QCOMPARE(e[0].measure, std::string("mean_over_days"));
        QCOMPARE(e[0].point, 3);
        QCOMPARE(e[0].condition, std::string("generative-pool5"));
        QVERIFY(std::abs(e[0].diff.diff.mean - 0.10) < 1e-12);
        QVERIFY(std::abs(e[0].replay - 0.45) < 1e-12);  // (0.45 + 0.45) / 2: after-day rows only
        QVERIFY(std::abs(e[0].none - 0.35) < 1e-12);
        QCOMPARE(e[1].measure, std::string("last_day"));
        QVERIFY(std::abs(e[1].diff.diff.mean - 0.15) < 1e-12);
        QVERIFY(std::abs(e[1].diff.diff.sem - 0.05) < 1e-12);
        // t = 0.15 / 0.05 = 3 on 1 df; 95% interval 0.15 +- 12.7062 * 0.05.
        QVERIFY(std::abs(e[1].diff.t - 3.0) < 1e-9);
        QVERIFY(std::abs(e[1].diff.low - (0.15 - 12.706204736 * 0.05)) < 1e-6);
        QCOMPARE(e[1].diff.wins, 2);
        const std::string csv = sweepCsvHeader({parseSweepAxis("data.train_per_class=40")}) + sweepCsvLines(e);
        QVERIFY(csv.rfind("point,data.train_per_class,condition,measure,runs,replay,none,effect,sem,"
                          "ci_low,ci_high,t,p,wins\n3,40,generative-pool5,mean_over_days,2,0.450000,0.350000,0.100000,",
                          0) == 0);
    }
};

QTEST_GUILESS_MAIN(TestSweep)
#include "tst_sweep.moc"
