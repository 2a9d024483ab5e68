// The image-folder source: class sub-folders, file order, channel conversion, and the
// errors for missing folders, empty classes and corrupt or empty image files.
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>
#include <string>
#include <vector>

#include "TestUtil.h"
#include "data/Dataset.h"
#include "data/ImageSource.h"
#include "data/Parallel.h"
#include "util/Error.h"

using namespace replaylab;
using namespace testutil;

namespace {

void writeRaw(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray randomBytes(int n, quint32 seed) {
    QByteArray b(n, Qt::Uninitialized);
    for (char& c : b) c = static_cast<char>((seed = seed * 1664525u + 1013904223u) >> 24);
    return b;
}

/// A 20x16 BGR image whose pixel (0, 0) is (B, G, R) = (10, 20, 30 + tag).
cv::Mat testImage(int tag) {
    cv::Mat m(16, 20, CV_8UC3, cv::Scalar(40, 80, 120));
    m.at<cv::Vec3b>(0, 0) = cv::Vec3b(10, 20, static_cast<uchar>(30 + tag));
    return m;
}

/// root/cat: a.png, B.PNG (good), c.jpg (random bytes), d.png (zero bytes), notes.txt;
/// root/dog: x.bmp (good); root/empty: readme.txt only; root/.hidden: ignored.
class Tree {
  public:
    Tree() : tmp_(templatePath()) {
        QDir root(tmp_.path());
        for (const char* d : {"cat", "dog", "empty", ".hidden"}) root.mkdir(d);
        cv::imwrite(path("cat/a.png").toStdString(), testImage(1));
        cv::imwrite(path("cat/B.PNG").toStdString(), testImage(2));
        writeRaw(path("cat/c.jpg"), randomBytes(3000, 7));
        writeRaw(path("cat/d.png"), QByteArray());
        writeRaw(path("cat/notes.txt"), "not an image");
        cv::imwrite(path("dog/x.bmp").toStdString(), testImage(3));
        writeRaw(path("empty/readme.txt"), "nothing here");
        cv::imwrite(path(".hidden/y.png").toStdString(), testImage(4));
    }
    QString path(const QString& rel = {}) const {
        return rel.isEmpty() ? tmp_.path() : tmp_.filePath(rel);
    }
    std::string root() const { return tmp_.path().toStdString(); }

  private:
    static QString templatePath() {
        QDir().mkpath(QStringLiteral(REPLAYLAB_TEST_TMP));
        return QStringLiteral(REPLAYLAB_TEST_TMP "/imagefolder-XXXXXX");
    }
    QTemporaryDir tmp_;
};

}  // namespace

class TestDataImageFolder : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void categories();
    void loadGood_data();
    void loadGood();
    void badImages_data();
    void badImages();
    void emptyClass();
    void allImagesBad();
    void missingRoot();
    void rootWithoutClasses();
    void badChannels();
    void manyImagesInOrder();
    void parallelForErrors();
};

void TestDataImageFolder::categories() {
    Tree t;
    const auto src = makeImageFolderSource(t.root(), 3);
    QCOMPARE(src->categories(), (std::vector<std::string>{"cat", "dog", "empty"}));
    QVERIFY(src->hasCategory("dog"));
    QVERIFY(!src->hasCategory(".hidden"));
    QVERIFY(QString::fromStdString(src->description()).contains(t.path()));
}

void TestDataImageFolder::loadGood_data() {
    QTest::addColumn<int>("channels");
    QTest::newRow("RGB") << 3;
    QTest::newRow("grey") << 1;
}

