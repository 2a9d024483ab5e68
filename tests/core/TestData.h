#pragma once
// Where tests find the embedded Quick Draw data. Tests that need it skip when it is absent,
// unless REPLAYLAB_REQUIRE_DATA=1 (as in CI), where its absence is a failure.
#include <QtTest/QtTest>

#include "util/Paths.h"

#define REQUIRE_QUICKDRAW()                                                                   \
    do {                                                                                      \
        const auto dir_ = replaylab::quickDrawDir(replaylab::dataDir());                                    \
        if (!std::filesystem::exists(dir_ / ".complete") &&                                   \
            !std::filesystem::exists(dir_ / "apple.ndjson.gz")) {                             \
            if (qEnvironmentVariable("REPLAYLAB_REQUIRE_DATA") == "1")                        \
                QFAIL(qPrintable("Quick Draw data missing in " + QString::fromStdString(dir_.string()))); \
            QSKIP("Quick Draw data not installed (run scripts/fetch-data.sh)");                \
        }                                                                                     \
    } while (0)
