#include "runfolder/RlCsv.h"

#include <algorithm>

#include "util/Csv.h"
#include "util/Error.h"

namespace replaylab {

std::string rlCsvHeader(std::size_t classes) {
    std::string h = "class_set,condition,seed,night,step,class,reward,chi2";
    for (std::size_t k = 1; k <= classes; ++k) h += ",p_" + std::to_string(k);
    return h;
}

std::string rlCsvLine(const PolicyStep& s) {
    std::string l = csvField(s.classSet) + "," + csvField(s.condition) + "," + std::to_string(s.seed) +
                    "," + std::to_string(s.night) + "," + std::to_string(s.step) + "," +
                    csvField(s.chosenName) + "," + formatNumber(s.reward) + "," + formatNumber(s.chi2);
    for (double p : s.probabilities) l += "," + formatNumber(p);
    return l + "\n";
}

std::vector<RlRow> readRlCsv(const std::filesystem::path& file) {
    const auto records = readCsvFile(file);
    const std::vector<std::string> want{"class_set", "condition", "seed", "night", "step", "class", "reward", "chi2"};
    if (records.empty() || records[0].fields.size() < want.size() ||
        !std::equal(want.begin(), want.end(), records[0].fields.begin()))
        throw InputError(file.string() + ": not an rl.csv (unexpected header)");
    const auto& header = records[0].fields;
    std::vector<RlRow> rows;
    for (std::size_t k = 1; k < records.size(); ++k) {
        const auto& f = records[k].fields;
        const std::string where = file.string() + ":" + std::to_string(records[k].line) + ": ";
        try {
            if (f.size() < want.size()) throw InputError(where + "expected at least 8 fields");
            auto bad = [&](std::size_t i) {
                const std::string name = i < header.size() ? header[i] : "field " + std::to_string(i + 1);
                return InputError(where + "bad number '" + f[i] + "' in " + name);
            };
            RlRow r;
            r.classSet = f[0];
            r.condition = f[1];
            r.cls = f[5];
            if (!parseInt(f[2], r.seed)) throw bad(2);
            if (!parseInt(f[3], r.night)) throw bad(3);
            if (!parseInt(f[4], r.step)) throw bad(4);
            if (!parseDouble(f[6], r.reward)) throw bad(6);
            if (!parseDouble(f[7], r.chi2)) throw bad(7);
            for (std::size_t i = 8; i < f.size() && !f[i].empty(); ++i) {  // narrower sets leave blanks
                double p = 0;
                if (!parseDouble(f[i], p)) throw bad(i);
                r.probabilities.push_back(p);
            }
            rows.push_back(std::move(r));
        } catch (const InputError&) {
            if (isCutShort(records, k)) break;  // a kill in the middle of a write
            throw;
        }
    }
    return rows;
}

}  // namespace replaylab
