#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Zelfscan and runs every test suite headless.
# The tests get their own Debug build (build-tests/, or $BUILD_DIR): assertions on, and much
# quicker to compile than the optimised build of the app; benchmarks are left out (they measure
# nothing useful unoptimised; the app command builds them).
set -euo pipefail
cd "$(dirname "$0")/.."
export BUILD_DIR=${BUILD_DIR:-build-tests}
scripts/setup-debian.sh --tests
# CI sets ZELFSCAN_WERROR=ON: a new warning fails the build there.
BUILD_TYPE=${BUILD_TYPE:-Debug} scripts/build.sh -DZELFSCAN_BUILD_BENCH=OFF -DZELFSCAN_WERROR="${ZELFSCAN_WERROR:-OFF}"
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)"
