#pragma once
// The Explore tab: sweep one setting of the table (or two, as a grid) over a list or a range
// of values, every value run with and without replay on the Set-up's class sets and seeds,
// and watch replay's effect against the setting fill in, point by point, with intervals.
// A sweep folder is the CLI's (replaylab-cli sweep): it can be reopened and resumed here.
#include <functional>
#include <memory>
#include <vector>

#include <QFutureWatcher>
#include <QString>
#include <QWidget>

#include "MetaTypes.h"
#include "session/Sweep.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
QT_END_NAMESPACE

namespace replaylab::ui {

class SweepChart;

class ExplorePanel : public QWidget {
    Q_OBJECT
public:
    explicit ExplorePanel(QWidget* parent = nullptr);
    ~ExplorePanel() override;  ///< stops a running sweep and waits for it

    /// The settings every point starts from (the Set-up panel's); default: the demo preset.
    void setBaseConfig(std::function<replaylab::ExperimentConfig()> base) { base_ = std::move(base); }
    /// Where new sweep folders go (runs/<date>-sweep).
    void setRunsFolder(const QString& folder) { runsFolder_ = folder; }

    SweepChart* chart() const { return chart_; }
    /// Chooses what to sweep, as the fields do (key2 empty: one setting).
    void setSweepFields(const QString& key, const QString& values, const QString& key2 = QString(),
                        const QString& values2 = QString());
    /// Starts a sweep of the fields' settings in a new folder. False, with the reason in
    /// message(), when a value is impossible (the setting's own message) or one runs already.
    bool startSweep();
    /// Shows a sweep folder's finished points (and its settings in the fields). False with
    /// the reason in message() when it is not a readable sweep.
    bool openSweep(const QString& dir);
    /// Goes on with the opened sweep when it did not complete.
    bool resumeSweep();
    /// Asks the running sweep to stop at the next batch; finished() follows.
    void stop();

    bool isRunning() const;
    QString folder() const { return folder_; }
    /// The status line: what runs, what finished, or why not.
    QString message() const;

Q_SIGNALS:
    void runningChanged(bool running);
    /// The sweep ended: completed, stopped or failed (summary.status).
    void finished(const replaylab::RunSummary& summary);
    /// Wants a sweep folder opened (the Open button), for the main window to pick it.
    void openRequested();

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslateUi();
    void updateState();
    void showError(const QString& text);
    void launch(std::function<std::unique_ptr<replaylab::SweepSession>()> make);
    void onPointStarted(int index, int count, const QString& label);
    void onProgress(double fraction, const QString& what);
    void onEffects(const std::vector<replaylab::SweepEffect>& effects);
    void onDone(const replaylab::RunSummary& summary);

    std::function<replaylab::ExperimentConfig()> base_;
    QString runsFolder_ = QStringLiteral("runs");
    QString folder_;
    std::vector<replaylab::SweepAxis> axes_;
    std::shared_ptr<replaylab::CancelToken> cancel_;
    QFutureWatcher<void>* watcher_ = nullptr;
    int point_ = 0, points_ = 0;
    bool resumable_ = false;

    QLabel* keyLabel_ = nullptr;
    QLabel* valuesLabel_ = nullptr;
    QLabel* key2Label_ = nullptr;
    QComboBox* key_ = nullptr;
    QLineEdit* values_ = nullptr;
    QComboBox* key2_ = nullptr;
    QLineEdit* values2_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* resume_ = nullptr;
    QPushButton* open_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    SweepChart* chart_ = nullptr;
};

}  // namespace replaylab::ui
