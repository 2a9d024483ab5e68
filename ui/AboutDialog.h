#pragma once
// Version, libraries, device, how to cite the software and the paper (CITATION.cff), and
// the data credit.
#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
QT_END_NAMESPACE

namespace replaylab::ui {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    /// device: what runs the simulations ("cpu, 2 threads"), as known to the caller.
    explicit AboutDialog(const QString& device, QWidget* parent = nullptr);
    /// The dialog's text as HTML (for tests).
    static QString html(const QString& device);
    /// The two references as plain text, one a line (what "Copy citations" copies).
    static QString citationsText();

private:
    QLabel* text_ = nullptr;
};

}  // namespace replaylab::ui
