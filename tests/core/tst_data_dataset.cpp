// loadSplit over an in-memory source, and reading class-set lists.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <map>
#include <string>
#include <vector>

#include "TestUtil.h"
#include "data/Dataset.h"
#include "util/Error.h"

using namespace replaylab;
using namespace testutil;

namespace {

/// Classes "apple", "banana", "cherry" (10, 8 and 3 images); image i of class c is a 28x28
/// grey image filled with 10 * i + c + 1, so every image is recognisable after fitting.
class FakeSource : public ImageSource {
  public:
    std::vector<std::string> categories() const override { return {"apple", "banana", "cherry"}; }
    bool hasCategory(const std::string& n) const override { return counts_.count(n) > 0; }
    std::string description() const override { return "the fake source"; }
    ClassImages load(const std::string& name, LoadReport&, bool) const override {
        ClassImages out;
        out.name = name;
        const int c = static_cast<int>(std::distance(counts_.begin(), counts_.find(name)));
        for (int i = 0; i < counts_.at(name); ++i) {
            out.images.emplace_back(28, 28, CV_8UC1, cv::Scalar(10 * i + c + 1));
            out.origins.push_back(name + ":" + std::to_string(i));
        }
        return out;
    }

  private:
    std::map<std::string, int> counts_{{"apple", 10}, {"banana", 8}, {"cherry", 3}};
};

int valueOf(const cv::Mat& fitted) { return fitted.at<uchar>(fitted.rows / 2, fitted.cols / 2); }

}  // namespace

class TestDataDataset : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void loadSplitLayout();
    void loadSplitErrors_data();
    void loadSplitErrors();
    void classSetList();
    void classSetListErrors_data();
    void classSetListErrors();
};

void TestDataDataset::loadSplitLayout() {
    FakeSource src;
    PreprocessOptions prep;
    prep.inputSize = 32;
    prep.channels = 3;
    const SplitSizes sizes{4, 1, 2};
    const std::vector<std::string> classes = {"banana", "apple"};  // label = position here
    const SplitData d = loadSplit(src, classes, sizes, 99, prep, false);
    QCOMPARE(d.classNames, classes);
    QCOMPARE(d.train.labels, (std::vector<int>{0, 0, 0, 0, 1, 1, 1, 1}));
    QCOMPARE(d.val.labels, (std::vector<int>{0, 1}));
    QCOMPARE(d.test.labels, (std::vector<int>{0, 0, 1, 1}));
    for (const auto* set : {&d.train, &d.val, &d.test})
        for (const cv::Mat& m : set->images) {
            QCOMPARE(m.rows, 32);
            QCOMPARE(m.cols, 32);
            QCOMPARE(m.type(), CV_8UC3);
            QCOMPARE(int(m.at<cv::Vec3b>(0, 0)[0]), 0);  // zero padding
        }
    // The images are those splitClass picks, in its order, class by class.
    const std::vector<std::pair<std::string, int>> cls = {{"banana", 2}, {"apple", 1}};
    for (int c = 0; c < 2; ++c) {
        const SplitIndices s = splitClass(c == 0 ? 8 : 10, sizes, 99, cls[c].first);
        for (int k = 0; k < 4; ++k)
            QCOMPARE(valueOf(d.train.images[4 * c + k]), 10 * s.train[k] + cls[c].second);
        QCOMPARE(valueOf(d.val.images[c]), 10 * s.val[0] + cls[c].second);
        for (int k = 0; k < 2; ++k)
            QCOMPARE(valueOf(d.test.images[2 * c + k]), 10 * s.test[k] + cls[c].second);
    }
    // Same seed, same data.
    const SplitData again = loadSplit(src, classes, sizes, 99, prep, false);
    for (std::size_t i = 0; i < d.test.size(); ++i)
        QCOMPARE(valueOf(again.test.images[i]), valueOf(d.test.images[i]));
}

void TestDataDataset::loadSplitErrors_data() {
    QTest::addColumn<QStringList>("classes");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown") << QStringList{"apple", "banan"}
                             << "unknown class 'banan' in the fake source; e.g. 'banana', "
                                "'apple', 'cherry'";
    QTest::newRow("case") << QStringList{"Cherry"}
                          << "unknown class 'Cherry' in the fake source; e.g. 'cherry', "
                             "'apple', 'banana'";
    QTest::newRow("too few") << QStringList{"apple", "cherry"}
                             << "class 'cherry' has 3 images; the split needs 2 test + 1 "
                                "validation + 4 training";
    QTest::newRow("twice") << QStringList{"apple", "apple"} << "class 'apple' is listed twice";
    QTest::newRow("none") << QStringList{} << "no classes to load";
}

void TestDataDataset::loadSplitErrors() {
    QFETCH(QStringList, classes);
    QFETCH(QString, message);
    std::vector<std::string> list;
    for (const QString& c : classes) list.push_back(c.toStdString());
    FakeSource src;
    QCOMPARE(inputErrorOf([&] { loadSplit(src, list, SplitSizes{4, 1, 2}, 1, {}, false); }), message);
}

