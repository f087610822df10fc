#!/usr/bin/env bash
# Staff-side benchmark: import and aggregate N synthetic shares (default 1,000,000) with
# bench_aggregate (C++, every core) and with bench/aggregate_reference.py (plain Python 3), on the
# same JSON Lines file, and print both times, the ratio, and whether both wrote the same
# aggregates. A benchmark, not a test: it never fails on timing.
#
#   bash bench/run-aggregate-bench.sh [N]
#
# Builds an optimised tree in build-bench/ (or $BUILD_DIR); the generated file is kept there
# (about 715 MB for a million shares) so later runs skip generating it.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000000}
build_dir=${BUILD_DIR:-build-bench}

# A tree configured already (for example the Release one README's benchmark section names) is
# reused as it is.
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DZELFSCAN_BUILD_APP=OFF \
        -DBUILD_TESTING=OFF -DZELFSCAN_BUILD_BENCH=ON >/dev/null
fi
cmake --build "$build_dir" --target bench_aggregate >/dev/null
mkdir -p "$build_dir/data"
data="$build_dir/data/shares-$count.jsonl"
if [ ! -f "$data" ]; then
    "$build_dir/bench/bench_aggregate" generate "$count" "$data.part"
    mv "$data.part" "$data"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "== C++: bench_aggregate ($(nproc) cores)"
"$build_dir/bench/bench_aggregate" run --out "$work/cpp.json" "$data" | tee "$work/cpp.txt"
echo
echo "== Python $(python3 -c 'import sys; print(sys.version.split()[0])'): bench/aggregate_reference.py"
python3 bench/aggregate_reference.py --out "$work/py.json" "$data" | tee "$work/py.txt"
echo

python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def seconds(name, what):
    for line in open(f"{work}/{name}.txt"):
        if line.startswith(what):
            return float(line.split()[2])
cpp, py = seconds("cpp", "wall time:"), seconds("py", "wall time:")
cpp_cpu, py_cpu = seconds("cpp", "cpu time:"), seconds("py", "cpu time:")
def same(a, b):
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b
identical = same(json.load(open(f"{work}/cpp.json")), json.load(open(f"{work}/py.json")))
print(f"wall: C++ {cpp:.2f} s, Python {py:.2f} s: C++ is {py / cpp:.1f}x faster")
print(f"CPU:  C++ {cpp_cpu:.2f} s, Python {py_cpu:.2f} s: C++ needs {py_cpu / cpp_cpu:.1f}x less")
print("same aggregates from both:", "yes" if identical else "NO")
PY
echo "load average during the run: $(cut -d' ' -f1-3 /proc/loadavg) (other processes slow both sides)"
