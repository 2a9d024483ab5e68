#include "plots/ChartPanel.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QPainter>
#include <QSaveFile>
#include <QToolButton>
#include <QVBoxLayout>

namespace replaylab::ui {

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);  // live data: animations would lag
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    view_ = new QChartView(chart_, this);  // takes ownership of chart_
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setObjectName(QStringLiteral("chartView"));

    controls_ = new QHBoxLayout;
    pngButton_ = new QToolButton(this);
    pngButton_->setObjectName(QStringLiteral("exportPngButton"));
    csvButton_ = new QToolButton(this);
    csvButton_->setObjectName(QStringLiteral("exportCsvButton"));
    auto* bar = new QHBoxLayout;
    bar->addLayout(controls_);
    bar->addStretch(1);
    bar->addWidget(pngButton_);
    bar->addWidget(csvButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(view_, 1);
    connect(pngButton_, &QToolButton::clicked, this, &ChartPanel::exportPngRequested);
    connect(csvButton_, &QToolButton::clicked, this, &ChartPanel::exportCsvRequested);
    ChartPanel::retranslateUi();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::retranslateUi() {
    pngButton_->setText(tr("Export PNG…"));
    pngButton_->setToolTip(tr("Save this chart as a PNG image (size and resolution asked next)"));
    csvButton_->setText(tr("Export CSV…"));
    csvButton_->setToolTip(tr("Save the numbers behind this chart as CSV"));
}

void ChartPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

QColor ChartPanel::seriesColor(int index) {
    // Tableau 10: distinct on screen and in print.
    static const QRgb kPalette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                    0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    const int n = static_cast<int>(sizeof kPalette / sizeof kPalette[0]);
    return QColor(kPalette[((index % n) + n) % n]);
}

QImage ChartPanel::renderImage(const QSize& size, double dpi) {
    const double scale = dpi / 96.0;
    const QSizeF logical(size.width() / scale, size.height() / scale);
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));

    // Lay the chart out at the logical size, draw it scaled, then put it back as it was.
    const QRectF oldGeometry = chart_->geometry();
    const QBrush oldBrush = chart_->backgroundBrush();
    const bool oldVisible = chart_->isBackgroundVisible();
    chart_->setBackgroundBrush(Qt::white);
    chart_->setBackgroundVisible(true);
    chart_->setGeometry(QRectF(QPointF(0, 0), logical));
    if (chart_->layout()) chart_->layout()->activate();
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.scale(scale, scale);
        chart_->scene()->render(&p, QRectF(QPointF(0, 0), logical), QRectF(QPointF(0, 0), logical));
    }
    chart_->setBackgroundBrush(oldBrush);
    chart_->setBackgroundVisible(oldVisible);
    chart_->setGeometry(oldGeometry);
    if (chart_->layout()) chart_->layout()->activate();
    return img;
}

bool ChartPanel::exportPng(const QString& file, const QSize& size, double dpi, QString* error) {
    if (size.width() < 16 || size.height() < 16 || dpi < 10) {
        if (error) *error = tr("The image size or resolution is too small.");
        return false;
    }
    const QImage img = renderImage(size, dpi);
    QSaveFile out(file);  // atomic: a failed write leaves no half image
    if (!out.open(QIODevice::WriteOnly) || !img.save(&out, "PNG") || !out.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

bool ChartPanel::exportCsv(const QString& file, QString* error) const {
    QSaveFile out(file);
    const QByteArray bytes = csv().toUtf8();
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}

}  // namespace replaylab::ui
