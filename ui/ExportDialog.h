#pragma once
// Asks the size and resolution of exported images.
#include <QDialog>
#include <QSize>

QT_BEGIN_NAMESPACE
class QSpinBox;
QT_END_NAMESPACE

namespace replaylab::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    ExportDialog(const QSize& size, int dpi, QWidget* parent = nullptr);
    QSize imageSize() const;
    int dpi() const;

private:
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QSpinBox* dpi_ = nullptr;
};

}  // namespace replaylab::ui
