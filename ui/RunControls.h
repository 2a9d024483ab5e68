#pragma once
// Run / Pause / Stop, the plan of the run about to start (or why it cannot), and progress
// with the phase ("day 4 of 10", "night 4 of 10") and the time left.
#include <QWidget>

#include "MetaTypes.h"
#include "itemmodels/Planner.h"

QT_BEGIN_NAMESPACE
class QLabel;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace replaylab::ui {

class RunControls : public QWidget {
    Q_OBJECT
public:
    explicit RunControls(QWidget* parent = nullptr);

    void setPlan(const PlanResult& plan);
    void setRunning(bool running, bool paused);
    void showProgress(const replaylab::Progress& p);
    void showFinished(const replaylab::RunSummary& s);
    void showFailed(const QString& message);
    void showMessage(const QString& message);

    bool runEnabled() const;
    QString planText() const;
    QString phaseText() const;

Q_SIGNALS:
    void runRequested();
    void pauseToggled(bool paused);
    void stopRequested();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslateUi();
    void updateButtons();
    void renderPlan();
    QPushButton* run_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* stop_ = nullptr;
    QProgressBar* bar_ = nullptr;
    QLabel* phase_ = nullptr;
    QLabel* eta_ = nullptr;
    QLabel* plan_ = nullptr;
    QLabel* status_ = nullptr;
    PlanResult planResult_;
    bool hasPlan_ = false;
    bool running_ = false, paused_ = false;
    replaylab::Progress last_;
    bool hasProgress_ = false;
};

}  // namespace replaylab::ui
