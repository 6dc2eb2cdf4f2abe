#!/usr/bin/env bash
# Instructions executed by `kh-parse batch -j 1` over ../shared/corpus/docs once, counted by cachegrind: a figure
# that repeats within about 0.05% (Swift's hashing, seeded per run, is fixed here with SWIFT_DETERMINISTIC_HASHING;
# seeded, counts drift by 0.3%), where CPU seconds on a shared machine drift by 10–20%. Compare two builds with it before timing them. Needs valgrind (`apt-get install -y valgrind`); the binary
# is stripped first, because valgrind cannot read Swift's debug information.
# With CYCLES=1, cachegrind also simulates the caches and the branch predictor (twice as slow) and prints an
# estimate of cycles: instructions + 10 per L1 miss + 100 per last-level miss + 15 per mispredicted branch. A
# deterministic first look at a change that trades instructions for branches or memory; profile.sh (sampled CPU
# time) has the last word: the estimate called the eight-byte search for runs of spaces slower, the samples faster.
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
  if [ "${CYCLES:-0}" = 1 ]; then
    SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=cachegrind --cache-sim=yes --branch-sim=yes \
      --cachegrind-out-file="$work/out" "$work/kh-parse" batch "$corpus" -j 1 --no-progress > /dev/null 2> "$work/log"
    python3 - "$bin" "$work/out" <<'PY'
import sys
events = totals = None
for line in open(sys.argv[2]):
    if line.startswith("events:"): events = line.split()[1:]
    elif line.startswith("summary:"): totals = dict(zip(events, map(int, line.split()[1:])))
t = totals
l1 = t["I1mr"] + t["D1mr"] + t["D1mw"]
ll = t["ILmr"] + t["DLmr"] + t["DLmw"]
mispredicts = t["Bcm"] + t["Bim"]
cycles = t["Ir"] + 10 * l1 + 100 * ll + 15 * mispredicts
print(f"{sys.argv[1]}: {t['Ir'] / 1e6:,.1f} M instructions, {l1 / 1e6:.2f} M L1 misses, {ll / 1e6:.3f} M last-level misses, "
      f"{mispredicts / 1e6:.2f} M mispredicted branches: about {cycles / 1e6:,.0f} M cycles")
PY
    continue
  fi
  SWIFT_DETERMINISTIC_HASHING=1 valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$work/kh-parse" batch "$corpus" -j 1 --no-progress > /dev/null 2> "$work/log"
  refs=$(grep -o 'I *refs: *[0-9,]*' "$work/log" | tr -d ', ' | sed 's/Irefs://')
  python3 -c "print(f'$bin: {$refs/1e6:,.1f} M instructions')"
done
