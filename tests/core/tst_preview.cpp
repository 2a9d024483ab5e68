// Thumbnails: real images of a class as plain buffers.
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <opencv2/imgcodecs.hpp>

#include "TestData.h"
#include "config/ConfigJson.h"
#include "data/Preview.h"
#include "util/Error.h"

using namespace replaylab;

class TestPreview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void photoFolder() {
        QTemporaryDir tmp;
        QDir(tmp.path()).mkpath("cats");
        cv::Mat a(4, 6, CV_8UC3, cv::Scalar(10, 20, 30));  // BGR on disk
        cv::imwrite(tmp.filePath("cats/a.png").toStdString(), a);
        cv::imwrite(tmp.filePath("cats/b.png").toStdString(), a);
        ExperimentConfig c;
        c.data.source = DataSource::Folder;
        c.data.dataDir = tmp.path().toStdString();
        c.model.inChannels = 3;
        const auto p = previewImages(c, "cats", 5);
        QCOMPARE(p.size(), std::size_t(2));
        QCOMPARE(p[0].width, 6);
        QCOMPARE(p[0].height, 4);
        QCOMPARE(p[0].channels, 3);
        QCOMPARE(p[0].pixels.size(), std::size_t(4 * 6 * 3));
        QCOMPARE(int(p[0].pixels[0]), 30);  // RGB order in memory
        QCOMPARE(int(p[0].pixels[2]), 10);
        QVERIFY_EXCEPTION_THROWN(previewImages(c, "dogs", 1), InputError);
    }

    void quickDraw() {
        REQUIRE_QUICKDRAW();
        const auto p = previewImages(preset("default"), "apple", 3);
        QCOMPARE(p.size(), std::size_t(3));
        QCOMPARE(p[0].width, 28);
        QCOMPARE(p[0].channels, 1);
        int ink = 0;
        for (auto v : p[0].pixels) ink += v > 0;
        QVERIFY(ink > 20);  // a drawing, not a blank
    }
};

QTEST_GUILESS_MAIN(TestPreview)
#include "tst_preview.moc"
