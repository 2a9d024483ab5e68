// Nights: only the layers above the replay point learn; continuous replay sees real images
// on day 1 only; veridical replay uses exactly that day's activations; same seed, same night.
#include <QtTest/QtTest>
#include <opencv2/imgproc.hpp>
#include <torch/torch.h>

#include "config/ConfigJson.h"
#include "sim/Schedule.h"
#include "sim/Simulation.h"

using namespace replaylab;

namespace {

// Four classes of 32 x 32 drawings: a bright square in a class-specific corner, with noise.
ClassSetData syntheticSet(int perClassTrain = 12, int perClassVal = 4, int perClassTest = 4) {
    ClassSetData set;
    set.index = 1;
    set.name = "synthetic";
    set.split.classNames = {"a", "b", "c", "d"};
    cv::RNG rng(7);
    auto fill = [&](LabelledImages& li, int perClass) {
        for (int k = 0; k < 4; ++k)
            for (int i = 0; i < perClass; ++i) {
                cv::Mat m(32, 32, CV_8UC1);
                rng.fill(m, cv::RNG::UNIFORM, 0, 60);
                const int x = (k % 2) * 16 + 3, y = (k / 2) * 16 + 3;
                cv::rectangle(m, cv::Rect(x, y, 10, 10), cv::Scalar(255), cv::FILLED);
                li.images.push_back(m);
                li.labels.push_back(k);
            }
    };
    fill(set.split.train, perClassTrain);
    fill(set.split.val, perClassVal);
    fill(set.split.test, perClassTest);
    return set;
}

ExperimentConfig nightConfig(const std::string& condition) {
    ExperimentConfig c = preset("default");
    c.train.days = 3;
    c.train.batchSize = 8;
    c.data.trainPerClass = 12;
    c.replay.conditions = {conditionFromString(condition)};
    // Drawings cost inversions; the one test that wants them (keptDrawingsLeaveTheNetworkAlone)
    // turns them on, the others stay as fast as nights without them.
    c.imagination.keep = 0;
    return c;
}

struct Collect : Observer {
    std::vector<Imagination> imaginations;
    std::vector<PolicyStep> steps;
    double lastFraction = 0;
    std::vector<Phase> phases;  ///< of every progress report, in order
    void imagined(const Imagination& i) override { imaginations.push_back(i); }
    void policyStep(const PolicyStep& s) override { steps.push_back(s); }
    void progress(const Progress& p) override {
        lastFraction = p.fraction;
        phases.push_back(p.phase);
    }
};

struct Harness {
    ExperimentConfig cfg;
    ClassSetData set = syntheticSet();
    SimulationPlan plan;
    Collect obs;
    CancelToken cancel;
    std::unique_ptr<Simulation> sim;
    explicit Harness(const std::string& condition, int seed = 1, RlInit rlInit = RlInit::Glorot, int keep = 0)
        : cfg(nightConfig(condition)) {
        cfg.replay.rlInit = rlInit;
        cfg.imagination.keep = keep;
        plan.set = &set;
        plan.condition = cfg.replay.conditions.front();
        plan.seed = seed;
        sim = std::make_unique<Simulation>(cfg, plan, "", torch::kCPU, obs, cancel, ProgressContext{});
    }
    /// With a progress total of `total` units (far more than the run has, so nothing clamps).
    Harness(const std::string& condition, double total) : cfg(nightConfig(condition)) {
        plan.set = &set;
        plan.condition = cfg.replay.conditions.front();
        plan.seed = 1;
        ProgressContext pc;
        pc.unitsTotal = total;
        pc.start = std::chrono::steady_clock::now();
        sim = std::make_unique<Simulation>(cfg, plan, "", torch::kCPU, obs, cancel, pc);
    }
};

std::vector<torch::Tensor> snapshot(const std::vector<torch::Tensor>& ps) {
    std::vector<torch::Tensor> out;
    for (const auto& p : ps) out.push_back(p.detach().clone());
    return out;
}

}  // namespace

