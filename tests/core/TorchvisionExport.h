#pragma once
// Runs scripts/export_torchvision_vgg16.py with Debian's python3-torch/torchvision, for the
// tests that compare the engine's VGG-16 with torchvision's.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testutil {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

inline QString exporterScript() {
    return QDir(QFileInfo(QStringLiteral(__FILE__)).absolutePath())
        .absoluteFilePath(QStringLiteral("../../scripts/export_torchvision_vgg16.py"));
}

/// Runs /usr/bin/python3 with args; empty on success, else the reason and its output.
inline QString runPython(const QStringList& args) {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kPython, args);
    if (!p.waitForStarted(10000)) return kPython + " did not start";
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return kPython + " ran over 5 minutes";
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return kPython + " " + args.join(' ') + " failed:\n" + QString::fromUtf8(p.readAll());
    return {};
}

}  // namespace testutil
