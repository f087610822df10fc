#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Zelfscan and runs every test suite headless.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure --parallel "$(nproc)"
