#!/usr/bin/env bash
# `kh-parse batch` against one process per file, over ../shared/corpus/docs copied 20 times (~150 MB,
# 5,720 files): wall time, MB/s, CPU seconds and peak memory (maximum resident set). Benchmarks/README.md
# quotes the figures. Usage: [BOTH_CORES=1] Benchmarks/batch.sh [corpus-folder] [copies]
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/docs}
copies=${2:-20}
swift build -c release --product kh-parse >/dev/null
bin=$(swift build -c release --show-bin-path)/kh-parse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for i in $(seq -w 1 "$copies"); do mkdir -p "$work/docs/$i"; cp "$corpus"/*.md "$corpus"/*.txt "$work/docs/$i/" 2>/dev/null || true; done
files=$(find "$work/docs" -type f | wc -l)
bytes=$(find "$work/docs" -type f -printf '%s\n' | awk '{s+=$1} END {print s}')
echo "input: $files files, $(python3 -c "print(f'{$bytes/1e6:.1f}')") MB"

measure() {  # label output command…
  local label=$1 out=$2; shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > "$out" 2>/dev/null || true
  read -r wall user sys rss < "$work/time"
  python3 -c "
b=$bytes; w=$wall; cpu=$user+$sys
print(f'$label: {w:.1f} s wall, {cpu:.1f} CPU-s, {b/1e6/w:.1f} MB/s, {b/1e6/cpu:.1f} MB per CPU-s, peak {$rss/1024:.0f} MB')"
}

measure "batch -j 1" "$work/j1.jsonl" "$bin" batch "$work/docs" -j 1 --no-progress
measure "batch -j 2" "$work/j2.jsonl" "$bin" batch "$work/docs" -j 2 --no-progress
cmp -s "$work/j1.jsonl" "$work/j2.jsonl" && echo "batch -j 1 and -j 2: identical output ($(wc -l < "$work/j1.jsonl") lines)"
# One process per file, as the data team's workaround did (find | xargs): one core, then two.
(cd "$work/docs" && find . -type f -print0 | sort -z) > "$work/list"
measure "one process per file, -P1" "$work/p1.jsonl" bash -c "cd '$work/docs' && xargs -0 -n1 '$bin' --compact < '$work/list'"
if [ "${BOTH_CORES:-0}" = 1 ]; then  # several minutes more: the same on two cores
  measure "one process per file, -P2" "$work/p2.jsonl" bash -c "cd '$work/docs' && xargs -0 -n1 -P2 '$bin' --compact < '$work/list'"
fi
echo "lines: batch $(wc -l < "$work/j1.jsonl"), one process per file $(wc -l < "$work/p1.jsonl")"
