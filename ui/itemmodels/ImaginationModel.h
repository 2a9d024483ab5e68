#pragma once
// What the networks imagined: every night's Imagination of every run (class set, condition,
// seed), live or read back from a run folder's imaginations/, with the helpers the
// imagination views need (a channel as an image, a night's drawings as one sheet). No widgets.
#include <map>

#include <QImage>
#include <QString>
#include <QVector>

#include "itemmodels/PolicyModel.h"
#include "sim/Events.h"

namespace replaylab::ui {

class ImaginationModel {
public:
    /// Keeps i as its run's night i.day (the same night again replaces it).
    void add(const replaylab::Imagination& i);
    void clear();
    int revision() const { return revision_; }
    bool isEmpty() const { return nights_.empty(); }

    QVector<PolicyRunKey> runs() const;
    /// The imagination of a run at a night (night < 0: its latest); nullptr when none.
    const replaylab::Imagination* get(const PolicyRunKey& run, int night = -1) const;
    /// The nights a run has imaginations of, in order.
    QVector<int> nights(const PolicyRunKey& run) const;
    /// Whether some night of some run kept drawings (imagination.keep > 0).
    bool hasPictures() const;

    /// A night's drawings as one sheet, one row per class (onlyClass >= 0: that class alone),
    /// tiles `tile` pixels a side: the real drawings, their reconstructions, then each imagined
    /// reconstruction followed by its nearest training drawings. headers: the class column's
    /// and the three groups' titles (translated by the caller). Pixels are scaled by nearest
    /// neighbour, so equal pictures give equal sheets. A null image when the night kept none.
    static QImage picturesSheet(const replaylab::Imagination& im, int tile, const QStringList& headers,
                                int onlyClass = -1);
    /// A picture as a QImage (a copy; grey or RGB).
    static QImage pictureImage(const replaylab::Picture& p);

    /// One channel of one map as an 8-bit grey image (a copy; empty when out of range).
    static QImage channelImage(const replaylab::ActivationMaps& maps, int channel);

    /// Fidelity per class and the PCA points of every imagination, as CSV.
    QString fidelityCsv() const;
    QString pcaCsv() const;

private:
    std::map<PolicyRunKey, std::map<int, replaylab::Imagination>> nights_;
    int revision_ = 0;
};

}  // namespace replaylab::ui
