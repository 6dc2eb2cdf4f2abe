#!/usr/bin/env bash
# Adversarial sizes with a release build, the ones too slow for the debug test suite (Tests/KHParseTests/
# AdversarialTests.swift runs smaller ones): wall time and peak memory of `kh-parse` on
#   - a real plan repeated 1×, 2×, 4×, 8×, 16× (time per MB should stay flat: linear time), and 600× (51 MB)
#     alone and through `kh-parse batch` at -j 1 and -j 2,
#   - one line of 100 MB, 100,000 headings "I.", bullets 10,000 deep, a 50,000-column table row,
#   - a paragraph wrapped over 80,000 lines that end in "-", 80,000 cells opened by lone "|" lines, a pipe
#     table of 80,000 rows whose header stands again every 30 rows, 65,536 documents cited, a tab row
#     continued over 65,536 lines, 65,536 lines of capitals in one block, 65,536 grid borders with no row,
#   - `kh-parse check` on a plan of 32,768 tasks without a deadline,
#   - `kh-parse batch` over a zip of 100,000 tiny entries.
# Every output is checked to be one JSON document (or one line per entry). Usage: Benchmarks/adversarial.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin=.build/release/kh-parse
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

measure() {  # name file [args…]: seconds, peak MB, output bytes
  local name=$1 file=$2; shift 2
  /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" "$@" "$file" >"$tmp/out.json" 2>"$tmp/err" || { cat "$tmp/err"; exit 1; }
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$tmp/out.json"
  read -r secs kb < <(tail -n 1 "$tmp/time")
  printf '%-34s %9.1f MB in %7.2f s  %8.2f s/MB  peak %6d MB  output %7.1f MB\n' "$name" \
    "$(echo "$(stat -c %s "$file") / 1048576" | bc -l)" "$secs" \
    "$(echo "$secs / ($(stat -c %s "$file") / 1048576)" | bc -l)" $((kb / 1024)) \
    "$(echo "$(stat -c %s "$tmp/out.json") / 1048576" | bc -l)"
}

seed=Fixtures/seeds/002_35f6f42cd9739a20.txt
for n in 1 2 4 8 16; do
  for _ in $(seq "$n"); do cat "$seed"; done >"$tmp/plan-$n.txt"
  measure "plan ×$n" "$tmp/plan-$n.txt"
