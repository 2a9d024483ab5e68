// rl.csv (runfolder/RlCsv): any bytes read to rows or an InputError.
#include "FuzzFile.h"
#include "runfolder/RlCsv.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    try {
        (void)replaylab::readRlCsv(fuzzFile(data, size, "rl.csv"));
    } catch (const replaylab::InputError&) {
    }
    return 0;
}
