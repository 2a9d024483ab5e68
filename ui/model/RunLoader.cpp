#include "model/RunLoader.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>

#include "util/Error.h"

namespace rlui {

void loadRunDirectory(const QString& dir, ResultsModel& results, PolicyModel& policy,
                      const std::vector<rl::SimulationKey>* only) {
    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics.csv"));
    if (!QFileInfo::exists(metrics))
        throw rl::InputError(dir.toStdString() + ": not a run folder (no metrics.csv)");
    ResultsModel r;
    auto rows = rl::readMetricsCsv(metrics.toStdString());
    if (only) {
        rows.erase(std::remove_if(rows.begin(), rows.end(),
                                  [&](const rl::MetricRow& m) {
                                      const rl::SimulationKey k{m.classSet, m.condition, m.seed};
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

}  // namespace rlui
