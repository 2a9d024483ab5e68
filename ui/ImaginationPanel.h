#pragma once
// What the network imagined at night, beside what it really saw: per class, the real drawings,
// their reconstructions from the activations at the replay point, the imagined activations
// turned back into drawings and the training drawings nearest to each (one sheet, scalable
// tiles); activation maps of a chosen class and channel; the PCA plane of real vs imagined
// activations and the fidelity per class. A replay point filter, a run and a night slider
// choose what is shown; live during a run and rebuilt from a run folder's imaginations/.
#include <QVector>
#include <QWidget>

#include "itemmodels/ImaginationModel.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSlider;
class QSpinBox;
QT_END_NAMESPACE

namespace replaylab::ui {

class PcaChart;
class FidelityChart;

class ImaginationPanel : public QWidget {
    Q_OBJECT
public:
    explicit ImaginationPanel(const ImaginationModel& model, QWidget* parent = nullptr);
    void refresh();
    PcaChart* pcaChart() const { return pca_; }
    FidelityChart* fidelityChart() const { return fidelity_; }
    /// Tiles shown now (real and imagined examples of the chosen class).
    int realTiles() const;
    int imaginedTiles() const;
    /// Picks what to show (for tests and the command line).
    void select(int run, int cls, int channel);
    /// Shows this night of the run (one of its nights; the slider moves there).
    void setNight(int night);
    /// The night shown (-1: none).
    int night() const;
    /// The nights the slider offers for the run shown.
    QVector<int> nights() const;
    /// Restricts the runs offered to one replay point (1..5; 0: all).
    void setLayerFilter(int layer);
    /// The layers the filter offers (0 first: all).
    QVector<int> layersOffered() const;
    /// Side of a drawing tile in pixels (the tile-size box; 16..256).
    void setPictureTile(int px);
    int pictureTile() const;
    /// The maps grid as an image, for "Export all".
    QImage mapsImage() const;
    /// The drawings of the night shown, every class, as one sheet (null when it kept none).
    QImage picturesImage() const;
    /// Writes picturesImage() as PNG; false with *error set when there is none or it fails.
    bool exportPictures(const QString& file, QString* error) const;
    /// Shown instead of the maps and charts while there is nothing to show (empty: show them).
    void setEmptyMessage(const QString& text);
    QString emptyMessage() const { return emptyText_; }
    /// Where "Export drawings…" proposes to save (the run folder's figures/).
    void setExportFolder(const QString& folder) { exportFolder_ = folder; }
    /// Large tiles (presentation mode).
    void setLarge(bool large);
    /// Side of one map tile in pixels.
    int tileSize() const { return tile_; }

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslateUi();
    void rebuildChoices();
    void rebuildRuns();
    void rebuildNights();
    void showMaps();
    void showPictures();
    void exportPicturesInteractive();
    /// The runs the run box lists (the replay point filter applied), in its order.
    QVector<PolicyRunKey> shownRuns() const;
    const replaylab::Imagination* current() const;
    QStringList sheetHeaders() const;
    const ImaginationModel& model_;
    QComboBox* layerBox_ = nullptr;
    QLabel* layerLabel_ = nullptr;
    QSlider* nightSlider_ = nullptr;
    QLabel* nightLabel_ = nullptr;
    QSpinBox* pictureTile_ = nullptr;
    QLabel* pictureTileLabel_ = nullptr;
    QPushButton* exportButton_ = nullptr;
    QScrollArea* sheetScroll_ = nullptr;
    QLabel* sheet_ = nullptr;
    QLabel* sheetNote_ = nullptr;
    QVector<int> nights_;
    QComboBox* runBox_ = nullptr;
    QComboBox* classBox_ = nullptr;
    QSpinBox* channel_ = nullptr;
    QLabel* runLabel_ = nullptr;
    QLabel* classLabel_ = nullptr;
    QLabel* channelLabel_ = nullptr;
    QLabel* realLabel_ = nullptr;
    QLabel* imaginedLabel_ = nullptr;
    QLabel* info_ = nullptr;
    QLabel* emptyLabel_ = nullptr;  // in place of everything while there is nothing to show
    QWidget* maps_ = nullptr;
    QGridLayout* grid_ = nullptr;
    QWidget* charts_ = nullptr;
    QWidget* body_ = nullptr;     // the drawings above, the maps and charts below
    QString exportFolder_;
    QString emptyText_;
    int tile_ = 60;
    QVector<QLabel*> realTiles_, imaginedTiles_;
    PcaChart* pca_ = nullptr;
    FidelityChart* fidelity_ = nullptr;
    int drawn_ = -1;
};

}  // namespace replaylab::ui
