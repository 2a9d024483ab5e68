// Preprocessing: drawing and applying the random transform, fitting to the input size and
// normalising into CHW floats.
#include <QtTest>
#include <algorithm>
#include <cmath>
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>
#include <vector>

#include "data/Preprocess.h"
#include "util/Error.h"

using namespace replaylab;

namespace {

cv::Mat randomImage(int rows, int cols, int type, std::uint64_t seed) {
    cv::Mat m(rows, cols, type);
    cv::RNG rng(seed);
    rng.fill(m, cv::RNG::UNIFORM, 0, 256);
    return m;
}

/// A smooth, asymmetric test pattern, so that bilinear resampling stays close to exact.
cv::Mat smoothImage(int side) {
    cv::Mat m(side, side, CV_8UC1);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            m.at<uchar>(y, x) = static_cast<uchar>((3 * x + 7 * y) % 256);
    return m;
}

double maxDiff(const cv::Mat& a, const cv::Mat& b) { return cv::norm(a, b, cv::NORM_INF); }

}  // namespace

class TestAugment : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void normalisationNames();
    void identityCopies_data();
    void identityCopies();
    void flipMirrors_data();
    void flipMirrors();
    void drawBounds();
    void drawDisabled();
    void drawFlipOff();
    void sameSeedSameParams();
    void reflectLeavesNoBlank_data();
    void reflectLeavesNoBlank();
    void rotate90_data();
    void rotate90();
    void shiftMovesContent();
    void zoomShrinks();
    void fitPad();
    void fitCrop();
    void fitChannels();
    void fitResize();
    void toCHWValues_data();
    void toCHWValues();
    void toCHWLayout();
    void prepareImageAugments();
};

void TestAugment::normalisationNames() {
    QCOMPARE(normalisationFromString("unit"), Normalisation::Unit);
    QCOMPARE(normalisationFromString("torchvision"), Normalisation::TorchVision);
    QCOMPARE(normalisationFromString("caffe"), Normalisation::Caffe);
    try {
        normalisationFromString("imagenet");
        QFAIL("no error");
    } catch (const InputError& e) {
        QVERIFY(QString(e.what()).contains("'imagenet'"));
    }
}

void TestAugment::identityCopies_data() {
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("side");
    QTest::newRow("grey 28") << int(CV_8UC1) << 28;
    QTest::newRow("RGB 33") << int(CV_8UC3) << 33;
}

void TestAugment::identityCopies() {
    QFETCH(int, type);
    QFETCH(int, side);
    const cv::Mat img = randomImage(side, side, type, 1);
    const cv::Mat out = applyAugment(img, AugmentParams{});
    QCOMPARE(out.type(), img.type());
    QCOMPARE(maxDiff(out, img), 0.0);
    QVERIFY(out.data != img.data);  // a copy, not a view
}

void TestAugment::flipMirrors_data() { identityCopies_data(); }

void TestAugment::flipMirrors() {
    QFETCH(int, type);
    QFETCH(int, side);
    const cv::Mat img = randomImage(side, side, type, 2);
    AugmentParams p;
    p.flip = true;
    cv::Mat mirror;
    cv::flip(img, mirror, 1);
    QCOMPARE(maxDiff(applyAugment(img, p), mirror), 0.0);
    // Through the general path too (a rotation by a full turn is resampled, not special-cased):
    // pixel centres map onto pixel centres.
    p.angleDeg = 360.0;
    QVERIFY(maxDiff(applyAugment(img, p), mirror) <= 1.0);
}

void TestAugment::drawBounds() {
    const AugmentOptions opt;  // the paper's: 20 degrees, 0.2, [0.8, 1.2], flips
    const int side = 28;
    Rng rng(5);
    double minA = 1e9, maxA = -1e9, minS = 1e9, maxS = -1e9, minZ = 1e9, maxZ = -1e9;
    int flips = 0;
    for (int i = 0; i < 1000; ++i) {
        const AugmentParams p = drawAugment(opt, side, rng);
        QVERIFY(p.angleDeg >= -20.0 && p.angleDeg <= 20.0);
        for (double s : {p.shiftX, p.shiftY}) {
            QVERIFY(s >= -0.2 * side && s <= 0.2 * side);
            minS = std::min(minS, s);
            maxS = std::max(maxS, s);
        }
        for (double z : {p.zoomX, p.zoomY}) {
            QVERIFY(z >= 0.8 && z <= 1.2);
            minZ = std::min(minZ, z);
            maxZ = std::max(maxZ, z);
        }
        minA = std::min(minA, p.angleDeg);
        maxA = std::max(maxA, p.angleDeg);
        flips += p.flip;
    }
    // The whole range is used.
    QVERIFY2(minA < -19.5 && maxA > 19.5, qPrintable(QString("%1 %2").arg(minA).arg(maxA)));
    QVERIFY(minS < -0.19 * side && maxS > 0.19 * side);
    QVERIFY(minZ < 0.81 && maxZ > 1.19);
    QVERIFY2(flips > 430 && flips < 570, qPrintable(QString::number(flips)));
}

