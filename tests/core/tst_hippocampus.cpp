// The hippocampal RL chooser: chi-square score, value learning, softmax policy.
#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>

#include "hippocampus/Hippocampus.h"

using namespace replaylab;

namespace {
double entropy(const std::vector<double>& p) {
    double h = 0;
    for (double x : p)
        if (x > 0) h -= x * std::log(x);
    return h;
}
}  // namespace

class TestHippocampus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chiSquareByHand() {
        // n = (10, 10, 5), correct = (10, 7, 0): 0 + 9/10 + 25/5 = 5.9
        QCOMPARE(chiSquare({10, 10, 5}, {10, 7, 0}), 5.9);
        QCOMPARE(chiSquare({4, 4}, {4, 4}), 0.0);
        // a class with no images counts nothing
        QCOMPARE(chiSquare({0, 2}, {0, 1}), 0.5);
        QVERIFY_EXCEPTION_THROWN(chiSquare({1}, {1, 1}), std::invalid_argument);
    }

    void initialFitLearnsTheRewards() {
        Hippocampus h({});
        const std::vector<double> r = {0.5, 0, 0, 0, 0, 0, 0, 0, 0, 0.1};
        h.fitInitial(r);
        // after 50 Adam steps at lr 1e-3 the values moved towards the rewards, in order
        QVERIFY(h.values()[0] + h.bias() > h.values()[9] + h.bias());
        QVERIFY(h.values()[9] + h.bias() > h.values()[1] + h.bias());
        const auto p = h.policy();
        QVERIFY(p[0] > p[9] && p[9] > p[1]);
    }

    // One class always rewarded, the others never: the policy concentrates on it.
    void riggedRewardConcentrates() {
        Hippocampus h({});
        Rng rng(3);
        h.fitInitial(std::vector<double>(10, 0.0));
        int chosenLast = 0;
        for (int step = 0; step < 1000; ++step) {
            const int k = h.choose(rng);
            h.update(k, k == 6 ? 1.0 : 0.0);
            if (step >= 900 && k == 6) ++chosenLast;
        }
        const auto p = h.policy();
        // at convergence w6 + b = 1 and wk + b = 0: p6 = e^(1/0.3) / (e^(1/0.3) + 9) = 0.76
        QVERIFY2(p[6] > 0.7, qPrintable(QString::number(p[6])));
        for (int k = 0; k < 10; ++k)
            if (k != 6) QVERIFY(p[k] < 0.05);
        QVERIFY(chosenLast > 60);
    }

    // Equal rewards for every class: the policy stays near uniform.
    void equalRewardsStayUniform() {
        Hippocampus h({});
        Rng rng(4);
        h.fitInitial(std::vector<double>(10, 0.2));
        for (int step = 0; step < 500; ++step) h.update(h.choose(rng), 0.2);
        for (double x : h.policy()) QVERIFY2(std::abs(x - 0.1) < 0.03, qPrintable(QString::number(x)));
    }

    // Lower temperature sharpens the same values, higher flattens them.
    void temperature() {
        const std::vector<double> r = {0.3, 0.1, 0, 0, 0, 0, 0, 0, 0, 0};
        auto policyAt = [&](double t) {
            HippocampusOptions o;
            o.temperature = t;
            Hippocampus h(o);
            h.fitInitial(r);
            return h.policy();
        };
        const auto sharp = policyAt(0.05), mid = policyAt(0.3), flat = policyAt(5.0);
        QVERIFY(entropy(sharp) < entropy(mid));
        QVERIFY(entropy(mid) < entropy(flat));
        QVERIFY(sharp[0] > mid[0] && mid[0] > flat[0]);
        QVERIFY(std::abs(entropy(flat) - std::log(10.0)) < 0.01);
    }

    void resetRestoresExactly() {
        Hippocampus h({});
        Rng rng(5);
        h.fitInitial({0.1, 0.2, 0, 0, 0, 0, 0, 0, 0, 0.3});
        const auto first = h.state();
        const auto firstPolicy = h.policy();
        for (int i = 0; i < 20; ++i) h.update(h.choose(rng), 0.05 * i);
        QVERIFY(h.policy() != firstPolicy);
        h.restore(first);
        QCOMPARE(h.policy(), firstPolicy);
        QCOMPARE(h.values(), first.w);
        // and it continues exactly as the original would have
        Hippocampus fresh({});
        fresh.restore(first);
        h.update(2, 0.4);
        fresh.update(2, 0.4);
        QCOMPARE(h.values(), fresh.values());
        QCOMPARE(h.bias(), fresh.bias());
    }

    // The authors' side network is a Keras Dense(1): Glorot-uniform weights in
    // +-sqrt(6 / (fan_in + fan_out)) = +-sqrt(6 / 11) = +-0.7385 for 10 classes, bias 0.
    void glorotStartWithinItsBound() {
        QVERIFY(std::abs(Hippocampus::glorotLimit(10) - 0.7385489458759964) < 1e-15);
        QVERIFY(std::abs(Hippocampus::glorotLimit(4) - std::sqrt(6.0 / 5.0)) < 1e-15);
        HippocampusOptions o;
        o.start = RlInit::Glorot;
        o.seed = 42;
        const Hippocampus h(o);
        const auto& w = h.values();
        QCOMPARE(w.size(), std::size_t(10));
        QCOMPARE(h.bias(), 0.0);
        const double limit = std::sqrt(6.0 / 11.0);
        for (double x : w) QVERIFY2(std::abs(x) <= limit, qPrintable(QString::number(x)));
        const auto [lo, hi] = std::minmax_element(w.begin(), w.end());
        QVERIFY2(*hi - *lo > 0.5, qPrintable(QString::number(*hi - *lo)));  // not all equal, spread out
        // The start is a policy already: not uniform.
        const auto p = h.policy();
        QVERIFY(*std::max_element(p.begin(), p.end()) > 2 * *std::min_element(p.begin(), p.end()));
    }

    // Over many seeds the draws fill the whole interval evenly: mean 0, variance limit^2 / 3.
    void glorotStartIsUniformOverTheInterval() {
        const double limit = Hippocampus::glorotLimit(10);
        double sum = 0, sumSq = 0, maxAbs = 0;
        int n = 0;
        for (std::uint64_t seed = 1; seed <= 500; ++seed) {
            HippocampusOptions o;
            o.start = RlInit::Glorot;
            o.seed = seed;
            const Hippocampus h(o);
            for (double x : h.values()) {
                sum += x;
                sumSq += x * x;
                maxAbs = std::max(maxAbs, std::abs(x));
                ++n;
            }
        }
        const double mean = sum / n, var = sumSq / n - mean * mean;
        QVERIFY2(maxAbs <= limit && maxAbs > 0.99 * limit, qPrintable(QString::number(maxAbs)));
        // 5000 draws: the mean's SE is 0.0060, the variance's about 0.0023
        QVERIFY2(std::abs(mean) < 0.025, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(var - limit * limit / 3.0) < 0.012, qPrintable(QString::number(var)));
    }

    void glorotStartSameSeedSameValues() {
        HippocampusOptions o;
        o.start = RlInit::Glorot;
        o.seed = 9;
        const auto a = Hippocampus(o).values();
        QCOMPARE(Hippocampus(o).values(), a);
        o.seed = 10;
        QVERIFY(Hippocampus(o).values() != a);
        // and the same seed learns the same way from there
        o.seed = 9;
        Hippocampus x(o), y(o);
        x.fitInitial({0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0.2});
        y.fitInitial({0.1, 0, 0, 0, 0, 0, 0, 0, 0, 0.2});
        QCOMPARE(x.values(), y.values());
        QCOMPARE(x.bias(), y.bias());
    }

    void zeroStartAllZero() {
        HippocampusOptions o;
        o.start = RlInit::Zero;
        o.seed = 42;  // ignored
        const Hippocampus h(o);
        QCOMPARE(h.values(), std::vector<double>(10, 0.0));
        QCOMPARE(h.bias(), 0.0);
        for (double p : h.policy()) QCOMPARE(p, 0.1);
        QVERIFY(HippocampusOptions{}.start == RlInit::Zero);  // the class on its own starts plain
    }

    void samplingFollowsThePolicy() {
        Hippocampus h({});
        h.fitInitial({1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        const auto p = h.policy();
        Rng rng(6);
        std::vector<int> counts(10, 0);
        const int n = 20000;
        for (int i = 0; i < n; ++i) counts[h.choose(rng)]++;
        for (int k = 0; k < 10; ++k) {
            const double se = std::sqrt(p[k] * (1 - p[k]) / n);
            QVERIFY(std::abs(counts[k] / double(n) - p[k]) < 5 * se + 1e-12);
        }
    }
};

QTEST_GUILESS_MAIN(TestHippocampus)
#include "tst_hippocampus.moc"
