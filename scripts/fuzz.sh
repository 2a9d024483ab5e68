#!/usr/bin/env bash
# Longer fuzzing by hand: builds the libFuzzer harnesses of tests/fuzz with clang-14 into
# build-fuzz/ and runs each for SECONDS (default 300) from a copy of its seed corpus under
# build-fuzz/corpus/<harness>/ (new inputs gather there, the repository's corpus is left
# alone). Crashes land in build-fuzz/crashes/<harness>/; each one found is a bug to fix, and
# its input goes into tests/fuzz/corpus/<harness>/ as a regression case.
#   scripts/fuzz.sh [SECONDS] [harness ...]     harnesses: csv metrics_csv rl_csv config_json
#                                               quickdraw image weights
#   scripts/fuzz.sh ctest                       CI: build them all and run the fuzz CTests
#                                               (a bounded number of runs each, from the corpus)
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-300}
if [ "$mode" = ctest ]; then set -- 0; fi
seconds=${1:-300}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(csv metrics_csv rl_csv config_json quickdraw image weights)
cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=clang-14 \
  -DCMAKE_CXX_COMPILER=clang++-14 -DREPLAYLAB_FUZZ=ON -DREPLAYLAB_BUILD_GUI=OFF \
  -DREPLAYLAB_BUILD_BENCH=OFF -DREPLAYLAB_BUILD_TESTS=OFF >/dev/null
cmake --build build-fuzz --target "${harnesses[@]/#/fuzz_}"
if [ "$mode" = ctest ]; then
  exec ctest --test-dir build-fuzz -L fuzz --output-on-failure
fi
status=0
for h in "${harnesses[@]}"; do
  mkdir -p "build-fuzz/corpus/$h" "build-fuzz/crashes/$h"
  cp -n tests/fuzz/corpus/"$h"/* "build-fuzz/corpus/$h/" 2>/dev/null || true
  echo "fuzz.sh: $h for ${seconds} s"
  case $h in quickdraw | image) maxlen=8192 ;; weights) maxlen=16384 ;; *) maxlen=4096 ;; esac
  LSAN_OPTIONS="suppressions=$PWD/tests/sanitize/lsan.supp:print_suppressions=0" \
  "build-fuzz/tests/fuzz/fuzz_$h" -max_total_time="$seconds" -max_len=$maxlen -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="build-fuzz/crashes/$h/" "build-fuzz/corpus/$h" || status=1
done
exit $status
