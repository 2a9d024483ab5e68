// metrics.csv (runfolder/MetricsCsv): any bytes read to rows or an InputError.
#include "FuzzFile.h"
#include "runfolder/MetricsCsv.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        (void)replaylab::readMetricsCsv(fuzzFile(data, size, "metrics.csv"));
    } catch (const replaylab::InputError&) {
    }
    return 0;
}
