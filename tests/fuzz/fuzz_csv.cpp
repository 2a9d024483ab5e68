// The CSV dialect (util/Csv): any bytes parse to records or an InputError naming the file;
// a parsed record written back with csvLine parses to the same fields.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "util/Csv.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<replaylab::CsvRecord> records;
    try {
        records = replaylab::parseCsv(text, "fuzz.csv");
    } catch (const replaylab::InputError&) {
        return 0;
    }
    for (std::size_t k = 0; k < records.size(); ++k) {
        (void)replaylab::isCutShort(records, k);
        // After a first line, so that a byte-order mark that starts a field is not the file's.
        const std::string text2 = "x\n" + replaylab::csvLine(records[k].fields) + "\n";
        const auto again = replaylab::parseCsv(text2, "again.csv");
        if (again.size() != 2 || again[1].fields != records[k].fields) std::abort();
        for (const auto& f : records[k].fields) {
            int i = 0;
            double d = 0;
            (void)replaylab::parseInt(f, i);
            (void)replaylab::parseDouble(f, d);
        }
    }
    return 0;
}
