#include "ImaginationPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "Labels.h"
#include "plots/ImaginationCharts.h"
#include "plots/PolicyChart.h"

namespace replaylab::ui {
namespace {

constexpr int kTile = 72;       // px per map on screen
constexpr int kLargeTile = 128; // px per map in presentation mode
constexpr int kMaxTiles = 8;   // examples per row

}  // namespace

ImaginationPanel::ImaginationPanel(const ImaginationModel& model, QWidget* parent)
    : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("imaginationPanel"));
    runLabel_ = new QLabel(this);
    runBox_ = new QComboBox(this);
    runBox_->setObjectName(QStringLiteral("imaginationRunBox"));
    classLabel_ = new QLabel(this);
    classBox_ = new QComboBox(this);
    classBox_->setObjectName(QStringLiteral("imaginationClassBox"));
    channelLabel_ = new QLabel(this);
    channel_ = new QSpinBox(this);
    channel_->setObjectName(QStringLiteral("imaginationChannelBox"));
    channel_->setRange(0, 0);
    runLabel_->setBuddy(runBox_);
    classLabel_->setBuddy(classBox_);
    channelLabel_->setBuddy(channel_);
    auto* bar = new QHBoxLayout;
    bar->addWidget(runLabel_);
    bar->addWidget(runBox_, 1);
    bar->addWidget(classLabel_);
    bar->addWidget(classBox_);
    bar->addWidget(channelLabel_);
    bar->addWidget(channel_);

    maps_ = new QWidget(this);
    maps_->setAutoFillBackground(true);
    grid_ = new QGridLayout(maps_);
    realLabel_ = new QLabel(maps_);
    imaginedLabel_ = new QLabel(maps_);
    grid_->addWidget(realLabel_, 0, 0);
    grid_->addWidget(imaginedLabel_, 1, 0);
    for (int i = 0; i < kMaxTiles; ++i) {
        for (int row = 0; row < 2; ++row) {
            auto* tile = new QLabel(maps_);
            tile->setFixedSize(tile_, tile_);
            tile->setFrameShape(QFrame::Box);
            tile->setAlignment(Qt::AlignCenter);
            grid_->addWidget(tile, row, i + 1);
            (row == 0 ? realTiles_ : imaginedTiles_).push_back(tile);
        }
    }
    grid_->setColumnStretch(kMaxTiles + 1, 1);
    info_ = new QLabel(this);
    info_->setWordWrap(true);

    pca_ = new PcaChart(model_, this);
    fidelity_ = new FidelityChart(model_, this);
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(pca_);
    charts->addWidget(fidelity_);
    charts_ = charts;

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(maps_);
    layout->addWidget(info_);
    layout->addWidget(charts, 1);

    connect(runBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        rebuildChoices();
        showMaps();
    });
    connect(classBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { showMaps(); });
    connect(channel_, qOverload<int>(&QSpinBox::valueChanged), this, [this] { showMaps(); });
    retranslateUi();
}

void ImaginationPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

void ImaginationPanel::retranslateUi() {
    runLabel_->setText(tr("&Run:"));
    classLabel_->setText(tr("C&lass:"));
    channelLabel_->setText(tr("C&hannel:"));
    runBox_->setToolTip(tr("A class set, condition and seed; the latest night is shown"));
    classBox_->setToolTip(tr("The category whose activation maps are shown"));
    channel_->setToolTip(tr("Which feature map (channel) of the replay point to show; real and imagined "
                            "maps share one grey scale per channel"));
    realLabel_->setText(tr("Real"));
    realLabel_->setToolTip(tr("Activations of real training images at the replay point"));
    imaginedLabel_->setText(tr("Imagined"));
    imaginedLabel_->setToolTip(tr("Samples from the class's Gaussian at the replay point: what is replayed at night"));
    const auto runs = model_.runs();
    for (int i = 0; i < runBox_->count() && i < runs.size(); ++i) runBox_->setItemText(i, runLabel(runs[i]));
}

void ImaginationPanel::setEmptyMessage(const QString& text) {
    if (text == emptyText_) return;
    emptyText_ = text;
    maps_->setVisible(text.isEmpty());
    charts_->setVisible(text.isEmpty());
    info_->setAlignment(text.isEmpty() ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignCenter);
    if (!text.isEmpty()) info_->setText(text);
    else showMaps();
}

void ImaginationPanel::setLarge(bool large) {
    tile_ = large ? kLargeTile : kTile;
    for (QLabel* t : realTiles_ + imaginedTiles_) t->setFixedSize(tile_, tile_);
    showMaps();
}

