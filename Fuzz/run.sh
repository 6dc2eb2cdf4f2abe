#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for a bounded time with a fixed seed.
#   Fuzz/run.sh [seconds per target, default 60] [target …]   (default: all five)
# Seeds come from Fuzz/make-seeds.py (made when Fuzz/corpus is missing); new inputs libFuzzer finds are
# added to Fuzz/corpus/<target>/; a crash, a hang (one input over 10 s) or an out-of-memory is written to
# Fuzz/artifacts/<target>/ and makes this script exit non-zero. KH_FUZZ_NICE=0 runs at normal priority.
set -uo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzParse FuzzDeadlines FuzzDecode FuzzTables FuzzArchive)
nice=(nice -n 10)
[ "${KH_FUZZ_NICE:-1}" = 0 ] && nice=()

"${nice[@]}" swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing || exit 1
bin=$(swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --show-bin-path)
[ -d corpus ] || python3 make-seeds.py || exit 1

max_len() {
  case $1 in
    FuzzDeadlines) echo 1024 ;;
    FuzzArchive) echo 65536 ;;
    *) echo 20000 ;;
  esac
}

failed=()
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t" "artifacts/$t"
  log="artifacts/$t.log"
  echo "== $t: ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 "${nice[@]}" "$bin/$t" "corpus/$t" \
    -seed=1 -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len="$(max_len "$t")" \
    -dict=kh-parse.dict -artifact_prefix="artifacts/$t/" -print_final_stats=1 -detect_leaks=0 >"$log" 2>&1
  status=$?
  grep -E '^(#[0-9]+\s+DONE|stat::number_of_executed_units|stat::average_exec_per_sec|stat::new_units_added|stat::peak_rss_mb)' "$log" | sed "s/^/   /"
  if [ $status -ne 0 ]; then
    echo "   FAILED (exit $status): $(ls "artifacts/$t" | head -3 | tr '\n' ' ')"
    grep -m 5 -E 'ERROR|Fatal error|SUMMARY|precondition' "$log" | sed "s/^/   /"
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: ${#failed[@]} target(s) failed: ${failed[*]} (inputs in Fuzz/artifacts/, logs in Fuzz/artifacts/*.log)"
  exit 1
fi
echo "fuzz: ${#targets[@]} target(s), ${seconds}s each, no failure"
