#include "ExportDialog.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

namespace replaylab::ui {

ExportDialog::ExportDialog(const QSize& size, int dpi, const QString& format, QWidget* parent) : QDialog(parent) {
    setWindowTitle(tr("Export image"));
    format_ = new QComboBox(this);
    format_->setObjectName(QStringLiteral("formatBox"));
    format_->addItem(tr("PNG image"), QStringLiteral("png"));
    format_->addItem(tr("SVG vector graphics"), QStringLiteral("svg"));
    format_->addItem(tr("PDF document"), QStringLiteral("pdf"));
    format_->setCurrentIndex(std::max(0, format_->findData(format)));
    format_->setToolTip(tr("PNG for slides and the web; SVG or PDF for papers (lines and text stay sharp at any zoom)"));
    width_ = new QSpinBox(this);
    height_ = new QSpinBox(this);
    dpi_ = new QSpinBox(this);
    width_->setRange(100, 20000);
    height_->setRange(100, 20000);
    dpi_->setRange(30, 1200);
    width_->setSuffix(tr(" px"));
    height_->setSuffix(tr(" px"));
    dpi_->setSuffix(tr(" dpi"));
    width_->setValue(size.width());
    height_->setValue(size.height());
    dpi_->setValue(dpi);
    width_->setToolTip(tr("Width of the image in pixels"));
    height_->setToolTip(tr("Height of the image in pixels"));
    dpi_->setToolTip(tr("Resolution: text and lines scale with it (96 = as on screen; 300 for print)"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Format:"), format_);
    form->addRow(tr("&Width:"), width_);
    form->addRow(tr("&Height:"), height_);
    form->addRow(tr("&Resolution:"), dpi_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QSize ExportDialog::imageSize() const { return QSize(width_->value(), height_->value()); }
int ExportDialog::dpi() const { return dpi_->value(); }
QString ExportDialog::format() const { return format_->currentData().toString(); }

}  // namespace replaylab::ui
