#!/usr/bin/env bash
# Sets up a Debian 12 machine, builds Zelfscan and starts it. Without a display it runs under
# Xvfb; pass --screenshot FILE to save a picture of the window and quit.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup-debian.sh
scripts/build.sh
app=${BUILD_DIR:-build}/bin/zelfscan
if [ ! -x "$app" ]; then
    echo "run-app: the desktop app is not built yet; showing the questionnaires through the CLI instead" >&2
    exec "${BUILD_DIR:-build}/bin/zelfscan-cli" list
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    exec scripts/lib/with-xvfb.sh "$app" "$@"
fi
exec "$app" "$@"
