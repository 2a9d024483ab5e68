#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine (packages, the Quick Draw data), builds, and runs the
# demo experiment: no replay against generative replay at pool5 and an extra day, on 6 class
# sets for 5 days. Arguments, when given, go to `replaylab-cli run` instead (e.g. --preset where).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-data.sh
scripts/build.sh
[ "$#" -gt 0 ] || set -- --preset demo
exec build/app/cli/replaylab-cli run "$@"