void TestAugment::drawDisabled() {
    AugmentOptions opt;
    opt.enabled = false;
    Rng rng(9), fresh(9);
    QVERIFY(drawAugment(opt, 32, rng).identity());
    QCOMPARE(rng.next(), fresh.next());  // nothing drawn
}

void TestAugment::drawFlipOff() {
    AugmentOptions on, off;
    off.horizontalFlip = false;
    Rng a(11), b(11);
    for (int i = 0; i < 200; ++i) {
        const AugmentParams pa = drawAugment(on, 32, a), pb = drawAugment(off, 32, b);
        QVERIFY(!pb.flip);
        // The same six draws per image either way, so the rest is unchanged.
        QCOMPARE(pb.angleDeg, pa.angleDeg);
        QCOMPARE(pb.shiftX, pa.shiftX);
        QCOMPARE(pb.zoomY, pa.zoomY);
    }
}

void TestAugment::sameSeedSameParams() {
    const AugmentOptions opt;
    Rng a(123), b(123), c(124);
    bool anyDiffers = false;
    for (int i = 0; i < 100; ++i) {
        const AugmentParams pa = drawAugment(opt, 28, a), pb = drawAugment(opt, 28, b);
        const AugmentParams pc = drawAugment(opt, 28, c);
        QCOMPARE(pa.angleDeg, pb.angleDeg);
        QCOMPARE(pa.shiftX, pb.shiftX);
        QCOMPARE(pa.shiftY, pb.shiftY);
        QCOMPARE(pa.zoomX, pb.zoomX);
        QCOMPARE(pa.zoomY, pb.zoomY);
        QCOMPARE(pa.flip, pb.flip);
        anyDiffers = anyDiffers || pa.angleDeg != pc.angleDeg;
    }
    QVERIFY(anyDiffers);
}

void TestAugment::reflectLeavesNoBlank_data() { identityCopies_data(); }

void TestAugment::reflectLeavesNoBlank() {
    QFETCH(int, type);
    QFETCH(int, side);
    const cv::Mat white(side, side, type, cv::Scalar::all(255));
    AugmentOptions opt;
    opt.rotationDeg = 45.0;  // harsher than the default: corners far outside
    opt.shift = 0.3;
    opt.zoomMax = 1.5;
    Rng rng(77);
    for (int i = 0; i < 300; ++i) {
        const cv::Mat out = applyAugment(white, drawAugment(opt, side, rng));
        double lo = 0;
        cv::minMaxLoc(out.reshape(1), &lo);
        QVERIFY2(lo >= 250, qPrintable(QString("draw %1: min %2").arg(i).arg(lo)));
    }
}

void TestAugment::rotate90_data() {
    QTest::addColumn<double>("angle");
    QTest::addColumn<int>("code");
    QTest::addColumn<int>("side");
    // Positive angles turn the content counter-clockwise as displayed (y down), as
    // cv::getRotationMatrix2D does.
    QTest::newRow("+90, even side") << 90.0 << int(cv::ROTATE_90_COUNTERCLOCKWISE) << 28;
    QTest::newRow("+90, odd side") << 90.0 << int(cv::ROTATE_90_COUNTERCLOCKWISE) << 31;
    QTest::newRow("-90") << -90.0 << int(cv::ROTATE_90_CLOCKWISE) << 28;
    QTest::newRow("180") << 180.0 << int(cv::ROTATE_180) << 32;
}

void TestAugment::rotate90() {
    QFETCH(double, angle);
    QFETCH(int, code);
    QFETCH(int, side);
    const cv::Mat img = smoothImage(side);
    AugmentParams p;
    p.angleDeg = angle;
    cv::Mat expect;
    cv::rotate(img, expect, code);
    const cv::Mat got = applyAugment(img, p);
    const cv::Rect inner(1, 1, side - 2, side - 2);
    QVERIFY2(maxDiff(got(inner), expect(inner)) <= 1.0,
             qPrintable(QString::number(maxDiff(got(inner), expect(inner)))));
}

