#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (the packages running needs, the Quick Draw data), builds
# the app and the CLI (no tests, no benchmarks), and runs the demo experiment: no replay
# against generative replay at pool5 and an extra day, on 6 class sets for 5 days. Arguments,
# when given, go to `replaylab-cli run` instead (e.g. --preset where).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --run-only
scripts/fetch-data.sh
scripts/build.sh -DREPLAYLAB_BUILD_TESTS=OFF -DREPLAYLAB_BUILD_BENCH=OFF
[ "$#" -gt 0 ] || set -- --preset demo
exec build/app/cli/replaylab-cli run "$@"
