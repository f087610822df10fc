#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang and runs each for SECONDS (default 600).
# Usage: scripts/fuzz.sh [SECONDS] [HARNESS...]   harnesses: questionnaire answers assessment
# Seeds come from the repository's own valid and broken files; findings land in fuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(questionnaire answers assessment)
if ! command -v clang++ >/dev/null || ! dpkg-query -W libclang-rt-14-dev >/dev/null 2>&1; then
    apt-get update && apt-get install -y --no-install-recommends clang libclang-rt-14-dev
fi
build=${FUZZ_BUILD_DIR:-build-fuzz}
cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug -DZELFSCAN_BUILD_FUZZERS=ON \
    -DZELFSCAN_BUILD_APP=OFF -DZELFSCAN_BUILD_BENCH=OFF -DBUILD_TESTING=OFF \
    -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined"
cmake --build "$build" --parallel "$(nproc)"

seed() {
    local name=$1 corpus=fuzz/corpus-$1
    mkdir -p "$corpus"
    case $name in
    questionnaire) cp questionnaires/*.yaml tests/data/questionnaires/*.yaml "$corpus"/ ;;
    answers) cp tests/data/answers/*.yaml tests/data/fixture-answers/* "$corpus"/ ;;
    assessment) for f in tests/data/fixture-answers/*; do
            printf '{"format":"zelfscan-assessment","format_version":1,"questionnaire":{"id":"every_feature"},"answers":{"backup":"yes","staff_count":3}}' >"$corpus/seed-$(basename "$f").zelfscan"
        done ;;
    esac
    echo "$corpus"
}

for name in "${harnesses[@]}"; do
    corpus=$(seed "$name")
    echo "== fuzz_$name for ${seconds}s"
    "$build/fuzz/fuzz_$name" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="fuzz/crash-$name-" "$corpus" 2>&1 | tail -n 5
done
