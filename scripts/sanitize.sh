#!/usr/bin/env bash
# CI: an AddressSanitizer + UndefinedBehaviorSanitizer build of core, the CLI and the core
# tests in build-asan/ (no app, no benchmarks, no slow tests), then runs those tests.
# Any ASan or UBSan report fails the test it happens in (the CLI the tests run is built with
# them too). Leaks inside third-party libraries are suppressed by tests/sanitize/lsan.supp,
# each entry with its reason.
#   scripts/sanitize.sh            build and run the core tests not labelled slow
#   scripts/sanitize.sh -R REGEX   only the tests matching REGEX (built all the same)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# Tests run several times slower here: 30 min each at most instead of 10.
cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DREPLAYLAB_SANITIZE="address;undefined" -DCMAKE_CXX_FLAGS="-g1" -DREPLAYLAB_TEST_TIMEOUT=1800 \
  -DREPLAYLAB_BUILD_GUI=OFF -DREPLAYLAB_BUILD_BENCH=OFF -DREPLAYLAB_BUILD_TESTS=ON >/dev/null
# Only what the tests below need: the core tests that are not slow (their names are their
# targets) and the CLI, which tst_cli and tst_bad_inputs run.
mapfile -t tests < <(cd build-asan && ctest -N -LE 'slow|slurm' |
                     sed -n 's/^ *Test *#[0-9]*: \(tst_[a-z0-9_]*\)$/\1/p')
cmake --build build-asan --target replaylab-cli "${tests[@]}"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/sanitize/lsan.supp:print_suppressions=0"
export REPLAYLAB_REQUIRE_DATA=1
cd build-asan && ctest --output-on-failure -j"$(nproc)" -LE 'slow|slurm' -E '^layers$' "$@"
