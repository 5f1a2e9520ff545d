#!/usr/bin/env bash
# bench/http/post-readers.sh — durable POSTs to a page that has live
# readers, two binaries A/B: ROUNDS alternating rounds, each on a fresh
# SQLite file with READERS event streams open on the page (curl -N), wrk
# -t2 -c32 for SECS seconds after a 1 s warm-up (bench/http/post.lua),
# printing each round's req/s, then the medians and their ratio B/A.  It
# shows what delivering each comment to the page's readers in id order
# (api/events.c) costs a POST.  This machine is noisy: compare the medians.
#   usage: bench/http/post-readers.sh BIN_A BIN_B [ROUNDS]   (SECS=5, READERS=8)
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$1; B=$2; R=${3:-5}
w=$(mktemp -d /tmp/causerie-post-readers-XXXXXX); out=$w/results
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$w"' EXIT
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for r in $(seq "$R"); do for which in A B; do
  bin=$A; [ "$which" = B ] && bin=$B
  rm -f "$w"/db*
  CAUSERIE_SERVER_LISTEN=127.0.0.1:$port CAUSERIE_STORE_URL=sqlite:$w/db \
  CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn "$bin" serve >/dev/null 2>"$w/log" &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  readers=()
  for _ in $(seq "${READERS:-8}"); do
    curl -sN "http://127.0.0.1:$port/api/v1/events?uri=/bench/post" >/dev/null &
    readers+=($!)
  done
  sleep 0.3
  wrk -t1 -c4 -d1s -s bench/http/post.lua "http://127.0.0.1:$port/api/v1/comments" >/dev/null
  rps=$(wrk -t2 -c32 -d"${SECS:-5}"s -s bench/http/post.lua "http://127.0.0.1:$port/api/v1/comments" |
        awk '/Requests\/sec/ {print $2}')
  kill "${readers[@]}" 2>/dev/null || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  wait "${readers[@]}" 2>/dev/null || true
  echo "round $r $which req/s=$rps" | tee -a "$out"
done; done
med() { grep " $1 " "$out" | sed 's/.*req\/s=\([0-9.]*\).*/\1/' | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
a=$(med A); b=$(med B)
awk -v a="$a" -v b="$b" 'BEGIN {printf "median req/s with live readers: A %.0f, B %.0f, ratio B/A %.2f\n", a, b, b / a}'
