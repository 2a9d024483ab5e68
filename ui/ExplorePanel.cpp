#include "ExplorePanel.h"

#include <set>

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "Labels.h"
#include "config/ConfigJson.h"
#include "config/Settings.h"
#include "plots/SweepChart.h"
#include "runfolder/RunDirectory.h"

namespace replaylab::ui {
namespace {

QString valuesText(const replaylab::SweepAxis& a) {
    const replaylab::Setting* s = replaylab::findSetting(a.key);
    const QString sep = s && s->type == replaylab::SettingType::IntList ? QStringLiteral("; ") : QStringLiteral(", ");
    QStringList v;
    for (const auto& x : a.values) v.push_back(QString::fromStdString(x));
    return v.join(sep);
}

/// Engine events of the sweep (on its thread) to the panel, queued.
class Forwarder : public replaylab::Observer {
public:
    Forwarder(QObject* panel, std::function<void(double, QString)> f) : panel_(panel), f_(std::move(f)) {}
    void progress(const replaylab::Progress& p) override {
        const QString what = QStringLiteral("%1 · %2 · day %3/%4")
                                 .arg(QString::fromStdString(p.classSet), QString::fromStdString(p.condition))
                                 .arg(p.day)
                                 .arg(p.days);
        const double fraction = p.fraction;
        auto f = f_;
        QMetaObject::invokeMethod(panel_, [f, fraction, what] { f(fraction, what); }, Qt::QueuedConnection);
    }

private:
    QObject* panel_;
    std::function<void(double, QString)> f_;
};

}  // namespace

ExplorePanel::ExplorePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("explorePanel"));
    registerMetaTypes();
    key_ = new QComboBox(this);
    key_->setObjectName(QStringLiteral("sweepKey"));
    key2_ = new QComboBox(this);
    key2_->setObjectName(QStringLiteral("sweepKey2"));
    key2_->addItem(QString(), QString());
    for (const auto& k : replaylab::sweepableKeys()) {
        key_->addItem(QString::fromStdString(k), QString::fromStdString(k));
        key2_->addItem(QString::fromStdString(k), QString::fromStdString(k));
    }
    key_->setCurrentIndex(key_->findData(QStringLiteral("data.train_per_class")));
    values_ = new QLineEdit(QStringLiteral("10, 20, 40, 70"), this);
    values_->setObjectName(QStringLiteral("sweepValues"));
    values2_ = new QLineEdit(this);
    values2_->setObjectName(QStringLiteral("sweepValues2"));
    run_ = new QPushButton(this);
    run_->setObjectName(QStringLiteral("sweepRun"));
    stop_ = new QPushButton(this);
    stop_->setObjectName(QStringLiteral("sweepStop"));
    resume_ = new QPushButton(this);
    resume_->setObjectName(QStringLiteral("sweepResume"));
    open_ = new QPushButton(this);
    open_->setObjectName(QStringLiteral("sweepOpen"));
    progress_ = new QProgressBar(this);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("sweepStatus"));
    status_->setWordWrap(true);
    status_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chart_ = new SweepChart(this);

    keyLabel_ = new QLabel(this);
    valuesLabel_ = new QLabel(this);
    key2Label_ = new QLabel(this);
    keyLabel_->setBuddy(key_);
    valuesLabel_->setBuddy(values_);
    key2Label_->setBuddy(key2_);
    auto* fields = new QHBoxLayout;
    fields->addWidget(keyLabel_);
    fields->addWidget(key_, 2);
    fields->addWidget(valuesLabel_);
    fields->addWidget(values_, 3);
    fields->addWidget(key2Label_);
    fields->addWidget(key2_, 2);
    fields->addWidget(values2_, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(stop_);
    buttons->addWidget(resume_);
    buttons->addWidget(open_);
    buttons->addWidget(progress_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addLayout(buttons);
    layout->addWidget(status_);
    layout->addWidget(chart_, 1);

    watcher_ = new QFutureWatcher<void>(this);
    connect(run_, &QPushButton::clicked, this, [this] { startSweep(); });
    connect(stop_, &QPushButton::clicked, this, &ExplorePanel::stop);
    connect(resume_, &QPushButton::clicked, this, [this] { resumeSweep(); });
    connect(open_, &QPushButton::clicked, this, &ExplorePanel::openRequested);
    connect(key2_, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    retranslateUi();
    updateState();
}

ExplorePanel::~ExplorePanel() {
    if (cancel_) cancel_->requestStop();
    watcher_->waitForFinished();
}

void ExplorePanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

void ExplorePanel::retranslateUi() {
    keyLabel_->setText(tr("&Vary"));
    valuesLabel_->setText(tr("&over"));
    key2Label_->setText(tr("&and"));
    key2_->setItemText(0, tr("(nothing else)"));
    key_->setToolTip(tr("The setting to sweep (a setting of config.json, or replay.point: the replay point of every "
                        "replaying condition)"));
    values_->setPlaceholderText(tr("10, 20, 40, 70  or  10:70:4 (from:to:count)"));
    values_->setToolTip(tr("The values, separated by commas, or a range from:to:count. A list setting "
                           "(replay.downsample) separates its values by ';'."));
    key2_->setToolTip(tr("A second setting makes a grid: every value of the first with every value of this one"));
    values2_->setPlaceholderText(tr("values of the second setting"));
    run_->setText(tr("Run s&weep"));
    run_->setToolTip(tr("Runs every value on the Set-up's class sets, seeds, days and conditions, with no replay "
                        "added to pair against; drawings are not kept"));
    stop_->setText(tr("Stop"));
    resume_->setText(tr("Resume"));
    resume_->setToolTip(tr("Go on with the opened sweep: finished values are kept, the rest run"));
    open_->setText(tr("Open sweep folder…"));
    if (status_->text().isEmpty())
        status_->setText(tr("Sweep a setting to see how replay's benefit depends on it. Each value is a full run "
                            "(its folder under points/); the folder also holds sweep.csv and metrics.csv."));
}

void ExplorePanel::updateState() {
    const bool running = isRunning();
    run_->setEnabled(!running);
    stop_->setEnabled(running);
    resume_->setEnabled(!running && resumable_);
    open_->setEnabled(!running);
    key_->setEnabled(!running);
    values_->setEnabled(!running);
    key2_->setEnabled(!running);
    values2_->setEnabled(!running && !key2_->currentData().toString().isEmpty());
}

bool ExplorePanel::isRunning() const { return watcher_->isRunning(); }
QString ExplorePanel::message() const { return status_->text(); }

void ExplorePanel::showError(const QString& text) {
    status_->setText(text);
    status_->setStyleSheet(QStringLiteral("color: #b00020;"));
}

void ExplorePanel::setSweepFields(const QString& key, const QString& values, const QString& key2,
                                  const QString& values2) {
    key_->setCurrentIndex(key_->findData(key));
    values_->setText(values);
    key2_->setCurrentIndex(std::max(0, key2_->findData(key2)));
    values2_->setText(values2);
    updateState();
}

bool ExplorePanel::startSweep() {
    if (isRunning()) return false;
    replaylab::SweepSpec spec;
    try {
        spec.base = base_ ? base_() : replaylab::preset("demo");
        spec.base.imagination.keep = 0;  // a sweep is about numbers; drawings would cost every point time
        const auto axis = [](const QString& key, const QString& values) {
            return replaylab::parseSweepAxis((key + QLatin1Char('=') + values).toStdString(), tr("Sweep").toStdString());
        };
        spec.axes.push_back(axis(key_->currentData().toString(), values_->text()));
        if (!key2_->currentData().toString().isEmpty())
            spec.axes.push_back(axis(key2_->currentData().toString(), values2_->text()));
        replaylab::sweepPoints(spec);  // every value checked before anything runs
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()).replace(QLatin1Char('\n'), QStringLiteral("; ")));
        return false;
    }
    folder_ = QString::fromStdString(replaylab::newRunFolder(runsFolder_.toStdString(), "sweep").string());
    spec.base.outputDir = folder_.toStdString();
    axes_ = spec.axes;
    resumable_ = false;
    chart_->setSweep(axes_, {});
    launch([spec] { return replaylab::SweepSession::start(spec, {{"interface", "desktop app"}}); });
    return true;
}

