// torchvision's VGG-16 in Replay Lab's: scripts/export_torchvision_vgg16.py writes weights
// and torchvision's own outputs; the import must reproduce pool1..pool5 and the logits.
// Error messages for files that are not VGG-16. Needs /usr/bin/python3 with torch and
// torchvision (Debian's python3-torch, python3-torchvision): skipped without them, unless
// REPLAYLAB_REQUIRE_DATA=1 (CI), where that is a failure.
#include <fstream>
#include <map>

#include <ATen/CPUGeneratorImpl.h>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <torch/torch.h>

#include "TestUtil.h"
#include "TorchvisionExport.h"
#include "network/Vgg.h"
#include "network/VggImport.h"
#include "util/Error.h"

using namespace replaylab;
using namespace testutil;

// Runs `expr` and checks that it throws InputError whose message contains every string.
#define EXPECT_INPUT_ERROR(expr, ...)                                                         \
    do {                                                                                      \
        try {                                                                                 \
            expr;                                                                             \
            QFAIL("no error from " #expr);                                                    \
        } catch (const InputError& e_) {                                                      \
            const QString m_ = QString::fromUtf8(e_.what());                                  \
            qInfo("%s", e_.what());                                                           \
            for (const char* s_ : {__VA_ARGS__})                                              \
                QVERIFY2(m_.contains(QString::fromUtf8(s_)),                                  \
                         qPrintable("'" + m_ + "' lacks '" + QString::fromUtf8(s_) + "'"));    \
        }                                                                                     \
    } while (0)

namespace {

torch::Tensor readTensor(torch::serialize::InputArchive& ar, const std::string& key) {
    torch::Tensor t;
    if (!ar.try_read(key, t)) throw std::runtime_error("reference lacks " + key);
    return t;
}

void cutFile(const std::string& from, const std::string& to, double fraction) {
    std::filesystem::copy_file(from, to, std::filesystem::copy_options::overwrite_existing);
    std::filesystem::resize_file(
        to, static_cast<std::uintmax_t>(std::filesystem::file_size(to) * fraction));
}
}  // namespace

class TestVgg16Import : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString pythonError_;
    std::map<QString, QString> exported_;  // name -> error ("" = written)

    std::string path(const QString& name) const { return dir_.filePath(name).toStdString(); }

    // Runs the exporter once per name; empty on success.
    QString exportAs(const QString& name, QStringList args) {
        auto it = exported_.find(name);
        if (it != exported_.end()) return it->second;
        args.prepend(exporterScript());
        args << "--threads" << "2" << dir_.filePath(name);
        QElapsedTimer t;
        t.start();
        const QString err = runPython(args);
        qInfo("export %s: %.1f s", qPrintable(name), t.elapsed() / 1000.0);
        exported_[name] = err;
        return err;
    }

private Q_SLOTS:
    void initTestCase() {
        torch::set_num_threads(2);
        QVERIFY(dir_.isValid());
        QVERIFY2(QFileInfo::exists(exporterScript()), qPrintable(exporterScript()));
        pythonError_ = torchvisionMissing();
    }

    // torchvision's forward (features slices at the pools, avgpool, classifier, eval mode)
    // against Replay Lab's forward through its taps, with the same random VGG-16 weights.
    void matchesTorchvision() {
        REQUIRE_TORCHVISION();
        const QString err = exportAs("vgg16.pt", {"--random", "--seed", "0", "--images", "2",
                                                  "--reference", dir_.filePath("ref.pt")});
        QVERIFY2(err.isEmpty(), qPrintable(err));

        QElapsedTimer t;
        t.start();
        Vgg net(VggOptions::vgg16(1000));
        const auto r = importTorchvisionVgg16(*net, path("vgg16.pt"), /*includeClassifier=*/true);
        qInfo("import: %.1f s", t.elapsed() / 1000.0);
        QCOMPARE(r.tensors, 32);
        QVERIFY(r.classifierImported);
        QVERIFY(r.outputLayerImported);
        QVERIFY2(QString::fromStdString(r.exportRecord).contains("\"arch\": \"vgg16\""),
                 r.exportRecord.c_str());
        net->eval();

        torch::serialize::InputArchive ref;
        ref.load_from(path("ref.pt"));
        auto x = readTensor(ref, "input");
        QCOMPARE(x.sizes().vec(), (std::vector<int64_t>{2, 3, 224, 224}));
        t.restart();
        torch::NoGradGuard noGrad;
        for (int tap = 1; tap <= kLogitsTap; ++tap) {
            x = net->forwardRange(x, tap - 1, tap);
            const std::string key = tap == kLogitsTap ? "logits" : "pool" + std::to_string(tap);
            const auto want = readTensor(ref, key);
            QCOMPARE(x.sizes().vec(), want.sizes().vec());
            const double scale = want.abs().max().item<double>();
            const double diff = (x - want).abs().max().item<double>();
            qInfo("%-6s max|ref| %.4g  max|diff| %.3g  relative %.3g", key.c_str(), scale, diff,
                  diff / scale);
            QVERIFY(scale > 0);
            QVERIFY2(diff / scale < 1e-4, key.c_str());
        }
        qInfo("forward of 2 images: %.1f s", t.elapsed() / 1000.0);
    }

    // The backbone file: a Replay Lab model that model.backbone can name.
    void convertsToBackbone() {
        REQUIRE_TORCHVISION();
        const QString err = exportAs("vgg16.pt", {"--random", "--seed", "0", "--images", "2",
                                                  "--reference", dir_.filePath("ref.pt")});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const auto r = convertTorchvisionVgg16(path("vgg16.pt"), path("backbone.pt"));
        QVERIFY(r.outputLayerImported);
        QVERIFY(QString::fromStdString(describeImport(r, path("backbone.pt"))).contains("backbone.pt"));
        const auto info = readModelInfo(path("backbone.pt"));
        QVERIFY(info.options.sameArchitecture(VggOptions::vgg16(10)));
        QCOMPARE(info.options.numClasses, 1000);
        QVERIFY(QString::fromStdString(info.metaJson).contains("torchvision VGG-16"));

        // As the simulation loads it: features only, into a fresh 10-class head.
        Vgg sim(VggOptions::vgg16(10));
        const auto head = sim->named_parameters()["classifier.0.weight"].clone();
        loadWeights(*sim, path("backbone.pt"), /*featuresOnly=*/true);
        QVERIFY(torch::equal(sim->named_parameters()["classifier.0.weight"], head));
        // and the same pool5 as torchvision
        sim->eval();
        torch::serialize::InputArchive ref;
        ref.load_from(path("ref.pt"));
        torch::NoGradGuard noGrad;
        const auto pool5 = sim->forwardRange(readTensor(ref, "input"), kInputTap, 5);
        const auto want = readTensor(ref, "pool5");
        QVERIFY((pool5 - want).abs().max().item<double>() < 1e-4 * want.abs().max().item<double>());
    }

    // A 10-class head (the paper's): classifier.0/.3 imported, the output layer left fresh.
    void freshOutputLayer() {
        REQUIRE_TORCHVISION();
        const QString err = exportAs("vgg16.pt", {"--random", "--seed", "0", "--images", "2",
                                                  "--reference", dir_.filePath("ref.pt")});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        Vgg net(VggOptions::vgg16(10));
        const auto out = net->named_parameters()["classifier.6.weight"].clone();
        const auto r = importTorchvisionVgg16(*net, path("vgg16.pt"), true);
        QVERIFY(r.classifierImported);
        QVERIFY(!r.outputLayerImported);
        QVERIFY2(QString::fromStdString(r.outputLayerNote).contains("[1000, 4096]"),
                 r.outputLayerNote.c_str());
        QCOMPARE(r.tensors, 30);
        QVERIFY(torch::equal(net->named_parameters()["classifier.6.weight"], out));
    }

    void errorsFromExportedFiles() {
        REQUIRE_TORCHVISION();
        QString err = exportAs("vgg11.pt", {"--random", "--seed", "1", "--arch", "vgg11", "--features-only"});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = exportAs("gray.pt", {"--random", "--seed", "2", "--in-channels", "1", "--features-only"});
        QVERIFY2(err.isEmpty(), qPrintable(err));
        err = runPython({"-c", "import sys, torch; torch.save({'features.0.weight': torch.zeros(64, 3, 3, 3)}, sys.argv[1])",
                         dir_.filePath("pickle.pth")});
        QVERIFY2(err.isEmpty(), qPrintable(err));

        Vgg net(VggOptions::vgg16(10));
        const auto before = net->named_parameters()["features.2.weight"].clone();
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("vgg11.pt"), false), "vgg11.pt",
                           "holds a VGG-11", "not VGG-16", "exported as 'vgg11'");
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("gray.pt"), false), "gray.pt",
                           "'features.0.weight' has shape [64, 1, 3, 3], VGG-16 expects [64, 3, 3, 3]");
        // nothing changed by a failed import
        QVERIFY(torch::equal(net->named_parameters()["features.2.weight"], before));
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("pickle.pth"), false), "pickle.pth",
                           "PyTorch pickle", "export_torchvision_vgg16.py");
        // a features-only export lacks the classifier
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("vgg11.pt"), true), "VGG-11");
        cutFile(path("gray.pt"), path("cut.pt"), 0.5);
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("cut.pt"), false), "cut.pt",
                           "truncated or not a weight file");
    }

    // Files made here, no Python needed.
    void errorsFromOtherFiles() {
        Vgg net(VggOptions::vgg16(10));
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("nope.pt"), false), "nope.pt", "not found");
        {
            std::ofstream out(path("noise.pt"), std::ios::binary);
            auto bytes = torch::randint(0, 256, {4096}, at::detail::createCPUGenerator(5)).to(torch::kUInt8);
            out.write(reinterpret_cast<const char*>(bytes.data_ptr<uint8_t>()), bytes.numel());
        }
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("noise.pt"), false), "noise.pt",
                           "truncated or not a weight file");

        // VGG-16 tensors with one missing, written by LibTorch's own OutputArchive
        {
            torch::serialize::OutputArchive ar;
            for (const auto& kv : net->named_parameters())
                if (kv.key().rfind("features.", 0) == 0 && kv.key() != "features.28.weight")
                    ar.write(kv.key(), kv.value().detach());
            ar.save_to(path("no28.pt"));
        }
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("no28.pt"), false), "no28.pt",
                           "missing 'features.28.weight'");
        {
            torch::serialize::OutputArchive ar;
            for (const auto& kv : net->named_parameters())
                if (kv.key().rfind("features.", 0) == 0) ar.write(kv.key(), kv.value().detach());
            ar.save_to(path("features.pt"));
        }
        QCOMPARE(importTorchvisionVgg16(*net, path("features.pt"), false).tensors, 26);
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("features.pt"), true), "features.pt",
                           "missing 'classifier.0.weight'");
        {
            torch::serialize::OutputArchive ar;
            ar.write("conv1.weight", torch::zeros({64, 3, 7, 7}));
            ar.write("layer1.0.conv1.weight", torch::zeros({64, 64, 3, 3}));
            ar.write("fc.weight", torch::zeros({1000, 512}));
            ar.save_to(path("resnet.pt"));
        }
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("resnet.pt"), false), "resnet.pt",
                           "holds a ResNet", "not VGG-16");
        // Layer indices no VGG has: one past int ("error: stoi", exit 1, before), and a
        // non-canonical one whose canonical name the file lacks (std::out_of_range, before).
        for (const char* name : {"features.99999999999.weight", "features.007.weight"}) {
            torch::serialize::OutputArchive ar;
            ar.write(name, torch::zeros({1, 1, 3, 3}));
            ar.save_to(path("index.pt"));
            EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("index.pt"), false), "index.pt",
                               "holds no VGG convolutions", name);
        }
        // a Replay Lab mini network is not VGG-16 either
        Vgg mini(VggOptions{});
        mini->save(path("mini.pt"));
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*net, path("mini.pt"), false), "mini.pt",
                           "VGG-like network with 5 convolutions", "VGG-16 has 13");
        EXPECT_INPUT_ERROR(importTorchvisionVgg16(*mini, path("features.pt"), false), "not VGG-16");
    }
};

QTEST_GUILESS_MAIN(TestVgg16Import)
#include "tst_vgg16_import_slow.moc"
