#pragma once
// The class sets a user can pick (the paper's "models": 10 new categories each) and a few
// real drawings per class for thumbnails. Both come from core (data/ClassSets.h,
// data/Preview.h, neither of which brings OpenCV along); no file format is parsed here.
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

#include "config/ExperimentConfig.h"

namespace replaylab::ui {

struct ClassSetEntry {
    QString name;         ///< "set 1"
    QStringList classes;  ///< its categories (Quick Draw names, or folder names such as WordNet ids)
    QStringList labels;   ///< their human names, in the same order (the class itself when none)
};

/// The class-set file cfg.data.classSetsFile (empty: resources/class_sets/quickdraw.json).
QString classSetsFile(const replaylab::DataConfig& data);

/// Reads a class-set file. Throws replaylab::InputError naming the file.
QVector<ClassSetEntry> readClassSets(const QString& file);

/// Up to count real images of a class from cfg's data source, as 8-bit images. Empty when
/// the data is not there. Blocking (reads the data): call off the UI thread.
QVector<QImage> classThumbnails(const replaylab::ExperimentConfig& cfg, const QString& className, int count);

}  // namespace replaylab::ui
