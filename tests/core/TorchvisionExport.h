#pragma once
// Runs scripts/export_torchvision_vgg16.py with Debian's python3-torch/torchvision, for the
// tests that compare the engine's VGG-16 with torchvision's.
#include <QDir>
#include <QtTest/QtTest>
#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace testutil {

inline const QString kPython = QStringLiteral("/usr/bin/python3");

/// From the source tree CMake names (REPLAYLAB_SOURCE_DIR), not from __FILE__: a compiler
/// cache may compile with relative paths, and the tests do not run in the source tree.
inline QString exporterScript() {
    return QDir(QStringLiteral(REPLAYLAB_SOURCE_DIR)).absoluteFilePath(QStringLiteral("scripts/export_torchvision_vgg16.py"));
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

/// Why torchvision cannot be used here, or empty when it can (/usr/bin/python3 imports
/// torch and torchvision).
inline QString torchvisionMissing() {
    if (!QFileInfo::exists(kPython)) return kPython + " not found (install python3-torch python3-torchvision)";
    if (const QString e = runPython({"-c", "import torch, torchvision"}); !e.isEmpty())
        return "no torch/torchvision for " + kPython + " (install python3-torch python3-torchvision): " + e.left(300);
    return {};
}

}  // namespace testutil

/// In a test class with a QString pythonError_ (from torchvisionMissing()): skips the test
/// when torchvision is missing, or fails it when REPLAYLAB_REQUIRE_DATA=1 (as in CI).
#define REQUIRE_TORCHVISION()                                                                 \
    do {                                                                                      \
        if (!pythonError_.isEmpty()) {                                                        \
            if (qEnvironmentVariable("REPLAYLAB_REQUIRE_DATA") == "1")                        \
                QFAIL(qPrintable("REPLAYLAB_REQUIRE_DATA=1 but " + pythonError_));            \
            QSKIP(qPrintable(pythonError_));                                                  \
        }                                                                                     \
    } while (0)
