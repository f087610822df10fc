#!/usr/bin/env bash
# Runs walk_basisscan.py in a fresh Xvfb: real key events need a real X server, not offscreen.
# Exits 77 (ctest: skipped) without Xvfb, xdotool or python3; scripts/setup-debian.sh --tests
# installs them.
#   run-keyboard-test.sh APP CLI
set -euo pipefail
for tool in Xvfb xdotool python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-keyboard-test: $tool is not installed; skipped (scripts/setup-debian.sh --tests installs it)"
        exit 77
    fi
done
here=$(dirname "$0")
exec "$here/../../scripts/lib/with-xvfb.sh" python3 "$here/walk_basisscan.py" "$1" "$2"
