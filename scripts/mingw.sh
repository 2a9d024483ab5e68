#!/usr/bin/env bash
# Cross-compiles the tools of core/util (the files that need neither LibTorch nor Qt nor
# OpenCV: CSV, files, the folder lock, paths, text, ...) for 64-bit Windows with Debian's
# MinGW-w64 into build-mingw/, with their _WIN32 branches, and runs their test
# (tests/mingw/tst_util_portable.cpp) under Wine. Installs the compiler and Wine when they
# are missing (apt-get, as root or with sudo).
#   scripts/mingw.sh            build and run the test under Wine
#   scripts/mingw.sh --no-wine  build only (no Wine installed, nothing run)
set -euo pipefail
cd "$(dirname "$0")/.."
run_wine=1
[ "${1:-}" = "--no-wine" ] && run_wine=0

pkgs=(cmake ninja-build g++-mingw-w64-x86-64-posix)
[ $run_wine -eq 1 ] && pkgs+=(wine64)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO=sudo
  echo "mingw: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

build=build-mingw
cmake -S tests/mingw -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_TOOLCHAIN_FILE="$PWD/tests/mingw/toolchain-mingw64.cmake" >/dev/null
cmake --build "$build"
[ $run_wine -eq 1 ] || { echo "mingw: built $build/tst_util_portable.exe (not run)"; exit 0; }

# A Wine prefix of our own inside the build folder; no Mono or Gecko prompts, no debug noise.
wine=/usr/lib/wine/wine64
[ -x "$wine" ] || wine=$(command -v wine64 || command -v wine)
export WINEPREFIX="$PWD/$build/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
# Creating the prefix prints that 32-bit programs are missing (Debian's wine64 has none):
# this test needs none, so its first start is kept quiet.
[ -d "$WINEPREFIX" ] || "$wine" wineboot --init >/dev/null 2>&1 || true
status=0
ctest --test-dir "$build" --output-on-failure || status=$?
# Stop this prefix's wineserver rather than leave it waiting.
wineserver=/usr/lib/wine/wineserver64
[ -x "$wineserver" ] || wineserver=$(command -v wineserver || true)
[ -z "$wineserver" ] || "$wineserver" -k 2>/dev/null || true
exit $status
