// Activations back to pictures: an inverted drawing resembles that drawing more than one of
// another class, its activations match the target, the same seed gives the same picture, the
// network's mode survives (also a throw), and a real activation's nearest neighbour is itself.
#include <QtTest/QtTest>
#include <torch/torch.h>

#include <map>

#include "TestData.h"
#include "TestUtil.h"
#include "data/ClassSets.h"
#include "data/Dataset.h"
#include "network/Vgg.h"
#include "replay/Inversion.h"
#include "replay/Replay.h"
#include "sim/Simulation.h"
#include "sim/Training.h"
#include "util/Paths.h"
#include "util/Random.h"

using namespace replaylab;

namespace {

constexpr int kCases = 20;           // drawings inverted per replay point (2 per class)
constexpr int kPerClassTest = 20;    // test drawings per class in the split below

Vgg shippedBackbone() {
    const auto file = resourceDir() / "backbones" / "quickdraw-mini.pt";
    Vgg net(readModelInfo(file).options);
    loadWeights(*net, file, /*featuresOnly=*/false);
    return net;
}

double pearson(const torch::Tensor& a, const torch::Tensor& b) {
    auto x = a.flatten().to(torch::kFloat64), y = b.flatten().to(torch::kFloat64);
    x = x - x.mean();
    y = y - y.mean();
    return (x * y).sum().item<double>() / std::max(1e-12, (x.norm() * y.norm()).item<double>());
}

// A drawing-like input without the data: a bright square and a bar on black.
torch::Tensor syntheticDrawing() {
    auto x = torch::zeros({1, 1, 32, 32});
    x.slice(2, 6, 20).slice(3, 6, 20).fill_(1.0);
    x.slice(2, 24, 27).slice(3, 4, 28).fill_(1.0);
    return x;
}

}  // namespace

class TestInversion : public QObject {
    Q_OBJECT
    Vgg net_{nullptr};
    TensorSet test_;                     // Quick Draw set 1, test split, loaded on first use
    std::map<int, InversionResult> inverted_;  // per tap: the kCases drawings inverted
    std::vector<int64_t> own_, other_;

    const TensorSet& testSet() {
        if (test_.size() == 0) {
            const auto sets = loadClassSetList(resourceDir() / "class_sets" / "quickdraw.json");
            auto source = makeQuickDrawSource(quickDrawDir(dataDir()));
            const auto prep = preprocessOptions(ModelConfig{});
            const auto data = loadSplit(*source, sets.sets.at(0), SplitSizes{1, 1, kPerClassTest}, 1, prep, true);
            test_ = toTensors(data.test, prep, torch::kCPU);
            // Case i: the (i % 2)-th test drawing of class i / 2, against a random drawing of
            // another class.
            Rng rng(11);
            const int classes = static_cast<int>(data.classNames.size());
            for (int i = 0; i < kCases; ++i) {
                const int k = i / 2;
                own_.push_back(k * kPerClassTest + i % 2);
                const int otherClass = (k + 1 + static_cast<int>(rng.below(classes - 1))) % classes;
                other_.push_back(otherClass * kPerClassTest + static_cast<int64_t>(rng.below(kPerClassTest)));
            }
        }
        return test_;
    }

    torch::Tensor activations(const torch::Tensor& x, int tap) {
        torch::NoGradGuard ng;
        net_->eval();
        return net_->forwardRange(x, kInputTap, tap);
    }

    const InversionResult& invertedDrawings(int tap) {
        auto it = inverted_.find(tap);
        if (it == inverted_.end()) {
            const auto x = testSet().x.index_select(0, torch::tensor(own_));
            it = inverted_.emplace(tap, invertActivations(*net_, tap, activations(x, tap))).first;
        }
        return it->second;
    }

private Q_SLOTS:
    void initTestCase() {
        torch::set_num_threads(2);
        net_ = shippedBackbone();
    }

    void picturesResembleTheirDrawings_data() {
        QTest::addColumn<int>("tap");
        QTest::addColumn<int>("atLeast");  // measured: see the message printed
        QTest::newRow("pool1") << 1 << 18;
        QTest::newRow("pool2") << 2 << 18;
    }
    void picturesResembleTheirDrawings() {
        REQUIRE_QUICKDRAW();
        QFETCH(int, tap);
        QFETCH(int, atLeast);
        const auto& r = invertedDrawings(tap);
        QCOMPARE(r.images.sizes().vec(), (std::vector<int64_t>{kCases, 1, 32, 32}));
        QVERIFY(r.images.min().item<float>() >= 0.0f && r.images.max().item<float>() <= 1.0f);
        int closer = 0;
        double ownMean = 0, otherMean = 0;
        for (int i = 0; i < kCases; ++i) {
            const double a = pearson(r.images[i], test_.x[own_[static_cast<std::size_t>(i)]]);
            const double b = pearson(r.images[i], test_.x[other_[static_cast<std::size_t>(i)]]);
            closer += a > b ? 1 : 0;
            ownMean += a / kCases;
            otherMean += b / kCases;
        }
        qInfo("pool%d: %d of %d pictures closer to their own drawing (mean r %.3f vs %.3f)", tap,
              closer, kCases, ownMean, otherMean);
        QVERIFY2(closer >= atLeast, qPrintable(QString("%1 of %2").arg(closer).arg(kCases)));
    }

