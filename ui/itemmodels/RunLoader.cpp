#include "itemmodels/RunLoader.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>

#include "util/Error.h"

namespace replaylab::ui {

void loadRunDirectory(const QString& dir, ResultsModel& results, PolicyModel& policy,
                      const std::vector<replaylab::SimulationKey>* only) {
    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics.csv"));
    if (!QFileInfo::exists(metrics))
        throw replaylab::InputError(dir.toStdString() + ": not a run folder (no metrics.csv)");
    ResultsModel r;
    auto rows = replaylab::readMetricsCsv(metrics.toStdString());
    if (only) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const replaylab::MetricRow& m) {
                                      const replaylab::SimulationKey k{m.classSet, m.condition, m.seed};
                                      return std::find(only->begin(), only->end(), k) == only->end();
                                  }),
                   rows.end());
    }
    r.addRows(rows);
    PolicyModel p;
    const QString rl = QDir(dir).filePath(QStringLiteral("rl.csv"));
    if (QFileInfo::exists(rl)) readRlCsv(rl, r, p, only);
    results = r;
    policy = p;
}

}  // namespace replaylab::ui