void TestAugment::shiftMovesContent() {
    // Positive shifts move the content right and down.
    const cv::Mat img = randomImage(30, 30, CV_8UC1, 3);
    AugmentParams p;
    p.shiftX = 3.0;
    p.shiftY = -2.0;
    const cv::Mat got = applyAugment(img, p);
    const cv::Rect src(0, 2, 27, 28), dst(3, 0, 27, 28);
    QVERIFY(maxDiff(got(dst), img(src)) <= 1.0);
}

void TestAugment::zoomShrinks() {
    // A white 12x12 square in the middle of a black 41x41 image (centre pixel 20).
    cv::Mat img = cv::Mat::zeros(41, 41, CV_8UC1);
    img(cv::Rect(14, 14, 13, 13)).setTo(255);  // columns 14..26: centre 20 +- 6
    AugmentParams p;
    p.zoomX = p.zoomY = 2.0;  // shows twice as much: the square halves (centre +- 3)
    const cv::Mat got = applyAugment(img, p);
    QCOMPARE(int(got.at<uchar>(20, 20)), 255);
    QCOMPARE(int(got.at<uchar>(20, 23)), 255);
    QCOMPARE(int(got.at<uchar>(20, 24)), 0);
    QCOMPARE(int(got.at<uchar>(16, 20)), 0);
    p.zoomX = p.zoomY = 0.5;  // shows half as much: the square doubles (centre +- 12)
    const cv::Mat big = applyAugment(img, p);
    QCOMPARE(int(big.at<uchar>(20, 32)), 255);
    QCOMPARE(int(big.at<uchar>(20, 34)), 0);
}

void TestAugment::fitPad() {
    const cv::Mat img = randomImage(28, 28, CV_8UC1, 4) | 1;  // no zero pixel inside
    PreprocessOptions opt;
    opt.inputSize = 32;
    const cv::Mat out = fitToInput(img, opt);
    QCOMPARE(out.rows, 32);
    QCOMPARE(out.cols, 32);
    QCOMPARE(out.type(), CV_8UC1);
    QCOMPARE(maxDiff(out(cv::Rect(2, 2, 28, 28)), img), 0.0);
    QCOMPARE(cv::countNonZero(out), 28 * 28);  // the 2-pixel border is zero
    QCOMPARE(int(out.at<uchar>(0, 0)) + out.at<uchar>(31, 31) + out.at<uchar>(1, 15), 0);
    // Odd padding: the extra row/column goes after.
    opt.inputSize = 31;
    QCOMPARE(maxDiff(fitToInput(img, opt)(cv::Rect(1, 1, 28, 28)), img), 0.0);
    // Already the right size: an equal copy.
    opt.inputSize = 28;
    const cv::Mat same = fitToInput(img, opt);
    QCOMPARE(maxDiff(same, img), 0.0);
    QVERIFY(same.data != img.data);
}

void TestAugment::fitCrop() {
    const cv::Mat img = randomImage(40, 36, CV_8UC3, 5);
    PreprocessOptions opt;
    opt.inputSize = 32;
    opt.channels = 3;
    const cv::Mat out = fitToInput(img, opt);
    QCOMPARE(maxDiff(out, img(cv::Rect(2, 4, 32, 32))), 0.0);
}

void TestAugment::fitChannels() {
    const cv::Mat grey = randomImage(32, 32, CV_8UC1, 6);
    PreprocessOptions opt;
    opt.inputSize = 32;
    opt.channels = 3;
    const cv::Mat rgb = fitToInput(grey, opt);
    QCOMPARE(rgb.type(), CV_8UC3);
    std::vector<cv::Mat> planes;
    cv::split(rgb, planes);
    for (const cv::Mat& pl : planes) QCOMPARE(maxDiff(pl, grey), 0.0);

    const cv::Mat colour = randomImage(32, 32, CV_8UC3, 7);
    opt.channels = 1;
    cv::Mat expect;
    cv::cvtColor(colour, expect, cv::COLOR_RGB2GRAY);
    QCOMPARE(maxDiff(fitToInput(colour, opt), expect), 0.0);
    // Red weighs 0.299 in RGB order.
    const cv::Mat red(4, 4, CV_8UC3, cv::Scalar(255, 0, 0));
    opt.inputSize = 4;
    QCOMPARE(int(fitToInput(red, opt).at<uchar>(0, 0)), 76);
}

