// replaylab-cli report --figures: the paper's figures from a finished run folder, drawn by the
// app's charts with no display, in PNG (at the asked size and resolution), SVG and PDF; bad
// flags get one line and exit 2.
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest/QtTest>

#include "TestData.h"

class TestCliFigures : public QObject {
    Q_OBJECT
    struct Result {
        int code;
        QString out, err;
    };
    /// The CLI with no display of any kind and no Qt platform chosen.
    static Result run(const QStringList& args) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* v : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}) env.remove(v);
        p.setProcessEnvironment(env);
        p.start(REPLAYLAB_CLI, args);
        p.waitForFinished(180000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static QByteArray readFile(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    /// The desktop build draws; a build without it (REPLAYLAB_BUILD_GUI=OFF) says it cannot.
    static bool guiBuild() { return qEnvironmentVariable("REPLAYLAB_GUI_BUILD", "ON") != "OFF"; }

    QTemporaryDir tmp_;
    QString run_;  // a finished run: 1 class set, 2 days, no replay and RL-chosen replay

  private Q_SLOTS:
    void initTestCase() {
        REQUIRE_QUICKDRAW();
        run_ = tmp_.filePath("run");
        const auto r = run({"run", "--class-sets", "1", "--days", "2", "--train-per-class", "12",
                            "--conditions", "none,rl-pool4", "--threads", "2", "--out", run_});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo::exists(run_ + "/rl.csv"));
    }

    void writesEveryFigureInEveryFormat() {
        const QString out = tmp_.filePath("figures");
        const auto r = run({"report", run_, "--figures", "--format", "png,svg,pdf", "--size",
                            "640x400", "--dpi", "120", "--out", out});
        if (!guiBuild()) {
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("needs the desktop build"), qPrintable(r.err));
            QVERIFY(!QFileInfo::exists(out));
            return;
        }
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err));
        const QStringList stems{"accuracy",  "final-accuracy", "difference",
                                "per-class", "replay-share",   "rl-policy"};
        QStringList expected;
        for (const QString& s : stems)
            for (const char* f : {"png", "svg", "pdf"}) expected << QDir(out).filePath(s + "." + f);
        // Then the drawings the run kept (rl-pool4 on class set 1: its first and last night).
        for (const char* night : {"01", "02"})
            expected << QDir(out).filePath(QString("imaginations-set1-rl-pool4-seed1-night%1.png").arg(night));
        QCOMPARE(r.out.trimmed().split('\n'),
                 expected);  // every figure, in order, and nothing else
        for (const char* night : {"01", "02"}) {
            const QImage sheet(QDir(out).filePath(QString("imaginations-set1-rl-pool4-seed1-night%1.png").arg(night)));
            QVERIFY(!sheet.isNull());
            QVERIFY(sheet.width() > 200 && sheet.height() > 100);
        }

        for (const QString& s : stems) {
            const QString base = QDir(out).filePath(s);
            const QImage png(base + ".png");
            QVERIFY2(!png.isNull(), qPrintable(base + ".png does not decode"));
            QCOMPARE(png.size(), QSize(640, 400));
            QCOMPARE(png.dotsPerMeterX(), qRound(120 / 0.0254));
            int dark = 0;  // something is drawn: axes, text, lines
            for (int y = 0; y < png.height(); y += 2)
                for (int x = 0; x < png.width(); x += 2)
                    dark += qGray(png.pixel(x, y)) < 128 ? 1 : 0;
            QVERIFY2(dark > 100, qPrintable(s));

            QXmlStreamReader xml(readFile(base + ".svg"));
            QString root;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && root.isEmpty()) root = xml.name().toString();
            }
            QVERIFY2(!xml.hasError(), qPrintable(s + ".svg: " + xml.errorString()));
            QCOMPARE(root, QStringLiteral("svg"));

            const QByteArray pdf = readFile(base + ".pdf");
            QVERIFY2(pdf.startsWith("%PDF"), qPrintable(s));
            QVERIFY2(pdf.trimmed().endsWith("%%EOF"), qPrintable(s));
        }
    }

    // A sweep folder gives the chart of replay's effect against the swept value.
    void sweepFolderGivesItsChart() {
        if (!guiBuild()) QSKIP("the figures need the desktop build (checked above)");
        const QString sweep = tmp_.filePath("sweep");
        auto r = run({"sweep", "--vary", "data.train_per_class=12,20", "--class-sets", "1", "--days", "2",
                      "--conditions", "none,generative-pool5", "--out", sweep});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({"report", sweep, "--figures", "--format", "png,svg", "--size", "500x300"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split('\n'),
                 (QStringList{QDir(sweep).filePath("figures/sweep.png"), QDir(sweep).filePath("figures/sweep.svg")}));
        QCOMPARE(QImage(QDir(sweep).filePath("figures/sweep.png")).size(), QSize(500, 300));
    }

    void defaultsToPngInTheRunFolder() {
        if (!guiBuild()) QSKIP("the figures need the desktop build (checked above)");
        const auto r = run({"report", run_, "--figures", "--size", "320x200"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(run_ + "/figures/accuracy.png").size(), QSize(320, 200));
        QVERIFY(!QFileInfo::exists(run_ + "/figures/accuracy.svg"));
    }

    void rejectsBadFlags_data() {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown format")
            << QStringList{"--format", "png,gif"} << "--format: unknown format 'gif'";
        QTest::newRow("size 0x0") << QStringList{"--size", "0x0"} << "--size: 0x0 is out of range";
        QTest::newRow("size not WxH")
            << QStringList{"--size", "big"} << "--size: 'big' is not WIDTHxHEIGHT";
        QTest::newRow("dpi 0") << QStringList{"--dpi", "0"} << "--dpi: 0 is out of range";
        QTest::newRow("not a run")
            << QStringList{"NOT_A_RUN"} << "not a run folder (no metrics.csv)";
        QTest::newRow("no such folder") << QStringList{"MISSING"} << "MISSING: no such folder";
    }
    void rejectsBadFlags() {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString notRun = dir.filePath("empty");
        QVERIFY(QDir().mkpath(notRun));
        QString folder = run_;
        if (args.first() == "NOT_A_RUN")
            folder = notRun, args.removeFirst();
        else if (args.first() == "MISSING")
            folder = dir.filePath("missing"), args.removeFirst(),
            message.replace("MISSING", folder);
        const QString out = dir.filePath("figures");
        const auto r = run(QStringList{"report", folder, "--figures", "--out", out} + args);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().split('\n').size(), 1);
        if (guiBuild()) QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!QFileInfo::exists(out), "a figures folder was made for a refused request");
    }

    void figureFlagsNeedFigures() {
        const auto r = run({"report", run_, "--format", "svg"});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--format") && r.err.contains("--figures"), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliFigures)
#include "tst_cli_figures.moc"
