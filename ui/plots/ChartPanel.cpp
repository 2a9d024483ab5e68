#include "plots/ChartPanel.h"

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFile>
#include <QGraphicsLayout>
#include <QAbstractAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QScatterSeries>
#include <QStackedWidget>
#include <QSvgGenerator>
#include <QToolButton>
#include <QXYSeries>
#include <QVBoxLayout>

namespace replaylab::ui {
namespace {

// Dynamic properties holding each item's size at scale 1.
constexpr const char* kBaseLabels = "replaylabBaseLabelsFont";
constexpr const char* kBaseTitle = "replaylabBaseTitleFont";
constexpr const char* kBaseWidth = "replaylabBasePenWidth";
constexpr const char* kBaseMarker = "replaylabBaseMarkerSize";

QFont scaledFont(QFont f, double scale) {
    if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * scale);
    else if (f.pixelSize() > 0) f.setPixelSize(qRound(f.pixelSize() * scale));
    return f;
}

QVariant baseValue(QObject* o, const char* name, const QVariant& now) {
    QVariant v = o->property(name);
    if (!v.isValid()) {
        o->setProperty(name, now);
        v = now;
    }
    return v;
}

}  // namespace

ChartPanel::ChartPanel(QWidget* parent) : QWidget(parent) {
    chart_ = new QChart;
    chart_->setAnimationOptions(QChart::NoAnimation);  // live data: animations would lag
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    view_ = new QChartView(chart_, this);  // takes ownership of chart_
    view_->setRenderHint(QPainter::Antialiasing);
    view_->setObjectName(QStringLiteral("chartView"));
    baseTitleFont_ = chart_->titleFont();
    baseLegendFont_ = chart_->legend()->font();
    empty_ = new QLabel(this);
    empty_->setObjectName(QStringLiteral("emptyMessage"));
    empty_->setAlignment(Qt::AlignCenter);
    empty_->setWordWrap(true);
    empty_->setMargin(24);
    empty_->setTextFormat(Qt::PlainText);
    QFont big = empty_->font();
    if (big.pointSizeF() > 0) big.setPointSizeF(big.pointSizeF() * 1.25);
    empty_->setFont(big);
    stack_ = new QStackedWidget(this);
    stack_->addWidget(view_);
    stack_->addWidget(empty_);

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
    layout->addWidget(stack_, 1);
    caption_ = new QLabel(this);
    caption_->setObjectName(QStringLiteral("chartCaption"));
    caption_->setWordWrap(true);
    caption_->setVisible(false);
    layout->addWidget(caption_);
    connect(pngButton_, &QToolButton::clicked, this, &ChartPanel::exportPngRequested);
    connect(csvButton_, &QToolButton::clicked, this, &ChartPanel::exportCsvRequested);
    ChartPanel::retranslateUi();
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::retranslateUi() {
    pngButton_->setText(tr("Export image…"));
    pngButton_->setToolTip(tr("Save this chart as PNG, SVG or PDF (format, size and resolution asked next)"));
    csvButton_->setText(tr("Export CSV…"));
    csvButton_->setToolTip(tr("Save the numbers behind this chart as CSV"));
}

void ChartPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    if (e->type() == QEvent::FontChange) {  // the empty message stays a size above the text
        QFont f = font();
        if (f.pointSizeF() > 0) f.setPointSizeF(f.pointSizeF() * 1.25);
        empty_->setFont(f);
    }
    QWidget::changeEvent(e);
}

QColor ChartPanel::seriesColor(int index) {
    // Tableau 10: distinct on screen and in print.
    static const QRgb kPalette[] = {0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f,
                                    0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f, 0xbab0ac};
    const int n = static_cast<int>(sizeof kPalette / sizeof kPalette[0]);
    return QColor(kPalette[((index % n) + n) % n]);
}

