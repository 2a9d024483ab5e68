#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, the Quick Draw data), builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-data.sh
scripts/build.sh
export REPLAYLAB_REQUIRE_DATA=1 REPLAYLAB_REQUIRE_LOCALE=1
cd build && ctest --output-on-failure -j"$(nproc)"
