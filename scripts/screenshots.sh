#!/usr/bin/env bash
# A screenshot of every page of the app, in Dutch and English, at 100 % and 200 %
# (QT_SCALE_FACTOR=2), headless, from a throw-away home filled from the example answer files
# (scripts/lib/demo-home.py: a finished Basisscan, a risk class half done, the OT check not
# started), so nothing of yours shows or changes:
#   scripts/screenshots.sh [BUILD_DIR] [OUT_DIR]     (defaults: build-tests, build/screenshots)
# Files are named PAGE-LANG-SCALE.png, e.g. start-nl-100.png. ZELFSCAN_THEME=dark gives the dark
# palette (the names then end in -dark).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build-tests}/bin/zelfscan
out=${2:-build/screenshots}
if [ ! -x "$app" ]; then
    echo "screenshots: $app not found; build first (scripts/build.sh)" >&2
    exit 1
fi
mkdir -p "$out"
out=$(cd "$out" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8
python3 scripts/lib/demo-home.py "$XDG_DATA_HOME/Zelfscan/zelfscan" >/dev/null
suffix=${ZELFSCAN_THEME:+-$ZELFSCAN_THEME}
[ "$suffix" = -light ] && suffix=

# page, then the arguments that reach it with the demo home
pages=(
    "start|"
    "intake|--tool procesautomatisering --page intake"
    "questions|--tool risicoklasse --page questions"
    "review|--tool risicoklasse --page review"
    "result|--tool basisscan --page result"
    "riskclass-result|--tool risicoklasse --page result"
)
for lang in nl en; do
    for scale in 1 2; do
        for entry in "${pages[@]}"; do
            page=${entry%%|*}
            read -r -a args <<<"${entry#*|}"
            file="$out/$page-$lang-${scale}00$suffix.png"
            QT_SCALE_FACTOR=$scale "$app" --lang "$lang" "${args[@]}" --screenshot "$file"
            [ -s "$file" ] || { echo "screenshots: $file was not written" >&2; exit 1; }
        done
    done
done
ls "$out"
