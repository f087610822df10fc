#!/usr/bin/env bash
# Starts Zelfscan in Xvfb with a D-Bus session and the AT-SPI bus, and reads its accessibility
# tree with pyatspi (probe_tree.py): a question with its answers and the progress, then the
# result table. Exits 77 (ctest: skipped) without Xvfb, dbus-run-session, at-spi2-core or
# python3-pyatspi; scripts/setup-debian.sh --tests installs them.
#   run-accessibility-test.sh APP
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
launcher=
for candidate in /usr/libexec/at-spi-bus-launcher /usr/lib/at-spi2-core/at-spi-bus-launcher; do
    [ -x "$candidate" ] && launcher=$candidate && break
done
python=
for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import pyatspi' 2>/dev/null; then
        python=$candidate
        break
    fi
done
for need in Xvfb dbus-run-session; do
    command -v "$need" >/dev/null 2>&1 || { echo "run-accessibility-test: no $need; skipped"; exit 77; }
done
[ -n "$launcher" ] || { echo "run-accessibility-test: no at-spi2-core; skipped"; exit 77; }
[ -n "$python" ] || { echo "run-accessibility-test: no python3-pyatspi; skipped"; exit 77; }
if [ "${1:-}" != --inside ]; then
    exec "$root/scripts/lib/with-xvfb.sh" dbus-run-session -- "$0" --inside "$1"
fi
app=$2
home=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$home"
}
trap cleanup EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=xcb LANG=C.UTF-8 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
"$python" "$root/scripts/lib/demo-home.py" "$XDG_DATA_HOME/Zelfscan/zelfscan" >/dev/null
"$launcher" --launch-immediately &
pids+=($!)
# The risk class is half answered: its questions; the Basisscan is finished: its result.
for step in "risicoklasse questions" "basisscan result"; do
    read -r tool page <<<"$step"
    "$app" --lang en --tool "$tool" &
    app_pid=$!
    pids+=("$app_pid")
    "$python" "$here/probe_tree.py" "$page" "$app_pid"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
done
echo "run-accessibility-test: question, answers, progress and result are in the accessibility tree"
