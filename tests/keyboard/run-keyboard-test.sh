#!/usr/bin/env bash
# Runs walk_basisscan.py in a fresh Xvfb: real key events need a real X server, not offscreen.
# Exits 77 (ctest: skipped) without xvfb-run, xdotool or python3; scripts/setup-debian.sh --tests
# installs them.
#   run-keyboard-test.sh APP CLI
set -euo pipefail
for tool in xvfb-run xdotool python3; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-keyboard-test: $tool is not installed; skipped (scripts/setup-debian.sh --tests installs it)"
        exit 77
    fi
done
exec xvfb-run -a -s "-screen 0 1280x800x24" python3 "$(dirname "$0")/walk_basisscan.py" "$1" "$2"
