#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace replaylab::ui {

Language::Language(QObject* parent) : QObject(parent) {}

Language::~Language() {
    if (installed_) {
        QCoreApplication::removeTranslator(&app_);
        QCoreApplication::removeTranslator(&qt_);
    }
}

QStringList Language::available() { return {QStringLiteral("en"), QStringLiteral("de")}; }

QString Language::systemLanguage() {
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = ui.left(2).toLower();
        if (available().contains(code)) return code;
    }
    return QStringLiteral("en");
}

bool Language::setLanguage(const QString& code) {
    chosen_ = code;
    const QString want = code.isEmpty() ? systemLanguage() : code;
    if (installed_) {
        QCoreApplication::removeTranslator(&app_);
        QCoreApplication::removeTranslator(&qt_);
        installed_ = false;
    }
    const bool ok = app_.load(QStringLiteral(":/i18n/replaylab_%1.qm").arg(want));
    // Qt's own strings (standard buttons and dialogs), when the system has them.
    const bool qtOk = qt_.load(QStringLiteral("qtbase_%1").arg(want), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (qtOk) QCoreApplication::installTranslator(&qt_);
    if (ok) QCoreApplication::installTranslator(&app_);
    installed_ = true;
    current_ = ok ? want : QStringLiteral("en");
    Q_EMIT changed(current_);
    return ok;
}

}  // namespace replaylab::ui
