#!/usr/bin/env bash
# Takes the README's pictures from the real app under a virtual X server (xvfb-run):
#   docs/screenshot.png               the demo run to its end, shown on the Difference tab
#   docs/screenshot-presentation.png  the same run folder reopened in presentation mode
#   docs/screenshot-imaginations.png  real drawings beside imagined ones: class set 1, no
#                                     replay and generative replay at pool2, 3 kept per class,
#                                     run to its end, reopened on the Imaginations tab
#   docs/screenshot-explore.png       a sweep of training images per class (CLI), opened in
#                                     the Explore tab
#
#   scripts/screenshot.sh [out-folder]   BUILD=build-gui to change the build folder,
#                                        PRESET=default, TAB=0 (Accuracy) .. 4 (Imaginations),
#                                        AFTER=20 (seconds, mid-run) instead of the finished run
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build}
PRESET=${PRESET:-demo}
TAB=${TAB:-1}
AFTER=${AFTER:-finished}
OUT=${1:-docs}
APP="$BUILD/app/gui/replaylab"
CLI="$BUILD/app/cli/replaylab-cli"
if [ ! -x "$APP" ]; then
  echo "screenshot: $APP is missing; build it first (cmake --build $BUILD --target replaylab)" >&2
  exit 2
fi
[ -x "$CLI" ] || { echo "screenshot: $CLI is missing; build it first (cmake --build $BUILD --target replaylab-cli)" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshot: xvfb-run is missing (scripts/install-deps.sh)" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$OUT"
# Settings and the run folder of the capture stay in a temporary folder; English for docs.
app() {
  XDG_CONFIG_HOME="$tmp/config" LANGUAGE=en LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$APP" --no-restore --lang en "$@"
}
app --preset "$PRESET" --out "$tmp/run" --autostart --tab "$TAB" \
    --screenshot "$OUT/screenshot.png" --after "$AFTER"
echo "screenshot: wrote $OUT/screenshot.png"
app --open "$tmp/run" --presentation --tab "$TAB" \
    --screenshot "$OUT/screenshot-presentation.png" --after 3
echo "screenshot: wrote $OUT/screenshot-presentation.png"
"$CLI" run --preset demo --class-sets 1 --conditions none,generative-pool2 --keep-imaginations 3 \
    --print-config > "$tmp/imaginations.json"
app --config "$tmp/imaginations.json" --out "$tmp/imaginations" --autostart --tab 4 \
    --screenshot "$tmp/live.png" --after finished
app --open "$tmp/imaginations" --tab 4 --screenshot "$OUT/screenshot-imaginations.png" --after 3
echo "screenshot: wrote $OUT/screenshot-imaginations.png"
# The Explore tab on a sweep made by the CLI (about 2 minutes on 2 cores).
"$CLI" sweep --vary data.train_per_class=10,20,40,70 --class-sets 1-10 --days 10 \
    --conditions none,generative-pool5 --out "$tmp/sweep" >/dev/null
app --open "$tmp/sweep" --screenshot "$OUT/screenshot-explore.png" --after 3
echo "screenshot: wrote $OUT/screenshot-explore.png"
