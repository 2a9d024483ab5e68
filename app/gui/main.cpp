// replaylab: the desktop app. Argument parsing and wiring only; everything else is in ui/.
#include <QApplication>
#include <QIcon>
#include <memory>
#include <string>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QScreen>
#include <QTabWidget>
#include <QTimer>

#include "Language.h"
#include "MainWindow.h"
#include "RunController.h"
#include "config/ConfigJson.h"
#include "sim/Experiment.h"

namespace {

// --help and --version only print: they must work without a display (man pages are made from
// them on build machines), so no QApplication is made for them.
bool onlyPrints(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "-h" || a == "-?" || a == "--help" || a == "--help-all" || a == "-v" || a == "--version") return true;
    }
    return false;
}

}  // namespace

int main(int argc, char** argv) {
    std::unique_ptr<QCoreApplication> owner;
    if (onlyPrints(argc, argv))
        owner = std::make_unique<QCoreApplication>(argc, argv);
    else
        owner = std::make_unique<QApplication>(argc, argv);
    QCoreApplication& app = *owner;
    QApplication::setOrganizationName(QStringLiteral("ReplayLab"));
    QApplication::setApplicationName(QStringLiteral("Replay Lab"));
    QApplication::setApplicationVersion(QString::fromStdString(replaylab::libraryVersions().app));

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Replay Lab: memory replay and category learning in a CNN (Barry & Love)"));
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption preset({QStringLiteral("p"), QStringLiteral("preset")},
                                    QStringLiteral("Start from a preset: default, where, when or which."), QStringLiteral("name"));
    const QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Load settings from a JSON file."), QStringLiteral("file"));
    const QCommandLineOption days(QStringLiteral("days"), QStringLiteral("Days of learning."), QStringLiteral("n"));
    const QCommandLineOption sets(QStringLiteral("class-sets"), QStringLiteral("Class sets to run, e.g. 1,2."), QStringLiteral("list"));
    const QCommandLineOption train(QStringLiteral("train-per-class"), QStringLiteral("Training images per class."), QStringLiteral("n"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Run folder."), QStringLiteral("dir"));
    const QCommandLineOption autostart(QStringLiteral("autostart"), QStringLiteral("Start the run at once."));
    const QCommandLineOption open(QStringLiteral("open"), QStringLiteral("Show a past run folder."), QStringLiteral("dir"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Interface language: en or de."), QStringLiteral("code"));
    const QCommandLineOption shot(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot of the window and quit."), QStringLiteral("file"));
    const QCommandLineOption after(QStringLiteral("after"),
                                   QStringLiteral("Seconds before the screenshot (default 10), or \"finished\": when the run has finished."),
                                   QStringLiteral("s"), QStringLiteral("10"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("Results tab to show (0 Accuracy .. 6 Explore)."), QStringLiteral("i"));
    const QCommandLineOption presentation(QStringLiteral("presentation"), QStringLiteral("Start in presentation mode."));
    const QCommandLineOption fresh(QStringLiteral("no-restore"), QStringLiteral("Ignore the saved settings and window state."));
    cli.addOptions({preset, config, days, sets, train, out, autostart, open, lang, shot, after, tab, fresh, presentation});
    cli.process(app);  // prints and exits for --help and --version

    // The desktop entry this window belongs to (task bars group by it), and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.replaylab.ReplayLab"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/replaylab.svg")));

    replaylab::ui::MainWindow window(!cli.isSet(fresh));
    if (cli.isSet(lang)) window.language()->setLanguage(cli.value(lang));
    try {
        replaylab::ExperimentConfig cfg;
        bool change = false;
        if (cli.isSet(config)) {
            QFile f(cli.value(config));
            if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read " + cli.value(config).toStdString());
            cfg = replaylab::configFromJson(f.readAll().toStdString(), cli.value(config).toStdString());
            change = true;
        } else if (cli.isSet(preset)) {
            cfg = replaylab::preset(cli.value(preset).toStdString());
            change = true;
        }
        if (cli.isSet(days) || cli.isSet(sets) || cli.isSet(train) || cli.isSet(out)) {
            if (!change) cfg = replaylab::preset("default");
            change = true;
            if (cli.isSet(days)) cfg.train.days = cli.value(days).toInt();
            if (cli.isSet(train)) cfg.data.trainPerClass = cli.value(train).toInt();
            if (cli.isSet(out)) cfg.outputDir = QDir(cli.value(out)).absolutePath().toStdString();
            if (cli.isSet(sets)) {
                cfg.data.classSets.clear();
                for (const QString& s : cli.value(sets).split(',', Qt::SkipEmptyParts)) cfg.data.classSets.push_back(s.toInt());
            }
        }
        if (change) window.setConfig(cfg);
    } catch (const std::exception& e) {
        qCritical("replaylab: %s", e.what());
        return 2;
    }
    if (cli.isSet(presentation)) window.setPresentationMode(true);
    window.show();
    // A virtual X server has no window manager to make the window full screen.
    if (cli.isSet(presentation) && cli.isSet(shot) && window.screen()) window.setGeometry(window.screen()->geometry());
    if (cli.isSet(open)) window.openRunDirectory(cli.value(open));
    if (cli.isSet(tab)) {
        const int i = cli.value(tab).toInt();
        QTimer::singleShot(0, &window, [&window, i] { window.findChild<QTabWidget*>(QStringLiteral("resultsPanel"))->setCurrentIndex(i); });
    }
    if (cli.isSet(autostart)) QTimer::singleShot(0, &window, [&window] { window.startRun(); });
    if (cli.isSet(shot)) {
        const QString file = cli.value(shot);
        auto take = [&window, file] {
            if (!window.grab().save(file)) qCritical("replaylab: cannot write %s", qPrintable(file));
            window.stopAndClose();
        };
        if (cli.value(after) == QLatin1String("finished")) {
            // The last redraw lands within a redraw interval of the end; a second is ample.
            QObject::connect(window.runController(), &replaylab::ui::RunController::finished, &window,
                             [&window, take] { QTimer::singleShot(1000, &window, take); });
        } else {
            QTimer::singleShot(static_cast<int>(cli.value(after).toDouble() * 1000.0), &window, take);
        }
    }
    return app.exec();
}
