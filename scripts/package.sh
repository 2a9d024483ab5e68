#!/usr/bin/env bash
# Builds the Debian package (and a .tar.gz) into build-package/, then checks it: unpacks it
# into a temporary root and runs the installed programs from there, away from the source
# tree (a package build reads resources only from <prefix>/share/replaylab).
#   scripts/package.sh            -> build-package/replaylab_<version>_<arch>.deb
# Needs what scripts/install-deps.sh installs (dpkg-dev for dpkg-shlibdeps, help2man,
# appstream, lintian).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build-package -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr \
  -DREPLAYLAB_PACKAGE=ON -DREPLAYLAB_BUILD_TESTS=OFF -DREPLAYLAB_BUILD_BENCH=OFF >/dev/null
cmake --build build-package -j"$(nproc)"
(cd build-package && cpack -G "DEB;TGZ" >/dev/null)
deb=$(ls build-package/replaylab_*.deb)
echo "package: $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Architecture\|Depends\|Recommends\|Installed-Size\):/\1:/p'

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
for f in usr/bin/replaylab usr/bin/replaylab-cli usr/bin/replaylab-fetch-data \
         usr/share/replaylab/backbones/quickdraw-mini.pt usr/share/replaylab/class_sets/quickdraw.json \
         usr/share/applications/org.replaylab.ReplayLab.desktop \
         usr/share/metainfo/org.replaylab.ReplayLab.metainfo.xml \
         usr/share/man/man1/replaylab.1.gz usr/share/man/man1/replaylab-cli.1.gz \
         usr/share/man/man1/replaylab-fetch-data.1.gz usr/share/doc/replaylab/changelog.gz \
         usr/share/doc/replaylab/LICENSE usr/share/doc/replaylab/copyright usr/share/doc/replaylab/CITATION.cff; do
  [ -e "$root/$f" ] || { echo "package check: $f missing" >&2; exit 1; }
done
if grep -q "$(pwd)/resources" "$root/usr/bin/replaylab-cli"; then
  echo "package check: replaylab-cli still names the source tree's resources" >&2
  exit 1
fi
# appstream and lintian are installed by install-deps.sh, so these checks always run.
appstreamcli validate --no-net "$root/usr/share/metainfo/org.replaylab.ReplayLab.metainfo.xml"
# Its screenshots, left out unless a build names their web folder (REPLAYLAB_SCREENSHOT_URL;
# packaging/README.md), checked with a stand-in folder so that they stay valid.
mkdir "$root/shots"
sed 's#@REPLAYLAB_SCREENSHOT_URL@#https://screenshots.invalid/docs#' \
  packaging/linux/org.replaylab.ReplayLab.metainfo.xml.in >"$root/shots/org.replaylab.ReplayLab.metainfo.xml"
grep -q '<screenshots>' "$root/shots/org.replaylab.ReplayLab.metainfo.xml"
appstreamcli validate --no-net "$root/shots/org.replaylab.ReplayLab.metainfo.xml"
# Debian's package checker: an error (E:) fails the script; a warning (W:) is printed, and
# packaging/README.md lists each one kept with its reason (none at present).
lint=$(lintian --fail-on error --tag-display-limit 0 "$deb" 2>&1) ||
  { echo "$lint" >&2; echo "package check: lintian reports errors (E:)" >&2; exit 1; }
echo "$lint" | grep -v '^running with root privileges' || true
zcat "$root/usr/share/man/man1/replaylab-cli.1.gz" | grep -q '^resume$' ||
  { echo "package check: the man page of replaylab-cli lacks its subcommands" >&2; exit 1; }
# The desktop app answers --help and --version without a display.
env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM= "$root/usr/bin/replaylab" --version
"$root/usr/bin/replaylab-cli" --version
"$root/usr/bin/replaylab-cli" presets >/dev/null
# One day on one class set from the unpacked package (needs the Quick Draw data).
"$root/usr/bin/replaylab-cli" run --class-sets 1 --days 1 --train-per-class 20 --threads 2 \
  --out "$root/run" | tail -n 4
test -s "$root/run/metrics.csv"
echo "package check: passed"
