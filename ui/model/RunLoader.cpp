#include "model/RunLoader.h"

#include <QDir>
#include <QFileInfo>

#include "util/Error.h"

namespace rlui {

void loadRunDirectory(const QString& dir, ResultsModel& results, PolicyModel& policy) {
    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics.csv"));
    if (!QFileInfo::exists(metrics))
        throw rl::InputError(dir.toStdString() + ": not a run folder (no metrics.csv)");
    ResultsModel r;
    r.addRows(rl::readMetricsCsv(metrics.toStdString()));
    PolicyModel p;
    const QString rl = QDir(dir).filePath(QStringLiteral("rl.csv"));
    if (QFileInfo::exists(rl)) readRlCsv(rl, r, p);
    results = r;
    policy = p;
}

}  // namespace rlui
