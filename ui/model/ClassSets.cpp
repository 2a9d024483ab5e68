#include "model/ClassSets.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "util/Error.h"
#include "util/Paths.h"

// Core's loadClassSetList lives in data/Dataset.h, which includes OpenCV; ui must not see
// OpenCV. Until core offers it from an OpenCV-free header (data/ClassSets.h), the file is
// read here with Qt's JSON reader, following the documented layout.
#if __has_include("data/ClassSets.h")
#include "data/ClassSets.h"
#define REPLAYLAB_CORE_CLASS_SETS 1
#endif
// Real drawings for thumbnails need core's image sources (OpenCV inside); requested as
// data/Preview.h (rl::previewImages). Until then the thumbnails are lettered placeholders.
#if __has_include("data/Preview.h")
#include "data/Preview.h"
#define REPLAYLAB_CORE_PREVIEW 1
#endif

#include <QPainter>

namespace rlui {

QString classSetsFile(const rl::DataConfig& data) {
    if (!data.classSetsFile.empty()) return QString::fromStdString(data.classSetsFile);
    return QString::fromStdString((rl::resourceDir() / "class_sets" / "quickdraw.json").string());
}

QVector<ClassSetEntry> readClassSets(const QString& file) {
    QVector<ClassSetEntry> out;
#ifdef REPLAYLAB_CORE_CLASS_SETS
    const auto list = rl::loadClassSetList(file.toStdString());
    for (std::size_t i = 0; i < list.sets.size(); ++i) {
        ClassSetEntry e;
        e.name = QString::fromStdString(list.names[i]);
        for (const auto& c : list.sets[i]) e.classes.push_back(QString::fromStdString(c));
        out.push_back(e);
    }
#else
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) throw rl::InputError(file.toStdString() + ": cannot be read");
    QJsonParseError err{};
    const auto doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (err.error != QJsonParseError::NoError)
        throw rl::InputError(file.toStdString() + ": not JSON (" + err.errorString().toStdString() + ")");
    const auto sets = doc.object().value(QStringLiteral("class_sets")).toArray();
    if (sets.isEmpty()) throw rl::InputError(file.toStdString() + ": no \"class_sets\" list");
    for (int i = 0; i < sets.size(); ++i) {
        const auto o = sets[i].toObject();
        ClassSetEntry e;
        e.name = o.value(QStringLiteral("name")).toString(QStringLiteral("set %1").arg(i + 1));
        for (const auto& c : o.value(QStringLiteral("classes")).toArray()) e.classes.push_back(c.toString());
        out.push_back(e);
    }
#endif
    return out;
}

bool realThumbnailsAvailable() {
#ifdef REPLAYLAB_CORE_PREVIEW
    return true;
#else
    return false;
#endif
}

QVector<QImage> classThumbnails(const rl::ExperimentConfig& cfg, const QString& className, int count) {
    QVector<QImage> out;
#ifdef REPLAYLAB_CORE_PREVIEW
    try {
        for (const auto& p : rl::previewImages(cfg, className.toStdString(), count)) {
            const auto fmt = p.channels == 3 ? QImage::Format_RGB888 : QImage::Format_Grayscale8;
            QImage img(p.pixels.data(), p.width, p.height, p.width * p.channels, fmt);
            QImage copy = img.copy();  // own the pixels before p goes
            if (p.channels == 1) copy.invertPixels();  // Quick Draw strokes are bright on black
            out.push_back(copy);
        }
    } catch (const std::exception&) {
        out.clear();  // no data: the caller shows names only
    }
#else
    (void)cfg;
    // Placeholder: the class's initial on a light tile.
    for (int i = 0; i < std::min(count, 1); ++i) {
        QImage img(28, 28, QImage::Format_RGB32);
        img.fill(QColor(235, 235, 235));
        QPainter p(&img);
        QFont f = p.font();
        f.setPixelSize(18);
        p.setFont(f);
        p.setPen(QColor(90, 90, 90));
        p.drawText(img.rect(), Qt::AlignCenter, className.left(1).toUpper());
        out.push_back(img);
    }
#endif
    return out;
}

}  // namespace rlui