void TestAugment::fitResize() {
    PreprocessOptions opt;
    opt.resize = true;
    opt.inputSize = 64;
    const cv::Mat flat(28, 28, CV_8UC1, cv::Scalar(90));
    const cv::Mat up = fitToInput(flat, opt);
    QCOMPARE(up.rows, 64);
    QCOMPARE(maxDiff(up, cv::Mat(64, 64, CV_8UC1, cv::Scalar(90))), 0.0);
    opt.inputSize = 16;
    opt.channels = 3;
    const cv::Mat down = fitToInput(randomImage(50, 70, CV_8UC3, 8), opt);
    QCOMPARE(down.rows, 16);
    QCOMPARE(down.cols, 16);
    QCOMPARE(down.type(), CV_8UC3);
}

void TestAugment::toCHWValues_data() {
    QTest::addColumn<int>("norm");
    QTest::addColumn<int>("channels");
    QTest::addColumn<QVector<double>>(
        "expect");  // per output channel, for pixel RGB (10, 128, 250) or grey 100
    QTest::newRow("unit RGB") << int(Normalisation::Unit) << 3
                              << QVector<double>{10 / 255.0, 128 / 255.0, 250 / 255.0};
    QTest::newRow("unit grey") << int(Normalisation::Unit) << 1 << QVector<double>{100 / 255.0};
    QTest::newRow("torchvision RGB")
        << int(Normalisation::TorchVision) << 3
        << QVector<double>{(10 / 255.0 - 0.485) / 0.229, (128 / 255.0 - 0.456) / 0.224,
                           (250 / 255.0 - 0.406) / 0.225};
    QTest::newRow("torchvision grey")
        << int(Normalisation::TorchVision) << 1
        << QVector<double>{(100 / 255.0 - (0.485 + 0.456 + 0.406) / 3) /
                           ((0.229 + 0.224 + 0.225) / 3)};
    QTest::newRow("caffe RGB") << int(Normalisation::Caffe) << 3
                               << QVector<double>{250 - 103.939, 128 - 116.779, 10 - 123.68};
    QTest::newRow("caffe grey") << int(Normalisation::Caffe) << 1
                                << QVector<double>{100 - (103.939 + 116.779 + 123.68) / 3};
}

void TestAugment::toCHWValues() {
    QFETCH(int, norm);
    QFETCH(int, channels);
    QFETCH(QVector<double>, expect);
    PreprocessOptions opt;
    opt.inputSize = 4;
    opt.channels = channels;
    opt.norm = static_cast<Normalisation>(norm);
    const cv::Mat img = channels == 3 ? cv::Mat(4, 4, CV_8UC3, cv::Scalar(10, 128, 250))
                                      : cv::Mat(4, 4, CV_8UC1, cv::Scalar(100));
    std::vector<float> out(static_cast<std::size_t>(channels) * 16, -999.0f);
    toCHW(img, opt, out.data());
    for (int c = 0; c < channels; ++c)
        for (int i = 0; i < 16; ++i) {
            const double got = out[static_cast<std::size_t>(c) * 16 + i];
            QVERIFY2(std::abs(got - expect[c]) < 1e-4,
                     qPrintable(QString("channel %1: %2 vs %3").arg(c).arg(got).arg(expect[c])));
        }
}

void TestAugment::toCHWLayout() {
    // Channel planes one after the other, each row by row.
    PreprocessOptions opt;
    opt.inputSize = 3;
    opt.channels = 3;
    cv::Mat img(3, 3, CV_8UC3, cv::Scalar(0, 0, 0));
    img.at<cv::Vec3b>(1, 2) = cv::Vec3b(255, 51, 0);  // R at (y 1, x 2), G a fifth of it
    std::vector<float> out(27);
    toCHW(img, opt, out.data());
    QCOMPARE(out[0 * 9 + 1 * 3 + 2], 1.0f);
    QVERIFY(std::abs(out[1 * 9 + 1 * 3 + 2] - 0.2f) < 1e-6f);
    QCOMPARE(std::count(out.begin(), out.end(), 0.0f), 25L);
}

void TestAugment::prepareImageAugments() {
    PreprocessOptions opt;
    opt.inputSize = 28;
    opt.norm = Normalisation::TorchVision;
    const cv::Mat img = randomImage(28, 28, CV_8UC1, 10);
    std::vector<float> a(784), b(784);
    prepareImage(img, opt, nullptr, a.data());
    toCHW(img, opt, b.data());
    QCOMPARE(a, b);
    AugmentParams p;
    p.flip = true;
    prepareImage(img, opt, &p, a.data());
    cv::Mat mirror;
    cv::flip(img, mirror, 1);
    toCHW(mirror, opt, b.data());
    QCOMPARE(a, b);
}

QTEST_GUILESS_MAIN(TestAugment)
#include "tst_augment.moc"
