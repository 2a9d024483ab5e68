#!/usr/bin/env bash
# Speed of Replay Lab against a plain-PyTorch reference doing the same experiment
# (bench/reference/README.md). Prints figures, asserts nothing; never part of the build.
#   bench/speed.sh [--sets 1-3] [--days 10] [--runs 3] [--conditions none,generative-pool5]
#                  [--cli build/app/cli/replaylab-cli] [--threads 0] [--reference-arg ARG]
#   bench/speed.sh --preset where [--runs 3] [--cli PATH]   # Replay Lab only: wall, peak RSS
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -x /usr/bin/time ]; then
  echo "speed.sh: /usr/bin/time is missing (apt-get install -y time)" >&2
  exit 1
fi
py=python3
command -v "$py" >/dev/null 2>&1 || py=/usr/bin/python3
exec "$py" "$here/reference/speed.py" "$@"
