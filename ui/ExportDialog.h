#pragma once
// Asks the format (PNG, SVG or PDF), size and resolution of exported images.
#include <QDialog>
#include <QSize>

QT_BEGIN_NAMESPACE
class QComboBox;
class QSpinBox;
QT_END_NAMESPACE

namespace replaylab::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    /// format: "png", "svg" or "pdf" (ChartPanel::imageFormats()).
    ExportDialog(const QSize& size, int dpi, const QString& format, QWidget* parent = nullptr);
    QSize imageSize() const;
    int dpi() const;
    QString format() const;

private:
    QComboBox* format_ = nullptr;
    QSpinBox* width_ = nullptr;
    QSpinBox* height_ = nullptr;
    QSpinBox* dpi_ = nullptr;
};

}  // namespace replaylab::ui
