// The per-class split: deterministic, disjoint, stable test/validation sets, clear errors.
#include <QtTest>
#include <algorithm>
#include <numeric>
#include <set>
#include <string>

#include "data/Split.h"
#include "util/Error.h"

using namespace replaylab;

class TestDataSplit : public QObject {
    Q_OBJECT
  private Q_SLOTS:
    void disjoint_data();
    void disjoint();
    void deterministic();
    void testAndValStable();
    void tooFew_data();
    void tooFew();
};

void TestDataSplit::disjoint_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("train");
    QTest::addColumn<int>("val");
    QTest::addColumn<int>("test");
    QTest::newRow("quick draw default") << 100 << 70 << 10 << 20;
    QTest::newRow("spare images") << 1300 << 500 << 130 << 50;
    QTest::newRow("exactly enough") << 13 << 5 << 3 << 5;
    QTest::newRow("no validation") << 30 << 20 << 0 << 10;
    QTest::newRow("nothing") << 0 << 0 << 0 << 0;
}

void TestDataSplit::disjoint() {
    QFETCH(int, n);
    QFETCH(int, train);
    QFETCH(int, val);
    QFETCH(int, test);
    const SplitIndices s = splitClass(n, SplitSizes{train, val, test}, 42, "apple");
    QCOMPARE(int(s.train.size()), train);
    QCOMPARE(int(s.val.size()), val);
    QCOMPARE(int(s.test.size()), test);
    std::set<int> all;
    for (const auto* v : {&s.train, &s.val, &s.test})
        for (int i : *v) {
            QVERIFY(i >= 0 && i < n);
            QVERIFY2(all.insert(i).second, "an index is used twice");
        }
    QCOMPARE(int(all.size()), train + val + test);
}

void TestDataSplit::deterministic() {
    const SplitSizes sizes{70, 10, 20};
    const SplitIndices a = splitClass(100, sizes, 7, "The Eiffel Tower");
    const SplitIndices b = splitClass(100, sizes, 7, "The Eiffel Tower");
    QCOMPARE(a.train, b.train);
    QCOMPARE(a.val, b.val);
    QCOMPARE(a.test, b.test);
    // A shuffle, not the identity; and another seed or another class gives another split.
    std::vector<int> first20(20);
    std::iota(first20.begin(), first20.end(), 0);
    QVERIFY(a.test != first20);
    QVERIFY(splitClass(100, sizes, 8, "The Eiffel Tower").test != a.test);
    QVERIFY(splitClass(100, sizes, 7, "apple").test != a.test);
    // Rng::derive + Rng::shuffle are portable, so the split is pinned: saved runs stay valid.
    QCOMPARE(a.test, (std::vector<int>{42, 72, 38, 45, 52, 53, 70, 20, 77, 65,
                                       7,  13, 55, 68, 35, 98, 43, 50, 10, 99}));
}

void TestDataSplit::testAndValStable() {
    const SplitIndices full = splitClass(100, SplitSizes{70, 10, 20}, 3, "cat");
    for (int train : {0, 1, 35, 69}) {
        const SplitIndices s = splitClass(100, SplitSizes{train, 10, 20}, 3, "cat");
        QCOMPARE(s.test, full.test);
        QCOMPARE(s.val, full.val);
        // Fewer training images are a prefix of more.
        QVERIFY(std::equal(s.train.begin(), s.train.end(), full.train.begin()));
    }
    // More validation images leave the test images alone.
    const SplitIndices moreVal = splitClass(100, SplitSizes{50, 30, 20}, 3, "cat");
    QCOMPARE(moreVal.test, full.test);
    QVERIFY(std::equal(full.val.begin(), full.val.end(), moreVal.val.begin()));
}

void TestDataSplit::tooFew_data() {
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("message");
    QTest::newRow("50") << 50
                        << "class 'apple' has 50 images; the split needs 20 test + 10 "
                           "validation + 70 training";
    QTest::newRow("one short") << 99
                               << "class 'apple' has 99 images; the split needs 20 test + 10 "
                                  "validation + 70 training";
}

void TestDataSplit::tooFew() {
    QFETCH(int, n);
    QFETCH(QString, message);
    try {
        splitClass(n, SplitSizes{70, 10, 20}, 1, "apple");
        QFAIL("no error");
    } catch (const InputError& e) {
        QCOMPARE(QString::fromStdString(e.what()), message);
    }
}

QTEST_GUILESS_MAIN(TestDataSplit)
#include "tst_data_split.moc"
