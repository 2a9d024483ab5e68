#!/usr/bin/env bash
# Takes docs/screenshot.png: the desktop app under a virtual X server (xvfb-run) with the
# default preset's run started, captured after a few seconds.
#   scripts/screenshot.sh [out.png]     BUILD=build-gui AFTER=15 to change the build folder
#                                       or the seconds before the capture
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
AFTER=${AFTER:-15}
OUT=${1:-docs/screenshot.png}
APP="$BUILD/app/gui/replaylab"
if [ ! -x "$APP" ]; then
  echo "screenshot: $APP is missing; build it first (cmake --build $BUILD --target replaylab)" >&2
  exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshot: xvfb-run is missing (scripts/install-deps.sh)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$(dirname "$OUT")"
# Settings and the run folder of this capture stay in a temporary folder; English for docs.
XDG_CONFIG_HOME="$tmp/config" LANGUAGE=en LC_ALL=C.UTF-8 \
  xvfb-run -a -s "-screen 0 1600x1000x24" \
  "$APP" --no-restore --lang en --preset default --out "$tmp/run" --autostart \
         --screenshot "$OUT" --after "$AFTER"
echo "screenshot: wrote $OUT"
