#!/usr/bin/env bash
# Instructions executed by `kh-parse batch -j 1` over ../shared/corpus/docs once, counted by cachegrind: a figure
# that repeats within about 0.05% (Swift's hashing, seeded per run, is fixed here with SWIFT_DETERMINISTIC_HASHING;
# seeded, counts drift by 0.3%), where CPU seconds on a shared machine drift by 10–20%. Compare two builds with it before timing them. Needs valgrind (`apt-get install -y valgrind`); the binary
# is stripped first, because valgrind cannot read Swift's debug information.
#   Benchmarks/instructions.sh [BINARY...]   (default: the release build)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/docs
[ -d "$corpus" ] || { echo "instructions.sh: $corpus not found" >&2; exit 1; }
if [ $# -eq 0 ]; then
  swift build -c release --product kh-parse >/dev/null
  set -- "$(swift build -c release --show-bin-path)/kh-parse"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for bin in "$@"; do
  strip -o "$work/kh-parse" "$bin"
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$work/kh-parse" batch "$corpus" -j 1 --no-progress > /dev/null 2> "$work/log"
  refs=$(grep -o 'I *refs: *[0-9,]*' "$work/log" | tr -d ', ' | sed 's/Irefs://')
  python3 -c "print(f'$bin: {$refs/1e6:,.1f} M instructions')"
done
