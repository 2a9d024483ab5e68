#include "ClassSetPicker.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace replaylab::ui {
namespace {

constexpr int kThumb = 40;  // px, one drawing in the details strip

/// A 5 x 2 montage of a set's first drawings, for the set's icon.
QPixmap montage(const ClassSetEntry& set, const QHash<QString, QImage>& thumbs) {
    const int cell = 16;
    QImage img(5 * cell, 2 * cell, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int i = 0; i < set.classes.size() && i < 10; ++i) {
        const QImage t = thumbs.value(set.classes[i]);
        if (t.isNull()) continue;
        p.drawImage(QRect((i % 5) * cell, (i / 5) * cell, cell, cell), t);
    }
    return QPixmap::fromImage(img);
}

}  // namespace

ClassSetPicker::ClassSetPicker(QWidget* parent) : QWidget(parent) {
    list_ = new QListWidget(this);
    list_->setObjectName(QStringLiteral("classSetList"));
    list_->setIconSize(QSize(80, 32));
    list_->setMaximumHeight(170);
    details_ = new QListWidget(this);
    details_->setObjectName(QStringLiteral("classSetDetails"));
    details_->setViewMode(QListView::IconMode);
    details_->setIconSize(QSize(kThumb, kThumb));
    details_->setGridSize(QSize(kThumb + 44, kThumb + 30));
    details_->setMovement(QListView::Static);
    details_->setResizeMode(QListView::Adjust);
    details_->setWordWrap(true);
    details_->setSelectionMode(QAbstractItemView::NoSelection);
    details_->setFocusPolicy(Qt::NoFocus);
    details_->setMaximumHeight(2 * (kThumb + 30) + 8);
    note_ = new QLabel(this);
    note_->setWordWrap(true);
    note_->setStyleSheet(QStringLiteral("color: #666;"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(list_);
    layout->addWidget(details_);
    layout->addWidget(note_);
    watcher_ = new QFutureWatcher<QHash<QString, QImage>>(this);
    connect(watcher_, &QFutureWatcherBase::finished, this, [this] {
        thumbs_ = watcher_->result();
        applyThumbnails();
    });
    connect(list_, &QListWidget::itemChanged, this, [this] {
        if (!updating_) Q_EMIT changed();
    });
    connect(list_, &QListWidget::currentRowChanged, this, [this] { showDetails(); });
    retranslateUi();
}

ClassSetPicker::~ClassSetPicker() { watcher_->waitForFinished(); }

void ClassSetPicker::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

void ClassSetPicker::retranslateUi() {
    list_->setToolTip(tr("Class sets to run. Each class set (a \"model\" in the paper) is a separate network "
                         "learning its own 10 new categories; results are averaged over class sets."));
    details_->setToolTip(tr("The categories of the selected class set, with a real drawing of each "
                            "(Google Quick Draw)"));
    const bool was = updating_;
    updating_ = true;  // tooltips change items too: not an edit
    for (int i = 0; i < list_->count() && i < sets_.size(); ++i)
        list_->item(i)->setToolTip(tr("%1: %2").arg(sets_[i].name, sets_[i].labels.join(QStringLiteral(", "))));
    updating_ = was;
    note_->setText(error_);
    note_->setVisible(!error_.isEmpty());
}

void ClassSetPicker::setConfig(const replaylab::ExperimentConfig& cfg) {
    updating_ = true;
    const QString file = classSetsFile(cfg.data);
    const QString dataKey = QString::number(static_cast<int>(cfg.data.source)) + QLatin1Char('|') + QString::fromStdString(cfg.data.dataDir);
    if (file != file_) {
        file_ = file;
        error_.clear();
        try {
            sets_ = readClassSets(file);
        } catch (const std::exception& e) {
            sets_.clear();
            error_ = QString::fromUtf8(e.what());
        }
        list_->clear();
        for (const auto& s : sets_) {
            auto* item = new QListWidgetItem(s.name, list_);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        dataKey_.clear();
        if (list_->count() > 0) list_->setCurrentRow(0);
    }
    if (dataKey != dataKey_) {  // load the drawings of every class, off the UI thread
        dataKey_ = dataKey;
        thumbs_.clear();
        QStringList classes;
        for (const auto& s : sets_) classes += s.classes;
        const replaylab::ExperimentConfig c = cfg;
        watcher_->setFuture(QtConcurrent::run([c, classes] {
            QHash<QString, QImage> out;
            for (const QString& cls : classes) {
                const auto imgs = classThumbnails(c, cls, 1);
                if (!imgs.isEmpty()) out.insert(cls, imgs.front());
            }
            return out;
        }));
    }
    const auto& chosen = cfg.data.classSets;
    for (int i = 0; i < list_->count(); ++i) {
        const bool on = chosen.empty() || std::find(chosen.begin(), chosen.end(), i + 1) != chosen.end();
        list_->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
    updating_ = false;
    retranslateUi();
    applyThumbnails();
}

std::vector<int> ClassSetPicker::checkedSets() const {
    std::vector<int> out;
    for (int i = 0; i < list_->count(); ++i)
        if (list_->item(i)->checkState() == Qt::Checked) out.push_back(i + 1);
    if (static_cast<int>(out.size()) == list_->count() && !out.empty()) return {};  // all
    if (out.empty()) return {0};  // none: invalid on purpose, validation names it
    return out;
}

void ClassSetPicker::applyThumbnails() {
    const bool was = updating_;
    updating_ = true;  // icons change items too: not an edit
    for (int i = 0; i < list_->count() && i < sets_.size(); ++i)
        list_->item(i)->setIcon(QIcon(montage(sets_[i], thumbs_)));
    updating_ = was;
    showDetails();
}

void ClassSetPicker::showDetails() {
    details_->clear();
    const int row = list_->currentRow();
    if (row < 0 || row >= sets_.size()) return;
    const ClassSetEntry& set = sets_[row];
    for (int i = 0; i < set.classes.size(); ++i) {
        const QString& cls = set.classes[i];
        const QString label = set.labels.value(i, cls);
        const QImage t = thumbs_.value(cls);
        auto* item = new QListWidgetItem(label, details_);
        if (!t.isNull())
            item->setIcon(QIcon(QPixmap::fromImage(t.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
        item->setToolTip(label == cls ? cls : QStringLiteral("%1 (%2)").arg(label, cls));
    }
}

}  // namespace replaylab::ui
