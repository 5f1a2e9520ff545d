#!/usr/bin/env bash
# Runs the black-box HTTP suite (tests/api/*.test.mjs, Node's test runner)
# against the real server binary: first on SQLite, then on PostgreSQL when
# CAUSERIE_TEST_PG_URL is set (scripts/pg-start.sh prints that export line).
#
#   scripts/run-api-tests.sh                    every file, every backend
#   scripts/run-api-tests.sh tests/api/list.test.mjs ...   only these files
#   CAUSERIE_BIN=build/asan/causerie scripts/run-api-tests.sh
#   CAUSERIE_TEST_BACKENDS=postgresql scripts/run-api-tests.sh   one backend only
#   CAUSERIE_TEST_CONCURRENCY=2 ...   test files run at once (default 4: the
#                                     files mostly wait on servers, timers and
#                                     sockets; 4 takes ~2/3 of the time of 2)
#
# Prints the runner's report, one summary line per backend and a last line
# "api: N passed, N failed"; exits non-zero when a test failed, a backend could
# not run, or a server process outlived its test file (each server's pid is
# recorded in a directory; survivors are reported and killed by pid).
set -uo pipefail
cd "$(dirname "$0")/.."

export CAUSERIE_BIN="${CAUSERIE_BIN:-$PWD/build/causerie}"
case "$CAUSERIE_BIN" in /*) ;; *) CAUSERIE_BIN="$PWD/$CAUSERIE_BIN" ;; esac
if [ ! -x "$CAUSERIE_BIN" ]; then
  echo "run-api-tests: server binary not found: $CAUSERIE_BIN (run make first)" >&2
  echo "api: 0 passed, 1 failed"
  exit 1
fi
if ! command -v node >/dev/null; then
  echo "run-api-tests: node is not installed (scripts/setup.sh installs it)" >&2
  echo "api: 0 passed, 1 failed"
  exit 1
fi

if [ $# -gt 0 ]; then files=("$@"); else files=(tests/api/*.test.mjs); fi

backends=(sqlite)
[ -n "${CAUSERIE_TEST_PG_URL:-}" ] && backends+=(postgresql)
[ -n "${CAUSERIE_TEST_BACKENDS:-}" ] && read -r -a backends <<<"${CAUSERIE_TEST_BACKENDS//,/ }"

work=$(mktemp -d "${TMPDIR:-/tmp}/causerie-api-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p tests/artifacts/api
rm -f tests/artifacts/api/*.log   # server logs of this run only

total_pass=0; total_fail=0; status=0
summary=()

# Kills, by pid, any server that outlived the test run; returns how many.
sweep() {
  local dir=$1 n=0 f pid exe
  for f in "$dir"/*.pid; do
    [ -e "$f" ] || continue
    pid=$(cat "$f")
    exe=$(readlink "/proc/$pid/exe" 2>/dev/null || true)
    if [ -n "$exe" ] && [ "$exe" = "$(readlink -f "$CAUSERIE_BIN")" ]; then
      echo "run-api-tests: server pid $pid outlived its test file; killing it" >&2
      kill -9 "$pid" 2>/dev/null || true
      n=$((n + 1))
    fi
    rm -f "$f"
  done
  echo "$n"
}

for backend in "${backends[@]}"; do
  echo "=== API tests on $backend (${#files[@]} files, $(basename "$CAUSERIE_BIN")) ==="
  if [ "$backend" = postgresql ]; then
    if [ -z "${CAUSERIE_TEST_PG_URL:-}" ]; then
      echo "run-api-tests: postgresql asked for but CAUSERIE_TEST_PG_URL is not set" >&2
      summary+=("postgresql: not run (CAUSERIE_TEST_PG_URL unset)"); total_fail=$((total_fail + 1)); status=1; continue
    fi
    if ! psql "$CAUSERIE_TEST_PG_URL" -X -q -c 'SELECT 1' >/dev/null 2>"$work/psql.err"; then
      echo "run-api-tests: cannot reach PostgreSQL at $CAUSERIE_TEST_PG_URL: $(cat "$work/psql.err")" >&2
      summary+=("postgresql: not run (server unreachable)"); total_fail=$((total_fail + 1)); status=1; continue
    fi
  fi
  piddir="$work/pids-$backend"; mkdir -p "$piddir"
  tap="$work/$backend.tap"
  start=$(date +%s)
  CAUSERIE_TEST_BACKEND=$backend CAUSERIE_TEST_PIDDIR=$piddir \
    node --test --test-concurrency="${CAUSERIE_TEST_CONCURRENCY:-4}" --test-timeout=300000 \
      --test-reporter=spec --test-reporter-destination=stdout \
      --test-reporter=tap --test-reporter-destination="$tap" \
      "${files[@]}"
  rc=$?
  secs=$(( $(date +%s) - start ))
  pass=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$tap" | tail -1)
  fail=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$tap" | tail -1)
  cancelled=$(sed -n 's/^# cancelled \([0-9]*\)$/\1/p' "$tap" | tail -1)
  pass=${pass:-0}; fail=$(( ${fail:-0} + ${cancelled:-0} ))
  if [ "$rc" -ne 0 ] && [ "$fail" -eq 0 ]; then fail=1; fi   # the runner itself failed
  orphans=$(sweep "$piddir")
  if [ "$orphans" -gt 0 ]; then fail=$((fail + orphans)); fi
  [ "$fail" -gt 0 ] && status=1
  line="$backend: $pass passed, $fail failed in ${secs}s"
  [ "$orphans" -gt 0 ] && line="$line ($orphans orphan server(s) killed)"
  if [ "$fail" -gt 0 ]; then
    # The names of the failed tests (not suites), with file:line, from the TAP report.
    failed=$(awk '
      function flush() { if (name != "" && !suite) print name (loc != "" ? " (" loc ")" : ""); name = ""; }
      /^[ ]*(not )?ok [0-9]+ - / { flush(); suite = 0; loc = "";
        if ($0 ~ /^[ ]*not ok / && $0 !~ /# SKIP/) { name = $0; sub(/^[ ]*not ok [0-9]+ - /, "", name) } next }
      /^[ ]*type: .suite./ { suite = 1 }
      /^[ ]*location: / { loc = $0; sub(/^[ ]*location: .*\/tests\/api\//, "", loc); sub(/:[0-9]+.$/, "", loc) }
      END { flush() }' "$tap" | head -40)
    [ -n "$failed" ] && line="$line"$'\n'"  failed: ${failed//$'\n'/$'\n'  failed: }"
  fi
  summary+=("$line")
  total_pass=$((total_pass + pass)); total_fail=$((total_fail + fail))
done

echo
echo "=== API test summary (server logs in tests/artifacts/api/) ==="
for l in "${summary[@]}"; do echo "$l"; done
echo "api: $total_pass passed, $total_fail failed"
exit $status
