#pragma once
// Charts of one night's imaginations: real vs imagined activations in the plane of their
// first two principal components, and the per-class fidelity (Fréchet distance).
#include <QPointF>
#include <QVector>

#include "itemmodels/ImaginationModel.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class PcaChart : public ChartPanel {
    Q_OBJECT
public:
    explicit PcaChart(const ImaginationModel& model, QWidget* parent = nullptr);
    /// Which run's imagination to show (night < 0: its latest), and which class to highlight (-1: all).
    void setRun(const PolicyRunKey& run, int highlightClass, int night = -1);
    void refresh() override;
    QString csv() const override { return model_.pcaCsv(); }
    QString fileStem() const override { return QStringLiteral("imagination-pca"); }
    QVector<QPointF> realPoints() const;
    QVector<QPointF> imaginedPoints() const;

protected:
    void retranslateUi() override;

private:
    const ImaginationModel& model_;
    PolicyRunKey run_;
    int night_ = -1;
    int highlight_ = -1;
    QScatterSeries* real_ = nullptr;      // the highlighted class (or all)
    QScatterSeries* imagined_ = nullptr;
    QScatterSeries* otherReal_ = nullptr; // the other classes, faint
    QScatterSeries* otherImagined_ = nullptr;
    QValueAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    int drawn_ = -1;
};

class FidelityChart : public ChartPanel {
    Q_OBJECT
public:
    explicit FidelityChart(const ImaginationModel& model, QWidget* parent = nullptr);
    void setRun(const PolicyRunKey& run, int night = -1);
    void refresh() override;
    QString csv() const override { return model_.fidelityCsv(); }
    QString fileStem() const override { return QStringLiteral("imagination-fidelity"); }
    QVector<double> values() const;

protected:
    void retranslateUi() override;
    void scaleChanged() override;

private:
    const ImaginationModel& model_;
    PolicyRunKey run_;
    int night_ = -1;
    QBarSeries* bars_ = nullptr;
    QBarSet* set_ = nullptr;
    QBarCategoryAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    int drawn_ = -1;
};

}  // namespace replaylab::ui
