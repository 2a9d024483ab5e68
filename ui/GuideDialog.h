#pragma once
// Help ▸ Guide: a short tour in the paper's words (day, night, replay point, imagination)
// and what to try first.
#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
QT_END_NAMESPACE

namespace replaylab::ui {

class GuideDialog : public QDialog {
    Q_OBJECT
public:
    explicit GuideDialog(QWidget* parent = nullptr);
    /// The guide as HTML, in the current language (for tests).
    static QString html();

private:
    QTextBrowser* text_ = nullptr;
};

}  // namespace replaylab::ui