done
# One large plan alone and through batch: its peak must stay under 5× its size either way (batch streams
# the line of a document of 4 MB or more from its model, as `kh-parse FILE` does).
for _ in $(seq 600); do cat "$seed"; done >"$tmp/plan-600.txt"
measure "plan ×600" "$tmp/plan-600.txt"
measure "plan ×600, batch -j 1" "$tmp/plan-600.txt" batch -j 1
measure "plan ×600, batch -j 2" "$tmp/plan-600.txt" batch -j 2
python3 - "$tmp" <<'PY'
import sys
d = sys.argv[1]
unit = "Tổ chức tuyên truyền, phổ biến pháp luật về giao thông; "
line = unit * (100_000_000 // len(unit.encode()))
open(f"{d}/line-100mb.txt", "w").write(line)
open(f"{d}/line-25mb.txt", "w").write(line[: len(line) // 4])
open(f"{d}/headings.txt", "w").write("I.\n" * 100_000)
open(f"{d}/deep.txt", "w").write("\n".join(" " * i + f"- mục {i}" for i in range(10_000)))
open(f"{d}/numbered.txt", "w").write("".join("1" + ".1" * i + f". Nội dung {i}\n" for i in range(2_000)))
head = "KẾ HOẠCH\nI. NHIỆM VỤ\n"
open(f"{d}/dashes.txt", "w").write(head + "1. Rà soát giai đoạn 2021-\n" + "tiếp tục thực hiện giai đoạn 2022-\n" * 80_000 + "2025.\n")
open(f"{d}/bars.txt", "w").write(head + "1. Rà soát\n" + "|\nnội dung\n" * 80_000)
pipe_header = "\n2\n\n| STT | Nội dung | Cơ quan | Thời gian |\n|---|---|---|---|\n"
open(f"{d}/pages.txt", "w").write(head + "PHỤ LỤC\n" + "".join(
    (pipe_header if i % 30 == 0 else "") + f"| {i} | Rà soát văn bản | Sở Tư pháp | Quý II/2026 |\n" for i in range(80_000)))
open(f"{d}/citations.txt", "w").write("KẾ HOẠCH\n" + "".join(
    f"Căn cứ Quyết định số {i}/QĐ-UBND ngày 1/2/2025 của Ủy ban nhân dân;\n" for i in range(65_536)) + "I. NHIỆM VỤ\n1. Rà soát.\n")
open(f"{d}/continued.txt", "w").write(head + "STT\tNội dung\tCơ quan chủ trì\tThời gian\n1\tRà soát\n"
                                      + "\tvăn bản quy phạm\n" * 65_536 + "\tSở Tư pháp\tQuý II\n")
open(f"{d}/capitals.txt", "w").write(head + "1. Rà soát\n" + "RÀ SOÁT VĂN BẢN QUY PHẠM PHÁP LUẬT\n" * 65_536)
open(f"{d}/borders.txt", "w").write(head + "1. Rà soát\n" + "+-----+----------+\n" * 65_536)
open(f"{d}/unstated.txt", "w").write(head + "1. Rà soát văn bản:\n" + "".join(f"- Sở Tư pháp rà soát văn bản {i}.\n" for i in range(32_768)))
cols = 50_000
open(f"{d}/wide.txt", "w").write("KẾ HOẠCH\nI. NHIỆM VỤ\n" + "| " + " | ".join(f"Cột {i}" for i in range(cols)) + " |\n|"
                                  + "---|" * cols + "\n" + ("| " + " | ".join(f"ô{i}" for i in range(cols)) + " |\n") * 2)
PY
measure "one line of 25 MB" "$tmp/line-25mb.txt"
measure "one line of 100 MB" "$tmp/line-100mb.txt"
measure "100,000 headings I." "$tmp/headings.txt"
measure "bullets 10,000 deep" "$tmp/deep.txt"
measure "numbering 2,000 deep (1.1.1…)" "$tmp/numbered.txt"
measure "a 50,000-column table row" "$tmp/wide.txt"
measure "a paragraph of 80,000 lines ending in -" "$tmp/dashes.txt"
measure "80,000 cells of lone | lines" "$tmp/bars.txt"
measure "80,000 table rows, header every 30" "$tmp/pages.txt"
measure "65,536 documents cited" "$tmp/citations.txt"
measure "a tab row continued on 65,536 lines" "$tmp/continued.txt"
measure "65,536 lines of capitals in a row" "$tmp/capitals.txt"
measure "65,536 grid borders, no row" "$tmp/borders.txt"
/usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" check "$tmp/unstated.txt" -j 1 >"$tmp/check.txt" 2>&1 || true
read -r secs kb < <(tail -n 1 "$tmp/time")
printf '%-34s %9.1f MB in %7.2f s  peak %6d MB  (%s)\n' "check: 32,768 tasks without deadline" \
  "$(echo "$(stat -c %s "$tmp/unstated.txt") / 1048576" | bc -l)" "$secs" $((kb / 1024)) "$(tail -n 1 "$tmp/check.txt")"

mkdir -p "$tmp/many"
python3 - "$tmp/many" <<'PY'
import os, sys
for i in range(100_000):
    with open(os.path.join(sys.argv[1], f"{i:06d}.txt"), "w") as f:
        f.write(f"Kế hoạch {i}\n")
PY
(cd "$tmp/many" && bsdtar -cf ../many.zip --format zip .)
rm -rf "$tmp/many"
status=0
/usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" batch "$tmp/many.zip" >"$tmp/many.jsonl" 2>"$tmp/many.err" || status=$?
# time(1) puts "Command exited with non-zero status N" above its figures when the command fails.
read -r secs kb < <(tail -n 1 "$tmp/time")
printf '%-34s %9d lines in %7.2f s  peak %6d MB  exit %d  (%s)\n' "batch: zip of 100,000 tiny entries" \
  "$(wc -l <"$tmp/many.jsonl")" "$secs" $((kb / 1024)) "$status" "$(tail -n 1 "$tmp/many.err")"
