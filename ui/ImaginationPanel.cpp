#include "ImaginationPanel.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>

#include "Labels.h"
#include "plots/ImaginationCharts.h"
#include "plots/PolicyChart.h"

namespace replaylab::ui {
namespace {

constexpr int kTile = 60;       // px per map on screen
constexpr int kLargeTile = 128; // px per map in presentation mode
constexpr int kMaxTiles = 10;  // examples per row (imagination.keep is at most 10)
constexpr int kPictureTile = 48;       // px per drawing on screen
constexpr int kLargePictureTile = 96;  // px per drawing in presentation mode

}  // namespace

ImaginationPanel::ImaginationPanel(const ImaginationModel& model, QWidget* parent)
    : QWidget(parent), model_(model) {
    setObjectName(QStringLiteral("imaginationPanel"));
    layerLabel_ = new QLabel(this);
    layerBox_ = new QComboBox(this);
    layerBox_->setObjectName(QStringLiteral("imaginationLayerBox"));
    layerLabel_->setBuddy(layerBox_);
    nightLabel_ = new QLabel(this);
    nightSlider_ = new QSlider(Qt::Horizontal, this);
    nightSlider_->setObjectName(QStringLiteral("imaginationNightSlider"));
    nightSlider_->setRange(0, 0);
    nightSlider_->setPageStep(1);
    nightSlider_->setTickPosition(QSlider::TicksBelow);
    nightLabel_->setBuddy(nightSlider_);
    pictureTileLabel_ = new QLabel(this);
    pictureTile_ = new QSpinBox(this);
    pictureTile_->setObjectName(QStringLiteral("imaginationTileBox"));
    pictureTile_->setRange(16, 256);
    pictureTile_->setSingleStep(8);
    pictureTile_->setValue(kPictureTile);
    pictureTileLabel_->setBuddy(pictureTile_);
    exportButton_ = new QPushButton(this);
    exportButton_->setObjectName(QStringLiteral("imaginationExportButton"));
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
    bar->addWidget(layerLabel_);
    bar->addWidget(layerBox_);
    bar->addWidget(runLabel_);
    bar->addWidget(runBox_, 1);
    bar->addWidget(nightLabel_);
    bar->addWidget(nightSlider_, 1);
    bar->addWidget(classLabel_);
    bar->addWidget(classBox_);
    bar->addWidget(channelLabel_);
    bar->addWidget(channel_);
    // The drawings' own controls, on a row of their own that shows only when a run kept drawings.
    auto* bar2 = new QHBoxLayout;
    sheetNote_ = new QLabel(this);
    sheetNote_->setWordWrap(true);
    bar2->addWidget(sheetNote_, 1);
    bar2->addWidget(pictureTileLabel_);
    bar2->addWidget(pictureTile_);
    bar2->addWidget(exportButton_);

    // The drawings: one sheet of every class, scrolled when larger than the panel.
    sheet_ = new QLabel;
    sheet_->setObjectName(QStringLiteral("imaginationSheet"));
    sheet_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    sheetScroll_ = new QScrollArea(this);
    sheetScroll_->setWidget(sheet_);
    sheetScroll_->setWidgetResizable(false);

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

    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(maps_);
    lowerLayout->addWidget(info_);
    lowerLayout->addWidget(charts, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(sheetScroll_);
    split->addWidget(lower);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    body_ = split;

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(bar2);
    layout->addWidget(split, 1);
    emptyLabel_ = new QLabel(this);
    emptyLabel_->setObjectName(QStringLiteral("imaginationEmptyLabel"));
    emptyLabel_->setWordWrap(true);
    emptyLabel_->setAlignment(Qt::AlignCenter);
    emptyLabel_->setVisible(false);
    layout->addWidget(emptyLabel_, 1);

    connect(layerBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        rebuildRuns();
        rebuildChoices();
        rebuildNights();
        showMaps();
    });
    connect(runBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        rebuildChoices();
        rebuildNights();
        showMaps();
    });
    connect(nightSlider_, &QSlider::valueChanged, this, [this] { showMaps(); });
    connect(pictureTile_, qOverload<int>(&QSpinBox::valueChanged), this, [this] { showPictures(); });
    connect(exportButton_, &QPushButton::clicked, this, [this] { exportPicturesInteractive(); });
    connect(classBox_, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { showMaps(); });
    connect(channel_, qOverload<int>(&QSpinBox::valueChanged), this, [this] { showMaps(); });
    retranslateUi();
}

void ImaginationPanel::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(e);
}

