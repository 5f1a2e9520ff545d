#!/usr/bin/env bash
# Runs each unit test binary given as an argument (cmocka programs built by
# `make unit`), shows their output, and ends with one line exactly
#   N passed, N failed
# counting cmocka tests (from each program's "[  PASSED  ] n test(s)." and
# "[  FAILED  ] n test(s)" lines).  A program that prints no cmocka summary
# (it crashed, or is not cmocka), or that exits non-zero although its tests
# passed (a sanitizer report at exit, for instance), counts as one failure.
# Exits non-zero when anything failed.  Each program gets UNIT_TIMEOUT
# seconds (default 300).
set -uo pipefail

if [ $# -eq 0 ]; then
  echo "run-unit: no unit test binaries given"
  echo "0 passed, 0 failed"
  exit 0
fi

timeout_s=${UNIT_TIMEOUT:-300}
passed=0; failed=0
bad=()
out=$(mktemp); trap 'rm -f "$out"' EXIT

for bin in "$@"; do
  echo "=== $bin"
  if [ ! -x "$bin" ]; then
    echo "run-unit: $bin is missing or not executable"
    failed=$((failed + 1)); bad+=("$bin (missing)"); continue
  fi
  timeout --kill-after=5 "$timeout_s" "$bin" >"$out" 2>&1
  rc=$?
  cat "$out"
  p=$(sed -n 's/^\[  PASSED  \] \([0-9]*\) test(s)\.$/\1/p' "$out" | awk '{s+=$1} END {print s+0}')
  f=$(sed -n 's/^\[  FAILED  \] \([0-9]*\) test(s), listed below:$/\1/p' "$out" | awk '{s+=$1} END {print s+0}')
  if ! grep -q '^\[  PASSED  \]\|^\[  FAILED  \] [0-9]* test(s), listed below:$' "$out"; then
    # No cmocka summary: judge the whole program by its exit code.
    if [ "$rc" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); bad+=("$bin (exit $rc, no cmocka summary)"); fi
    continue
  fi
  passed=$((passed + p)); failed=$((failed + f))
  if [ "$f" -gt 0 ]; then
    bad+=("$bin ($f failed)")
  elif [ "$rc" -ne 0 ]; then
    failed=$((failed + 1)); bad+=("$bin (tests passed but exit $rc)")
  fi
done

echo
if [ ${#bad[@]} -gt 0 ]; then
  echo "run-unit: failures:"
  for b in "${bad[@]}"; do echo "  $b"; done
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
