#!/usr/bin/env bash
# Builds core, the CLI and their tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DZELFSCAN_SANITIZE=ON) and runs them. The GUI is left out to keep CI within its time; it is
# exercised by the normal test run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh --tests
build_dir=${ASAN_BUILD_DIR:-build-asan}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DZELFSCAN_SANITIZE=ON -DZELFSCAN_BUILD_APP=OFF -DZELFSCAN_BUILD_BENCH=OFF \
    -DZELFSCAN_WERROR="${ZELFSCAN_WERROR:-OFF}"
cmake --build "$build_dir" --parallel "$(nproc)"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
ctest --test-dir "$build_dir" --output-on-failure --parallel "$(nproc)"
