#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, the Quick Draw data), builds, runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-data.sh
# ON explicitly: the options stay in build/'s cache, and scripts/run-default.sh turns them off.
scripts/build.sh -DREPLAYLAB_BUILD_TESTS=ON -DREPLAYLAB_BUILD_BENCH=ON
export REPLAYLAB_REQUIRE_DATA=1 REPLAYLAB_REQUIRE_LOCALE=1
# As root (CI) the local Slurm can run, so its test must run rather than skip.
if [ "$(id -u)" -eq 0 ]; then export REPLAYLAB_REQUIRE_SLURM=1; fi
cd build && ctest --output-on-failure --no-tests=error -j"$(nproc)"