    // Full-resolution targets at pool1 and pool2 (the drawings above), and imagined-like
    // targets at every replay point: block means as replay stores them (4, 4, 2, 2, 1).
    void picturesReproduceTheTargetActivations_data() {
        QTest::addColumn<int>("tap");
        QTest::addColumn<int>("factor");
        // Bounds about 1.3 times the figures measured with the defaults (printed below).
        QTest::addColumn<double>("maxMean");
        QTest::addColumn<double>("maxWorst");
        QTest::newRow("pool1 full") << 1 << 1 << 0.006 << 0.025;               // 0.0043, 0.019
        QTest::newRow("pool2 full") << 2 << 1 << 0.075 << 0.12;                // 0.057, 0.090
        QTest::newRow("pool1 block means 4") << 1 << 4 << 0.0012 << 0.0045;   // 0.0008, 0.0033
        QTest::newRow("pool3 block means 2") << 3 << 2 << 0.06 << 0.125;      // 0.046, 0.093
        QTest::newRow("pool4 block means 2") << 4 << 2 << 0.2 << 0.46;        // 0.155, 0.356
        QTest::newRow("pool5") << 5 << 1 << 0.3 << 0.8;                        // 0.228, 0.606
    }
    void picturesReproduceTheTargetActivations() {
        REQUIRE_QUICKDRAW();
        QFETCH(int, tap);
        QFETCH(int, factor);
        QFETCH(double, maxMean);
        QFETCH(double, maxWorst);
        const auto x = testSet().x.index_select(0, torch::tensor(own_));
        const auto target = downsampleBlocks(activations(x, tap), factor);
        const InversionResult r = factor == 1 ? invertedDrawings(tap) : invertActivations(*net_, tap, target);
        QCOMPARE(r.relativeError.size(), std::size_t(kCases));
        // the reported error is that of the returned pictures
        const auto again = downsampleBlocks(activations(r.images, tap), factor);
        const auto mine = (again - target).pow(2).sum({1, 2, 3}) / target.pow(2).sum({1, 2, 3});
        double worst = 0, mean = 0;
        for (int i = 0; i < kCases; ++i) {
            const double e = r.relativeError[static_cast<std::size_t>(i)];
            QVERIFY(std::abs(e - mine[i].item<double>()) <= 1e-4 * std::max(1.0, e));
            worst = std::max(worst, e);
            mean += e / kCases;
        }
        qInfo("pool%d, factor %d: relative activation error mean %.4f, worst %.4f", tap, factor, mean, worst);
        QVERIFY2(mean <= maxMean, qPrintable(QString::number(mean)));
        QVERIFY2(worst <= maxWorst, qPrintable(QString::number(worst)));
    }

    void sameSeedSamePicture() {
        const auto target = activations(torch::cat({syntheticDrawing(), syntheticDrawing().flip(3)}), 2);
        InversionOptions o;
        o.steps = 30;
        o.seed = 3;
        const auto a = invertActivations(*net_, 2, target, o);
        const auto b = invertActivations(*net_, 2, target, o);
        o.seed = 4;
        const auto c = invertActivations(*net_, 2, target, o);
        QVERIFY2(torch::equal(a.images, b.images), "the same seed gave another picture");
        QCOMPARE(a.relativeError, b.relativeError);
        QVERIFY2(!torch::equal(a.images, c.images), "another seed gave the same picture");
    }

    void oneTargetWithoutBatchDimension() {
        const auto target = activations(syntheticDrawing(), 3);
        InversionOptions o;
        o.steps = 5;
        const auto one = invertActivations(*net_, 3, target[0], o);
        QCOMPARE(one.images.sizes().vec(), (std::vector<int64_t>{1, 1, 32, 32}));
        QCOMPARE(one.relativeError.size(), std::size_t(1));
    }

    void networkModeIsRestored() {
        const auto target = activations(syntheticDrawing(), 1);
        InversionOptions o;
        o.steps = 3;
        for (bool training : {true, false}) {
            net_->train(training);
            invertActivations(*net_, 1, target, o);
            QCOMPARE(net_->is_training(), training);
        }
        for (const auto& p : net_->parameters()) QVERIFY(p.requires_grad());
        QVERIFY(!net_->parameters().front().grad().defined());
    }

