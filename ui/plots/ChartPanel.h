#pragma once
// A chart with its export buttons. Qt Charts stays inside ui/plots (it is deprecated from
// Qt 6.10 on): headers here forward-declare its classes, so nothing outside includes it.
#include <QColor>
#include <QImage>
#include <QSize>
#include <QString>
#include <QWidget>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QHBoxLayout;
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
    bool exportCsv(const QString& file, QString* error = nullptr) const;

    /// A colour per index from a palette that stays apart in print.
    static QColor seriesColor(int index);

Q_SIGNALS:
    void exportPngRequested();
    void exportCsvRequested();

protected:
    QChart* chart() const { return chart_; }
    /// Where subclasses put their controls (left of the export buttons).
    QHBoxLayout* controls() const { return controls_; }
    /// Sets the texts that depend on the language; called again on a language change.
    virtual void retranslateUi();
    void changeEvent(QEvent* e) override;

private:
    QChart* chart_ = nullptr;
    QChartView* view_ = nullptr;
    QHBoxLayout* controls_ = nullptr;
    QToolButton* pngButton_ = nullptr;
    QToolButton* csvButton_ = nullptr;
};

}  // namespace replaylab::ui