void TestDataImageFolder::loadGood() {
    QFETCH(int, channels);
    Tree t;
    const auto src = makeImageFolderSource(t.root(), channels);
    LoadReport report;
    const ClassImages dog = src->load("dog", report, false);
    QCOMPARE(dog.name, std::string("dog"));
    QCOMPARE(dog.images.size(), std::size_t(1));
    QCOMPARE(dog.origins, std::vector<std::string>{t.path("dog/x.bmp").toStdString()});
    const cv::Mat& m = dog.images[0];
    QCOMPARE(m.rows, 16);
    QCOMPARE(m.cols, 20);
    QCOMPARE(m.channels(), channels);
    if (channels == 3) {
        // Stored in RGB order.
        QCOMPARE(m.at<cv::Vec3b>(0, 0), cv::Vec3b(33, 20, 10));
        QCOMPARE(m.at<cv::Vec3b>(5, 5), cv::Vec3b(120, 80, 40));
    } else {
        // OpenCV's grey: 0.299 R + 0.587 G + 0.114 B.
        QVERIFY(std::abs(m.at<uchar>(5, 5) - (0.299 * 120 + 0.587 * 80 + 0.114 * 40)) <= 1.0);
    }

    // In cat, only the good files (sorted by name: "B.PNG" < "a.png"); notes.txt ignored.
    const ClassImages cat = src->load("cat", report, true);
    QCOMPARE(cat.origins, (std::vector<std::string>{t.path("cat/B.PNG").toStdString(),
                                                    t.path("cat/a.png").toStdString()}));
    if (channels == 3) {
        QCOMPARE(int(cat.images[0].at<cv::Vec3b>(0, 0)[0]), 32);
        QCOMPARE(int(cat.images[1].at<cv::Vec3b>(0, 0)[0]), 31);
    }
}

void TestDataImageFolder::badImages_data() {
    QTest::addColumn<bool>("skipBad");
    QTest::newRow("strict") << false;
    QTest::newRow("skip bad") << true;
}

void TestDataImageFolder::badImages() {
    QFETCH(bool, skipBad);
    Tree t;
    const auto src = makeImageFolderSource(t.root(), 3);
    LoadReport report;
    if (!skipBad) {
        QCOMPARE(inputErrorOf([&] { src->load("cat", report, false); }),
                 t.path("cat/c.jpg") + ": cannot decode image (corrupt or unsupported)");
        return;
    }
    const ClassImages cat = src->load("cat", report, true);
    QCOMPARE(cat.images.size(), std::size_t(2));
    QCOMPARE(report.skippedImages, 2);
    QCOMPARE(report.warnings.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(report.warnings[0]),
             t.path("cat/c.jpg") + ": cannot decode image (corrupt or unsupported)");
    QCOMPARE(QString::fromStdString(report.warnings[1]),
             t.path("cat/d.png") + ": cannot decode image (corrupt or unsupported)");
}

void TestDataImageFolder::emptyClass() {
    Tree t;
    const auto src = makeImageFolderSource(t.root(), 1);
    LoadReport report;
    QCOMPARE(inputErrorOf([&] { src->load("empty", report, true); }),
             t.path("empty") + ": no readable images in class 'empty'");
    QCOMPARE(report.skippedImages, 0);
}

void TestDataImageFolder::allImagesBad() {
    Tree t;
    QVERIFY(QFile::remove(t.path("cat/a.png")));
    QVERIFY(QFile::remove(t.path("cat/B.PNG")));
    const auto src = makeImageFolderSource(t.root(), 3);
    LoadReport report;
    QCOMPARE(inputErrorOf([&] { src->load("cat", report, true); }),
             t.path("cat") + ": no readable images in class 'cat'");
    QCOMPARE(report.skippedImages, 2);
}

void TestDataImageFolder::missingRoot() {
    Tree t;
    const QString missing = t.path("no such folder");
    QCOMPARE(inputErrorOf([&] { makeImageFolderSource(missing.toStdString(), 3); }),
             "image folder not found: " + missing);
    const QString file = t.path("cat/a.png");
    QCOMPARE(inputErrorOf([&] { makeImageFolderSource(file.toStdString(), 3); }),
             file + ": is not a folder");
}

void TestDataImageFolder::rootWithoutClasses() {
    Tree t;
    const QString dog = t.path("dog");  // holds a file, no sub-folder
    QCOMPARE(inputErrorOf([&] { makeImageFolderSource(dog.toStdString(), 3); }),
             dog + ": no class sub-folders (expected root/<class>/*.jpg)");
}

void TestDataImageFolder::badChannels() {
    Tree t;
    QVERIFY(inputErrorOf([&] { makeImageFolderSource(t.root(), 2); }).contains("1 or 3"));
}