void ImaginationPanel::retranslateUi() {
    layerLabel_->setText(tr("Re&play point:"));
    layerBox_->setToolTip(tr("Offer the runs of one replay point only, or of all"));
    if (layerBox_->count() > 0) layerBox_->setItemText(0, tr("All"));
    for (int i = 1; i < layerBox_->count(); ++i)
        layerBox_->setItemText(i, Labels::replayPoint(layerBox_->itemData(i).toInt()));
    nightSlider_->setToolTip(tr("Which night: how the imaginations change as learning goes on"));
    pictureTileLabel_->setText(tr("&Tile size:"));
    pictureTile_->setToolTip(tr("Side of each drawing in pixels"));
    pictureTile_->setSuffix(tr(" px"));
    exportButton_->setText(tr("Export drawings…"));
    exportButton_->setToolTip(tr("Save the drawings of this night, every class, as one PNG sheet"));
    runLabel_->setText(tr("&Run:"));
    classLabel_->setText(tr("C&lass:"));
    channelLabel_->setText(tr("C&hannel:"));
    runBox_->setToolTip(tr("A class set, condition and seed"));
    classBox_->setToolTip(tr("The category whose activation maps are shown"));
    channel_->setToolTip(tr("Which feature map (channel) of the replay point to show; real and imagined "
                            "maps share one grey scale per channel"));
    realLabel_->setText(tr("Real"));
    realLabel_->setToolTip(tr("Activations of real held-out images at the replay point"));
    imaginedLabel_->setText(tr("Imagined"));
    imaginedLabel_->setToolTip(tr("Samples from the class's Gaussian at the replay point: what is replayed at night"));
    const auto runs = shownRuns();
    for (int i = 0; i < runBox_->count() && i < runs.size(); ++i) runBox_->setItemText(i, runLabel(runs[i]));
    const int n = night();
    nightLabel_->setText(n >= 0 ? tr("&Night %1:").arg(n) : tr("&Night:"));
    showPictures();
}

QStringList ImaginationPanel::sheetHeaders() const {
    return {tr("Class"), tr("Real drawings"), tr("Reconstructed"), tr("Imagined → nearest training drawings")};
}

void ImaginationPanel::setEmptyMessage(const QString& text) {
    if (text == emptyText_) return;
    emptyText_ = text;
    body_->setVisible(text.isEmpty());
    emptyLabel_->setVisible(!text.isEmpty());
    emptyLabel_->setText(text);
    showMaps();
}

void ImaginationPanel::setLarge(bool large) {
    tile_ = large ? kLargeTile : kTile;
    for (QLabel* t : realTiles_ + imaginedTiles_) t->setFixedSize(tile_, tile_);
    pictureTile_->setValue(large ? kLargePictureTile : kPictureTile);
    showMaps();
}

QVector<PolicyRunKey> ImaginationPanel::shownRuns() const {
    const int layer = layerBox_->currentIndex() > 0 ? layerBox_->currentData().toInt() : 0;
    QVector<PolicyRunKey> out;
    for (const auto& r : model_.runs()) {
        const auto* im = model_.get(r);
        if (layer == 0 || (im && im->layer == layer)) out.push_back(r);
    }
    return out;
}

const replaylab::Imagination* ImaginationPanel::current() const {
    const auto runs = shownRuns();
    const int r = runBox_->currentIndex();
    if (r < 0 || r >= runs.size()) return nullptr;
    return model_.get(runs[r], night());
}

void ImaginationPanel::refresh() {
    if (drawn_ == model_.revision()) return;
    drawn_ = model_.revision();
    // The replay points present, for the filter.
    QVector<int> layers;
    for (const auto& r : model_.runs())
        if (const auto* im = model_.get(r); im && !layers.contains(im->layer)) layers.push_back(im->layer);
    std::sort(layers.begin(), layers.end());
    const int keepLayer = layerBox_->currentIndex() > 0 ? layerBox_->currentData().toInt() : 0;
    layerBox_->blockSignals(true);
    layerBox_->clear();
    layerBox_->addItem(tr("All"), 0);
    for (int l : layers) layerBox_->addItem(Labels::replayPoint(l), l);
    layerBox_->setCurrentIndex(std::max(0, layerBox_->findData(keepLayer)));
    layerBox_->blockSignals(false);
    rebuildRuns();
    rebuildChoices();
    rebuildNights();
    showMaps();
    pca_->refresh();
    fidelity_->refresh();
    retranslateUi();
}

void ImaginationPanel::rebuildRuns() {
    const auto runs = shownRuns();
    const int keep = runBox_->currentIndex();
    runBox_->blockSignals(true);
    runBox_->clear();
    for (const auto& r : runs) runBox_->addItem(runLabel(r));
    runBox_->setCurrentIndex(runs.isEmpty() ? -1 : std::clamp(keep, 0, static_cast<int>(runs.size()) - 1));
    runBox_->blockSignals(false);
}

void ImaginationPanel::rebuildNights() {
    const auto runs = shownRuns();
    const int r = runBox_->currentIndex();
    const QVector<int> before = nights_;
    const int was = night();
    nights_ = r >= 0 && r < runs.size() ? model_.nights(runs[r]) : QVector<int>{};
    // Live, a new night moves the slider along when it stood on the last one.
    const bool atEnd = before.isEmpty() || was == before.back();
    int pick = nights_.isEmpty() ? 0 : static_cast<int>(nights_.size()) - 1;
    if (!atEnd && nights_.contains(was)) pick = static_cast<int>(nights_.indexOf(was));
    nightSlider_->blockSignals(true);
    nightSlider_->setRange(0, std::max(0, static_cast<int>(nights_.size()) - 1));
    nightSlider_->setValue(pick);
    nightSlider_->setEnabled(nights_.size() > 1);
    nightSlider_->blockSignals(false);
}

