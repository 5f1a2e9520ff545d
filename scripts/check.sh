#!/usr/bin/env bash
# make check: every test of the project, in the order that fails fastest.
#  1. set-up (Debian and npm packages, only what is missing)
#  2. a PostgreSQL cluster on loopback, unless CAUSERIE_TEST_PG_URL is given
#  3. build, C unit tests, black-box API tests on SQLite then PostgreSQL,
#     browser tests (headless Chromium)
#  4. the same unit and API suites built with AddressSanitizer + UBSan
#  5. each libFuzzer target for FUZZ_SECONDS (default 10)
# Prints one closing line "N passed, N failed" counting the stages.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --quiet || exit 1
export CAUSERIE_SKIP_SETUP=1

started_pg=""
cleanup() { [ -n "$started_pg" ] && scripts/pg-stop.sh build/pg >/dev/null 2>&1; }
trap cleanup EXIT
if [ -z "${CAUSERIE_TEST_PG_URL:-}" ]; then
  if out=$(scripts/pg-start.sh build/pg); then
    eval "$out"
    started_pg=1
  else
    echo "check: could not start PostgreSQL" >&2
    exit 1
  fi
fi
export CAUSERIE_TEST_PG_URL

passed=0; failed=0; failures=()
stage() {
  local name=$1; shift
  echo
  echo "==== $name"
  local t0=$SECONDS
  if "$@"; then
    passed=$((passed + 1)); echo "==== $name: ok ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "==== $name: FAILED ($((SECONDS - t0)) s)"
  fi
}

jobs=$(nproc 2>/dev/null || echo 2)
stage build make --no-print-directory -j"$jobs" all
stage unit make --no-print-directory -j"$jobs" unit
stage api make --no-print-directory api
stage browser make --no-print-directory browser
stage asan make --no-print-directory -j"$jobs" asan
stage fuzz make --no-print-directory -j"$jobs" fuzz FUZZ_SECONDS="${FUZZ_SECONDS:-10}"

echo
[ ${#failures[@]} -eq 0 ] || echo "failed stages: ${failures[*]}"
echo "check: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