void ImaginationPanel::refresh() {
    if (drawn_ == model_.revision()) return;
    drawn_ = model_.revision();
    const auto runs = model_.runs();
    const int keep = runBox_->currentIndex();
    runBox_->blockSignals(true);
    runBox_->clear();
    for (const auto& r : runs) runBox_->addItem(runLabel(r));
    runBox_->setCurrentIndex(runs.isEmpty() ? -1 : std::clamp(keep, 0, static_cast<int>(runs.size()) - 1));
    runBox_->blockSignals(false);
    rebuildChoices();
    showMaps();
    pca_->refresh();
    fidelity_->refresh();
    retranslateUi();
}

void ImaginationPanel::rebuildChoices() {
    const auto runs = model_.runs();
    const int r = runBox_->currentIndex();
    const replaylab::Imagination* im = r >= 0 && r < runs.size() ? model_.get(runs[r]) : nullptr;
    const int keepClass = classBox_->currentIndex();
    classBox_->blockSignals(true);
    classBox_->clear();
    if (im)
        for (const auto& n : im->classNames) classBox_->addItem(QString::fromStdString(n));
    classBox_->setCurrentIndex(classBox_->count() == 0 ? -1 : std::clamp(keepClass, 0, classBox_->count() - 1));
    classBox_->blockSignals(false);
    int channels = 1;
    if (im)
        for (const auto& perClass : im->real)
            for (const auto& m : perClass) channels = std::max(channels, m.channels);
    channel_->setRange(0, channels - 1);
}

void ImaginationPanel::showMaps() {
    const auto runs = model_.runs();
    const int r = runBox_->currentIndex();
    const replaylab::Imagination* im = r >= 0 && r < runs.size() ? model_.get(runs[r]) : nullptr;
    const int cls = classBox_->currentIndex();
    const int ch = channel_->value();
    auto fill = [&](QVector<QLabel*>& tiles, const std::vector<std::vector<replaylab::ActivationMaps>>* maps) {
        for (int i = 0; i < tiles.size(); ++i) {
            QImage img;
            if (maps && cls >= 0 && cls < static_cast<int>(maps->size()) &&
                i < static_cast<int>((*maps)[static_cast<std::size_t>(cls)].size()))
                img = ImaginationModel::channelImage((*maps)[static_cast<std::size_t>(cls)][static_cast<std::size_t>(i)], ch);
            if (img.isNull()) {
                tiles[i]->clear();
                tiles[i]->setVisible(false);
            } else {
                // Nearest neighbour: a map's cells stay visible as cells.
                tiles[i]->setPixmap(QPixmap::fromImage(img.scaled(tile_ - 2, tile_ - 2, Qt::KeepAspectRatio, Qt::FastTransformation)));
                tiles[i]->setVisible(true);
            }
        }
    };
    fill(realTiles_, im ? &im->real : nullptr);
    fill(imaginedTiles_, im ? &im->imagined : nullptr);
    if (im) {
        if (emptyText_.isEmpty())
            info_->setText(tr("Night %1 at %2: maps of %3 x %4 cells.")
                               .arg(im->day)
                               .arg(Labels::replayPoint(im->layer))
                               .arg(im->real.empty() || im->real.front().empty() ? 0 : im->real.front().front().height)
                               .arg(im->real.empty() || im->real.front().empty() ? 0 : im->real.front().front().width));
        pca_->setRun(runs[r], cls);
        fidelity_->setRun(runs[r]);
    }
}

int ImaginationPanel::realTiles() const {
    int n = 0;
    for (auto* t : realTiles_) n += t->pixmap().isNull() ? 0 : 1;
    return n;
}

int ImaginationPanel::imaginedTiles() const {
    int n = 0;
    for (auto* t : imaginedTiles_) n += t->pixmap().isNull() ? 0 : 1;
    return n;
}

void ImaginationPanel::select(int run, int cls, int channel) {
    runBox_->setCurrentIndex(run);
    classBox_->setCurrentIndex(cls);
    channel_->setValue(channel);
    showMaps();
}

QImage ImaginationPanel::mapsImage() const {
    // Drawn from the tiles rather than grabbed, so it works for a panel never shown.
    const int label = 110, gap = 4;
    const int n = std::max(realTiles(), imaginedTiles());
    const int tile = tile_;
    QImage img(label + n * (tile + gap) + gap, 2 * (tile + gap) + gap, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setPen(Qt::black);
    const QVector<QLabel*>* rows[2] = {&realTiles_, &imaginedTiles_};
    const QString names[2] = {realLabel_->text(), imaginedLabel_->text()};
    for (int r = 0; r < 2; ++r) {
        const int y = gap + r * (tile + gap);
        p.drawText(QRect(gap, y, label - 2 * gap, tile), Qt::AlignVCenter | Qt::AlignLeft, names[r]);
        int x = label;
        for (QLabel* t : *rows[r]) {
            const QPixmap pm = t->pixmap();
            if (pm.isNull()) continue;
            p.drawPixmap(QRect(x, y, tile, tile), pm);
            p.drawRect(QRect(x, y, tile - 1, tile - 1));
            x += tile + gap;
        }
    }
    return img;
}

}  // namespace replaylab::ui
