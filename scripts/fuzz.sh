#!/usr/bin/env bash
# Runs each libFuzzer target given on the command line for FUZZ_SECONDS
# (default 20) on a scratch copy of its seed corpus, so the seeds in
# fuzz/corpus/<name>/ are never modified: fuzz/corpus-run/<name>/ (ignored by
# git) is emptied and refilled from the seeds at every run.  A target named
# build/fuzz/fuzz_<name> uses fuzz/corpus/<name>/ and, if present,
# fuzz/<name>.dict.  Crash inputs go to $FUZZ_ARTIFACTS (default build/fuzz/
# artifacts); the script goes on with the other targets and exits 1 if any
# target failed.
#   usage: scripts/fuzz.sh build/fuzz/fuzz_markdown [...]
set -uo pipefail
cd "$(dirname "$0")/.."
secs=${FUZZ_SECONDS:-20}
artifacts=${FUZZ_ARTIFACTS:-build/fuzz/artifacts}
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

[ $# -gt 0 ] || { echo "usage: $0 FUZZER..." >&2; exit 2; }
passed=0; failed=0
for bin in "$@"; do
  name=$(basename "$bin"); short=${name#fuzz_}
  seeds=fuzz/corpus/$short; work=fuzz/corpus-run/$short; log=$artifacts/$name.log
  if [ ! -d "$seeds" ]; then
    echo "fuzz: $name: no seed corpus in $seeds" >&2; failed=$((failed + 1)); continue
  fi
  rm -rf "$work"; mkdir -p "$work"; cp "$seeds"/* "$work"/
  args=(-max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="$artifacts/$name-")
  case $short in markdown) args+=(-max_len=16384) ;; lr) args+=(-max_len=8192) ;; *) args+=(-max_len=4096) ;; esac
  [ -f "fuzz/$short.dict" ] && args+=(-dict="fuzz/$short.dict")
  echo "fuzz: $name for ${secs}s (seeds $seeds, log $log)"
  if "$bin" "${args[@]}" "$work" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n1)
    echo "fuzz: $name ok: ${runs:-?} runs, $cov, corpus $(ls "$work" | wc -l) inputs"
    passed=$((passed + 1))
  else
    echo "fuzz: $name FAILED; last lines of $log:"
    tail -n 40 "$log"
    ls "$artifacts/$name-"* 2>/dev/null | sed 's/^/fuzz: reproducer: /'
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ $failed -eq 0 ]
