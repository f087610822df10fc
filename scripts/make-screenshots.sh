#!/usr/bin/env bash
# Remakes the AppStream screenshots in packaging/screenshots/ with the app's own --screenshot,
# in English, headless, from a throw-away home (so nothing of yours shows or changes):
#   scripts/make-screenshots.sh [BUILD_DIR]          (default build-tests)
# The result page shows tests/data/answers/basisscan-12.yaml (a 12-person office).
set -euo pipefail
cd "$(dirname "$0")/.."
app=${1:-build-tests}/bin/zelfscan
out=$PWD/packaging/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run
mkdir -m 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

# An assessment from the example answer file: "  id: value" lines become JSON members.
answers=$(sed -n 's/^  \(p[0-9]_[a-z_]*\): *"\{0,1\}\([a-z_-]*\)"\{0,1\}$/"\1": "\2"/p' \
    tests/data/answers/basisscan-12.yaml | paste -sd, -)
cat >"$home/office.zelfscan" <<JSON
{"format": "zelfscan-assessment", "format_version": 1,
 "questionnaire": {"id": "basisscan", "version": "", "hash": ""},
 "profile": {"sector": "handel", "size": "10-49"},
 "organisation": "Example office", "notes": "",
 "created": "2026-11-30T10:00:00.000Z", "modified": "2026-11-30T10:20:00.000Z",
 "answers": {$answers}, "done_steps": [], "retired_answers": {}, "questions": []}
JSON

"$app" --lang en --screenshot "$out/start.png"
"$app" --lang en --screenshot "$out/result.png" "$home/office.zelfscan"
# The questions page as it resumes the autosave of the run above.
"$app" --lang en --tool basisscan --screenshot "$out/questions.png"
ls -l "$out"
