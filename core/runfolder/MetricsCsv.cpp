#include "runfolder/MetricsCsv.h"

#include "util/Csv.h"
#include "util/Error.h"

namespace replaylab {

const char* const kMetricsHeader = "class_set,condition,seed,day,phase,split,class,accuracy,loss";

namespace {
constexpr std::size_t kMetricsFields = 9;
}

std::vector<MetricRow> toMetricRows(const Evaluation& e) {
    std::vector<MetricRow> rows;
    MetricRow r;
    r.classSet = e.classSet;
    r.condition = e.condition;
    r.seed = e.seed;
    r.day = e.day;
    r.phase = e.phase;
    r.split = e.split;
    r.cls = "all";
    r.accuracy = e.accuracy;
    r.loss = e.loss;
    rows.push_back(r);
    for (std::size_t k = 0; k < e.classNames.size(); ++k) {
        r.cls = e.classNames[k];
        r.accuracy = k < e.classAccuracy.size() ? e.classAccuracy[k] : 0.0;
        r.loss = k < e.classLoss.size() ? e.classLoss[k] : 0.0;
        rows.push_back(r);
    }
    return rows;
}

std::string toCsvLines(const std::vector<MetricRow>& rows) {
    std::string out;
    for (const auto& r : rows) {
        out += csvField(r.classSet) + ',' + csvField(r.condition) + ',' + std::to_string(r.seed) +
               ',' + std::to_string(r.day) + ',' + csvField(toString(r.phase)) + ',' + csvField(r.split) +
               ',' + csvField(r.cls) + ',' + formatNumber(r.accuracy) + ',' +
               formatNumber(r.loss) + '\n';
    }
    return out;
}

std::vector<MetricRow> readMetricsCsv(const std::filesystem::path& file) {
    const auto records = readCsvFile(file);
    if (records.empty())
        throw InputError(file.string() + ": empty file, expected the header '" +
                         kMetricsHeader + "'");

    auto join = [](const std::vector<std::string>& v) {
        std::string s;
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? "," : "") + v[i];
        return s;
    };
    if (const std::string header = join(records[0].fields); header != kMetricsHeader)
        throw InputError(file.string() + ":" + std::to_string(records[0].line) +
                         ": expected the header '" + kMetricsHeader + "', got '" + header + "'");

    std::vector<MetricRow> rows;
    rows.reserve(records.size() - 1);
    for (std::size_t k = 1; k < records.size(); ++k) {
        const auto& rec = records[k];
        try {
            const std::string where = file.string() + ":" + std::to_string(rec.line) + ": ";
            if (rec.fields.size() != kMetricsFields)
                throw InputError(where + "expected " + std::to_string(kMetricsFields) +
                                 " fields, got " + std::to_string(rec.fields.size()));
            const auto& f = rec.fields;
            MetricRow r;
            r.classSet = f[0];
            r.condition = f[1];
            if (!phaseFromString(f[4], r.phase) || r.phase == Phase::Evaluate || r.phase == Phase::Load)
                throw InputError(where + "bad phase '" + f[4] + "' (expected day, night or best)");
            r.split = f[5];
            r.cls = f[6];
            if (!parseInt(f[2], r.seed)) throw InputError(where + "bad number '" + f[2] + "'");
            if (!parseInt(f[3], r.day)) throw InputError(where + "bad number '" + f[3] + "'");
            if (!parseDouble(f[7], r.accuracy)) throw InputError(where + "bad number '" + f[7] + "'");
            if (!parseDouble(f[8], r.loss)) throw InputError(where + "bad number '" + f[8] + "'");
            rows.push_back(std::move(r));
        } catch (const InputError&) {
            if (isCutShort(records, k)) break;
            throw;
        }
    }
    return rows;
}

}  // namespace replaylab
