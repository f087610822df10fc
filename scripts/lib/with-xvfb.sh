#!/usr/bin/env bash
# Runs a command in an Xvfb of its own and stops that Xvfb afterwards.
#   with-xvfb.sh COMMAND [ARGS...]
# Xvfb picks the display itself (-displayfd): it takes the first number whose lock file and
# sockets it can all claim, and reports it only once it accepts connections. `xvfb-run -a`
# instead guesses a free number from the lock files in /tmp and starts Xvfb afterwards; two
# tests doing that at the same time, or an X server whose /tmp this one cannot see, once left
# tst_accessibility_tree's app on a display it could not connect to.
set -euo pipefail
command -v Xvfb >/dev/null 2>&1 || { echo "with-xvfb: Xvfb is not installed" >&2; exit 127; }
work=$(mktemp -d)
xvfb=
stop() {
    [ -z "$xvfb" ] || { kill "$xvfb" 2>/dev/null || true; wait "$xvfb" 2>/dev/null || true; }
    rm -rf "$work"
}
trap stop EXIT
trap 'exit 143' TERM INT
mkfifo "$work/display"
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$work/display" >"$work/xvfb.log" 2>&1 &
xvfb=$!
number=
read -r number <"$work/display" || true
if [ -z "$number" ]; then
    echo "with-xvfb: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
fi
echo "with-xvfb: display :$number" >&2
status=0
DISPLAY=:$number "$@" || status=$?
exit "$status"