class TestNight : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::set_num_threads(2); }

    // The one schedule per mode (sim/Schedule.h) is what the simulation runs, what the
    // progress count adds up and what Condition::usesLayer says: run every mode for three
    // days and compare what was trained on, what was recorded and the units counted.
    void everyModeFollowsItsSchedule_data() {
        QTest::addColumn<QString>("condition");
        for (const char* c : {"none", "extra-day", "generative-pool3", "veridical-pool3", "continuous-pool3",
                              "rl-pool3"})
            QTest::newRow(c) << QString(c);
    }
    void everyModeFollowsItsSchedule() {
        QFETCH(QString, condition);
        constexpr double kTotal = 1e6;
        Harness h(condition.toStdString(), kTotal);
        h.cfg.replay.rlStepsPerNight = 3;
        QVERIFY(h.sim->run());
        const Schedule& s = scheduleOf(h.plan.condition.mode);
        QCOMPARE(s.usesReplayPoint(), h.plan.condition.usesLayer());
        const int64_t n = 48, batch = h.cfg.train.batchSize;
        const int64_t samples = h.cfg.replay.samplesPerClass > 0 ? h.cfg.replay.samplesPerClass * 4 : n;
        for (int d = 1; d <= 3; ++d) {
            const auto i = static_cast<std::size_t>(d - 1);
            QCOMPARE(h.sim->realImagesByDay()[i], s.day(d) == Feed::RealImages ? n : 0);
            QCOMPARE(h.sim->replayedByDay()[i], s.day(d) == Feed::Imagined ? samples : 0);
            QCOMPARE(h.sim->realImagesByNight()[i], s.night == Feed::RealImages ? n : 0);
            const int64_t replayed = s.night == Feed::Imagined            ? samples
                                     : s.night == Feed::StoredActivations ? n
                                     : s.night == Feed::ChosenImagined    ? 3 * batch
                                                                          : 0;
            QCOMPARE(h.sim->replayedByNight()[i], replayed);
        }
        QCOMPARE(h.obs.imaginations.size(), s.imaginations ? std::size_t(3) : std::size_t(0));
        QCOMPARE(h.obs.steps.size(), s.policy ? std::size_t(9) : std::size_t(0));
        const double units = Simulation::workUnits(h.cfg, 48, 4, h.plan.condition);
        QVERIFY2(std::abs(h.obs.lastFraction * kTotal - units) < 1e-6,
                 qPrintable(QString("progress counted %1 units, workUnits says %2").arg(h.obs.lastFraction * kTotal).arg(units)));
        const bool nights = std::find(h.obs.phases.begin(), h.obs.phases.end(), Phase::Night) != h.obs.phases.end();
        QCOMPARE(nights, s.hasNight());
    }

    // Eval mode ends with its scope, also when something in it throws.
    void evalScopeRestoresTheMode() {
        Vgg net(VggOptions::fromConfig(nightConfig("none").model, 4));
        net->train();
        try {
            EvalScope eval(*net);
            QVERIFY(!net->is_training());
            throw std::runtime_error("inside");
        } catch (const std::runtime_error&) {
        }
        QVERIFY(net->is_training());
        net->eval();
        { EvalScope eval(*net); }
        QVERIFY(!net->is_training());
    }

    void onlyLayersAboveReplayPointLearn_data() {
        QTest::addColumn<QString>("condition");
        for (int t = 1; t <= 5; ++t) {
            QTest::newRow(qPrintable(QString("generative-pool%1").arg(t))) << QString("generative-pool%1").arg(t);
            QTest::newRow(qPrintable(QString("veridical-pool%1").arg(t))) << QString("veridical-pool%1").arg(t);
        }
        QTest::newRow("continuous-pool4") << "continuous-pool4";
        QTest::newRow("rl-pool4") << "rl-pool4";
        QTest::newRow("rl-pool2") << "rl-pool2";
    }
    void onlyLayersAboveReplayPointLearn() {
        QFETCH(QString, condition);
        Harness h(condition.toStdString());
        const int tap = h.plan.condition.layer;
        QVERIFY(h.sim->runDay(1));
        auto& net = h.sim->network();
        const auto below = snapshot(net.parametersAtOrBelow(tap));
        const auto above = snapshot(net.parametersAbove(tap));
        QVERIFY(h.sim->runNight(1));
        const auto belowAfter = net.parametersAtOrBelow(tap);
        const auto aboveAfter = net.parametersAbove(tap);
        for (std::size_t i = 0; i < below.size(); ++i)
            QVERIFY2(torch::equal(below[i], belowAfter[i]), "a parameter at or below the replay point moved");
        for (std::size_t i = 0; i < above.size(); ++i)
            QVERIFY2(!torch::equal(above[i], aboveAfter[i]), "a parameter above the replay point did not learn");
        QVERIFY(h.sim->replayedByNight()[0] > 0);
    }

    void continuousSeesRealImagesOnDayOneOnly() {
        Harness h("continuous-pool4");
        for (int d = 1; d <= 3; ++d) {
            QVERIFY(h.sim->runDay(d));
            QVERIFY(h.sim->runNight(d));
        }
        QCOMPARE(h.sim->realImagesByDay(), (std::vector<int64_t>{48, 0, 0}));
        QCOMPARE(h.sim->realImagesByNight(), (std::vector<int64_t>{0, 0, 0}));
        QCOMPARE(h.sim->replayedByNight(), (std::vector<int64_t>{48, 48, 48}));
        QCOMPARE(h.sim->replayedByDay(), (std::vector<int64_t>{0, 48, 48}));
    }

    void extraDayIsRealImagesAtNight() {
        Harness h("extra-day");
        QVERIFY(h.sim->runDay(1));
        QVERIFY(h.sim->runNight(1));
        QCOMPARE(h.sim->realImagesByDay()[0], int64_t(48));
        QCOMPARE(h.sim->realImagesByNight()[0], int64_t(48));
        QCOMPARE(h.sim->replayedByNight()[0], int64_t(0));
    }

    // Veridical replay hands back the stored activations of exactly the day's images.
    void veridicalActivationsAreTheDaysImages() {
        Harness h("veridical-pool3");
        auto& net = h.sim->network();
        EpochOptions eo;
        eo.prep.inputSize = 32;
        eo.prep.channels = 1;
        Rng rng(5);
        const auto draw = drawDay(h.set.split.train.size(), eo, rng);
        auto [x, y] = collectActivations(net, h.set.split.train, eo, draw, 3, 1);
        torch::NoGradGuard ng;
        net.eval();
        auto imgs = makeBatch(h.set.split.train, draw.order, 0, draw.order.size(), eo.prep, &draw.augment);
        QVERIFY(torch::equal(x, net.forwardRange(imgs, kInputTap, 3)));
        QVERIFY(torch::equal(y, makeLabels(h.set.split.train, draw.order, 0, draw.order.size())));
        // and down-sampled when asked
        auto [xd, yd] = collectActivations(net, h.set.split.train, eo, draw, 3, 2);
        QVERIFY(torch::allclose(xd, downsampleBlocks(x, 2)));
    }

    void sameSeedSameNight_data() {
        QTest::addColumn<QString>("condition");
        QTest::newRow("generative") << "generative-pool4";
        QTest::newRow("veridical") << "veridical-pool2";
        QTest::newRow("rl") << "rl-pool4";
    }
    void sameSeedSameNight() {
        QFETCH(QString, condition);
        Harness a(condition.toStdString()), b(condition.toStdString()), c(condition.toStdString(), 2);
        for (auto* h : {&a, &b, &c}) {
            QVERIFY(h->sim->runDay(1));
            QVERIFY(h->sim->runNight(1));
        }
        const auto pa = a.sim->network().parameters(), pb = b.sim->network().parameters(),
                   pc = c.sim->network().parameters();
        bool allSame = true, anyDiffers = false;
        for (std::size_t i = 0; i < pa.size(); ++i) {
            allSame = allSame && torch::equal(pa[i], pb[i]);
            anyDiffers = anyDiffers || !torch::equal(pa[i], pc[i]);
        }
        QVERIFY2(allSame, "the same seed gave different nights");
        QVERIFY2(anyDiffers, "another seed gave the same night");
    }

    void imaginationsAreReported() {
        Harness h("generative-pool2");
        QVERIFY(h.sim->runDay(1));
        QVERIFY(h.sim->runNight(1));
        QCOMPARE(h.obs.imaginations.size(), std::size_t(1));
        const auto& im = h.obs.imaginations.front();
        QCOMPARE(im.layer, 2);
        QCOMPARE(im.classNames.size(), std::size_t(4));
        QCOMPARE(im.real.size(), std::size_t(4));
        QCOMPARE(im.real[0].size(), std::size_t(4));
        QCOMPARE(im.imagined[3].size(), std::size_t(4));
        const auto& m = im.real[0][0];
        QCOMPARE(m.channels, 32);  // pool2 of the mini: 32 x 8 x 8
        QCOMPARE(m.height, 8);
        QCOMPARE(m.data.size(), std::size_t(32 * 8 * 8));
        // pool2 imaginations are 4 x 4 down-sampled: every 4 x 4 block of a map is one value
        const auto& g = im.imagined[1][0];
        for (int r = 0; r < 8; ++r)
            for (int col = 0; col < 8; ++col)
                QCOMPARE(g.data[r * 8 + col], g.data[(r / 4 * 4) * 8 + col / 4 * 4]);
        QCOMPARE(im.pcaRealX.size(), std::size_t(16));   // 4 held-out images per class
        QCOMPARE(im.pcaImaginedX.size(), std::size_t(40));
        QCOMPARE(im.fidelity.size(), std::size_t(4));
        for (double f : im.fidelity) QVERIFY(f >= 0 && std::isfinite(f));
    }

    void rlNightRecordsEverySteps() {
        Harness h("rl-pool4");
        QVERIFY(h.sim->runDay(1));
        QVERIFY(h.sim->runNight(1));
        QVERIFY(h.sim->runDay(2));
        QVERIFY(h.sim->runNight(2));
        const int64_t steps = 6;  // 48 images / batch 8
        QCOMPARE(static_cast<int64_t>(h.obs.steps.size()), 2 * steps);
        QCOMPARE(h.sim->rlChoices().size(), std::size_t(2));
        int64_t total = 0;
        for (auto c : h.sim->rlChoices()[0]) total += c;
        QCOMPARE(total, steps);
        for (const auto& s : h.obs.steps) {
            double sum = 0;
            for (double p : s.probabilities) sum += p;
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
            QVERIFY(s.chosen >= 0 && s.chosen < 4);
        }
        // rewards are differences of consecutive chi-squares
        QCOMPARE(h.obs.steps[1].reward, h.obs.steps[0].chi2 - h.obs.steps[1].chi2);
    }

    // Turning imaginations into drawings (a night kept: the first) leaves every weight, the
    // next day's numbers and the night's imagination as they are without it.
    void keptDrawingsLeaveTheNetworkAlone() {
        Harness plain("generative-pool2"), kept("generative-pool2", 1, RlInit::Glorot, 2);
        for (auto* h : {&plain, &kept}) {
            QVERIFY(h->sim->runDay(1));
            QVERIFY(h->sim->runNight(1));
            QVERIFY(h->sim->runDay(2));
        }
        const auto a = plain.sim->network().parameters(), b = kept.sim->network().parameters();
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i) QVERIFY(torch::equal(a[i], b[i]));
        QCOMPARE(plain.obs.imaginations.size(), std::size_t(1));
        QCOMPARE(kept.obs.imaginations.size(), std::size_t(1));
        const auto& p = plain.obs.imaginations[0];
        const auto& k = kept.obs.imaginations[0];
        QVERIFY(p.pictures.empty());
        QCOMPARE(k.pictures.size(), std::size_t(4));
        QCOMPARE(k.pictures[0].imaginedReconstructions.size(), std::size_t(2));
        QCOMPARE(k.pcaImaginedX, p.pcaImaginedX);  // the imagination stream drew the same samples
        QCOMPARE(k.fidelity, p.fidelity);
    }

    // The side network's Glorot start comes from the run seed: the same seed gives the same
    // values after the first night, another seed or the zero start others.
    void rlStartComesFromTheRunSeed() {
        Harness a("rl-pool4"), b("rl-pool4"), c("rl-pool4", 2), z("rl-pool4", 1, RlInit::Zero);
        for (auto* h : {&a, &b, &c, &z}) {
            QVERIFY(h->sim->runDay(1));
            QVERIFY(h->sim->runNight(1));
            QVERIFY(h->sim->hippocampus() != nullptr);
        }
        QCOMPARE(a.sim->hippocampus()->values(), b.sim->hippocampus()->values());
        QVERIFY(a.sim->hippocampus()->values() != c.sim->hippocampus()->values());
        QVERIFY(a.sim->hippocampus()->values() != z.sim->hippocampus()->values());
    }
};

QTEST_GUILESS_MAIN(TestNight)
#include "tst_night.moc"
