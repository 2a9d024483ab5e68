// The optimiser shared by days and nights, and evaluation numbers.
#include <ATen/CPUGeneratorImpl.h>
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "network/Vgg.h"
#include "sim/Training.h"

using namespace replaylab;

class TestTraining : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Standard form = PyTorch's Adam, step for step.
    void standardAdamMatchesPyTorch() {
        auto gen = at::detail::createCPUGenerator(5);
        auto w0 = torch::randn({7, 3}, gen);
        auto target = torch::randn({7, 3}, gen);
        auto a = w0.clone().requires_grad_(true);
        auto b = w0.clone().requires_grad_(true);
        AdamOptions ao;
        ao.lr = 1e-2;
        ao.eps = 1e-8;
        SharedAdam mine(ao);
        torch::optim::Adam ref({b}, torch::optim::AdamOptions(1e-2).eps(1e-8));
        for (int i = 0; i < 20; ++i) {
            clearGradients({a});
            (a - target).pow(2).sum().backward();
            mine.step({a});
            ref.zero_grad();
            (b - target).pow(2).sum().backward();
            ref.step();
        }
        QVERIFY2(torch::allclose(a, b, 1e-5, 1e-6),
                 qPrintable(QString::number((a - b).abs().max().item<double>())));
        QCOMPARE(mine.steps(), int64_t(20));
    }

    // Keras' form, one step by hand: m = 0.1 g, v = 0.001 g^2,
    // lr_t = lr sqrt(1 - 0.999) / (1 - 0.9), w -= lr_t m / (sqrt(v) + eps).
    void kerasFormOneStep() {
        auto w = torch::tensor({1.0, -2.0}, torch::kFloat64).requires_grad_(true);
        AdamOptions ao;
        ao.lr = 0.5;
        ao.eps = 1.0;
        ao.kerasForm = true;
        SharedAdam adam(ao);
        (w * torch::tensor({3.0, 4.0}, torch::kFloat64)).sum().backward();  // g = (3, 4)
        adam.step({w});
        const double lrT = 0.5 * std::sqrt(1 - 0.999) / (1 - 0.9);
        auto expect = [&](double w0, double g) {
            return w0 - lrT * (0.1 * g) / (std::sqrt(0.001 * g * g) + 1.0);
        };
        QVERIFY(std::abs(w[0].item<double>() - expect(1.0, 3.0)) < 1e-12);
        QVERIFY(std::abs(w[1].item<double>() - expect(-2.0, 4.0)) < 1e-12);
    }

    // A parameter left out of step() does not move, whatever its gradient or past moments.
    void parametersNotPassedStayPut() {
        auto a = torch::ones({3}).requires_grad_(true);
        auto b = torch::ones({3}).requires_grad_(true);
        SharedAdam adam(AdamOptions{});
        for (int i = 0; i < 3; ++i) {
            clearGradients({a, b});
            (a * 2 + b * 3).sum().backward();
            adam.step({a, b});
        }
        const auto frozen = b.detach().clone();
        for (int i = 0; i < 5; ++i) {
            clearGradients({a, b});
            (a * 2).sum().backward();  // b gets no gradient
            adam.step({a});
        }
        QVERIFY(torch::equal(b, frozen));
        QCOMPARE(adam.steps(), int64_t(8));  // one global count, as Keras keeps
    }

    void clearGradientsDropsThem() {
        auto a = torch::ones({2}).requires_grad_(true);
        (a * 2).sum().backward();
        QVERIFY(a.grad().defined());
        clearGradients({a});
        QVERIFY(!a.grad().defined());
    }

    // Per-class accuracy and loss agree with a direct computation.
    void evaluationNumbers() {
        VggOptions o;
        o.numClasses = 3;
        Vgg net(o);
        net->resetFeatures(at::detail::createCPUGenerator(1));
        net->resetHead(3, at::detail::createCPUGenerator(2));
        auto x = torch::rand({30, 1, 32, 32}, at::detail::createCPUGenerator(3));
        auto y = torch::arange(30, torch::kInt64).remainder(3);
        const auto r = evaluateFrom(*net, kInputTap, x, y, 3, 7);
        torch::NoGradGuard g;
        net->eval();
        auto logits = net->forward(x);
        auto pred = logits.argmax(1);
        auto ce = torch::nn::functional::cross_entropy(logits, y);
        QVERIFY(std::abs(r.loss - ce.item<double>()) < 1e-5);
        QCOMPARE(r.accuracy, pred.eq(y).sum().item<double>() / 30.0);
        for (int k = 0; k < 3; ++k) {
            auto mask = y.eq(k);
            QCOMPARE(r.classCount[k], int64_t(10));
            QCOMPARE(r.classCorrect[k], pred.masked_select(mask).eq(k).sum().item<int64_t>());
        }
    }
};

QTEST_GUILESS_MAIN(TestTraining)
#include "tst_training.moc"