// Enough files for the worker threads (decoding and fitting) to interleave: the images, the
// warnings and the strict-mode error come out in file order, and loadSplit's fitted sets
// equal fitting each image on its own.
void TestDataImageFolder::manyImagesInOrder() {
    Tree t;
    QDir(t.path()).mkdir("many");
    const int n = 90;
    std::vector<QString> bad;
    for (int i = 0; i < n; ++i) {
        const QString rel = QString("many/img_%1.png").arg(i, 3, 10, QChar('0'));
        if (i % 29 == 7) {
            writeRaw(t.path(rel), randomBytes(500, static_cast<quint32>(i)));
            bad.push_back(t.path(rel));
            continue;
        }
        cv::Mat m(48 + i % 5, 64, CV_8UC3, cv::Scalar(i, 255 - i, (7 * i) % 256));
        cv::imwrite(t.path(rel).toStdString(), m);
    }
    QCOMPARE(bad.size(), std::size_t(3));
    const auto src = makeImageFolderSource(t.root(), 3);

    LoadReport report;
    const ClassImages many = src->load("many", report, true);
    QCOMPARE(many.images.size(), std::size_t(n - 3));
    QCOMPARE(report.skippedImages, 3);
    for (std::size_t k = 0; k < bad.size(); ++k)
        QCOMPARE(QString::fromStdString(report.warnings[k]),
                 bad[k] + ": cannot decode image (corrupt or unsupported)");
    int prev = -1;
    for (std::size_t k = 0; k < many.images.size(); ++k) {
        const int i = QString::fromStdString(many.origins[k]).section("img_", 1).left(3).toInt();
        QVERIFY(i > prev);
        prev = i;
        QCOMPARE(many.images[k].at<cv::Vec3b>(0, 0), cv::Vec3b((7 * i) % 256, 255 - i, i));  // RGB
        QCOMPARE(many.images[k].rows, 48 + i % 5);
    }
    LoadReport strict;
    QCOMPARE(inputErrorOf([&] { src->load("many", strict, false); }),
             bad[0] + ": cannot decode image (corrupt or unsupported)");

    PreprocessOptions prep;
    prep.inputSize = 32;
    prep.channels = 3;
    prep.resize = true;
    const SplitData split = loadSplit(*src, {"many"}, SplitSizes{60, 1, 1}, 3, prep, true);
    const SplitIndices idx = splitClass(n - 3, SplitSizes{60, 1, 1}, 3, "many");
    QCOMPARE(split.train.size(), std::size_t(60));
    QCOMPARE(split.report.skippedImages, 3);
    for (std::size_t k = 0; k < idx.train.size(); ++k) {
        const cv::Mat want = fitToInput(many.images[static_cast<std::size_t>(idx.train[k])], prep);
        QCOMPARE(cv::norm(split.train.images[k], want, cv::NORM_INF), 0.0);
        QCOMPARE(split.train.labels[k], 0);
    }
    QCOMPARE(cv::norm(split.test.images[0],
                      fitToInput(many.images[static_cast<std::size_t>(idx.test[0])], prep),
                      cv::NORM_INF),
             0.0);
}

// parallelFor (data/Parallel.h): every index once; with failures, the lowest failed index's
// exception, and every index below it done, as a sequential loop would leave it.
void TestDataImageFolder::parallelForErrors() {
    for (bool parallel : {false, true}) {
        const std::size_t n = 2000;
        std::vector<int> done(n, 0);
        parallelFor(n, [&](std::size_t i) { done[i] += 1; }, parallel);
        QVERIFY(std::all_of(done.begin(), done.end(), [](int d) { return d == 1; }));

        std::fill(done.begin(), done.end(), 0);
        QString msg;
        try {
            parallelFor(
                n,
                [&](std::size_t i) {
                    done[i] = 1;
                    if (i == 1500 || i == 700 || i == 1999)
                        throw InputError("item " + std::to_string(i));
                },
                parallel);
        } catch (const InputError& e) {
            msg = e.what();
        }
        QCOMPARE(msg, QString("item 700"));
        QVERIFY(std::all_of(done.begin(), done.begin() + 701, [](int d) { return d == 1; }));
        if (!parallel)
            QVERIFY(std::none_of(done.begin() + 701, done.end(), [](int d) { return d == 1; }));
    }
}

QTEST_GUILESS_MAIN(TestDataImageFolder)
#include "tst_data_imagefolder.moc"
