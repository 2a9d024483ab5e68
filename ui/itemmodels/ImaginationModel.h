#pragma once
// What the networks imagined: the latest Imagination of every run (class set, condition,
// seed), with the helpers the imagination views need. No widgets.
#include <map>

#include <QImage>
#include <QString>
#include <QVector>

#include "itemmodels/PolicyModel.h"
#include "sim/Events.h"

namespace replaylab::ui {

class ImaginationModel {
public:
    /// Keeps i as the latest of its run (earlier nights are replaced).
    void add(const replaylab::Imagination& i);
    void clear();
    int revision() const { return revision_; }
    bool isEmpty() const { return latest_.empty(); }

    QVector<PolicyRunKey> runs() const;
    /// The latest imagination of a run; nullptr when none.
    const replaylab::Imagination* get(const PolicyRunKey& run) const;

    /// One channel of one map as an 8-bit grey image (a copy; empty when out of range).
    static QImage channelImage(const replaylab::ActivationMaps& maps, int channel);

    /// Fidelity per class and the PCA points of every imagination, as CSV.
    QString fidelityCsv() const;
    QString pcaCsv() const;

private:
    std::map<PolicyRunKey, replaylab::Imagination> latest_;
    int revision_ = 0;
};

}  // namespace replaylab::ui
