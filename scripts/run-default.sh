#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, the Quick Draw data), builds, and runs the
# default experiment: the paper's no-replay baseline on 2 class sets for 3 days.
# Extra arguments go to `replaylab-cli run` (e.g. --preset where).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-data.sh
scripts/build.sh
exec build/app/cli/replaylab-cli run "$@"
