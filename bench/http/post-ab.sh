#!/usr/bin/env bash
# bench/http/post-ab.sh — moderated against unmoderated durable POSTs, A/B:
# ROUNDS alternating rounds, each on a fresh SQLite file (wrk -t2 -c32,
# SECS seconds after a 1 s warm-up, bench/http/post.lua), printing each
# round's req/s and the server's CPU time per POST, then the medians and
# their ratio.  This machine is noisy: the medians are what to compare.
#   usage: bench/http/post-ab.sh [BIN] [ROUNDS]   (SECS=5, THREADS=server.threads)
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/causerie}; R=${2:-5}
w=$(mktemp -d /tmp/causerie-post-ab-XXXXXX); out=$w/results
trap 'rm -rf "$w"' EXIT
tck=$(getconf CLK_TCK)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for r in $(seq "$R"); do for mode in true false; do
  rm -f "$w"/db*
  CAUSERIE_SERVER_THREADS=${THREADS:-0} CAUSERIE_SERVER_LISTEN=127.0.0.1:$port CAUSERIE_STORE_URL=sqlite:$w/db \
  CAUSERIE_MODERATION_ENABLED=$mode CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn \
    "$BIN" serve >/dev/null 2>"$w/log" &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  wrk -t1 -c4 -d1s -s bench/http/post.lua "http://127.0.0.1:$port/api/v1/comments" >/dev/null
  c0=$(awk '{print $14+$15}' /proc/$pid/stat); n0=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  rps=$(wrk -t2 -c32 -d"${SECS:-5}"s -s bench/http/post.lua "http://127.0.0.1:$port/api/v1/comments" |
        awk '/Requests\/sec/ {print $2}')
  c1=$(awk '{print $14+$15}' /proc/$pid/stat); n1=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  kill "$pid"; wait "$pid" 2>/dev/null || true
  cpu=$(( (c1 - c0) * 1000000 / tck / (n1 - n0) ))
  echo "round $r moderation=$mode req/s=$rps cpu_us_per_post=$cpu" | tee -a "$out"
done; done
med() { grep "moderation=$1 " "$out" | sed 's/.*req\/s=\([0-9.]*\).*/\1/' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
m=$(med true); u=$(med false)
awk -v m="$m" -v u="$u" 'BEGIN {printf "median req/s: moderated %.0f, unmoderated %.0f, ratio %.2f\n", m, u, m / u}'
