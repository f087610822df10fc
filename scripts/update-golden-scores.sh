#!/usr/bin/env bash
# Writes tests/data/golden/score/: the `zelfscan-cli score --format json` output of every example
# answer file, in Dutch and English, and of each risk class file with the Basisscan of the same
# business. tst_score_golden compares the CLI's output with these byte for byte, so a refactor
# that changes a single figure fails. Run this only for an intended change, and say why in the commit.
set -euo pipefail
cd "$(dirname "$0")/.."
cli=${1:-build-tests/bin/zelfscan-cli}
out=tests/data/golden/score
rm -f "$out"/*.json
for answers in tests/data/answers/*.yaml; do
    stem=$(basename "$answers" .yaml)
    for lang in nl en; do
        "$cli" score --answers "$answers" --lang "$lang" --format json >"$out/$stem.$lang.json"
        if [[ $stem == risicoklasse-* && -f tests/data/answers/basisscan-${stem#risicoklasse-}.yaml ]]; then
            "$cli" score --answers "$answers" --basisscan "tests/data/answers/basisscan-${stem#risicoklasse-}.yaml" \
                --lang "$lang" --format json >"$out/$stem+basisscan.$lang.json"
        fi
    done
done
ls "$out" | wc -l
