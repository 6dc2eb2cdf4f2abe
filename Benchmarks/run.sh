#!/usr/bin/env bash
# Throughput of a release build over the fixtures concatenated 100 times (one ~11 MB input),
# plus a 10 MB single-line input. Prints MB/s; the README quotes the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product kh-parse >/dev/null
bin=$(swift build -c release --show-bin-path)/kh-parse
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

inputs=$(ls Fixtures/seeds/*.txt | grep -v "\.dump\.txt$"; echo Fixtures/small/letters-and-plus.txt)
for i in $(seq 100); do cat $inputs; done > "$work/concat.txt"
python3 - "$work/line.txt" <<'PY'
import sys
open(sys.argv[1], "w").write("Tổ chức tuyên truyền, phổ biến pháp luật về giao thông; " * 170000)
PY

measure() {  # name file
  local bytes start end best=""
  bytes=$(stat -c %s "$2")
  for run in 1 2 3; do
    start=$(date +%s.%N)
    "$bin" "$2" --compact > /dev/null
    end=$(date +%s.%N)
    best=$(python3 -c "import sys; t=$end-$start; b='$best'; print(t if not b or t < float(b) else b)")
  done
  python3 -c "print(f'$1: {$bytes/1e6:.1f} MB in {float($best):.2f} s = {$bytes/1e6/float($best):.1f} MB/s (best of 3)')"
}

# End to end, the issue-12 figure: kh-parse batch on one core against ICU's own NFC pass (`uconv -x any-nfc`)
# over the same bytes, ../shared/corpus/docs copied 20 times; CPU seconds (user + system), so that a shared
# machine's load does not count. Then -j 2 against -j 1 in wall time (needs an otherwise idle machine).
corpus=../shared/corpus/docs
if [ -d "$corpus" ]; then
  for i in $(seq -w 1 20); do mkdir -p "$work/docs/$i"; cp "$corpus"/* "$work/docs/$i/"; done
  find "$work/docs" -type f | sort | xargs cat > "$work/docs.cat"
  bytes=$(stat -c %s "$work/docs.cat")
  cpu() { /usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" > /dev/null 2>&1 || true; read -r wall user sys rss < "$work/time"; echo "$wall $(python3 -c "print($user+$sys)") $rss"; }
  read -r w1 c1 m1 < <(cpu "$bin" batch "$work/docs" -j 1 --no-progress)
  read -r w2 c2 m2 < <(cpu "$bin" batch "$work/docs" -j 2 --no-progress)
  read -r wu cu mu < <(cpu bash -c "uconv -x any-nfc < '$work/docs.cat'")
  python3 -c "
mb=$bytes/1e6
print(f'end to end, corpus x20 ({mb:.0f} MB): kh-parse batch -j 1 {$c1:.1f} CPU-s = {mb/$c1:.1f} MB/s, peak {$m1/1024:.0f} MB;'
      f' uconv -x any-nfc {$cu:.2f} CPU-s = {mb/$cu:.1f} MB/s; ratio {$c1/$cu:.1f}x')
print(f'batch -j 2: {$w2:.1f} s wall against {$w1:.1f} s for -j 1 = {$w1/$w2:.2f}x (peak {$m2/1024:.0f} MB)')"
fi

measure "fixtures x100" "$work/concat.txt"
measure "10 MB one line" "$work/line.txt"
# The deadline grammar through `kh-parse deadlines`: every corpus phrase, repeated to ~200,000 lines.
for i in $(seq 400); do cut -f3 Sources/KHParse/Extract/Deadlines/Corpus/*.tsv | grep -v '^#' | grep -v '^phrase$'; done > "$work/phrases.txt"
lines=$(wc -l < "$work/phrases.txt")
start=$(date +%s.%N)
"$bin" deadlines --issued 2026-04-10 < "$work/phrases.txt" > /dev/null
end=$(date +%s.%N)
python3 -c "print(f'deadlines command: {$lines} phrases in {$end-$start:.2f} s = {$lines/($end-$start):,.0f} phrases/s')"

# The normalize stage against ICU's own NFC over ~100 MB (issue 6: at most 3x uconv's time).
for i in $(seq 8); do cat "$work/concat.txt"; done > "$work/100mb.txt"
start=$(date +%s.%N); "$bin" normalize "$work/100mb.txt" > /dev/null; end=$(date +%s.%N)
ours=$(python3 -c "print($end-$start)")
start=$(date +%s.%N); uconv -x any-nfc < "$work/100mb.txt" > /dev/null; end=$(date +%s.%N)
theirs=$(python3 -c "print($end-$start)")
python3 -c "mb=$(stat -c %s "$work/100mb.txt")/1e6; print(f'normalize {mb:.0f} MB: {$ours:.2f} s ({mb/$ours:.1f} MB/s); uconv -x any-nfc: {$theirs:.2f} s; ratio {$ours/$theirs:.2f}x')"

peak=$( { /usr/bin/time -f %M "$bin" "$work/concat.txt" --compact > /dev/null; } 2>&1 )
echo "peak memory on fixtures x100: $((peak / 1024)) MB"
