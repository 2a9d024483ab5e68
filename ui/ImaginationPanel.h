#pragma once
// What the network imagined at night, beside what it really saw: activation maps of a chosen
// class and channel at the replay point (grids of images, not charts), the PCA plane of
// real vs imagined activations, and the fidelity per class.
#include <QVector>
#include <QWidget>

#include "itemmodels/ImaginationModel.h"

QT_BEGIN_NAMESPACE
class QComboBox;
class QGridLayout;
class QLabel;
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
    /// The maps grid as an image, for "Export all".
    QImage mapsImage() const;
    /// Shown instead of the maps and charts while there is nothing to show (empty: show them).
    void setEmptyMessage(const QString& text);
    QString emptyMessage() const { return emptyText_; }
    /// Large tiles (presentation mode).
    void setLarge(bool large);
    /// Side of one map tile in pixels.
    int tileSize() const { return tile_; }

protected:
    void changeEvent(QEvent* e) override;

private:
    void retranslateUi();
    void rebuildChoices();
    void showMaps();
    const ImaginationModel& model_;
    QComboBox* runBox_ = nullptr;
    QComboBox* classBox_ = nullptr;
    QSpinBox* channel_ = nullptr;
    QLabel* runLabel_ = nullptr;
    QLabel* classLabel_ = nullptr;
    QLabel* channelLabel_ = nullptr;
    QLabel* realLabel_ = nullptr;
    QLabel* imaginedLabel_ = nullptr;
    QLabel* info_ = nullptr;
    QWidget* maps_ = nullptr;
    QGridLayout* grid_ = nullptr;
    QWidget* charts_ = nullptr;
    QString emptyText_;
    int tile_ = 72;
    QVector<QLabel*> realTiles_, imaginedTiles_;
    PcaChart* pca_ = nullptr;
    FidelityChart* fidelity_ = nullptr;
    int drawn_ = -1;
};

}  // namespace replaylab::ui
