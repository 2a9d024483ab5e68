#pragma once
// Shared by the GUI tests that train a tiny network: settings and run folders.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include "config/ConfigJson.h"

namespace uitest {

/// The default preset cut down: one class set, few images.
inline replaylab::ExperimentConfig tinyConfig(const QString& out, int days, int trainPerClass) {
    replaylab::ExperimentConfig cfg = replaylab::preset("default");
    cfg.data.classSets = {1};
    cfg.train.days = days;
    cfg.data.trainPerClass = trainPerClass;
    cfg.outputDir = out.toStdString();
    return cfg;
}

/// A fresh, empty run folder path under the build's test tmp folder.
inline QString freshRunDir(const QString& name) {
    const QString dir = QDir(QStringLiteral(REPLAYLAB_TEST_TMP)).filePath(
        QStringLiteral("ui/%1-%2").arg(name).arg(QCoreApplication::applicationPid()));
    QDir(dir).removeRecursively();
    QDir().mkpath(QFileInfo(dir).path());
    return dir;
}

inline QString manifestStatus(const QString& dir) {
    QFile f(QDir(dir).filePath(QStringLiteral("manifest.json")));
    if (!f.open(QIODevice::ReadOnly)) return QString();
    return QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("status")).toString();
}

}  // namespace uitest
