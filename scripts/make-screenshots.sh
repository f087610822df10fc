#!/usr/bin/env bash
# Remakes the AppStream screenshots in packaging/screenshots/ from scripts/screenshots.sh: the
# English pages at 100 % of its demo home (a finished Basisscan from
# tests/data/answers/basisscan-12.yaml, a risk class half done, the OT check not started).
#   scripts/make-screenshots.sh [BUILD_DIR]          (default build-tests)
set -euo pipefail
cd "$(dirname "$0")/.."
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
scripts/screenshots.sh "${1:-build-tests}" "$shots" >/dev/null
out=packaging/screenshots
cp "$shots/start-en-100.png" "$out/start.png"
cp "$shots/questions-en-100.png" "$out/questions.png"
cp "$shots/result-en-100.png" "$out/result.png"
ls -l "$out"
