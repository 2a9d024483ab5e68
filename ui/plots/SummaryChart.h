#pragma once
// Final and best-by-validation test accuracy per condition (the paper's figure 1C): bars of
// the mean over runs with ± SEM whiskers, from the same numbers as the closing table
// (replaylab::summarise).
#include <QStringList>
#include <QVector>

#include "itemmodels/ResultsModel.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class SummaryChart : public ChartPanel {
    Q_OBJECT
  public:
    explicit SummaryChart(const ResultsModel& model, QWidget* parent = nullptr);
    void refresh() override;
    QString csv() const override;
    QString fileStem() const override { return QStringLiteral("final-accuracy"); }

    /// One bar of the chart, in percent.
    struct Bar {
        double mean = 0, sem = 0;
        int n = 0;
    };
    /// The conditions shown, in the run's order, and their bars (for tests and checks).
    QStringList conditions() const { return conditions_; }
    /// Accuracy at the last day: after its night when the condition has nights.
    QVector<Bar> finalBars() const { return final_; }
    /// The checkpoint with the lowest validation loss, tested.
    QVector<Bar> bestBars() const { return best_; }

  protected:
    void retranslateUi() override;

  private:
    const ResultsModel& model_;
    QBarSeries* bars_ = nullptr;
    QBarSet* finalSet_ = nullptr;
    QBarSet* bestSet_ = nullptr;
    QBarCategoryAxis* x_ = nullptr;
    QValueAxis* xValues_ = nullptr;  // hidden: places the whiskers on the bars
    QValueAxis* y_ = nullptr;
    QVector<QLineSeries*> whiskers_;
    QStringList conditions_;
    QVector<Bar> final_, best_;
    int drawnRevision_ = -1;
};

}  // namespace replaylab::ui
