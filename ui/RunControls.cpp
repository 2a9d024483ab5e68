#include "RunControls.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

#include "Labels.h"

namespace replaylab::ui {

RunControls::RunControls(QWidget* parent) : QWidget(parent) {
    run_ = new QPushButton(this);
    run_->setObjectName(QStringLiteral("runButton"));
    run_->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    pause_ = new QPushButton(this);
    pause_->setObjectName(QStringLiteral("pauseButton"));
    pause_->setCheckable(true);
    pause_->setIcon(style()->standardIcon(QStyle::SP_MediaPause));
    stop_ = new QPushButton(this);
    stop_->setObjectName(QStringLiteral("stopButton"));
    stop_->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    bar_ = new QProgressBar(this);
    bar_->setObjectName(QStringLiteral("progressBar"));
    bar_->setRange(0, 1000);
    bar_->setValue(0);
    bar_->setTextVisible(true);
    phase_ = new QLabel(this);
    phase_->setObjectName(QStringLiteral("phaseLabel"));
    eta_ = new QLabel(this);
    eta_->setObjectName(QStringLiteral("etaLabel"));
    plan_ = new QLabel(this);
    plan_->setObjectName(QStringLiteral("planLabel"));
    plan_->setWordWrap(true);
    plan_->setTextFormat(Qt::RichText);
    status_ = new QLabel(this);
    status_->setObjectName(QStringLiteral("statusLabel"));
    status_->setWordWrap(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(run_);
    buttons->addWidget(pause_);
    buttons->addWidget(stop_);
    buttons->addWidget(bar_, 1);
    buttons->addWidget(eta_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 2);
    layout->addLayout(buttons);
    layout->addWidget(phase_);
    layout->addWidget(plan_);
    layout->addWidget(status_);

    connect(run_, &QPushButton::clicked, this, &RunControls::runRequested);
    connect(pause_, &QPushButton::toggled, this, [this](bool on) {
        if (running_ && on != paused_) Q_EMIT pauseToggled(on);
    });
    connect(stop_, &QPushButton::clicked, this, &RunControls::stopRequested);
    retranslateUi();
    updateButtons();
}

void RunControls::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

void RunControls::retranslateUi() {
    run_->setText(tr("&Run"));
    run_->setToolTip(tr("Start the experiment: every condition on every class set, day after day"));
    pause_->setText(paused_ ? tr("Res&ume") : tr("&Pause"));
    pause_->setToolTip(tr("Hold the run at the next batch; resume where it stopped"));
    stop_->setText(tr("&Stop"));
    stop_->setToolTip(tr("End the run at the next batch; the run folder stays consistent (status \"stopped\")"));
    eta_->setToolTip(tr("Time left, estimated from the progress so far"));
    if (hasProgress_) showProgress(last_);
    else phase_->setText(tr("Not running."));
    if (hasPlan_) renderPlan();
}

void RunControls::updateButtons() {
    run_->setEnabled(!running_ && hasPlan_ && planResult_.runnable());
    pause_->setEnabled(running_);
    stop_->setEnabled(running_);
    pause_->blockSignals(true);
    pause_->setChecked(paused_);
    pause_->blockSignals(false);
    pause_->setText(paused_ ? tr("Res&ume") : tr("&Pause"));
}

bool RunControls::runEnabled() const { return run_->isEnabled(); }
QString RunControls::planText() const { return plan_->text(); }
QString RunControls::phaseText() const { return phase_->text(); }

void RunControls::setPlan(const PlanResult& plan) {
    planResult_ = plan;
    hasPlan_ = true;
    renderPlan();
    updateButtons();
}

void RunControls::renderPlan() {
    const PlanResult& p = planResult_;
    QString html;
    if (!p.problems.isEmpty()) {
        html = QStringLiteral("<span style='color:#b00020'><b>%1</b><br>").arg(tr("Cannot run:").toHtmlEscaped());
        for (const QString& line : p.problems) html += line.toHtmlEscaped() + QStringLiteral("<br>");
        html += QStringLiteral("</span>");
    } else if (p.planned && !p.plan.feasible) {
        html = QStringLiteral("<span style='color:#b00020'><b>%1</b> %2</span>")
                   .arg(tr("Cannot run:").toHtmlEscaped(), QString::fromStdString(p.plan.reason).toHtmlEscaped());
        if (!p.plan.suggestion.empty())
            html += QStringLiteral("<br>%1 %2").arg(tr("Suggestion:").toHtmlEscaped(),
                                                    QString::fromStdString(p.plan.suggestion).toHtmlEscaped());
    } else if (p.planned) {
        const auto& r = p.plan;
        html = tr("Plan: %n simulation(s)", nullptr, r.simulations).toHtmlEscaped();
        html += QStringLiteral("; ") + tr("peak memory %1").arg(Labels::bytes(r.peakBytes)).toHtmlEscaped();
        if (r.availableBytes >= 0)
            html += QStringLiteral(" ") + tr("(%1 free)").arg(Labels::bytes(r.availableBytes)).toHtmlEscaped();
        if (r.totalSeconds > 0)
            html += QStringLiteral("; ") + tr("about %1").arg(Labels::duration(r.totalSeconds)).toHtmlEscaped();
    }
    plan_->setText(html);
}

void RunControls::setRunning(bool running, bool paused) {
    running_ = running;
    paused_ = paused;
    if (running && !paused) status_->clear();
    updateButtons();
    if (running && paused) phase_->setText(phase_->text().split(QStringLiteral(" — ")).front() + QStringLiteral(" — ") + tr("paused"));
}

void RunControls::showProgress(const replaylab::Progress& p) {
    last_ = p;
    hasProgress_ = true;
    bar_->setValue(static_cast<int>(p.fraction * 1000.0 + 0.5));
    bar_->setFormat(QStringLiteral("%1%").arg(p.fraction * 100.0, 0, 'f', 1));
    QString when;
    if (p.phase == replaylab::Phase::Night) when = tr("night %1 of %2").arg(p.day).arg(p.days);
    else if (p.phase == replaylab::Phase::Day) when = tr("day %1 of %2").arg(p.day).arg(p.days);
    else if (p.phase == replaylab::Phase::Load && p.day == 0) when = tr("loading the class set's images");
    else when = tr("%1, day %2 of %3").arg(Labels::phase(p.phase)).arg(p.day).arg(p.days);
    phase_->setText(tr("Simulation %1 of %2 (%3, %4, seed %5): %6")
                        .arg(p.simulation)
                        .arg(p.simulations)
                        .arg(QString::fromStdString(p.classSet), Labels::condition(QString::fromStdString(p.condition)))
                        .arg(p.seed)
                        .arg(when));
    eta_->setText(p.etaSeconds >= 0 ? tr("%1 left").arg(Labels::duration(p.etaSeconds)) : QString());
}

void RunControls::showFinished(const replaylab::RunSummary& s) {
    if (s.status == replaylab::RunStatus::Completed) {
        bar_->setValue(bar_->maximum());
        bar_->setFormat(QStringLiteral("100%"));
        status_->setText(tr("Completed in %1.").arg(Labels::duration(s.wallSeconds)));
    } else if (s.status == replaylab::RunStatus::Stopped) {
        status_->setText(tr("Stopped after %1; the run folder holds everything up to the stop.")
                             .arg(Labels::duration(s.wallSeconds)));
    }
    eta_->clear();
}

void RunControls::showFailed(const QString& message) {
    status_->setText(QStringLiteral("<span style='color:#b00020'>%1</span>")
                         .arg(tr("Failed: %1").arg(message).toHtmlEscaped()));
    eta_->clear();
}

void RunControls::showMessage(const QString& message) { status_->setText(message.toHtmlEscaped()); }

}  // namespace replaylab::ui
