#!/usr/bin/env bash
# Where the CPU time of `kh-parse batch -j 1` goes, by sampling: perf's cpu-clock event (a timer, so it works in
# a VM without hardware counters) with frame-pointer call stacks, over the archive copied COPIES times (default 10).
# Prints, for each binary, each stage's share of the samples (its calls included) and the functions that own the
# most time (their own samples plus those of the runtime and libc functions they call directly: a retain, a
# malloc, a UTF-8 check is charged to the function that asked for it).
#
# Shares are read within one run, so a machine that is slower or busier for a while changes them far less than it
# changes seconds: two builds are compared by the share of the stage a change touched. Instruction counts
# (instructions.sh) do not see what an instruction costs: an atomic retain, a mispredicted branch, a cache miss.
# Needs perf (`apt-get install -y linux-perf`) and kernel.perf_event_paranoid at most 2.
#   Benchmarks/profile.sh [BINARY...]       (default: the release build)     COPIES=20 Benchmarks/profile.sh
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/docs
[ -d "$corpus" ] || { echo "profile.sh: $corpus not found" >&2; exit 1; }
command -v perf >/dev/null || { echo "profile.sh: perf not found (apt-get install -y linux-perf)" >&2; exit 1; }
if [ $# -eq 0 ]; then
  swift build -c release --product kh-parse >/dev/null
  set -- "$(swift build -c release --show-bin-path)/kh-parse"
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for k in $(seq -w "${COPIES:-10}"); do mkdir -p "$work/docs/$k" && cp "$corpus"/* "$work/docs/$k/"; done
for bin in "$@"; do
  perf record -q -e cpu-clock -F 1000 -g -o "$work/perf.data" "$bin" batch "$work/docs" -j 1 --no-progress >/dev/null 2>&1
  perf script -i "$work/perf.data" -F ip,sym,dso 2>/dev/null > "$work/stacks"
  echo "== $bin"
  python3 - "$work/stacks" "$(basename "$bin")" <<'PY'
import collections, os, re, sys

# Stages by a piece of their mangled names (module KHParse): the pipeline's order.
STAGES = [
    ("decode", "11TextDecoderO6decode"),
    ("normalize", "14TextNormalizerO14normalizeLines"),
    ("tables (before cleaning)", "11TableShapesO4find"),
    ("clean + tokenize", "11LineCleanerO5clean"),
    ("structure", "8KHParserO9structure"),
    ("  header", "12HeaderReaderV4read"),
    ("  outline", "14OutlineBuilderV5build"),
    ("extract", "8KHParserO7extract"),
    ("  tasks", "13TaskExtractorV7extract"),
    ("  references, abbreviations, targets", "13DocumentIndexO5apply"),
    ("JSON", "10PlanOutputV9writeJSON"),
]
samples, stack = [], []
for line in open(sys.argv[1], errors="replace"):
    line = line.rstrip("\n")
    if not line.strip():
        if stack: samples.append(stack)
        stack = []
        continue
    m = re.match(r"\s*[0-9a-f]+ (.*) \((.*)\)$", line)
    if m: stack.append((m.group(1), m.group(2)))
if stack: samples.append(stack)
n = len(samples) or 1
print(f"{len(samples)} samples")
for name, piece in STAGES:
    hits = sum(1 for s in samples if any(piece in f for f, _ in s))
    print(f"  {100 * hits / n:5.1f}%  {name}")
own, runtime = collections.Counter(), collections.Counter()
for s in samples:
    for i, (f, dso) in enumerate(s):
        if os.path.basename(dso) == sys.argv[2]:   # the first frame in the binary itself
            key = re.sub(r"^\$s7KHParse", "", f)[:90]
            own[key] += 1
            if i > 0: runtime[key] += 1
            break
print("  own time (of which in runtime and libc calls):")
for key, v in own.most_common(15):
    print(f"  {100 * v / n:5.2f}% ({100 * runtime[key] / n:4.2f}%)  {key}")
PY
done