void ChartPanel::setEmptyMessage(const QString& text) {
    if (text == emptyText_ && stack_->currentIndex() == (text.isEmpty() ? 0 : 1)) return;
    emptyText_ = text;
    empty_->setText(text);
    stack_->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void ChartPanel::setCaption(const QString& text) {
    caption_->setText(text);
    caption_->setVisible(!text.isEmpty());
}

QString ChartPanel::caption() const { return caption_->text(); }

void ChartPanel::setScale(double scale) {
    if (scale <= 0 || scale == scale_) return;
    scale_ = scale;
    applyScale();
    scaleChanged();
}

QFont ChartPanel::titleFont() const { return chart_->titleFont(); }

QList<QFont> ChartPanel::axisLabelsFonts() const {
    QList<QFont> out;
    for (QAbstractAxis* a : chart_->axes()) out.push_back(a->labelsFont());
    return out;
}

QList<QFont> ChartPanel::axisTitleFonts() const {
    QList<QFont> out;
    for (QAbstractAxis* a : chart_->axes()) out.push_back(a->titleFont());
    return out;
}

void ChartPanel::applyScale() {
    const QFont title = scaledFont(baseTitleFont_, scale_);
    if (chart_->titleFont() != title) chart_->setTitleFont(title);
    const QFont legend = scaledFont(baseLegendFont_, scale_);
    if (chart_->legend()->font() != legend) chart_->legend()->setFont(legend);
    for (QAbstractAxis* a : chart_->axes()) {
        const QFont labels = scaledFont(baseValue(a, kBaseLabels, a->labelsFont()).value<QFont>(), scale_);
        if (a->labelsFont() != labels) a->setLabelsFont(labels);
        const QFont t = scaledFont(baseValue(a, kBaseTitle, a->titleFont()).value<QFont>(), scale_);
        if (a->titleFont() != t) a->setTitleFont(t);
    }
    for (QAbstractSeries* s : chart_->series()) {
        if (auto* scatter = qobject_cast<QScatterSeries*>(s)) {
            const double size = baseValue(s, kBaseMarker, scatter->markerSize()).toDouble() * scale_;
            if (scatter->markerSize() != size) scatter->setMarkerSize(size);
        } else if (auto* xy = qobject_cast<QXYSeries*>(s)) {
            QPen pen = xy->pen();
            if (pen.style() == Qt::NoPen) continue;
            const double width = baseValue(s, kBaseWidth, pen.widthF()).toDouble() * scale_;
            if (pen.widthF() != width) {
                pen.setWidthF(width);
                xy->setPen(pen);
            }
        }
    }
}

void ChartPanel::paint(QPainter& p, const QSize& size, double dpi) {
    const double scale = dpi / 96.0;
    const QSizeF logical(size.width() / scale, size.height() / scale);
    // Lay the chart out at the logical size, draw it scaled, then put it back as it was.
    const QRectF oldGeometry = chart_->geometry();
    const QBrush oldBrush = chart_->backgroundBrush();
    const bool oldVisible = chart_->isBackgroundVisible();
    chart_->setBackgroundBrush(Qt::white);
    chart_->setBackgroundVisible(true);
    chart_->setGeometry(QRectF(QPointF(0, 0), logical));
    if (chart_->layout()) chart_->layout()->activate();
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    chart_->scene()->render(&p, QRectF(QPointF(0, 0), logical), QRectF(QPointF(0, 0), logical));
    p.restore();
    chart_->setBackgroundBrush(oldBrush);
    chart_->setBackgroundVisible(oldVisible);
    chart_->setGeometry(oldGeometry);
    if (chart_->layout()) chart_->layout()->activate();
}

QImage ChartPanel::renderImage(const QSize& size, double dpi) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    img.setDotsPerMeterX(qRound(dpi / 0.0254));
    img.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter p(&img);
    paint(p, size, dpi);
    return img;
}

bool ChartPanel::sizeOk(const QSize& size, double dpi, QString* error) const {
    if (size.width() < 16 || size.height() < 16 || dpi < 10) {
        if (error) *error = tr("The image size or resolution is too small.");
        return false;
    }
    return true;
}

namespace {
// Atomic: a failed write leaves no half file.
bool saveBytes(const QString& file, const QByteArray& bytes, QString* error) {
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error) *error = ChartPanel::tr("Cannot write %1: %2").arg(file, out.errorString());
        return false;
    }
    return true;
}
}  // namespace

bool ChartPanel::exportPng(const QString& file, const QSize& size, double dpi, QString* error) {
    if (!sizeOk(size, dpi, error)) return false;
    const QImage img = renderImage(size, dpi);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return saveBytes(file, buffer.data(), error);
}

bool ChartPanel::exportSvg(const QString& file, const QSize& size, double dpi, QString* error) {
    if (!sizeOk(size, dpi, error)) return false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setResolution(qRound(dpi));
        svg.setTitle(chart_->title());
        svg.setDescription(QStringLiteral("Replay Lab"));
        QPainter p(&svg);
        p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
        paint(p, size, dpi);
    }
    return saveBytes(file, buffer.data(), error);
}

bool ChartPanel::exportPdf(const QString& file, const QSize& size, double dpi, QString* error) {
    if (!sizeOk(size, dpi, error)) return false;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setResolution(qRound(dpi));
        pdf.setPageSize(QPageSize(QSizeF(size.width() * 72.0 / dpi, size.height() * 72.0 / dpi), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
        pdf.setTitle(chart_->title());
        pdf.setCreator(QStringLiteral("Replay Lab"));
        QPainter p(&pdf);
        paint(p, size, dpi);
    }
    return saveBytes(file, buffer.data(), error);
}

QStringList ChartPanel::imageFormats() {
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

bool ChartPanel::exportImage(const QString& file, const QString& format, const QSize& size, double dpi,
                             QString* error) {
    if (format == QLatin1String("svg")) return exportSvg(file, size, dpi, error);
    if (format == QLatin1String("pdf")) return exportPdf(file, size, dpi, error);
    if (format == QLatin1String("png")) return exportPng(file, size, dpi, error);
    if (error) *error = tr("Unknown image format %1 (png, svg or pdf).").arg(format);
    return false;
}

bool ChartPanel::exportCsv(const QString& file, QString* error) const {
    return saveBytes(file, csv().toUtf8(), error);
}

}  // namespace replaylab::ui
