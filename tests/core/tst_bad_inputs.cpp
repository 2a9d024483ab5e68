// Bad input through the real command line, one row each: a flag out of range, a bad config
// file, broken data, broken weights, an output folder that cannot be used, a folder that is
// not a run. Every row must end with exit code 2, by a normal exit (no signal), with one line
// on stderr naming the flag, setting or file and the problem, and without the chatter of the
// libraries underneath (libpng, OpenCV's log). The rows build their own small data (a few
// fake Quick Draw drawings, a few images) in a temporary folder and stop before training.
#include <zlib.h>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>
#include <opencv2/imgcodecs.hpp>

#include <linux/capability.h>
#include <sys/prctl.h>
#include <unistd.h>

class TestBadInputs : public QObject {
    Q_OBJECT

    struct Result {
        int code = -1;
        QProcess::ExitStatus status = QProcess::CrashExit;
        QString out, err;
    };

    /// Exit code of the CLI when, run by root, it could not be made to respect file permissions.
    static constexpr int kCannotDropRoot = 77;

    /// Runs the CLI. asUser: as root, without root's override of file permissions (dropped
    /// from the capability bounding set in the child before exec), so that a read-only folder
    /// is read-only to it as it is to a user.
    static Result run(const QStringList& args, bool asUser = false) {
        QProcess p;
        if (asUser && geteuid() == 0)
            p.setChildProcessModifier([] {
                if (prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0) != 0 ||
                    prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0) != 0)
                    _exit(kCannotDropRoot);
            });
        p.start(REPLAYLAB_CLI, args);
        if (!p.waitForFinished(120000)) p.kill();
        p.waitForFinished(5000);
        return {p.exitCode(), p.exitStatus(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static void writeFile(const QString& path, const QByteArray& bytes) {
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        QCOMPARE(f.write(bytes), bytes.size());
    }

    static QByteArray gzip(const QByteArray& text) {
        uLongf size = compressBound(static_cast<uLong>(text.size())) + 64;
        QByteArray out(static_cast<int>(size), Qt::Uninitialized);
        z_stream z{};
        deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);  // gzip wrapper
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
        z.avail_in = static_cast<uInt>(text.size());
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = static_cast<uInt>(out.size());
        deflate(&z, Z_FINISH);
        out.resize(static_cast<int>(z.total_out));
        deflateEnd(&z);
        return out;
    }

    /// n drawings of a 28x28 bitmap, one JSON array of 784 numbers per line.
    static QByteArray drawings(int n) {
        QByteArray text;
        for (int k = 0; k < n; ++k) {
            text += '[';
            for (int i = 0; i < 784; ++i) text += QByteArray(i ? "," : "") + QByteArray::number(((i + k) % 7) / 6.0);
            text += "]\n";
        }
        return text;
    }

    static QByteArray randomBytes(int n, quint32 seed) {
        QByteArray b(n, Qt::Uninitialized);
        for (char& c : b) c = static_cast<char>((seed = seed * 1664525u + 1013904223u) >> 24);
        return b;
    }

    static QByteArray png(int tag) {
        cv::Mat m(24, 24, CV_8UC3, cv::Scalar(40 + tag, 80, 120));
        std::vector<uchar> buf;
        cv::imencode(".png", m, buf);
        return QByteArray(reinterpret_cast<const char*>(buf.data()), static_cast<int>(buf.size()));
    }

    /// A valid PNG whose header claims width x height (CRC fixed, so that only the size is wrong).
    static QByteArray pngClaiming(quint32 width, quint32 height) {
        QByteArray b = png(0);
        // signature (8), IHDR length (4), "IHDR" (4), width (4), height (4), ... CRC over type+data (17 bytes)
        for (int i = 0; i < 4; ++i) {
            b[16 + i] = static_cast<char>(width >> (24 - 8 * i));
            b[20 + i] = static_cast<char>(height >> (24 - 8 * i));
        }
        const uLong crc = crc32(0, reinterpret_cast<const Bytef*>(b.constData() + 12), 17);
        for (int i = 0; i < 4; ++i) b[29 + i] = static_cast<char>(crc >> (24 - 8 * i));
        return b;
    }

    /// Builds what a row needs in dir: the fixtures named in `setup` (comma-separated).
    void prepare(const QString& dir, const QString& setup) {
        const QStringList parts = setup.split(',', Qt::SkipEmptyParts);
        const auto has = [&](const char* p) { return parts.contains(QString::fromLatin1(p)); };
        // Quick Draw: apple and banana, 12 drawings each; one config reading them.
        if (has("qd") || has("qd-truncated") || has("qd-not-gzip") || has("qd-missing") || has("finished-run")) {
            const QByteArray good = gzip(drawings(12));
            writeFile(dir + "/qd/quickdraw/banana.ndjson.gz", good);
            if (has("qd-truncated"))
                writeFile(dir + "/qd/quickdraw/apple.ndjson.gz", good.left(good.size() / 2));
            else if (has("qd-not-gzip"))
                writeFile(dir + "/qd/quickdraw/apple.ndjson.gz", drawings(12));
            else if (!has("qd-missing"))
                writeFile(dir + "/qd/quickdraw/apple.ndjson.gz", good);
            writeFile(dir + "/qd.json", QStringLiteral(R"({"name": "bad", "data": {"data_dir": "%1/qd",
                "custom_class_sets": [["apple", "banana"]], "train_per_class": 2, "val_per_class": 1,
                "test_per_class": 1}, "model": {"backbone": "none"}, "train": {"days": 1}})")
                                            .arg(dir).toUtf8());
            // The shipped backbone with a network of other widths.
            writeFile(dir + "/qd-widths.json", QStringLiteral(R"({"name": "bad", "data": {"data_dir": "%1/qd",
                "custom_class_sets": [["apple", "banana"]], "train_per_class": 2, "val_per_class": 1,
                "test_per_class": 1}, "model": {"widths": [8, 16, 32, 64, 64]}, "train": {"days": 1}})")
                                                  .arg(dir).toUtf8());
        }
        // An image folder: cat and dog, 4 good images each, plus the bad one of the row.
        if (has("img") || has("img-corrupt") || has("img-empty") || has("img-huge")) {
            for (const char* cls : {"cat", "dog"})
                for (int i = 0; i < 4; ++i)
                    writeFile(QString("%1/img/%2/%3.png").arg(dir, cls).arg(i), png(i));
            if (has("img-corrupt")) {
                QByteArray b = png(9);
                b.replace(37, 4, "\x20is\x20");  // the type of the chunk after IHDR: not a valid type
                writeFile(dir + "/img/cat/bad.png", b);
            }
            if (has("img-empty")) writeFile(dir + "/img/cat/bad.png", QByteArray());
            if (has("img-huge")) writeFile(dir + "/img/cat/bad.png", pngClaiming(200000, 200000));
            writeFile(dir + "/img.json", QStringLiteral(R"({"data": {"source": "folder", "data_dir": "%1/img",
                "custom_class_sets": [["cat", "dog"]], "train_per_class": 2, "val_per_class": 1,
                "test_per_class": 1, "on_bad_image": "stop"}, "model": {"backbone": "none"}})")
                                             .arg(dir).toUtf8());
            writeFile(dir + "/img-wolf.json", QStringLiteral(R"({"data": {"source": "folder", "data_dir": "%1/img",
                "custom_class_sets": [["cat", "wolf"]], "train_per_class": 2, "val_per_class": 1,
                "test_per_class": 1}, "model": {"backbone": "none"}})")
                                                  .arg(dir).toUtf8());
        }
        if (has("configs")) {
            QDir().mkpath(dir + "/folder.json");
            writeFile(dir + "/empty.json", "  \n");
            writeFile(dir + "/malformed.json", R"({"train": {"days": 3,}})");
            writeFile(dir + "/typed.json", R"({"train": {"days": "ten"}})");
            writeFile(dir + "/unknown.json", R"({"train": {"dayz": 3}})");
            writeFile(dir + "/range.json", R"({"train": {"days": 0}})");
            writeFile(dir + "/choice.json", R"({"replay": {"covariance": "spherical"}})");
            writeFile(dir + "/overflow.json", R"({"train": {"learning_rate": 1e999}})");
        }
        if (has("weights")) {
            QFile shipped(QStringLiteral(REPLAYLAB_SOURCE_DIR "/resources/backbones/quickdraw-mini.pt"));
            QVERIFY(shipped.open(QIODevice::ReadOnly));
            const QByteArray all = shipped.readAll();
            writeFile(dir + "/truncated.pt", all.left(all.size() / 3));
            writeFile(dir + "/random.pt", randomBytes(50000, 3));
        }
        if (has("file")) writeFile(dir + "/file", "a regular file\n");
        if (has("read-only")) {
            QVERIFY(QDir().mkpath(dir + "/read-only"));
            QVERIFY(QFile::setPermissions(dir + "/read-only", QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                                  QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        }
        if (has("finished-run")) {
            // A run that finished: what `run --out` must not overwrite.
            const auto r = run({"run", "--config", dir + "/qd.json", "--out", dir + "/done"});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
    }

private Q_SLOTS:
    void badInput_data() {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<QStringList>("args");      // %T: the row's temporary folder
        QTest::addColumn<QStringList>("expected");  // each must be in the first line of stderr
        QTest::addColumn<bool>("needsData");        // the installed Quick Draw data (class sets 1..10)

        using L = QStringList;
        // ---- the findings of issue 19
        QTest::newRow("reversed class-set range")
            << "" << L{"run", "--class-sets", "3-1", "--dry-run"} << L{"--class-sets", "3-1", "reversed"} << false;
        QTest::newRow("empty class-set list")
            << "" << L{"run", "--class-sets", "", "--dry-run"} << L{"--class-sets", "no class set"} << false;
        QTest::newRow("negative threads") << "" << L{"run", "--threads", "-1", "--dry-run"}
                                          << L{"--threads", "train.threads must be at least 0 (got -1)"} << false;
        QTest::newRow("pretrain input size not a multiple of 32")
            << "" << L{"pretrain", "--input-size", "48", "--out", "x.pt"}
            << L{"--input-size", "model.input_size must be a multiple of 32"} << false;
        QTest::newRow("pretrain unknown fit")
            << "" << L{"pretrain", "--fit", "squash", "--out", "x.pt"} << L{"--fit", "must be pad or resize", "squash"} << false;
        QTest::newRow("sweep of an unknown setting")
            << "" << L{"sweep", "--vary", "train.dayz=1,2", "--dry-run"} << L{"--vary", "unknown setting 'train.dayz'"} << false;
        QTest::newRow("sweep value out of range")
            << "" << L{"sweep", "--vary", "data.train_per_class=0,20", "--dry-run"}
            << L{"data.train_per_class=0", "must be at least 1 (got 0)"} << false;
        QTest::newRow("--set without =")
            << "" << L{"run", "--set", "train.days", "--dry-run"} << L{"--set 'train.days'", "KEY=VALUE"} << false;
        QTest::newRow("--set unknown setting")
            << "" << L{"run", "--set", "train.dayz=3", "--dry-run"} << L{"--set train.dayz", "unknown setting"} << false;
        QTest::newRow("--set out of range")
            << "" << L{"run", "--set", "imagination.class_sets=-1", "--dry-run"}
            << L{"--set imagination.class_sets", "at least 0"} << false;
        QTest::newRow("days not a number")
            << "" << L{"run", "--days", "abc"} << L{"--days", "abc"} << false;
        QTest::newRow("no subcommand (usage)") << "" << L{} << L{"replaylab-cli:", "subcommand"} << false;
        QTest::newRow("unexpected argument (usage)")
            << "" << L{"run", "--frob"} << L{"replaylab-cli:", "--frob"} << false;
        QTest::newRow("conversion error (usage)")
            << "" << L{"pretrain", "--epochs", "many"} << L{"replaylab-cli:", "--epochs", "many"} << false;
        QTest::newRow("corrupt PNG") << "img-corrupt" << L{"run", "--config", "%T/img.json", "--dry-run"}
                                     << L{"%T/img/cat/bad.png", "cannot decode image"} << false;
        QTest::newRow("config is a folder") << "configs" << L{"run", "--config", "%T/folder.json"}
                                            << L{"%T/folder.json: is a folder, not a JSON config file"} << false;
        QTest::newRow("config is empty") << "configs" << L{"run", "--config", "%T/empty.json"}
                                         << L{"%T/empty.json: is empty"} << false;
        // ---- flags out of range
        QTest::newRow("negative days") << "" << L{"run", "--days", "-2"} << L{"--days", "train.days", "-2"} << false;
        QTest::newRow("zero days") << "" << L{"run", "--days", "0"}
                                   << L{"--days", "train.days must be at least 1 (got 0)"} << false;
        QTest::newRow("days beyond an int") << "" << L{"run", "--days", "99999999999"}
                                            << L{"--days", "train.days", "99999999999"} << false;
        QTest::newRow("fractional days") << "" << L{"run", "--days", "2.5"} << L{"--days", "train.days", "2.5"} << false;
        QTest::newRow("negative seeds per set") << "" << L{"run", "--seeds-per-set", "-1"}
                                                << L{"--seeds-per-set", "seeds_per_class_set", "-1"} << false;
        QTest::newRow("negative training images") << "" << L{"run", "--train-per-class", "-5"}
                                                  << L{"--train-per-class", "data.train_per_class", "-5"} << false;
        QTest::newRow("number overflow") << "" << L{"run", "--days", "1e999"} << L{"--days", "train.days", "1e999"} << false;
        QTest::newRow("negative seed") << "" << L{"run", "--seed", "-3"} << L{"--seed", "-3"} << false;
        QTest::newRow("negative jobs") << "" << L{"run", "--jobs", "-1"}
                                       << L{"--jobs", "train.jobs must be at least 0 (got -1)"} << false;
        QTest::newRow("bad device") << "" << L{"run", "--device", "tpu"} << L{"--device", "train.device", "tpu"} << false;
        QTest::newRow("resume: negative threads") << "" << L{"resume", "%T", "--threads", "-4"}
                                                  << L{"--threads", "train.threads", "-4"} << false;
        // ---- unknown class sets and conditions
        QTest::newRow("unknown class set") << "" << L{"run", "--class-sets", "42", "--dry-run"} << L{"set 42"} << true;
        QTest::newRow("class set zero") << "" << L{"run", "--class-sets", "0"}
                                        << L{"--class-sets", "data.class_sets", "0"} << false;
        QTest::newRow("unknown condition") << "" << L{"run", "--conditions", "none,dreaming"}
                                           << L{"--conditions", "dreaming"} << false;
        QTest::newRow("replay point out of range") << "" << L{"run", "--conditions", "generative-pool9"}
                                                   << L{"--conditions", "pool9"} << false;
        QTest::newRow("unknown preset") << "" << L{"run", "--preset", "nowhere"} << L{"nowhere"} << false;
        // ---- config files
        QTest::newRow("missing config") << "" << L{"run", "--config", "%T/none.json"} << L{"%T/none.json"} << false;
        QTest::newRow("malformed JSON") << "configs" << L{"run", "--config", "%T/malformed.json"}
                                        << L{"%T/malformed.json", "invalid JSON"} << false;
        QTest::newRow("wrongly typed key") << "configs" << L{"run", "--config", "%T/typed.json"}
                                           << L{"%T/typed.json", "train.days", "ten"} << false;
        QTest::newRow("unknown key") << "configs" << L{"run", "--config", "%T/unknown.json"}
                                     << L{"%T/unknown.json", "train.dayz"} << false;
        QTest::newRow("key out of range") << "configs" << L{"run", "--config", "%T/range.json", "--dry-run"}
                                          << L{"train.days must be at least 1 (got 0)"} << false;
        QTest::newRow("unknown choice") << "configs" << L{"run", "--config", "%T/choice.json"}
                                        << L{"%T/choice.json", "replay.covariance", "spherical"} << false;
        QTest::newRow("number overflow in config") << "configs" << L{"run", "--config", "%T/overflow.json"}
                                                   << L{"%T/overflow.json", "invalid JSON", "1e999"} << false;
        // ---- Quick Draw files
        QTest::newRow("truncated Quick Draw file") << "qd-truncated" << L{"run", "--config", "%T/qd.json", "--dry-run"}
                                                   << L{"%T/qd/quickdraw/apple.ndjson.gz", "truncated"} << false;
        QTest::newRow("Quick Draw file not gzip") << "qd-not-gzip" << L{"run", "--config", "%T/qd.json", "--dry-run"}
                                                  << L{"%T/qd/quickdraw/apple.ndjson.gz", "not a gzip file"} << false;
        QTest::newRow("category file missing") << "qd-missing" << L{"run", "--config", "%T/qd.json", "--dry-run"}
                                               << L{"apple", "%T/qd/quickdraw"} << false;
        QTest::newRow("data folder missing") << "" << L{"run", "--data-dir", "%T/nowhere", "--dry-run"}
                                             << L{"%T/nowhere"} << false;
        // ---- image folders
        QTest::newRow("empty image") << "img-empty" << L{"run", "--config", "%T/img.json", "--dry-run"}
                                     << L{"%T/img/cat/bad.png", "cannot decode image"} << false;
        QTest::newRow("huge image") << "img-huge" << L{"run", "--config", "%T/img.json", "--dry-run"}
                                    << L{"%T/img/cat/bad.png", "cannot decode image"} << false;
        QTest::newRow("class folder missing") << "img" << L{"run", "--config", "%T/img-wolf.json", "--dry-run"}
                                              << L{"wolf", "%T/img"} << false;
        // ---- weights
        QTest::newRow("truncated weights")
            << "qd,weights" << L{"run", "--config", "%T/qd.json", "--backbone", "%T/truncated.pt", "--dry-run"}
            << L{"%T/truncated.pt"} << false;
        QTest::newRow("random-bytes weights")
            << "qd,weights" << L{"run", "--config", "%T/qd.json", "--backbone", "%T/random.pt", "--dry-run"}
            << L{"%T/random.pt"} << false;
        QTest::newRow("missing weights")
            << "qd" << L{"run", "--config", "%T/qd.json", "--backbone", "%T/none.pt", "--dry-run"}
            << L{"%T/none.pt"} << false;
        QTest::newRow("mismatched weights") << "qd" << L{"run", "--config", "%T/qd-widths.json", "--dry-run"}
                                            << L{"quickdraw-mini.pt", "widths 8,16,32,64,64"} << false;
        // ---- output folders
        QTest::newRow("--out is a file") << "qd,file" << L{"run", "--config", "%T/qd.json", "--out", "%T/file"}
                                         << L{"%T/file", "cannot create folder"} << false;
        QTest::newRow("--out below a file") << "qd,file" << L{"run", "--config", "%T/qd.json", "--out", "%T/file/run"}
                                            << L{"%T/file/run", "cannot create folder"} << false;
        QTest::newRow("--out in a read-only folder")
            << "qd,read-only" << L{"run", "--config", "%T/qd.json", "--out", "%T/read-only/run"}
            << L{"cannot create folder %T/read-only/run", "Permission denied"} << false;
        QTest::newRow("--out holds a finished run")
            << "finished-run" << L{"run", "--config", "%T/qd.json", "--out", "%T/done"}
            << L{"%T/done", "already holds results"} << false;
        // ---- resume
        QTest::newRow("resume of a folder that is not a run")
            << "" << L{"resume", "%T"} << L{"%T/config.json"} << false;
        QTest::newRow("resume of a completed run") << "finished-run" << L{"resume", "%T/done"}
                                                   << L{"%T/done: the run completed; nothing to resume"} << false;
    }

    void badInput() {
        QFETCH(QString, setup);
        QFETCH(QStringList, args);
        QFETCH(QStringList, expected);
        QFETCH(bool, needsData);
        if (needsData) {
            const QString home = qEnvironmentVariable("REPLAYLAB_DATA",
                                                      QDir::homePath() + "/.local/share/replaylab");
            if (!QFileInfo::exists(home + "/quickdraw/apple.ndjson.gz")) {
                if (qEnvironmentVariable("REPLAYLAB_REQUIRE_DATA") == "1") QFAIL("Quick Draw data missing");
                QSKIP("Quick Draw data not installed (run scripts/fetch-data.sh)");
            }
        }
        QDir().mkpath(QStringLiteral(REPLAYLAB_TEST_TMP));
        QTemporaryDir tmp(QStringLiteral(REPLAYLAB_TEST_TMP "/bad-inputs-XXXXXX"));
        QVERIFY(tmp.isValid());
        const QString dir = tmp.path();
        prepare(dir, setup);
        if (QTest::currentTestFailed()) return;
        for (auto& a : args) a.replace("%T", dir);
        for (auto& e : expected) e.replace("%T", dir);

        const QByteArray before = QFile::exists(dir + "/done/metrics.csv") ? [&] {
            QFile f(dir + "/done/metrics.csv");
            f.open(QIODevice::ReadOnly);
            return f.readAll();
        }() : QByteArray();

        const Result r = run(args, setup.contains("read-only"));
        if (r.code == kCannotDropRoot) QSKIP("run as root, and root's override of file permissions cannot be dropped here");
        const QString all = "exit " + QString::number(r.code) + "; stderr:\n" + r.err;
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 2, qPrintable(all));
        const QStringList lines = r.err.trimmed().split('\n');
        // One line; a usage error adds one saying where --help is.
        QVERIFY2(lines.size() == 1 || (lines.size() == 2 && lines[1].startsWith("Run 'replaylab-cli --help'")),
                 qPrintable(all));
        for (const auto& e : expected) QVERIFY2(lines[0].contains(e), qPrintable("no '" + e + "' in " + all));
        QVERIFY2(!r.err.contains("libpng") && !r.err.contains("[ERROR") && !r.err.contains("[ WARN"),
                 qPrintable(all));
        if (!before.isEmpty()) {  // never overwritten
            QFile f(dir + "/done/metrics.csv");
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), before);
        }
    }

    // --help and --version are not usage errors.
    void helpAndVersion() {
        for (const QStringList& a : {QStringList{"--help"}, QStringList{"run", "--help"}, QStringList{"--version"}}) {
            const Result r = run(a);
            QCOMPARE(r.code, 0);
            QVERIFY2(!r.out.isEmpty(), qPrintable(a.join(' ')));
        }
    }

    // A plan of months is shown in days, with a warning; a short one in s or min, without.
    void dryRunTimes() {
        QDir().mkpath(QStringLiteral(REPLAYLAB_TEST_TMP));
        QTemporaryDir tmp(QStringLiteral(REPLAYLAB_TEST_TMP "/bad-inputs-XXXXXX"));
        prepare(tmp.path(), "qd");
        if (QTest::currentTestFailed()) return;
        Result r = run({"run", "--config", tmp.path() + "/qd.json", "--days", "100000000", "--dry-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression("Expected time: [0-9.]+ (days|years)\n").match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(r.out.contains("Warning: this run would take about"), qPrintable(r.out));
        r = run({"run", "--config", tmp.path() + "/qd.json", "--dry-run"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(QRegularExpression("Expected time: [0-9.]+ (s|min)\n").match(r.out).hasMatch(), qPrintable(r.out));
        QVERIFY2(!r.out.contains("Warning"), qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestBadInputs)
#include "tst_bad_inputs.moc"
