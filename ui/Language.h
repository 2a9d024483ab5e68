#pragma once
// The language of the interface: the app's translations (embedded .qm files) and Qt's own
// for standard dialogs. Installing a translator sends LanguageChange to every widget, which
// retranslates itself live.
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace replaylab::ui {

class Language : public QObject {
    Q_OBJECT
public:
    explicit Language(QObject* parent = nullptr);
    ~Language() override;

    /// Codes with a translation: "en", "de".
    static QStringList available();
    /// "en" or "de" as the system locale suggests (English when none fits).
    static QString systemLanguage();
    /// Switches to code ("" = the system's). Returns false when no translation could be loaded.
    bool setLanguage(const QString& code);
    /// The code in use now.
    QString current() const { return current_; }
    /// The code as chosen ("" = follow the system).
    QString chosen() const { return chosen_; }

Q_SIGNALS:
    void changed(const QString& code);

private:
    QTranslator app_;
    QTranslator qt_;
    bool installed_ = false;
    QString current_, chosen_;
};

}  // namespace replaylab::ui
