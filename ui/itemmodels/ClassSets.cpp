#include "itemmodels/ClassSets.h"

#include <QImage>

#include "data/ClassSets.h"
#include "data/Preview.h"
#include "util/Paths.h"

namespace replaylab::ui {

QString classSetsFile(const replaylab::DataConfig& data) {
    if (!data.classSetsFile.empty()) return QString::fromStdString(data.classSetsFile);
    return QString::fromStdString((replaylab::resourceDir() / "class_sets" / "quickdraw.json").string());
}

QVector<ClassSetEntry> readClassSets(const QString& file) {
    QVector<ClassSetEntry> out;
    const auto list = replaylab::loadClassSetList(file.toStdString());
    for (std::size_t i = 0; i < list.sets.size(); ++i) {
        ClassSetEntry e;
        e.name = QString::fromStdString(list.names[i]);
        for (const auto& c : list.sets[i]) {
            e.classes.push_back(QString::fromStdString(c));
            e.labels.push_back(QString::fromStdString(list.label(c)));
        }
        out.push_back(e);
    }
    return out;
}

QVector<QImage> classThumbnails(const replaylab::ExperimentConfig& cfg, const QString& className, int count) {
    QVector<QImage> out;
    try {
        for (const auto& p : replaylab::previewImages(cfg, className.toStdString(), count)) {
            const auto fmt = p.channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
            QImage img(p.pixels.data(), p.width, p.height, p.width * p.channels, fmt);
            QImage copy = img.copy();  // own the pixels before p goes
            if (p.channels == 1) copy.invertPixels();  // Quick Draw strokes are bright on black
            out.push_back(copy);
        }
    } catch (const std::exception&) {
        out.clear();  // no data: the caller shows names only
    }
    return out;
}

}  // namespace replaylab::ui