    void stopEndsTheDescentAtOnce() {
        const auto target = activations(syntheticDrawing(), 2);
        InversionOptions o;
        o.steps = 1000;
        int asked = 0;
        o.shouldStop = [&] { return ++asked > 3; };
        net_->train(true);
        const auto r = invertActivations(*net_, 2, target, o);
        QVERIFY(r.stopped);
        QCOMPARE(asked, 4);  // asked before each step: three steps ran, the fourth did not
        QVERIFY(!r.images.defined());
        QVERIFY(r.relativeError.empty());
        QVERIFY(net_->is_training());
        for (const auto& p : net_->parameters()) QVERIFY(p.requires_grad());
        o.shouldStop = [] { return false; };
        o.steps = 2;
        QVERIFY(!invertActivations(*net_, 2, target, o).stopped);
    }

    // Gradients are needed even when the caller holds a NoGradGuard (a night's evaluation).
    void invertsUnderACallersNoGradGuard() {
        const auto target = activations(syntheticDrawing(), 2);
        InversionOptions o;
        o.steps = 20;
        const auto free = invertActivations(*net_, 2, target, o);
        torch::NoGradGuard noGrad;
        const auto guarded = invertActivations(*net_, 2, target, o);
        QVERIFY(torch::equal(free.images, guarded.images));
        QCOMPARE(guarded.relativeError, free.relativeError);
    }

    void badTargetThrowsAndRestoresMode_data() {
        QTest::addColumn<int>("tap");
        QTest::addColumn<QList<int>>("shape");
        QTest::addColumn<QString>("message");
        const QString pool2 = "inverting activations at pool2: a target must have the shape "
                              "[32, 8, 8] there (or a block-mean down-sampling of it, [32, 8/f, 8/f]), given ";
        QTest::newRow("channels") << 2 << QList<int>{2, 16, 8, 8} << pool2 + "[2, 16, 8, 8]";
        QTest::newRow("no factor") << 2 << QList<int>{2, 32, 3, 3} << pool2 + "[2, 32, 3, 3]";
        QTest::newRow("unequal factors") << 2 << QList<int>{1, 32, 8, 4} << pool2 + "[1, 32, 8, 4]";
        QTest::newRow("flat") << 2 << QList<int>{2, 2048} << pool2 + "[2, 2048]";
        QTest::newRow("logits") << 6 << QList<int>{1, 10, 1, 1}
                                << "inverting activations: the replay point must be pool1..pool5, not tap 6";
    }
    void badTargetThrowsAndRestoresMode() {
        QFETCH(int, tap);
        QFETCH(QList<int>, shape);
        QFETCH(QString, message);
        std::vector<int64_t> dims(shape.begin(), shape.end());
        net_->train();
        QCOMPARE(testutil::inputErrorOf([&] { invertActivations(*net_, tap, torch::ones(dims)); }), message);
        QVERIFY(net_->is_training());
        for (const auto& p : net_->parameters()) QVERIFY(p.requires_grad());
    }

    void nearestOfARealActivationIsItself() {
        REQUIRE_QUICKDRAW();
        const auto real = downsampleBlocks(activations(testSet().x, 3), 2);  // as replay keeps pool3
        const std::vector<int64_t> picks = {0, 57, 133, 199};
        const auto queries = real.index_select(0, torch::tensor(picks));
        const auto nb = nearestByCosine(queries, real, 5);
        QCOMPARE(nb.indices.sizes().vec(), (std::vector<int64_t>{4, 5}));
        for (std::size_t q = 0; q < picks.size(); ++q) {
            const auto i = static_cast<int64_t>(q);
            QCOMPARE(nb.indices[i][0].item<int64_t>(), picks[q]);
            QVERIFY(std::abs(nb.similarity[i][0].item<float>() - 1.0f) < 1e-5f);
            for (int j = 1; j < 5; ++j) {
                QVERIFY(nb.similarity[i][j].item<float>() <= nb.similarity[i][j - 1].item<float>());
                // the values are cosines of the flattened activations
                const auto a = queries[i].flatten(), b = real[nb.indices[i][j].item<int64_t>()].flatten();
                const double cosine = (a.dot(b) / (a.norm() * b.norm())).item<double>();
                QVERIFY(std::abs(cosine - nb.similarity[i][j].item<double>()) < 1e-5);
            }
        }
        QCOMPARE(nearestByCosine(queries, real.slice(0, 0, 3), 10).indices.size(1), int64_t(3));
        QCOMPARE(testutil::inputErrorOf([&] { nearestByCosine(queries, real.flatten(1).slice(1, 0, 7), 1); }),
                 QString("nearest activations: queries of shape [4, 64, 2, 2] and reference activations "
                         "of shape [200, 7] differ in size (256 vs 7 values)"));
    }
};

QTEST_GUILESS_MAIN(TestInversion)
#include "tst_inversion.moc"
