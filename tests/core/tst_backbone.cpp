// The shipped backbone: loads, has the recorded architecture, reproduces its recorded
// base-category accuracy on the fixed check subset.
#include <QtTest/QtTest>
#include <nlohmann/json.hpp>

#include "TestData.h"
#include "network/Vgg.h"
#include "sim/Pretrain.h"
#include "util/Paths.h"

using namespace replaylab;

class TestBackbone : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The shipped backbones: the default (32 x 32, drawings padded) and the 64 x 64 one
    // (drawings scaled up), whose record says how the drawings met its input.
    void shippedBackboneLoads_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("input");
        QTest::addColumn<QString>("fit");
        QTest::newRow("quickdraw-mini") << "quickdraw-mini.pt" << 32 << "pad";
        QTest::newRow("quickdraw-mini64") << "quickdraw-mini64.pt" << 64 << "resize";
    }
    void shippedBackboneLoads() {
        QFETCH(QString, name);
        QFETCH(int, input);
        QFETCH(QString, fit);
        const auto file = resourceDir() / "backbones" / name.toStdString();
        QVERIFY2(std::filesystem::exists(file), file.string().c_str());
        const auto info = readModelInfo(file);
        QCOMPARE(info.options.widths, (std::vector<int>{16, 32, 64, 128, 128}));
        QCOMPARE(info.options.convsPerBlock, (std::vector<int>{1, 1, 1, 1, 1}));
        QCOMPARE(info.options.inputSize, input);
        const auto meta = nlohmann::json::parse(info.metaJson);
        QCOMPARE(info.options.numClasses, static_cast<int>(meta.at("base_classes").size()));
        QVERIFY(meta.at("command").get<std::string>().find("pretrain") != std::string::npos);
        QCOMPARE(QString::fromStdString(meta.value("fit", "pad")), fit);
        QVERIFY(meta.at("base_test_accuracy").get<double>() > 0.2);  // far above 1/245
    }

    void reproducesRecordedAccuracy_data() { shippedBackboneLoads_data(); }
    void reproducesRecordedAccuracy() {
        REQUIRE_QUICKDRAW();
        QFETCH(QString, name);
        const auto file = resourceDir() / "backbones" / name.toStdString();
        const auto c = checkPretrained(file.string(), "", 2);
        qInfo("check subset: %.4f measured, %.4f recorded, %d images", c.accuracy, c.recorded, c.images);
        QVERIFY(c.images > 1000);
        // identical up to at most one image flipping on a near tie (thread count may differ)
        QVERIFY2(std::abs(c.accuracy - c.recorded) <= 1.0 / c.images + 1e-12,
                 qPrintable(QString("%1 vs %2").arg(c.accuracy).arg(c.recorded)));
    }
};

QTEST_GUILESS_MAIN(TestBackbone)
#include "tst_backbone.moc"
