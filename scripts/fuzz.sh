#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each one for SECONDS.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]      default: 600 seconds, every harness
#
# Each harness keeps a growing corpus in fuzz/corpus-NAME/ (seeded from the repository's own
# valid and broken files on every run) and writes crashes, hangs and leaks as fuzz/crash-NAME/*.
# Both are ignored by git. Exit code 1 when any harness found a problem.
# A crashing input is replayed with: build-fuzz/fuzz/fuzz_NAME FILE
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${1:-600}
shift || true
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}

# One line per harness: NAME  "seed globs (relative to the repository)"
declare -A seeds=(
    [questionnaire]="questionnaires/*.yaml tests/data/questionnaires/*.yaml fuzz/seeds/questionnaire/*"
    [answers]="tests/data/answers/*.yaml tests/data/fixture-answers/*"
    [assessment]="fuzz/seeds/assessment/*"
    [share]="fuzz/seeds/share/*"
    [csaf]="tests/data/csaf/provider/2024/* tests/data/csaf/revisions/*/* tests/data/csaf/broken/*"
)
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || mapfile -t harnesses < <(printf '%s\n' "${!seeds[@]}" | sort)

for name in "${harnesses[@]}"; do
    if [ -z "${seeds[$name]+x}" ]; then
        echo "fuzz: unknown harness '$name' (known: ${!seeds[*]})" >&2
        exit 2
    fi
done

for tool in clang++ cmake ninja; do
    command -v "$tool" >/dev/null || {
        echo "fuzz: $tool is missing; as root: apt-get install clang libclang-rt-14-dev cmake ninja-build" >&2
        exit 2
    }
done

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    -DZELFSCAN_BUILD_FUZZERS=ON -DBUILD_TESTING=OFF -DZELFSCAN_BUILD_APP=OFF -DZELFSCAN_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined,fuzzer-no-link"
cmake --build "$build_dir" --target "${harnesses[@]/#/fuzz_}"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
for name in "${harnesses[@]}"; do
    corpus=fuzz/corpus-$name
    crashes=fuzz/crash-$name
    mkdir -p "$corpus" "$crashes"
    # shellcheck disable=SC2086 # the globs are meant to expand
    for seed in ${seeds[$name]}; do
        [ -f "$seed" ] && cp -f "$seed" "$corpus/seed-$(basename "$seed")"
    done
    echo "fuzz: $name for ${seconds}s, corpus $corpus, crashes in $crashes/"
    if ! "$build_dir/fuzz/fuzz_$name" "$corpus" \
        -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$root/$crashes/" 2>&1 | tee "$crashes/last-run.log"; then
        failed+=("$name")
    fi
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: problems found by: ${failed[*]} (see fuzz/crash-NAME/)" >&2
    exit 1
fi
echo "fuzz: no problems found"