int ImaginationPanel::night() const {
    const int i = nightSlider_->value();
    return i >= 0 && i < nights_.size() ? nights_[i] : -1;
}

QVector<int> ImaginationPanel::nights() const { return nights_; }

void ImaginationPanel::setNight(int n) {
    const int i = static_cast<int>(nights_.indexOf(n));
    if (i >= 0) nightSlider_->setValue(i);
}

void ImaginationPanel::setLayerFilter(int layer) {
    layerBox_->setCurrentIndex(std::max(0, layerBox_->findData(layer)));
}

QVector<int> ImaginationPanel::layersOffered() const {
    QVector<int> out;
    for (int i = 0; i < layerBox_->count(); ++i) out.push_back(layerBox_->itemData(i).toInt());
    return out;
}

void ImaginationPanel::setPictureTile(int px) { pictureTile_->setValue(px); }

int ImaginationPanel::pictureTile() const { return pictureTile_->value(); }

QImage ImaginationPanel::picturesImage() const {
    const auto* im = current();
    return im ? ImaginationModel::picturesSheet(*im, pictureTile_->value(), sheetHeaders()) : QImage();
}

void ImaginationPanel::showPictures() {
    const auto* im = current();
    const QImage img = picturesImage();
    sheet_->setPixmap(img.isNull() ? QPixmap() : QPixmap::fromImage(img));
    sheet_->resize(img.isNull() ? QSize(1, 1) : img.size());
    sheetScroll_->setVisible(!img.isNull());
    // At least two classes' rows in view (all when fewer), whatever the splitter was given.
    if (!img.isNull())
        sheetScroll_->setMinimumHeight(std::min(img.height(), std::max(18, pictureTile_->value() / 3) +
                                                                  2 * (pictureTile_->value() + 4)) +
                                       sheetScroll_->horizontalScrollBar()->sizeHint().height() + 4);
    exportButton_->setEnabled(!img.isNull());
    // Without drawings anywhere (a run that kept none) the row steps aside for the maps and charts.
    const bool any = model_.hasPictures() && emptyText_.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(sheetNote_), static_cast<QWidget*>(pictureTileLabel_),
                       static_cast<QWidget*>(pictureTile_), static_cast<QWidget*>(exportButton_)})
        w->setVisible(any);
    if (!im)
        sheetNote_->clear();
    else if (img.isNull())
        sheetNote_->setText(tr("No drawings were kept at night %1: they are kept at the first and the last night "
                               "(Advanced ▸ Imaginations kept). Move the night slider.")
                                .arg(im->day));
    else
        sheetNote_->setText(tr("Night %1 at %2: real drawings, their reconstructions from the activations, and "
                               "imagined activations turned back into drawings, each beside the training drawings "
                               "whose activations are nearest (cosine similarity): a close match is a copy, a far "
                               "one a new instance.")
                                .arg(im->day)
                                .arg(Labels::replayPoint(im->layer)));
}

bool ImaginationPanel::exportPictures(const QString& file, QString* error) const {
    const QImage img = picturesImage();
    if (img.isNull()) {
        if (error) *error = tr("No drawings at this night to export");
        return false;
    }
    if (!img.save(file, "PNG")) {
        if (error) *error = tr("Cannot write %1").arg(file);
        return false;
    }
    return true;
}

void ImaginationPanel::exportPicturesInteractive() {
    const auto* im = current();
    const QString name = im ? QStringLiteral("imagination-drawings-night%1.png").arg(im->day)
                            : QStringLiteral("imagination-drawings.png");
    const QString file = QFileDialog::getSaveFileName(this, tr("Export drawings as PNG"),
                                                      QDir(exportFolder_).filePath(name), tr("PNG images (*.png)"));
    if (file.isEmpty()) return;
    QString error;
    if (!exportPictures(file, &error)) QMessageBox::warning(this, tr("Export"), error);
}

void ImaginationPanel::rebuildChoices() {
    const auto runs = shownRuns();
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
    const auto runs = shownRuns();
    const int r = runBox_->currentIndex();
    const replaylab::Imagination* im = current();
    nightLabel_->setText(night() >= 0 ? tr("&Night %1:").arg(night()) : tr("&Night:"));
    showPictures();
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
                               .arg(im->real.empty() || im->real.front().empty() ? 0 : im->real.front().front().width) +
                           (model_.hasPictures()
                                ? QString()
                                : QLatin1Char(' ') + tr("No drawings were kept: set Advanced ▸ Imaginations kept per "
                                                        "class above 0 to see imaginations as drawings.")));
        pca_->setRun(runs[r], cls, im->day);
        fidelity_->setRun(runs[r], im->day);
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