namespace {
QString writeJson(const QTemporaryDir& tmp, const QByteArray& text) {
    const QString path = tmp.filePath("sets.json");
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return {};
    f.write(text);
    return path;
}
QString tempTemplate() {
    QDir().mkpath(QStringLiteral(REPLAYLAB_TEST_TMP));
    return QStringLiteral(REPLAYLAB_TEST_TMP "/classsets-XXXXXX");
}
}  // namespace

void TestDataDataset::classSetList() {
    QTemporaryDir tmp(tempTemplate());
    const QString path = writeJson(tmp, R"({"source": "images", "note": "x",
        "class_sets": [{"name": "fruit", "classes": ["apple", "pear"]},
                       {"classes": ["The Eiffel Tower"]}]})");
    const ClassSetList l = loadClassSetList(path.toStdString());
    QCOMPARE(l.source, std::string("images"));
    QCOMPARE(l.names, (std::vector<std::string>{"fruit", "set 2"}));
    QCOMPARE(l.sets.size(), std::size_t(2));
    QCOMPARE(l.sets[0], (std::vector<std::string>{"apple", "pear"}));
    QCOMPARE(l.sets[1], (std::vector<std::string>{"The Eiffel Tower"}));
    QVERIFY(l.labels.empty());
    QCOMPARE(l.label("apple"), std::string("apple"));

    // Optional human names per set (the ImageNet sets: folder names are WordNet ids).
    const QString labelled = writeJson(tmp, R"({"class_sets": [
        {"name": "model 1", "classes": ["n12360108", "n02822579"],
         "labels": {"n12360108": "begonia", "n02822579": "bedstead, bedframe"}},
        {"name": "model 2", "classes": ["n04355511", "x"], "labels": {"n04355511": "sundress"}}]})");
    const ClassSetList w = loadClassSetList(labelled.toStdString());
    QCOMPARE(w.sets[0], (std::vector<std::string>{"n12360108", "n02822579"}));
    QCOMPARE(w.labels.size(), std::size_t(3));
    QCOMPARE(w.label("n02822579"), std::string("bedstead, bedframe"));
    QCOMPARE(w.label("n04355511"), std::string("sundress"));
    QCOMPARE(w.label("x"), std::string("x"));

    const QString missing = tmp.filePath("none.json");
    QCOMPARE(inputErrorOf([&] { loadClassSetList(missing.toStdString()); }),
             "class set file not found: " + missing);
}

void TestDataDataset::classSetListErrors_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("problem");
    QTest::newRow("bad JSON") << QByteArray(R"({"class_sets": [)")
                              << "not valid JSON: [json.exception.parse_error";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "expected a JSON object";
    QTest::newRow("no class_sets")
        << QByteArray(R"({"source": "quickdraw"})") << "missing \"class_sets\"";
    QTest::newRow("empty class_sets")
        << QByteArray(R"({"class_sets": []})") << "\"class_sets\" must be a non-empty array";
    QTest::newRow("set without classes")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x"]}, {"name": "b"}]})")
        << "class set 'b' has no \"classes\"";
    QTest::newRow("classes not strings")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x", 3]}]})")
        << "\"classes\" of class set 'a' must hold non-empty strings";
    QTest::newRow("duplicate across sets")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x", "y"]},
                                          {"name": "b", "classes": ["z", "y"]}]})")
        << "class 'y' appears twice (in 'a' and 'b')";
    QTest::newRow("duplicate within a set")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x", "x"]}]})")
        << "class 'x' appears twice (in 'a' and 'a')";
    QTest::newRow("labels not an object")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x"], "labels": ["x"]}]})")
        << "\"labels\" of class set 'a' must be an object mapping classes to names";
    QTest::newRow("label of another set's class")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x"]},
                                          {"name": "b", "classes": ["y"], "labels": {"x": "ex"}}]})")
        << "\"labels\" of class set 'b' names 'x', which is not one of its classes";
    QTest::newRow("label not a string")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x"], "labels": {"x": 1}}]})")
        << "the label of 'x' in class set 'a' must be a non-empty string";
    QTest::newRow("duplicate set name")
        << QByteArray(R"({"class_sets": [{"name": "a", "classes": ["x"]},
                                          {"name": "a", "classes": ["y"]}]})")
        << "two class sets are named 'a'";
}

void TestDataDataset::classSetListErrors() {
    QFETCH(QByteArray, text);
    QFETCH(QString, problem);
    QTemporaryDir tmp(tempTemplate());
    const QString path = writeJson(tmp, text);
    const QString msg = inputErrorOf([&] { loadClassSetList(path.toStdString()); });
    QVERIFY2(msg.startsWith(path + ": "), qPrintable(msg));
    QVERIFY2(msg.contains(problem), qPrintable(msg));
}

QTEST_GUILESS_MAIN(TestDataDataset)
#include "tst_data_dataset.moc"
