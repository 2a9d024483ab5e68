// The run directory: atomic writes, CSV appends, metrics read back, number formatting.
#include <QtTest/QtTest>

#include <clocale>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>

#include "TestUtil.h"
#include "runfolder/RunDirectory.h"
#include "report/WhichReport.h"
#include "util/Error.h"
#include "util/Files.h"
#include "util/Paths.h"

using namespace replaylab;
using namespace testutil;
namespace fs = std::filesystem;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

/// Restores the environment variables it names when it goes out of scope, also when a
/// failed comparison returns early.
class EnvGuard {
public:
    explicit EnvGuard(std::initializer_list<const char*> names) {
        for (const char* n : names) saved_.emplace_back(n, qgetenv(n));
    }
    ~EnvGuard() {
        for (const auto& [name, value] : saved_) {
            if (value.isNull()) qunsetenv(name);
            else qputenv(name, value);
        }
    }

private:
    std::vector<std::pair<const char*, QByteArray>> saved_;
};

void writePlain(const fs::path& p, const std::string& s) {
    std::ofstream out(p, std::ios::binary);
    out << s;
}

std::vector<std::string> entries(const fs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
}

Picture picture(int w, int h, int channels, unsigned char seed) {
    Picture p;
    p.width = w;
    p.height = h;
    p.channels = channels;
    for (int i = 0; i < w * h * channels; ++i) p.data.push_back(static_cast<unsigned char>(seed + 37 * i));
    return p;
}

/// A night of a two-class set with every kind of tile: one example per class, two neighbours.
Imagination night(int seed, int day) {
    Imagination im;
    im.classSet = "set 1";
    im.condition = "generative-pool2";
    im.seed = seed;
    im.day = day;
    im.layer = 2;
    im.classNames = {"cat", "hot, \"dog\""};
    for (int c = 0; c < 2; ++c) {
        ActivationMaps m;
        m.channels = 3;
        m.height = m.width = 2;
        m.data = picture(2, 6, 1, static_cast<unsigned char>(c)).data;
        im.real.push_back({m});
        m.data = picture(2, 6, 1, static_cast<unsigned char>(c + 9)).data;
        im.imagined.push_back({m});
        ClassPictures cp;
        cp.real = {picture(4, 4, 1, static_cast<unsigned char>(seed + c))};
        cp.realReconstructions = {picture(4, 4, 1, 3)};
        cp.realError = {0.125};
        cp.imaginedReconstructions = {picture(4, 4, 3, 5)};  // colour, as a VGG-16's input
        cp.imaginedError = {0.5};
        cp.neighbours = {{picture(4, 4, 1, 7), picture(4, 4, 1, 8)}};
        cp.neighbourSimilarity = {{0.75, 0.25}};
        im.pictures.push_back(cp);
        im.pcaRealX.push_back(0.5f * static_cast<float>(c));
        im.pcaRealY.push_back(1.0f);
        im.pcaRealClass.push_back(c);
        im.pcaImaginedX.push_back(-0.25f);
        im.pcaImaginedY.push_back(2.0f);
        im.pcaImaginedClass.push_back(c);
        im.fidelity.push_back(1.5 + c);
    }
    return im;
}

MetricRow row(std::string cls, int day, double acc, double loss) {
    MetricRow r;
    r.classSet = "set 1";
    r.condition = "generative-pool4";
    r.seed = 7;
    r.day = day;
    r.phase = replaylab::Phase::Night;
    r.split = "test";
    r.cls = std::move(cls);
    r.accuracy = acc;
    r.loss = loss;
    return r;
}

bool sameRow(const MetricRow& a, const MetricRow& b) {
    return a.classSet == b.classSet && a.condition == b.condition && a.seed == b.seed &&
           a.day == b.day && a.phase == b.phase && a.split == b.split && a.cls == b.cls &&
           a.accuracy == b.accuracy && a.loss == b.loss;
}

}  // namespace

class TestRunDirectory : public QObject {
    Q_OBJECT