bool ExplorePanel::openSweep(const QString& dir) {
    if (isRunning()) return false;
    try {
        const auto record = replaylab::readSweepRecord(dir.toStdString());
        const auto effects = replaylab::sweepEffectsOf(dir.toStdString());
        axes_ = record.spec.axes;
        folder_ = dir;
        resumable_ = record.status != replaylab::RunStatus::Completed;
        chart_->setSweep(axes_, effects);
        setSweepFields(QString::fromStdString(axes_[0].key), valuesText(axes_[0]),
                       axes_.size() > 1 ? QString::fromStdString(axes_[1].key) : QString(),
                       axes_.size() > 1 ? valuesText(axes_[1]) : QString());
        std::set<int> finished;
        for (const auto& e : effects) finished.insert(e.point);
        const int total = static_cast<int>(replaylab::sweepPoints(record.spec).size());
        status_->setStyleSheet(QString());
        status_->setText(resumable_ ? tr("Showing %1: %2 of %3 values finished; Resume goes on with it")
                                          .arg(QDir::toNativeSeparators(dir))
                                          .arg(finished.size())
                                          .arg(total)
                                    : tr("Showing %1: %2 of %3 values finished")
                                          .arg(QDir::toNativeSeparators(dir))
                                          .arg(finished.size())
                                          .arg(total));
        progress_->setValue(total > 0 ? static_cast<int>(1000.0 * finished.size() / total) : 0);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    updateState();
    return true;
}

bool ExplorePanel::resumeSweep() {
    if (isRunning() || !resumable_ || folder_.isEmpty()) return false;
    const std::string dir = folder_.toStdString();
    launch([dir] { return replaylab::SweepSession::resume(dir, {}, {{"interface", "desktop app"}}); });
    return true;
}

void ExplorePanel::stop() {
    if (cancel_) cancel_->requestStop();
}

void ExplorePanel::launch(std::function<std::unique_ptr<replaylab::SweepSession>()> make) {
    cancel_ = std::make_shared<replaylab::CancelToken>();
    auto cancel = cancel_;
    point_ = 0;
    points_ = 0;
    progress_->setValue(0);
    status_->setStyleSheet(QString());
    status_->setText(tr("Starting the sweep in %1…").arg(QDir::toNativeSeparators(folder_)));
    watcher_->setFuture(QtConcurrent::run([this, make, cancel] {
        replaylab::RunSummary summary;
        try {
            auto session = make();
            Forwarder observer(this, [this](double f, const QString& what) { onProgress(f, what); });
            replaylab::SweepSession::Callbacks cb;
            const auto axes = session->spec().axes;
            cb.pointStarted = [this, axes](const replaylab::SweepPoint& p, int count) {
                QString label;
                for (std::size_t a = 0; a < p.values.size(); ++a)
                    label += (a ? QStringLiteral(", ") : QString()) + QString::fromStdString(axes[a].key) +
                             QStringLiteral(" = ") + QString::fromStdString(p.values[a]);
                const int index = p.index;
                QMetaObject::invokeMethod(this, [this, index, count, label] { onPointStarted(index, count, label); },
                                          Qt::QueuedConnection);
            };
            cb.effectsChanged = [this](const std::vector<replaylab::SweepEffect>& effects) {
                QMetaObject::invokeMethod(this, [this, effects] { onEffects(effects); }, Qt::QueuedConnection);
            };
            summary = session->run(observer, *cancel, cb);
        } catch (const std::exception& e) {
            summary.status = replaylab::RunStatus::Failed;
            summary.message = e.what();
        }
        QMetaObject::invokeMethod(this, [this, summary] { onDone(summary); }, Qt::QueuedConnection);
    }));
    updateState();
    Q_EMIT runningChanged(true);
}

void ExplorePanel::onPointStarted(int index, int count, const QString& label) {
    point_ = index;
    points_ = count;
    status_->setText(tr("Value %1 of %2: %3").arg(index).arg(count).arg(label));
}

void ExplorePanel::onProgress(double fraction, const QString& what) {
    if (points_ <= 0) return;
    progress_->setValue(static_cast<int>(1000.0 * ((point_ - 1) + fraction) / points_));
    progress_->setToolTip(what);
}

void ExplorePanel::onEffects(const std::vector<replaylab::SweepEffect>& effects) { chart_->setSweep(axes_, effects); }

void ExplorePanel::onDone(const replaylab::RunSummary& summary) {
    watcher_->waitForFinished();
    resumable_ = summary.status != replaylab::RunStatus::Completed && !folder_.isEmpty() &&
                 replaylab::isSweepFolder(folder_.toStdString());
    // The files are the truth: show what the folder holds (the same numbers as sweep.csv).
    if (replaylab::isSweepFolder(folder_.toStdString())) {
        try {
            chart_->setSweep(axes_, replaylab::sweepEffectsOf(folder_.toStdString()));
        } catch (const std::exception&) {
        }
    }
    switch (summary.status) {
    case replaylab::RunStatus::Completed:
        status_->setStyleSheet(QString());
        status_->setText(tr("Sweep finished: %1 (sweep.csv, metrics.csv, points/)").arg(QDir::toNativeSeparators(folder_)));
        progress_->setValue(1000);
        break;
    case replaylab::RunStatus::Stopped:
        status_->setStyleSheet(QString());
        status_->setText(tr("Stopped; Resume goes on with %1").arg(QDir::toNativeSeparators(folder_)));
        break;
    default: showError(Labels::firstLine(summary.message.c_str())); break;
    }
    updateState();
    Q_EMIT runningChanged(false);
    Q_EMIT finished(summary);
}

}  // namespace replaylab::ui
