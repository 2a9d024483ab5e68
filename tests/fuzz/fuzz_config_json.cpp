// A config file (config/ConfigJson): any bytes read to a config or an InputError; a config
// that reads is validated, and written and read back to the same JSON.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "config/ConfigJson.h"
#include "util/Error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    replaylab::ExperimentConfig cfg;
    try {
        cfg = replaylab::configFromJson(text, "fuzz.json");
    } catch (const replaylab::InputError&) {
        return 0;
    }
    (void)replaylab::validateConfig(cfg);
    const std::string json = replaylab::configToJson(cfg);
    if (replaylab::configToJson(replaylab::configFromJson(json, "again.json")) != json) std::abort();
    return 0;
}