    QTemporaryDir tmp_;
    fs::path dir() const { return fs::path(tmp_.path().toStdString()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(tmp_.isValid()); }

    // Each test starts in an empty folder.
    void init() {
        for (const auto& e : fs::directory_iterator(dir())) fs::remove_all(e.path());
    }

    void atomicWriteReplacesContent() {
        const fs::path file = dir() / "config.json";
        writeFileAtomic(file, "first, longer content\n");
        QCOMPARE(q(slurp(file)), QStringLiteral("first, longer content\n"));
        writeFileAtomic(file, "second");
        QCOMPARE(q(slurp(file)), QStringLiteral("second"));
        writeFileAtomic(file, "");
        QCOMPARE(q(slurp(file)), QString());
        // No temporary file is left behind.
        QCOMPARE(entries(dir()), std::vector<std::string>{"config.json"});
    }

    void atomicWriteFailsUnderAFile() {
        writePlain(dir() / "blocker", "a regular file");
        const fs::path target = dir() / "blocker" / "config.json";
        const QString msg = inputErrorOf([&] { writeFileAtomic(target, "x"); });
        QVERIFY2(msg.startsWith("cannot write " + q(target.string()) + ": "), qPrintable(msg));
        QCOMPARE(q(slurp(dir() / "blocker")), QStringLiteral("a regular file"));
        QCOMPARE(entries(dir()), std::vector<std::string>{"blocker"});
    }

    void atomicWriteFailureKeepsOldFile() {
        // Block the temporary file's name with a folder (works even when run as root).
        const fs::path file = dir() / "manifest.json";
        writePlain(file, "old");
        const fs::path blocker =
            dir() / ("manifest.json.tmp-" + std::to_string(QCoreApplication::applicationPid()));
        fs::create_directories(blocker / "inside");
        const QString msg = inputErrorOf([&] { writeFileAtomic(file, "new"); });
        QVERIFY2(msg.startsWith("cannot write " + q(file.string()) + ": "), qPrintable(msg));
        QCOMPARE(q(slurp(file)), QStringLiteral("old"));
        QVERIFY(fs::is_directory(blocker / "inside"));  // not ours: left alone
    }

    void csvField_data() {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("plain") << "cat" << "cat";
        QTest::newRow("space") << "set 1" << "set 1";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("comma") << "a,b" << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "a\nb" << "\"a\nb\"";
        QTest::newRow("cr") << "a\rb" << "\"a\rb\"";
    }
    void csvField() {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(q(replaylab::csvField(in.toStdString())), out);
    }

    void formatNumber_data() {
        QTest::addColumn<double>("v");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0.0 << "0.000000";
        QTest::newRow("negative zero") << -0.0 << "0.000000";
        QTest::newRow("tiny negative") << -1e-9 << "0.000000";
        QTest::newRow("half") << 0.5 << "0.500000";
        QTest::newRow("one") << 1.0 << "1.000000";
        QTest::newRow("two thirds") << 2.0 / 3.0 << "0.666667";
        QTest::newRow("negative") << -0.25 << "-0.250000";
        QTest::newRow("rounds to -0.000001") << -0.0000009 << "-0.000001";
        QTest::newRow("big") << 1234567.0 << "1234567.000000";
        QTest::newRow("loss") << 2.302585092994046 << "2.302585";
    }
    void formatNumber() {
        QFETCH(double, v);
        QFETCH(QString, text);
        QCOMPARE(q(replaylab::formatNumber(v)), text);
    }

    void formatNumberIgnoresLocale() {
        // A GUI sets the user's locale; result files must not follow it.
        const std::string old = std::setlocale(LC_NUMERIC, nullptr);
        const bool comma = std::setlocale(LC_NUMERIC, "de_DE.UTF-8") != nullptr ||
                           std::setlocale(LC_NUMERIC, "fr_FR.UTF-8") != nullptr;
        const std::string text = replaylab::formatNumber(0.5);
        std::setlocale(LC_NUMERIC, old.c_str());
        QCOMPARE(q(text), QStringLiteral("0.500000"));
        if (!comma) QSKIP("no locale with a decimal comma installed");
    }

    void metricsRoundTrip() {
        const fs::path root = dir() / "runs" / "2024-01-01-where";
        RunDirectory rd(root);
        QVERIFY(fs::is_directory(root));
        // metrics.csv exists from the start: a run stopped before any result reads back empty.
        QCOMPARE(q(slurp(root / "metrics.csv")), QString::fromLatin1(kMetricsHeader) + "\n");
        QVERIFY(readMetricsCsv(root / "metrics.csv").empty());

        const std::vector<MetricRow> first = {row("all", 1, 0.5, 2.302585),
                                              row("he said \"hi\", then left", 1, 0.25, 1.5)};
        const std::vector<MetricRow> second = {row("two\nlines", 2, 1.0, 0.0),
                                               row("cat", 2, 0.123456, 10.5)};
        rd.appendMetrics(first);
        rd.appendMetrics({});
        rd.appendMetrics(second);

        const std::string text = slurp(root / "metrics.csv");
        QVERIFY(text.rfind(std::string(kMetricsHeader) + "\n", 0) == 0);
        QCOMPARE(text.find(kMetricsHeader, 1), std::string::npos);  // header written once
        QVERIFY(text.find("\"he said \"\"hi\"\", then left\"") != std::string::npos);
        QVERIFY(text.find("set 1,generative-pool4,7,1,night,test,all,0.500000,2.302585\n") !=
                std::string::npos);

        const auto back = readMetricsCsv(root / "metrics.csv");
        QCOMPARE(back.size(), std::size_t{4});
        std::vector<MetricRow> all = first;
        all.insert(all.end(), second.begin(), second.end());
        for (std::size_t i = 0; i < all.size(); ++i)
            QVERIFY2(sameRow(back[i], all[i]), qPrintable(QString::number(i)));
    }

    void readsWindowsLineEndings() {
        const fs::path file = dir() / "metrics.csv";
        writePlain(file, std::string(kMetricsHeader) + "\r\ns,none,1,3,day,val,\"a,b\",0.5,1\r\n");
        const auto rows = readMetricsCsv(file);
        QCOMPARE(rows.size(), std::size_t{1});
        QCOMPARE(q(rows[0].cls), QStringLiteral("a,b"));
        QCOMPARE(rows[0].loss, 1.0);
        QCOMPARE(rows[0].day, 3);
    }

    void malformedMetrics_data() {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("error");
        const QString h = QString::fromLatin1(kMetricsHeader) + "\n";
        const QString good = "s,none,1,1,day,test,all,0.5,1.0\n";
        QTest::newRow("short row") << h + good + "s,none,1,1,day,test,0.5,1.0\n"
                                   << ":3: expected 9 fields, got 8";
        QTest::newRow("long row") << h + "s,none,1,1,day,test,a,b,0.5,1.0\n"
                                  << ":2: expected 9 fields, got 10";
        QTest::newRow("bad accuracy") << h + "s,none,1,1,day,test,all,abc,1.0\n"
                                      << ":2: bad number 'abc'";
        QTest::newRow("bad day") << h + "s,none,1,1.5,day,test,all,0.5,1.0\n"
                                 << ":2: bad number '1.5'";
        QTest::newRow("quoted newline shifts lines")
            << h + "s,none,1,1,day,test,\"x\ny\",0.5,1\ns,none,1,x,day,test,all,0.5,1\n"
            << ":4: bad number 'x'";
        QTest::newRow("wrong header") << "a,b,c\n" + good << ":1: expected the header";
        QTest::newRow("empty") << QString() << ": empty file";
        QTest::newRow("open quote") << h + "s,none,1,1,day,test,\"all,0.5,1\n"
                                    << ":2: unterminated quoted field";
    }
    void malformedMetrics() {
        QFETCH(QString, body);
        QFETCH(QString, error);
        const fs::path file = dir() / "metrics.csv";
        writePlain(file, body.toStdString());
        const QString msg = inputErrorOf([&] { readMetricsCsv(file); });
        QVERIFY2(msg.startsWith(q(file.string()) + error), qPrintable(msg));
    }

    // A kill in the middle of a write leaves a last line without its newline: readers drop
    // it when it is malformed, keep it when whole (a spreadsheet may save no last newline).
    void cutShortLastRow() {
        const fs::path file = dir() / "metrics.csv";
        const std::string h = std::string(kMetricsHeader) + "\n";
        const std::string good = "s,none,1,1,day,test,all,0.5,1.0\n";
        writePlain(file, h + good + "s,none,1,1,da");
        QCOMPARE(readMetricsCsv(file).size(), std::size_t(1));
        writePlain(file, h + good + "s,none,1,2,day,test,all,0.25,2.0");
        QCOMPARE(readMetricsCsv(file).size(), std::size_t(2));
        QCOMPARE(readMetricsCsv(file)[1].accuracy, 0.25);
        writePlain(file, h + "s,none,1,1,da\n" + good);  // in the middle: an error, named
        QVERIFY(inputErrorOf([&] { readMetricsCsv(file); }).startsWith(q(file.string()) + ":2: expected 9 fields"));

        const fs::path rl = dir() / "rl.csv";
        const std::string rh = "class_set,condition,seed,night,step,class,reward,chi2,p_1,p_2\n";
        const std::string step = "\"set, 1\",rl-pool4,1,2,3,cat,0.5,1.25,0.4,0.6\n";
        writePlain(rl, rh + step + "set 1,rl-pool4,1,2,4,dog,0.");
        auto rows = readRlCsv(rl);
        QCOMPARE(rows.size(), std::size_t(1));
        QCOMPARE(q(rows[0].classSet), QStringLiteral("set, 1"));
        QCOMPARE(rows[0].step, 3);
        QCOMPARE(rows[0].chi2, 1.25);
        QCOMPARE(rows[0].probabilities, (std::vector<double>{0.4, 0.6}));
        writePlain(rl, rh + "set 1,rl-pool4,1,2,4x,dog,0.5,1,0.5,0.5\n" + step);
        QVERIFY2(inputErrorOf([&] { readRlCsv(rl); }).startsWith(q(rl.string()) + ":2: bad number"),
                 qPrintable(inputErrorOf([&] { readRlCsv(rl); })));
        writePlain(rl, "class_set,night\n");
        QVERIFY(inputErrorOf([&] { readRlCsv(rl); }).contains("not an rl.csv"));
    }

    // Run folders are named <parent>/<yyyyMMdd-HHmmss>-<name>; a taken name gets -2, -3, ...
    void newRunFolderNamesAndNeverReuses() {
        const fs::path parent = dir() / "named-runs";
        const fs::path a = newRunFolder(parent, "where");
        QVERIFY2(QRegularExpression("^\\d{8}-\\d{6}-where$").match(q(a.filename().string())).hasMatch(),
                 a.string().c_str());
        QCOMPARE(q(a.parent_path().string()), q(parent.string()));
        fs::create_directories(a);
        const fs::path b = newRunFolder(parent, "where");
        QVERIFY(b != a);
        if (b.filename().string().substr(0, 15) == a.filename().string().substr(0, 15))
            QCOMPARE(q(b.string()), q(a.string() + "-2"));
        fs::create_directories(b);
        if (newRunFolder(parent, "where").filename().string().substr(0, 15) == a.filename().string().substr(0, 15))
            QVERIFY(newRunFolder(parent, "where") != b);
    }

    void missingMetricsFile() {
        const fs::path file = dir() / "nothing.csv";
        const QString msg = inputErrorOf([&] { readMetricsCsv(file); });
        QVERIFY2(msg.startsWith("cannot read " + q(file.string())), qPrintable(msg));
    }

    void refusesFolderWithResults() {
        const fs::path root = dir() / "run";
        {
            RunDirectory rd(root);
            rd.writeConfig("{}\n");
            rd.appendMetrics({row("all", 1, 0.5, 1.0)});
        }
        const QString msg = inputErrorOf([&] { RunDirectory again(root); });
        QCOMPARE(msg, q(root.string()) +
                          " already holds results (metrics.csv); choose another output folder");
        QCOMPARE(readMetricsCsv(root / "metrics.csv").size(), std::size_t{1});  // untouched
    }

    void usesExistingFolderWithoutResults() {
        const fs::path root = dir() / "run";
        fs::create_directories(root);
        writePlain(root / "notes.txt", "mine");
        RunDirectory rd(root);
        rd.writeConfig("{\"a\": 2}\n");
        QCOMPARE(q(slurp(root / "config.json")), QStringLiteral("{\"a\": 2}\n"));
        QCOMPARE(q(slurp(root / "notes.txt")), QStringLiteral("mine"));
        // Once a run has started there, the folder is taken.
        QVERIFY(inputErrorOf([&] { RunDirectory again(root); }).contains("already holds results"));
    }

    void refusesFileAsRoot() {
        writePlain(dir() / "file", "x");
        const QString msg = inputErrorOf([&] { RunDirectory rd(dir() / "file"); });
        QVERIFY2(msg.contains(q((dir() / "file").string())), qPrintable(msg));
    }

    void writesConfigManifestAndRl() {
        const fs::path root = dir() / "run";
        RunDirectory rd(root);
        rd.writeConfig("{\"seed\": 1}\n");
        rd.writeManifest("{\"status\": \"running\"}\n");
        rd.appendRl("class_set,night,step,class,reward", "set 1,1,1,cat,0.5\n");
        rd.appendRl("class_set,night,step,class,reward", "set 1,1,2,dog,0.25\n");
        QCOMPARE(q(slurp(root / "config.json")), QStringLiteral("{\"seed\": 1}\n"));
        QCOMPARE(q(slurp(root / "manifest.json")), QStringLiteral("{\"status\": \"running\"}\n"));
        QCOMPARE(q(slurp(root / "rl.csv")),
                 QStringLiteral("class_set,night,step,class,reward\nset 1,1,1,cat,0.5\n"
                                "set 1,1,2,dog,0.25\n"));
        QCOMPARE(entries(root), (std::vector<std::string>{".lock", "config.json", "manifest.json",
                                                           "metrics.csv", "rl.csv"}));
    }

    // One writer at a time: a resume while the run still goes is refused, naming the
    // folder; the hold ends with the writer (and moves with it).
    void folderIsHeldWhileWritten() {
        const fs::path root = dir() / "held";
        {
            RunDirectory first(root);
            QVERIFY(fs::exists(root / ".lock"));
            const QString msg = inputErrorOf([&] { RunDirectory::reopen(root, {}); });
            QVERIFY2(msg.startsWith(q(root.string()) + ": another Replay Lab process is writing"), qPrintable(msg));
            QVERIFY(inputErrorOf([&] { FolderLock again(root); }).contains("another Replay Lab process"));
        }
        QVERIFY(!fs::exists(root / ".lock"));
        auto reopened = RunDirectory::reopen(root, {});
        RunDirectory moved = std::move(reopened);
        QVERIFY(inputErrorOf([&] { FolderLock again(root); }).contains("another Replay Lab process"));
        moved.appendMetrics({row("all", 1, 0.5, 1.0)});
        QCOMPARE(readMetricsCsv(root / "metrics.csv").size(), std::size_t(1));
    }

    void keepsRowsOfFinishedSimulations() {
        const fs::path file = dir() / "rl.csv";
        writePlain(file,
                   "class_set,condition,seed,night,class\n"
                   "set 1,none,1,1,cat\n"
                   "\"set, odd\",none,1,1,\"say \"\"hi\"\"\"\n"
                   "set 1,none,2,1,dog\n"
                   "set 2,none,1,1,cat\n"
                   "set 2,none,1,2,ca");  // cut short by a kill
        const std::vector<SimulationKey> keep{{"set 1", "none", 1}, {"set, odd", "none", 1}, {"set 2", "none", 1}};
        QCOMPARE(keepSimulationRows(file, keep), std::size_t(3));
        QCOMPARE(q(slurp(file)), QStringLiteral("class_set,condition,seed,night,class\n"
                                                  "set 1,none,1,1,cat\n"
                                                  "\"set, odd\",none,1,1,\"say \"\"hi\"\"\"\n"
                                                  "set 2,none,1,1,cat\n"));
        QCOMPARE(keepSimulationRows(dir() / "absent.csv", keep), std::size_t(0));
        QVERIFY(!fs::exists(dir() / "absent.csv"));
        writePlain(file, "a,b,c\n1,2,3\n");
        const QString msg = inputErrorOf([&] { keepSimulationRows(file, keep); });
        QVERIFY2(msg.contains(q(file.string())) && msg.contains("class_set,condition,seed"), qPrintable(msg));
    }

    void reopenGoesOnAppending() {
        const fs::path root = dir() / "again";
        {
            RunDirectory rd(root);
            auto a = row("all", 1, 0.5, 1.0);
            auto b = a;
            b.seed = 8;
            rd.appendMetrics({a, b});
        }
        auto rd = RunDirectory::reopen(root, {{"set 1", "generative-pool4", 7}});
        rd.appendMetrics({row("cat", 2, 0.25, 2.0)});
        const auto rows = readMetricsCsv(root / "metrics.csv");
        QCOMPARE(int(rows.size()), 2);
        QCOMPARE(rows[0].seed, 7);
        QCOMPARE(q(rows[1].cls), QStringLiteral("cat"));
    }

    void imaginationsComeBackAsWritten() {
        const fs::path root = dir() / "imagined";
        RunDirectory rd(root);
        const Imagination a = night(7, 1);
        rd.appendImagination(a);
        const auto back = readImaginations(root);
        QCOMPARE(back.size(), std::size_t(1));
        const auto& b = back[0];
        QCOMPARE(b.classNames, a.classNames);
        QCOMPARE(b.layer, 2);
        QCOMPARE(b.fidelity, a.fidelity);
        QCOMPARE(b.pcaRealX, a.pcaRealX);
        QCOMPARE(b.pcaImaginedClass, a.pcaImaginedClass);
        for (std::size_t c = 0; c < 2; ++c) {
            QVERIFY(b.real[c][0].data == a.real[c][0].data);
            QCOMPARE(b.real[c][0].channels, 3);
            QVERIFY(b.imagined[c][0].data == a.imagined[c][0].data);
            const auto& p = b.pictures[c];
            const auto& q0 = a.pictures[c];
            QVERIFY(p.real[0] == q0.real[0]);
            QVERIFY(p.realReconstructions[0] == q0.realReconstructions[0]);
            QVERIFY(p.imaginedReconstructions[0] == q0.imaginedReconstructions[0]);
            QVERIFY(p.neighbours[0][1] == q0.neighbours[0][1]);
            QCOMPARE(p.neighbourSimilarity, q0.neighbourSimilarity);
            QCOMPARE(p.realError, q0.realError);
        }
        // A night without drawings adds PCA and fidelity rows only.
        Imagination plain = night(7, 2);
        plain.pictures.clear();
        rd.appendImagination(plain);
        const auto both = readImaginations(root);
        QCOMPARE(both.size(), std::size_t(2));
        QVERIFY(both[1].pictures.empty());
        QVERIFY(both[1].real[0].empty());
        QCOMPARE(both[1].fidelity, plain.fidelity);
    }

    void reopenKeepsImaginationsOfFinishedSimulations() {
        const fs::path root = dir() / "resumed";
        {
            RunDirectory rd(root);
            rd.appendImagination(night(7, 1));
            rd.appendImagination(night(8, 1));  // cut short by a kill
        }
        auto rd = RunDirectory::reopen(root, {{"set 1", "generative-pool2", 7}});
        auto kept = readImaginations(root);
        QCOMPARE(kept.size(), std::size_t(1));
        QCOMPARE(kept[0].seed, 7);
        rd.appendImagination(night(8, 1));  // run again: the same tiles, rows once
        kept = readImaginations(root);
        QCOMPARE(kept.size(), std::size_t(2));
        QCOMPARE(kept[1].seed, 8);
        QCOMPARE(kept[1].pcaRealX.size(), std::size_t(2));
    }

    void badImaginationRowNamesFileAndLine() {
        const fs::path root = dir() / "bad";
        RunDirectory rd(root);
        rd.appendImagination(night(7, 1));
        const fs::path index = root / "imaginations" / "index.csv";
        std::string text = slurp(index);
        text += "set 1,generative-pool2,7,1,2,1,cat,dream,1,,,x.png\n";
        writePlain(index, text);
        const QString msg = inputErrorOf([&] { readImaginations(root); });
        QVERIFY2(msg.startsWith(q(index.string()) + ":") && msg.contains("unknown kind 'dream'"), qPrintable(msg));
    }

    void copiedAppendersShareTheFile() {
        const fs::path file = dir() / "log.csv";
        CsvAppender a(file, "x,y");
        QCOMPARE(q(slurp(file)), QStringLiteral("x,y\n"));
        CsvAppender b = a;
        a.append("1,2\n");
        b.append("3,4\n5,6\n");
        CsvAppender moved = std::move(a);
        moved.append("7,8\n");
        QCOMPARE(q(slurp(file)), QStringLiteral("x,y\n1,2\n3,4\n5,6\n7,8\n"));
    }

    void appenderKeepsExistingFile() {
        const fs::path file = dir() / "log.csv";
        writePlain(file, "x,y\n1,2\n");
        CsvAppender(file, "x,y").append("3,4\n");
        QCOMPARE(q(slurp(file)), QStringLiteral("x,y\n1,2\n3,4\n"));
    }

    void appenderFailureNamesFile() {
        writePlain(dir() / "blocker", "x");
        const fs::path file = dir() / "blocker" / "log.csv";
        const QString msg = inputErrorOf([&] { CsvAppender(file, "h"); });
        QVERIFY2(msg.startsWith("cannot write " + q(file.string()) + ": "), qPrintable(msg));
    }

    void paths() {
        const QByteArray oldData = qgetenv("REPLAYLAB_DATA");
        const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
        const QByteArray oldRes = qgetenv("REPLAYLAB_RESOURCES");
        QCOMPARE(q(dataDir("/my/data").string()), QStringLiteral("/my/data"));
        qputenv("REPLAYLAB_DATA", "/env/data");
        QCOMPARE(q(dataDir().string()), QStringLiteral("/env/data"));
        QCOMPARE(q(dataDir("/my/data").string()), QStringLiteral("/my/data"));
        qunsetenv("REPLAYLAB_DATA");
#ifndef _WIN32
        qputenv("XDG_DATA_HOME", "/xdg");
        QCOMPARE(q(dataSearchPath().front().string()), QStringLiteral("/xdg/replaylab"));
        qputenv("XDG_DATA_HOME", "relative");  // invalid per the XDG spec: ignored
        QVERIFY(dataSearchPath().front().string().find("/.local/share/replaylab") !=
                std::string::npos);
#endif
        QCOMPARE(q(quickDrawDir("/d").string()), QStringLiteral("/d/quickdraw"));
        qputenv("REPLAYLAB_RESOURCES", "/res");
        QCOMPARE(q(resourceDir().string()), QStringLiteral("/res"));
        qunsetenv("REPLAYLAB_RESOURCES");
        QVERIFY(!resourceDir().empty());
        auto restore = [](const char* name, const QByteArray& v) {
            if (v.isNull()) qunsetenv(name);
            else qputenv(name, v);
        };
        restore("REPLAYLAB_DATA", oldData);
        restore("XDG_DATA_HOME", oldXdg);
        restore("REPLAYLAB_RESOURCES", oldRes);
    }

#ifndef _WIN32
    // The Quick Draw lookup: an explicit folder alone, else the user's folder, then the
    // system-wide ones of $XDG_DATA_DIRS. "%T" is the test's temporary folder; "<unset>"
    // unsets a variable; a result starting with "error: " is the expected message.
    void quickDrawSearch_data() {
        QTest::addColumn<QString>("home");
        QTest::addColumn<QString>("replaylabData");
        QTest::addColumn<QString>("argument");
        QTest::addColumn<QStringList>("withData");
        QTest::addColumn<QString>("dataFolder");
        QTest::addColumn<QString>("found");
        const QString user = "%T/home/.local/share/replaylab";
        QTest::newRow("nowhere") << "%T/home" << "<unset>" << "" << QStringList{} << user
                                 << "error: Quick Draw data not found in %T/home/.local/share/"
                                    "replaylab/quickdraw, %T/sys1/replaylab/quickdraw or "
                                    "%T/sys2/replaylab/quickdraw (run scripts/fetch-data.sh)";
        QTest::newRow("system-wide after the user's")
            << "%T/home" << "<unset>" << "" << QStringList{"%T/sys2/replaylab"}
            << "%T/sys2/replaylab" << "%T/sys2/replaylab/quickdraw";
        QTest::newRow("first system-wide folder first")
            << "%T/home" << "<unset>" << "" << QStringList{"%T/sys1/replaylab", "%T/sys2/replaylab"}
            << "%T/sys1/replaylab" << "%T/sys1/replaylab/quickdraw";
        QTest::newRow("user's before system-wide")
            << "%T/home" << "<unset>" << "" << QStringList{user, "%T/sys1/replaylab"} << user
            << user + "/quickdraw";
        QTest::newRow("argument wins") << "%T/home" << "<unset>" << "%T/mine"
                                       << QStringList{"%T/mine", user, "%T/sys1/replaylab"}
                                       << "%T/mine" << "%T/mine/quickdraw";
        QTest::newRow("argument without data is not passed over")
            << "%T/home" << "<unset>" << "%T/mine" << QStringList{user, "%T/sys1/replaylab"}
            << "%T/mine"
            << "error: Quick Draw data folder not found: %T/mine/quickdraw "
               "(run scripts/fetch-data.sh %T/mine)";
        QTest::newRow("REPLAYLAB_DATA without data is not passed over")
            << "%T/home" << "%T/env" << "" << QStringList{user, "%T/sys1/replaylab"} << "%T/env"
            << "error: Quick Draw data folder not found: %T/env/quickdraw ($REPLAYLAB_DATA) "
               "(run scripts/fetch-data.sh %T/env)";
        QTest::newRow("argument before REPLAYLAB_DATA")
            << "%T/home" << "%T/env" << "%T/mine" << QStringList{"%T/mine", "%T/env"} << "%T/mine"
            << "%T/mine/quickdraw";
        QTest::newRow("HOME unset, system-wide data")
            << "<unset>" << "<unset>" << "" << QStringList{"%T/sys2/replaylab"}
            << "%T/sys2/replaylab" << "%T/sys2/replaylab/quickdraw";
        const QString noHome =
            "error: Quick Draw data not found in %T/sys1/replaylab/quickdraw or "
            "%T/sys2/replaylab/quickdraw, and $HOME is not set, so no folder of your own was "
            "searched (set HOME and run scripts/fetch-data.sh, or run scripts/fetch-data.sh DIR "
            "and set $REPLAYLAB_DATA to DIR)";
        QTest::newRow("HOME unset, no data") << "<unset>" << "<unset>" << "" << QStringList{}
                                             << "%T/sys1/replaylab" << noHome;
        QTest::newRow("HOME empty, no data")
            << "" << "<unset>" << "" << QStringList{} << "%T/sys1/replaylab" << noHome;
        QTest::newRow("HOME relative, no data")
            << "home" << "<unset>" << "" << QStringList{} << "%T/sys1/replaylab" << noHome;
    }

    void quickDrawSearch() {
        QFETCH(QString, home);
        QFETCH(QString, replaylabData);
        QFETCH(QString, argument);
        QFETCH(QStringList, withData);
        QFETCH(QString, dataFolder);
        QFETCH(QString, found);
        const QString root = q(dir().string());
        auto at = [&](QString s) { return s.replace("%T", root); };
        EnvGuard env({"HOME", "XDG_DATA_HOME", "XDG_DATA_DIRS", "REPLAYLAB_DATA"});
        auto set = [&](const char* name, const QString& value) {
            if (value == "<unset>") qunsetenv(name);
            else qputenv(name, at(value).toUtf8());
        };
        set("HOME", home);
        set("REPLAYLAB_DATA", replaylabData);
        qunsetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_DIRS", at("%T/sys1:%T/sys2").toUtf8());
        // A quickdraw/ folder with no drawings in it is no data: the search goes on.
        fs::create_directories(dir() / "home/.local/share/replaylab/quickdraw");
        for (const QString& d : withData) {
            const fs::path qd = fs::path(at(d).toStdString()) / "quickdraw";
            fs::create_directories(qd);
            writePlain(qd / "apple.ndjson.gz", "");
        }
        const std::string arg = at(argument).toStdString();
        QCOMPARE(q(dataDir(arg).string()), at(dataFolder));
        const QString got = found.startsWith("error: ")
                                ? "error: " + inputErrorOf([&] { findQuickDrawDir(arg); })
                                : q(findQuickDrawDir(arg).string());
        QCOMPARE(got, at(found));
        for (const auto& p : dataSearchPath(arg))
            QVERIFY2(p.is_absolute() && p.string().find("/.local/share") != 0, p.c_str());
    }

    void systemDataFoldersFollowXdg() {
        EnvGuard env({"HOME", "XDG_DATA_HOME", "XDG_DATA_DIRS", "REPLAYLAB_DATA"});
        qunsetenv("REPLAYLAB_DATA");
        qputenv("HOME", "/home/ada");
        qputenv("XDG_DATA_HOME", "/xdg");
        qunsetenv("XDG_DATA_DIRS");  // the XDG default: /usr/local/share:/usr/share
        auto path = [] {
            QStringList out;
            for (const auto& p : dataSearchPath()) out << q(p.string());
            return out;
        };
        QCOMPARE(path(), (QStringList{"/xdg/replaylab", "/usr/local/share/replaylab",
                                      "/usr/share/replaylab"}));
        // Relative and empty entries are invalid per the spec; a repeat is searched once.
        qputenv("XDG_DATA_DIRS", "share::/opt/share/:/xdg:/opt/share");
        QCOMPARE(path(), (QStringList{"/xdg/replaylab", "/opt/share/replaylab"}));
        qunsetenv("XDG_DATA_HOME");
        QCOMPARE(path(), (QStringList{"/home/ada/.local/share/replaylab", "/opt/share/replaylab",
                                      "/xdg/replaylab"}));
    }
#endif
};

QTEST_GUILESS_MAIN(TestRunDirectory)
#include "tst_rundir.moc"
