#pragma once
// A chart with its export buttons. Qt Charts stays inside ui/plots (it is deprecated from
// Qt 6.10 on): headers here forward-declare its classes, so nothing outside includes it.
#include <QColor>
#include <QFont>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
class QLabel;
class QPainter;
class QStackedWidget;
class QToolButton;
QT_END_NAMESPACE

namespace replaylab::ui {

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget* parent = nullptr);
    ~ChartPanel() override;

    /// Brings the series up to date with the models (series->replace()); cheap when the
    /// models did not change since the last call.
    virtual void refresh() = 0;
    /// The numbers behind the chart, as CSV.
    virtual QString csv() const = 0;
    /// File name without extension for exports, e.g. "accuracy".
    virtual QString fileStem() const = 0;

    /// The chart drawn at size pixels for dpi (fonts and lines scale with dpi / 96), on white.
    QImage renderImage(const QSize& size, double dpi);
    bool exportPng(const QString& file, const QSize& size, double dpi, QString* error = nullptr);
    /// The chart as vector graphics: SVG (QSvgGenerator) of size pixels at dpi, or a one-page
    /// PDF (QPdfWriter) of size / dpi inches. Text and lines as in the PNG of the same size and dpi.
    bool exportSvg(const QString& file, const QSize& size, double dpi, QString* error = nullptr);
    bool exportPdf(const QString& file, const QSize& size, double dpi, QString* error = nullptr);
    /// The file formats a chart exports to ("png", "svg", "pdf").
    static QStringList imageFormats();
    /// Exports in format (one of imageFormats()).
    bool exportImage(const QString& file, const QString& format, const QSize& size, double dpi,
                     QString* error = nullptr);
    bool exportCsv(const QString& file, QString* error = nullptr) const;

    /// A colour per index from a palette that stays apart in print.
    static QColor seriesColor(int index);

    /// Shown in place of the chart while it has nothing to show: why, and what would fill
    /// it. Empty: the chart is shown.
    void setEmptyMessage(const QString& text);
    QString emptyMessage() const { return emptyText_; }

    /// A line under the chart that says how to read it (empty: none).
    void setCaption(const QString& text);
    QString caption() const;

    /// Presentation size: fonts, line widths and marker sizes times scale (1 = normal).
    void setScale(double scale);
    double scale() const { return scale_; }
    /// Fonts in use now (for tests and checks).
    QFont titleFont() const;
    QList<QFont> axisLabelsFonts() const;
    QList<QFont> axisTitleFonts() const;

Q_SIGNALS:
    void exportPngRequested();
    void exportCsvRequested();

protected:
    QChart* chart() const { return chart_; }
    /// Where subclasses put their controls (left of the export buttons).
    QHBoxLayout* controls() const { return controls_; }
    /// Sets the texts that depend on the language; called again on a language change.
    virtual void retranslateUi();
    /// Brings fonts, pens and markers to scale(); idempotent, so subclasses call it after
    /// adding series.
    void applyScale();
    /// Called after setScale changed the scale (charts whose layout depends on it redraw).
    virtual void scaleChanged() {}
    void changeEvent(QEvent* e) override;

private:
    /// Draws the chart on painter, laid out at size / (dpi / 96) and scaled to size, on white.
    void paint(QPainter& painter, const QSize& size, double dpi);
    bool sizeOk(const QSize& size, double dpi, QString* error) const;

    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QStackedWidget* stack_ = nullptr;
    QLabel* empty_ = nullptr;
    QLabel* caption_ = nullptr;
    QString emptyText_;
    double scale_ = 1.0;
    QFont baseTitleFont_, baseLegendFont_;
    QHBoxLayout* controls_ = nullptr;
    QToolButton* pngButton_ = nullptr;
    QToolButton* csvButton_ = nullptr;
};

}  // namespace replaylab::ui
