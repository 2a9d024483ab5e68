#include "Figures.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSize>
#include <algorithm>
#include <memory>

#include "ImaginationPanel.h"
#include "itemmodels/ImaginationModel.h"
#include "itemmodels/PolicyModel.h"
#include "itemmodels/ResultsModel.h"
#include "itemmodels/RunLoader.h"
#include "plots/AccuracyChart.h"
#include "plots/ClassChart.h"
#include "plots/DifferenceChart.h"
#include "plots/PolicyChart.h"
#include "plots/ShareChart.h"
#include "plots/SummaryChart.h"
#include "plots/SweepChart.h"
#include "runfolder/ImaginationFiles.h"
#include "session/Sweep.h"
#include "util/Error.h"
#include "util/Text.h"

namespace replaylab::ui {
namespace {

constexpr int kMinSide = 100, kMaxSide = 20000;  // as the app's export dialog
constexpr double kMinDpi = 30, kMaxDpi = 1200;

QtMessageHandler gPreviousHandler = nullptr;
// Without a desktop session Qt warns that XDG_RUNTIME_DIR is unset; nothing here needs it.
void quietHandler(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    if (type == QtWarningMsg && message.contains(QLatin1String("XDG_RUNTIME_DIR"))) return;
    if (gPreviousHandler) gPreviousHandler(type, context, message);
}

}  // namespace

std::vector<std::string> parseFigureFormats(const std::string& text) {
    const auto items = replaylab::splitList(text);
    if (items.empty())
        throw replaylab::InputError(
            "--format: no format given (png, svg, pdf or a list: png,svg,pdf)");
    const QStringList known = ChartPanel::imageFormats();
    std::vector<std::string> out;
    for (const auto& item : items) {
        const QString f = QString::fromStdString(item).toLower();
        if (!known.contains(f))
            throw replaylab::InputError("--format: unknown format '" + item +
                                        "' (png, svg or pdf)");
        if (std::find(out.begin(), out.end(), f.toStdString()) == out.end())
            out.push_back(f.toStdString());
    }
    return out;
}

std::pair<int, int> parseFigureSize(const std::string& text) {
    const QStringList parts = QString::fromStdString(text).toLower().split(QLatin1Char('x'));
    bool okW = false, okH = false;
    const int w = parts.size() == 2 ? parts[0].trimmed().toInt(&okW) : 0;
    const int h = parts.size() == 2 ? parts[1].trimmed().toInt(&okH) : 0;
    if (!okW || !okH)
        throw replaylab::InputError("--size: '" + text +
                                    "' is not WIDTHxHEIGHT in pixels (e.g. 1600x1000)");
    if (w < kMinSide || h < kMinSide || w > kMaxSide || h > kMaxSide)
        throw replaylab::InputError("--size: " + text + " is out of range (width and height " +
                                    std::to_string(kMinSide) + " to " + std::to_string(kMaxSide) +
                                    " pixels)");
    return {w, h};
}

std::vector<std::string> writeFigures(const FigureRequest& r) {
    // Every flag is checked before anything is read or written.
    const auto formats = parseFigureFormats(r.formats);
    const auto [w, h] = parseFigureSize(r.size);
    if (!(r.dpi >= kMinDpi && r.dpi <= kMaxDpi))
        throw replaylab::InputError("--dpi: " + QString::number(r.dpi).toStdString() +
                                    " is out of range (30 to 1200)");
    const QString runDir = QString::fromStdString(r.runDir);
    if (!QFileInfo(runDir).isDir()) throw replaylab::InputError(r.runDir + ": no such folder");

    const bool sweep = replaylab::isSweepFolder(r.runDir);
    ResultsModel results;
    PolicyModel policy;
    std::vector<replaylab::Imagination> imagined;
    std::vector<replaylab::SweepAxis> sweepAxes;
    std::vector<replaylab::SweepEffect> sweepEffects;
    if (sweep) {
        sweepAxes = replaylab::readSweepRecord(r.runDir).spec.axes;  // InputError naming the file
        sweepEffects = replaylab::sweepEffectsOf(r.runDir);
        if (sweepEffects.empty()) throw replaylab::InputError(r.runDir + ": no value of the sweep has finished yet");
    } else {
        loadRunDirectory(runDir, results, policy);  // InputError naming the file
        if (results.isEmpty()) throw replaylab::InputError(r.runDir + "/metrics.csv: no results yet");
        imagined = replaylab::readImaginations(r.runDir);
    }

    std::unique_ptr<QApplication> app;  // charts are widgets: they need one
    if (!QCoreApplication::instance()) {
        static int argc = 1;
        static char name[] = "replaylab-cli";
        static char* argv[] = {name, nullptr};
        gPreviousHandler = qInstallMessageHandler(quietHandler);
        app = std::make_unique<QApplication>(argc, argv);
    }

    // The app's charts, each with the models it draws; those without data are left out.
    AccuracyChart accuracy(results);
    SummaryChart summary(results);
    DifferenceChart difference(results);
    ClassChart classes(results);
    ShareChart share(results, policy);
    PolicyChart policyChart(results, policy);
    SweepChart sweepChart;
    QList<ChartPanel*> charts{&accuracy, &summary, &difference, &classes, &share, &policyChart};
    if (sweep) {
        sweepChart.setSweep(sweepAxes, sweepEffects);
        charts = {&sweepChart};
    }
    for (ChartPanel* c : charts) c->refresh();
    const QStringList compared = difference.shownConditions();
    const bool hasDifference = difference.model().hasBaseline() &&
                               std::any_of(compared.begin(), compared.end(), [&](const QString& c) {
                                   return !difference.meanPoints(c).isEmpty();
                               });
    charts.removeIf([&](ChartPanel* c) {
        if (c == &difference) return !hasDifference;
        if (c == &classes) return classes.chosenCondition().isEmpty();
        if (c == &share || c == &policyChart) return policy.isEmpty();
        return false;
    });

    const QString out = r.outDir.empty() ? QDir(runDir).filePath(QStringLiteral("figures"))
                                         : QString::fromStdString(r.outDir);
    if (!QDir().mkpath(out))
        throw replaylab::InputError(out.toStdString() + ": cannot create the folder");
    std::vector<std::string> written;
    for (ChartPanel* c : charts)
        for (const auto& f : formats) {
            const QString format = QString::fromStdString(f);
            const QString file = QDir(out).filePath(c->fileStem() + QLatin1Char('.') + format);
            QString error;
            if (!c->exportImage(file, format, QSize(w, h), r.dpi, &error))
                throw replaylab::InputError(error.toStdString());
            written.push_back(file.toStdString());
        }

    // The drawings the run kept (imaginations/): per run and night, the sheet the app's
    // Imaginations tab shows, as PNG (the tiles are pictures, so no vector format).
    ImaginationModel imaginations;
    for (const auto& im : imagined) imaginations.add(im);
    if (imaginations.hasPictures()) {
        ImaginationPanel panel(imaginations);
        panel.refresh();
        const auto runs = imaginations.runs();
        for (int i = 0; i < runs.size(); ++i) {
            panel.select(i, 0, 0);
            for (int night : imaginations.nights(runs[i])) {
                panel.setNight(night);
                const QImage sheet = panel.picturesImage();
                if (sheet.isNull()) continue;
                QString set = runs[i].classSet;
                set.remove(QLatin1Char(' '));
                const QString file = QDir(out).filePath(QStringLiteral("imaginations-%1-%2-seed%3-night%4.png")
                                                            .arg(set, runs[i].condition)
                                                            .arg(runs[i].seed)
                                                            .arg(night, 2, 10, QLatin1Char('0')));
                if (!sheet.save(file, "PNG"))
                    throw replaylab::InputError(file.toStdString() + ": cannot write the file");
                written.push_back(file.toStdString());
            }
        }
    }
    return written;
}

}  // namespace replaylab::ui
