// The Imaginations tab from a real (tiny) run: live, the drawings of each kept night; the run
// folder holds them (imaginations/); opening the folder shows the same sheets and maps, pixel
// for pixel; tiles scale; the replay points are offered; the sheet exports as one PNG.
#include <QtTest/QtTest>
#include <QtWidgets>

#include "ImaginationPanel.h"
#include "MainWindow.h"
#include "ResultsPanel.h"
#include "RunController.h"
#include "TestData.h"
#include "UiRunHelpers.h"
#include "runfolder/ImaginationFiles.h"
#include "util/Csv.h"

using namespace replaylab::ui;

class TestUiImaginations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { REQUIRE_QUICKDRAW(); }
    void reopenedFolderShowsTheSameDrawings();
};

void TestUiImaginations::reopenedFolderShowsTheSameDrawings() {
    const QString dir = uitest::freshRunDir("imaginations");
    MainWindow w(false);
    w.setPlanMeasurement(false);
    w.show();
    auto cfg = uitest::tinyConfig(dir, 3, 10);
    replaylab::Condition gen;
    gen.mode = replaylab::ReplayMode::Generative;
    gen.layer = 2;
    cfg.replay.conditions = {gen};
    cfg.imagination.keep = 2;
    w.setConfig(cfg);
    QSignalSpy finished(w.runController(), &RunController::finished);
    QSignalSpy failed(w.runController(), &RunController::failed);
    QTest::mouseClick(w.findChild<QPushButton*>("runButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count() + failed.count(), 1, 180000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.front().front().toString()));

    // Live: three nights, drawings kept at the first and the last.
    auto* live = w.resultsPanel()->imaginationPanel();
    w.resultsPanel()->redraw();
    QCOMPARE(live->nights(), (QVector<int>{1, 2, 3}));
    QCOMPARE(live->layersOffered(), (QVector<int>{0, 2}));
    QMap<int, QImage> sheets, maps;
    for (int night : {1, 2, 3}) {
        live->setNight(night);
        QCOMPARE(live->night(), night);
        live->select(0, 3, 5);
        sheets[night] = live->picturesImage();
        maps[night] = live->mapsImage();
    }
    QVERIFY(!sheets[1].isNull());
    QVERIFY(sheets[2].isNull());  // night 2 is neither the first nor the last
    QVERIFY(!sheets[3].isNull());
    QVERIFY(sheets[1] != sheets[3]);  // the network learned in between

    // The run folder: an index naming PNGs that exist.
    const auto index = replaylab::readCsvFile((dir + "/imaginations/index.csv").toStdString());
    QVERIFY(index.size() > 100);
    for (std::size_t i = 1; i < index.size(); ++i)
        QVERIFY(QFileInfo::exists(dir + "/imaginations/" + QString::fromStdString(index[i].fields.back())));

    // Reopened: the same drawings, pixel for pixel, at the same nights.
    ResultsPanel opened;
    opened.loadRunDirectory(dir);
    auto* back = opened.imaginationPanel();
    QCOMPARE(back->nights(), (QVector<int>{1, 2, 3}));
    for (int night : {1, 3}) {
        back->setNight(night);
        back->select(0, 3, 5);
        QCOMPARE(back->picturesImage(), sheets[night]);
        QCOMPARE(back->mapsImage(), maps[night]);
    }
    back->setNight(2);
    QVERIFY(back->picturesImage().isNull());

    // Scalable tiles: twice the tile, about twice the sheet.
    back->setNight(3);
    const QSize small = back->picturesImage().size();
    back->setPictureTile(2 * back->pictureTile());
    const QSize large = back->picturesImage().size();
    QVERIFY2(large.width() > 1.6 * small.width() && large.height() > 1.6 * small.height(),
             qPrintable(QStringLiteral("%1x%2 -> %3x%4").arg(small.width()).arg(small.height())
                            .arg(large.width()).arg(large.height())));

    // One PNG sheet, as shown.
    const QString png = dir + "/figures/drawings.png";
    QDir().mkpath(dir + "/figures");
    QString error;
    QVERIFY2(back->exportPictures(png, &error), qPrintable(error));
    QCOMPARE(QImage(png).convertToFormat(QImage::Format_RGB32), back->picturesImage());
    back->setNight(2);
    QVERIFY(!back->exportPictures(dir + "/figures/none.png", &error));
    QCOMPARE(error, QStringLiteral("No drawings at this night to export"));
}

QTEST_MAIN(TestUiImaginations)
#include "tst_ui_imaginations.moc"
