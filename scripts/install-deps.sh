#!/usr/bin/env bash
# Installs the Debian 12 packages Replay Lab builds and runs with (only those missing).
#   install-deps.sh             everything: building, running, the tests, the sanitizer and
#                               fuzz builds, the package (scripts/test.sh, CI)
#   install-deps.sh --run-only  what building and running the app and the CLI need
#                               (scripts/run-default.sh)
set -euo pipefail
mode=all
case "${1:-}" in
  "") ;;
  --run-only) mode=run ;;
  -h|--help) sed -n '2,6s/^# \{0,1\}//p' "$0"; exit 0 ;;
  *) echo "install-deps: unknown option $1 (--run-only or none)" >&2; exit 1 ;;
esac
# libboost-math-dev: Student's t quantiles (header-only) for the paired t-tests in core/stats.
# qt6-svg-dev: charts exported as SVG (QSvgGenerator).
# qt6-tools-dev, qt6-l10n-tools: the translations (Qt6LinguistTools, lrelease).
# libqt6opengl6-dev: Qt6Charts' CMake package needs Qt6OpenGL's, which qt6-charts-dev does not pull in.
pkgs=(cmake ninja-build g++ pkg-config libtorch-dev libopenblas0-pthread libopencv-dev
      libeigen3-dev libboost-math-dev nlohmann-json3-dev libcli11-dev zlib1g-dev qt6-base-dev qt6-charts-dev qt6-svg-dev libqt6opengl6-dev
      qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev)
# Only for the tests, the benchmarks, the sanitizer and fuzz builds and the package:
# xvfb xauth: the app's tests and scripts/screenshot.sh. python3-torch python3-torchvision
# python3-numpy: the VGG-16 import tests. locales: the tests under a German locale.
# time: /usr/bin/time -v, for bench/speed.sh (peak memory).
# slurmctld slurmd slurm-client munge: the one-node Slurm of scripts/local-slurm.sh (tests/slurm).
# help2man: the man pages of a package build; appstream: appstreamcli validates the metainfo;
# dpkg-dev: dpkg-shlibdeps for the package's Depends; lintian: checks the .deb (package.sh).
# clang-14 libfuzzer-14-dev: the fuzz harnesses of tests/fuzz (REPLAYLAB_FUZZ, scripts/fuzz.sh).
if [ "$mode" = all ]; then
  pkgs+=(xvfb xauth python3-torch python3-torchvision python3-numpy dpkg-dev locales time
         slurmctld slurmd slurm-client munge help2man appstream lintian
         clang-14 libfuzzer-14-dev)
fi
command -v npm >/dev/null 2>&1 || pkgs+=(npm)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
else
  echo "install-deps: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
# A German locale (decimal comma) for the tests that read and write run files under it.
if [ "$mode" = all ] && ! locale -a 2>/dev/null | grep -qi '^de_DE\.utf-\?8$'; then
  echo "install-deps: making the locale de_DE.UTF-8"
  $SUDO localedef -i de_DE -f UTF-8 de_DE.UTF-8
fi
