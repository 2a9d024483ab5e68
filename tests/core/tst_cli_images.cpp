// replaylab-cli run --images DIR: a folder of your own images, one sub-folder per class, runs
// as one class set (or as the sets of --class-sets-file); a corrupt image is named in a
// warning (skipped) or in the error that stops the run (data.on_bad_image = "stop").
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest/QtTest>

#include "runfolder/MetricsCsv.h"

class TestCliImages : public QObject {
    Q_OBJECT
    struct Result {
        int code;
        QString out, err;
    };
    static Result run(const QStringList& args) {
        QProcess p;
        p.start(REPLAYLAB_CLI, args);
        p.waitForFinished(180000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    static void writeFile(const QString& path, const QByteArray& data) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(data);
    }
    static QByteArray readFile(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static constexpr int kClasses = 10,
                         kPerClass = 36;  // 4 training + 10 validation + 20 test, and spare
    QTemporaryDir tmp_;
    QString images_, broken_;
    const QStringList common_{"--days", "1", "--train-per-class", "4", "--conditions", "none"};

  private Q_SLOTS:
    void initTestCase() {
        // Ten classes of small PNGs, each class its own shape and shade, sizes that differ.
        images_ = tmp_.filePath("photos");
        for (int c = 0; c < kClasses; ++c) {
            const QString dir =
                QStringLiteral("%1/class-%2").arg(images_).arg(c, 2, 10, QLatin1Char('0'));
            QVERIFY(QDir().mkpath(dir));
            for (int i = 0; i < kPerClass; ++i) {
                QImage img(24 + i % 9, 20 + i % 7, QImage::Format_RGB32);
                img.fill(QColor::fromHsv(36 * c, 200, 60 + 5 * (i % 20)));
                for (int y = 0; y < img.height(); ++y)
                    img.setPixel((c * 2 + y) % img.width(), y, qRgb(255, 255, 255));
                QVERIFY(
                    img.save(QStringLiteral("%1/%2.png").arg(dir).arg(i, 3, 10, QLatin1Char('0'))));
            }
        }
        broken_ = images_ + "/class-03/broken.png";
        writeFile(broken_, "this is not a PNG");
    }

    void runsOneDayOnTheFolder() {
        const QString out = tmp_.filePath("run");
        const auto r = run(QStringList{"run", "--images", images_, "--out", out} + common_);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The corrupt image: skipped, with a warning naming it, counted in the manifest.
        QVERIFY2(r.err.contains(broken_ + ": cannot decode image"), qPrintable(r.err));
        const QJsonObject m = QJsonDocument::fromJson(readFile(out + "/manifest.json")).object();
        QCOMPARE(m["status"].toString(), QStringLiteral("completed"));
        QVERIFY2(QJsonDocument(m["warnings"].toArray()).toJson().contains(broken_.toUtf8()),
                 readFile(out + "/manifest.json").constData());

        // One class set of the ten sub-folders, one day, every class tested.
        const auto rows = replaylab::readMetricsCsv((out + "/metrics.csv").toStdString());
        QSet<QString> classes, sets;
        int days = 0;
        for (const auto& row : rows) {
            sets.insert(QString::fromStdString(row.classSet));
            if (row.cls != "all") classes.insert(QString::fromStdString(row.cls));
            days = std::max(days, row.day);
        }
        QCOMPARE(sets.size(), 1);
        QCOMPARE(days, 1);
        QCOMPARE(classes.size(), kClasses);
        QVERIFY(classes.contains("class-00") && classes.contains("class-09"));
        const QJsonObject cfg = QJsonDocument::fromJson(readFile(out + "/config.json")).object();
        QCOMPARE(cfg["data"].toObject()["source"].toString(), QStringLiteral("folder"));
        QCOMPARE(cfg["data"].toObject()["data_dir"].toString(), images_);
    }

    void classSetsFileMakesSeveralSets() {
        const QString file = tmp_.filePath("sets.json");
        writeFile(file, R"({"class_sets": [
            {"name": "warm", "classes": ["class-00", "class-01", "class-02"]},
            {"name": "cool", "classes": ["class-05", "class-06", "class-07"]}]})");
        const QString out = tmp_.filePath("run-sets");
        const auto r =
            run(QStringList{"run", "--images", images_, "--class-sets-file", file, "--out", out} +
                common_);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QSet<QString> sets;
        for (const auto& row : replaylab::readMetricsCsv((out + "/metrics.csv").toStdString()))
            sets.insert(QString::fromStdString(row.classSet));
        QCOMPARE(sets, (QSet<QString>{"warm", "cool"}));
    }

    void strictModeStopsNamingTheFile() {
        const QString config = tmp_.filePath("strict.json");
        writeFile(config, R"({"data": {"on_bad_image": "stop"}})");
        const QString out = tmp_.filePath("run-strict");
        const auto r = run(
            QStringList{"run", "--config", config, "--images", images_, "--out", out} + common_);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed(),
                 "error: " + broken_ + ": cannot decode image (corrupt or unsupported)");
        QVERIFY2(!QFileInfo::exists(out), "a run folder was made for a run that never started");
    }

    void rejectsFoldersThatAreNoClassSet_data() {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << "missing"
                                 << "image folder not found: %1";
        QTest::newRow("no sub-folders") << "flat"
                                        << "%1: no class sub-folders";
        QTest::newRow("one class") << "one"
                                   << "%1: only one class sub-folder ('only')";
    }
    void rejectsFoldersThatAreNoClassSet() {
        QFETCH(QString, folder);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(QDir().mkpath(dir.filePath("flat")));
        QVERIFY(QDir().mkpath(dir.filePath("one/only")));
        const QString path = dir.filePath(folder);
        const auto r =
            run(QStringList{"run", "--images", path, "--out", dir.filePath("run")} + common_);
        QCOMPARE(r.code, 2);
        QCOMPARE(r.err.trimmed().split('\n').size(), 1);
        QVERIFY2(r.err.contains(message.arg(path)), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(dir.filePath("run")));
    }
};

QTEST_GUILESS_MAIN(TestCliImages)
#include "tst_cli_images.moc"
