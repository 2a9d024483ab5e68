// The VGG family: taps, splits, parameter partitions, weight files.
#include <fstream>

#include <ATen/CPUGeneratorImpl.h>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "network/Vgg.h"
#include "util/Error.h"

using namespace replaylab;

namespace {
Vgg makeMini(int classes = 10, uint64_t seed = 3) {
    VggOptions o;
    o.numClasses = classes;
    Vgg net(o);
    net->resetFeatures(at::detail::createCPUGenerator(seed));
    net->resetHead(classes, at::detail::createCPUGenerator(seed + 1));
    net->eval();
    return net;
}
std::string path(const QTemporaryDir& d, const char* name) {
    return QDir(d.path()).filePath(name).toStdString();
}
}  // namespace

class TestModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tapShapesMatchForward_data() {
        QTest::addColumn<int>("tap");
        for (int t = 1; t <= 5; ++t) QTest::newRow(qPrintable(QString("pool%1").arg(t))) << t;
    }
    void tapShapesMatchForward() {
        QFETCH(int, tap);
        auto net = makeMini();
        torch::NoGradGuard g;
        auto x = torch::rand({4, 1, 32, 32}, at::detail::createCPUGenerator(1));
        auto a = net->forwardRange(x, kInputTap, tap);
        const auto s = net->tapShape(tap);
        QCOMPARE(a.sizes().vec(), (std::vector<int64_t>{4, s[0], s[1], s[2]}));
    }

    void splitForwardEqualsFull_data() {
        QTest::addColumn<int>("tap");
        for (int t = 0; t <= 6; ++t) QTest::newRow(qPrintable(QString("tap%1").arg(t))) << t;
    }
    void splitForwardEqualsFull() {
        QFETCH(int, tap);
        auto net = makeMini();
        torch::NoGradGuard g;
        auto x = torch::rand({5, 1, 32, 32}, at::detail::createCPUGenerator(2));
        auto full = net->forward(x);
        auto split = net->forwardRange(net->forwardRange(x, kInputTap, tap), tap, kLogitsTap);
        QVERIFY(torch::equal(full, split));
        // and through every pair of taps in a chain
        auto chain = x;
        for (int t = 0; t < kLogitsTap; ++t) chain = net->forwardRange(chain, t, t + 1);
        QVERIFY(torch::equal(full, chain));
    }

    // The network's fused relu + pool against torch's two kernels: values, the sign of zeros
    // and the gradient, bit for bit, on ties, odd sizes, widths that leave a tail after the
    // four-at-a-time loop, and NaN.
    void fusedReluPoolMatchesTorch_data() {
        QTest::addColumn<QVector<int>>("shape");
        QTest::addColumn<QString>("values");
        QTest::newRow("normal 32x32") << QVector<int>{3, 4, 32, 32} << "normal";
        QTest::newRow("ties and zeros") << QVector<int>{2, 5, 16, 16} << "ties";
        QTest::newRow("odd 7x9") << QVector<int>{2, 3, 7, 9} << "ties";
        QTest::newRow("tails 6x10") << QVector<int>{2, 2, 6, 10} << "normal";
        QTest::newRow("2x2") << QVector<int>{5, 8, 2, 2} << "ties";
        QTest::newRow("all negative") << QVector<int>{2, 2, 8, 8} << "negative";
        QTest::newRow("NaN") << QVector<int>{2, 3, 12, 12} << "nan";
    }
    void fusedReluPoolMatchesTorch() {
        QFETCH(QVector<int>, shape);
        QFETCH(QString, values);
        const std::vector<int64_t> dims(shape.begin(), shape.end());
        auto gen = at::detail::createCPUGenerator(11);
        auto x = torch::randn(dims, gen);
        if (values == "ties") x = (x * 2).round() / 2;  // many equal maxima, many zeros
        if (values == "negative") x = -x.abs();
        if (values == "nan") {
            auto flat = x.view({-1});
            for (int64_t i : {0, 5, 6, 77, 140, 141, 300}) flat[i] = std::nanf("");
        }
        auto gradOut = torch::randn({dims[0], dims[1], dims[2] / 2, dims[3] / 2}, gen);
        gradOut.view({-1})[0] = -0.0f;
        gradOut.view({-1})[1] = 0.0f;

        auto xa = x.clone().requires_grad_(true);
        auto ya = torch::max_pool2d(torch::relu(xa), {2, 2}, {2, 2});
        ya.backward(gradOut);
        auto xb = x.clone().requires_grad_(true);
        auto yb = reluMaxPool2x2(xb);
        yb.backward(gradOut);

        auto same = [](const torch::Tensor& a, const torch::Tensor& b) {
            return a.sizes() == b.sizes() && torch::equal(a.isnan(), b.isnan()) &&
                   torch::equal(a.nan_to_num(0), b.nan_to_num(0)) &&
                   torch::equal(torch::signbit(a.nan_to_num(0)), torch::signbit(b.nan_to_num(0)));
        };
        QVERIFY(same(ya.detach(), yb.detach()));
        QVERIFY(same(xa.grad(), xb.grad()));
        if (values == "nan") QVERIFY(yb.isnan().any().item<bool>());
        if (values == "negative") QVERIFY(torch::equal(xb.grad(), torch::zeros_like(x)));
    }
    void fusedReluPoolRefusesOtherTensors() {
        QVERIFY_EXCEPTION_THROWN(reluMaxPool2x2(torch::zeros({2, 3, 4})), c10::Error);
        QVERIFY_EXCEPTION_THROWN(reluMaxPool2x2(torch::zeros({1, 1, 4, 4}, torch::kFloat64)), c10::Error);
    }

    void vgg16Shapes() {
        Vgg net(VggOptions::vgg16(10));
        QCOMPARE(net->tapShape(1)[0], int64_t(64));
        QCOMPARE(net->tapShape(4)[1], int64_t(14));
        QCOMPARE(net->tapShape(5)[1], int64_t(7));
        // 13 convolutions, 3 linear layers, named as torchvision names them
        int convs = 0, linears = 0;
        for (const auto& kv : net->named_parameters()) {
            if (kv.key().find("weight") == std::string::npos) continue;
            (kv.value().dim() == 4 ? convs : linears)++;
        }
        QCOMPARE(convs, 13);
        QCOMPARE(linears, 3);
        QVERIFY(net->named_parameters().contains("features.28.weight"));
        QVERIFY(net->named_parameters().contains("classifier.6.bias"));
        int64_t n = 0;
        for (const auto& p : net->parameters()) n += p.numel();
        // 138,357,544 with 1000 classes (the paper's count); 10 classes here
        QCOMPARE(n, int64_t(138357544) - 4097 * 990);
    }

    void parameterPartition_data() {
        QTest::addColumn<int>("tap");
        for (int t = 0; t <= 6; ++t) QTest::newRow(qPrintable(QString("tap%1").arg(t))) << t;
    }
    void parameterPartition() {
        QFETCH(int, tap);
        auto net = makeMini();
        auto above = net->parametersAbove(tap);
        auto below = net->parametersAtOrBelow(tap);
        QCOMPARE(above.size() + below.size(), net->parameters().size());
        for (auto& a : above)
            for (auto& b : below) QVERIFY(!a.is_same(b));
        // Gradients of a truncated forward reach exactly the parameters above the tap.
        if (tap >= 1 && tap <= 5) {
            net->train();
            auto s = net->tapShape(tap);
            auto act = torch::rand({3, s[0], s[1], s[2]});
            net->forwardRange(act, tap, kLogitsTap).sum().backward();
            for (auto& a : above) QVERIFY(a.grad().defined());
            for (auto& b : below) QVERIFY(!b.grad().defined());
        }
    }

    void headIsGlorotUniformWithZeroBias() {
        auto net = makeMini(10, 7);
        auto w = net->named_parameters()["classifier.6.weight"];
        const double bound = std::sqrt(6.0 / (256 + 10));
        QVERIFY(w.abs().max().item<double>() <= bound);
        QVERIFY(w.abs().max().item<double>() > 0.9 * bound);
        QCOMPARE(net->named_parameters()["classifier.6.bias"].abs().sum().item<double>(), 0.0);
    }

    void dropoutIsSeeded() {
        auto a = makeMini(10, 5), b = makeMini(10, 5);
        a->train();
        b->train();
        a->setDropoutGenerator(at::detail::createCPUGenerator(11));
        b->setDropoutGenerator(at::detail::createCPUGenerator(11));
        auto x = torch::rand({4, 1, 32, 32}, at::detail::createCPUGenerator(3));
        QVERIFY(torch::equal(a->forward(x), b->forward(x)));
        a->eval();
        QVERIFY(torch::equal(a->forward(x), a->forward(x)));
    }

    void saveLoadRoundTrip() {
        QTemporaryDir dir;
        auto net = makeMini(12, 9);
        net->save(path(dir, "m.pt"), R"({"note":"test"})");
        const auto info = readModelInfo(path(dir, "m.pt"));
        QCOMPARE(info.options.numClasses, 12);
        QVERIFY(info.options.sameArchitecture(net->options()));
        QCOMPARE(QString::fromStdString(info.metaJson), QString(R"({"note":"test"})"));
        Vgg other(info.options);
        loadWeights(*other, path(dir, "m.pt"), false);
        other->eval();
        auto x = torch::rand({2, 1, 32, 32});
        torch::NoGradGuard g;
        QVERIFY(torch::equal(net->forward(x), other->forward(x)));
    }

    void featuresOnlyKeepsHead() {
        QTemporaryDir dir;
        auto net = makeMini(245, 9);
        net->save(path(dir, "base.pt"));
        auto fresh = makeMini(10, 21);
        const auto headBefore = fresh->named_parameters()["classifier.0.weight"].clone();
        loadWeights(*fresh, path(dir, "base.pt"), /*featuresOnly=*/true);
        QVERIFY(torch::equal(fresh->named_parameters()["features.0.weight"],
                             net->named_parameters()["features.0.weight"]));
        QVERIFY(torch::equal(fresh->named_parameters()["classifier.0.weight"], headBefore));
    }

    void badWeightFiles() {
        QTemporaryDir dir;
        auto net = makeMini();
        net->save(path(dir, "good.pt"));
        // missing
        try {
            readModelInfo(path(dir, "nope.pt"));
            QFAIL("no error for a missing file");
        } catch (const InputError& e) {
            QVERIFY(QString(e.what()).contains("not found"));
            QVERIFY(QString(e.what()).contains("nope.pt"));
        }
        // truncated
        {
            std::ifstream in(path(dir, "good.pt"), std::ios::binary);
            std::string bytes((std::istreambuf_iterator<char>(in)), {});
            std::ofstream out(path(dir, "cut.pt"), std::ios::binary);
            out.write(bytes.data(), static_cast<std::streamsize>(bytes.size() / 2));
        }
        try {
            loadWeights(*net, path(dir, "cut.pt"), false);
            QFAIL("no error for a truncated file");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("cut.pt"), e.what());
            QVERIFY2(QString(e.what()).contains("truncated or wrong format"), e.what());
        }
        // not a model at all
        { std::ofstream(path(dir, "text.pt")) << "hello"; }
        try {
            readModelInfo(path(dir, "text.pt"));
            QFAIL("no error for a text file");
        } catch (const InputError& e) {
            QVERIFY2(QString(e.what()).contains("text.pt"), e.what());
        }
        // mismatched architecture: shape named
        VggOptions wide;
        wide.widths = {16, 32, 64, 128, 256};
        Vgg other(wide);
        try {
            loadWeights(*other, path(dir, "good.pt"), true);
            QFAIL("no error for mismatched shapes");
        } catch (const InputError& e) {
            const QString m = e.what();
            QVERIFY2(m.contains("features.12.weight") && m.contains("[128, 128, 3, 3]") &&
                         m.contains("[256, 128, 3, 3]"),
                     e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
