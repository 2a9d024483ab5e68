// Replay sources: the exact Gaussian sampler, down- and up-sampling.
#include <ATen/CPUGeneratorImpl.h>
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "replay/Replay.h"
#include "stats/Pca.h"

using namespace replaylab;

class TestReplay : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Many draws: sample mean and covariance match mu and Sigma within 5 standard errors
    // (SE of a mean: sqrt(S_ii / M); of a covariance entry: sqrt((S_ii S_jj + S_ij^2) / M)).
    void samplerMatchesMeanAndCovariance_data() {
        QTest::addColumn<bool>("diagonal");
        QTest::newRow("full") << false;
        QTest::newRow("diagonal") << true;
    }
    void samplerMatchesMeanAndCovariance() {
        QFETCH(bool, diagonal);
        auto gen = at::detail::createCPUGenerator(42);
        const int64_t n = 40, d = 6, m = 200000;
        // correlated data: a random mixing of independent columns, plus an offset
        auto x = torch::randn({n, d}, gen, torch::kFloat64).mm(torch::randn({d, d}, gen, torch::kFloat64)) + 3.0;
        GaussianSampler s(x, diagonal ? GaussianSampler::Kind::Diagonal : GaussianSampler::Kind::Full);
        auto mu = x.mean(0);
        auto xc = x - mu;
        auto sigma = xc.t().mm(xc) / static_cast<double>(n - 1);
        if (diagonal) sigma = torch::diag(torch::diag(sigma));
        QVERIFY(torch::allclose(s.covariance().to(torch::kFloat64), sigma, 1e-4, 1e-4));
        auto samples = s.sample(m, gen).to(torch::kFloat64);
        QCOMPARE(samples.sizes().vec(), (std::vector<int64_t>{m, d}));
        auto sm = samples.mean(0);
        auto sc = samples - sm;
        auto scov = sc.t().mm(sc) / static_cast<double>(m - 1);
        auto var = torch::diag(sigma);
        auto seMean = (var / static_cast<double>(m)).sqrt();
        QVERIFY2(((sm - mu).abs() <= 5 * seMean + 1e-9).all().item<bool>(), "sample mean off");
        auto seCov = ((var.unsqueeze(1) * var.unsqueeze(0) + sigma.pow(2)) / static_cast<double>(m)).sqrt();
        QVERIFY2(((scov - sigma).abs() <= 5 * seCov + 1e-6).all().item<bool>(), "sample covariance off");
    }

    // With N samples in D >> N dimensions the full sampler lives in the span of the data.
    void fullSamplerStaysInDataSpan() {
        auto gen = at::detail::createCPUGenerator(1);
        auto x = torch::randn({5, 50}, gen);
        GaussianSampler s(x, GaussianSampler::Kind::Full);
        auto samples = s.sample(20, gen) - x.mean(0);
        // project out the span of the centred data: the residual vanishes
        auto xc = (x - x.mean(0)).to(torch::kFloat64);
        auto q = std::get<0>(torch::linalg_qr(xc.t()));
        auto sd = samples.to(torch::kFloat64).t();
        auto resid = sd - q.mm(q.t().mm(sd));
        QVERIFY(resid.abs().max().item<double>() < 1e-4);
    }

    void samplerIsSeeded() {
        auto x = torch::randn({10, 8});
        GaussianSampler s(x, GaussianSampler::Kind::Full);
        auto g1 = at::detail::createCPUGenerator(9), g2 = at::detail::createCPUGenerator(9);
        QVERIFY(torch::equal(s.sample(5, g1), s.sample(5, g2)));
    }

    void downAndUpSampling() {
        auto a = torch::arange(32, torch::kFloat32).view({1, 2, 4, 4});
        auto d = downsampleBlocks(a, 2);
        QCOMPARE(d.sizes().vec(), (std::vector<int64_t>{1, 2, 2, 2}));
        // block (0,0) of channel 0 holds 0, 1, 4, 5
        QCOMPARE(d[0][0][0][0].item<float>(), 2.5f);
        QCOMPARE(d[0][1][1][1].item<float>(), (26 + 27 + 30 + 31) / 4.0f);
        auto u = upsampleNearest(d, 2);
        QCOMPARE(u.sizes().vec(), a.sizes().vec());
        QCOMPARE(u[0][0][1][1].item<float>(), 2.5f);
        QCOMPARE(u[0][0][0][1].item<float>(), 2.5f);
        // factor 4 on 16 x 16 (pool1 of the mini): 4 x 4, back to 16 x 16
        auto b = torch::rand({3, 16, 16, 16});
        QCOMPARE(downsampleBlocks(b, 4).sizes().vec(), (std::vector<int64_t>{3, 16, 4, 4}));
        auto back = upsampleNearest(downsampleBlocks(b, 4), 4);
        QCOMPARE(back.sizes().vec(), b.sizes().vec());
        // the block means are kept
        QVERIFY(torch::allclose(downsampleBlocks(back, 4), downsampleBlocks(b, 4)));
        // factor 1 is the identity
        QVERIFY(torch::equal(downsampleBlocks(b, 1), b));
        QVERIFY(torch::equal(upsampleNearest(b, 1), b));
    }

    void perClassSamplersAndDraws() {
        ActivationSet acts;
        acts.x = torch::randn({30, 2, 2, 2});
        acts.y = torch::arange(30, torch::kInt64).remainder(3);
        acts.factor = 2;
        for (int k = 0; k < 3; ++k) acts.x.index_put_({acts.y.eq(k)}, acts.x.index({acts.y.eq(k)}) + 10.0 * k);
        auto samplers = fitSamplers(acts, 3, GaussianSampler::Kind::Full);
        QCOMPARE(samplers.size(), std::size_t(3));
        for (int k = 0; k < 3; ++k) {
            auto mean = acts.x.index({acts.y.eq(k)}).flatten(1).mean(0);
            QVERIFY(torch::allclose(samplers[k].mean(), mean));
            QCOMPARE(samplers[k].count(), int64_t(10));
        }
        auto gen = at::detail::createCPUGenerator(3);
        auto drawn = drawSamples(samplers, {-1, 4, 0}, acts, gen);
        QCOMPARE(drawn.x.sizes().vec(), (std::vector<int64_t>{14, 2, 2, 2}));
        QCOMPARE(drawn.y.eq(0).sum().item<int64_t>(), int64_t(10));  // -1: as many as images
        QCOMPARE(drawn.y.eq(1).sum().item<int64_t>(), int64_t(4));
        QCOMPARE(drawn.y.eq(2).sum().item<int64_t>(), int64_t(0));
        QCOMPARE(drawn.factor, 2);
    }

    void pcaAndFrechet() {
        // points on a line: one component carries everything
        std::vector<float> rows;
        for (int i = 0; i < 10; ++i) rows.insert(rows.end(), {float(i), float(2 * i), 0.f});
        auto s = pcaScores(rows, 10, 3, 2);
        double var0 = 0, var1 = 0;
        for (int i = 0; i < 10; ++i) {
            var0 += s[i * 2] * s[i * 2];
            var1 += s[i * 2 + 1] * s[i * 2 + 1];
        }
        QVERIFY(var0 > 100 && var1 < 1e-9);
        // Frechet distance: 0 for identical clouds, |shift|^2 for a shifted copy
        std::vector<double> a = {0, 0, 1, 0, 0, 1, 1, 1}, b = a;
        for (std::size_t i = 0; i < b.size(); i += 2) b[i] += 3.0;
        QVERIFY(std::abs(frechetDistance(a, 4, a, 4, 2)) < 1e-9);
        QVERIFY(std::abs(frechetDistance(a, 4, b, 4, 2) - 9.0) < 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestReplay)
#include "tst_replay.moc"
