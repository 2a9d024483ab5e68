#pragma once
// Per-class accuracy of a class set: uniform generative replay (generative-poolN, the
// "before") against replay chosen by the RL learner (rl-poolN, the "after"), at the last day.
#include <QStringList>
#include <QVector>

#include "itemmodels/ResultsModel.h"
#include "plots/ChartPanel.h"

QT_BEGIN_NAMESPACE
class QBarCategoryAxis;
class QBarSeries;
class QBarSet;
class QComboBox;
class QLabel;
class QValueAxis;
QT_END_NAMESPACE

namespace replaylab::ui {

class ClassChart : public ChartPanel {
    Q_OBJECT
public:
    explicit ClassChart(const ResultsModel& model, QWidget* parent = nullptr);
    void refresh() override;
    QString csv() const override;
    QString fileStem() const override { return QStringLiteral("per-class"); }

    /// The two conditions compared now ("generative-pool4", "rl-pool4"); either may be empty.
    QString uniformCondition() const { return uniform_; }
    QString chosenCondition() const { return chosen_; }
    /// Bar values in percent, per class of the shown class set.
    QVector<double> uniformValues() const;
    QVector<double> chosenValues() const;

protected:
    void retranslateUi() override;
    void scaleChanged() override;

private:
    void pickConditions();
    const ResultsModel& model_;
    QBarSeries* bars_ = nullptr;
    QBarSet* uniformSet_ = nullptr;
    QBarSet* chosenSet_ = nullptr;
    QBarCategoryAxis* x_ = nullptr;
    QValueAxis* y_ = nullptr;
    QComboBox* setBox_ = nullptr;
    QComboBox* pointBox_ = nullptr;
    QLabel* setLabel_ = nullptr;
    QLabel* pointLabel_ = nullptr;
    QString uniform_, chosen_;
    int drawnRevision_ = -1;
};

}  // namespace replaylab::ui
