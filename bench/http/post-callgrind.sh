#!/usr/bin/env bash
# bench/http/post-callgrind.sh — user-space instructions per durable POST,
# moderated and unmoderated, counted by callgrind (valgrind; apt-get install
# valgrind): a count, not a timing, so it can be compared across builds on a
# noisy machine.  The server (two worker threads, a fresh SQLite file) gets
# one POST answered first (the first decision loads the spam model's copy
# from the store, spamstore.c: ~15k instructions per POST of the window when
# valgrind's slow start let that load run into it), then a 3 s warm-up, its
# counters are zeroed, then wrk -t2 -c8 posts
# bench/http/post.lua for SECS seconds (default 10); instructions of every
# thread / comments stored in that window.  Kernel work (WAL writes, fsync)
# is not counted: post-ab.sh prints CPU time.  The server under valgrind
# may take minutes to start on a loaded machine: it is waited for up to
# START_WAIT seconds (default 300), and whatever happens (an error, ^C)
# the server this script started is stopped on exit.
#   usage: bench/http/post-callgrind.sh [BIN]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/causerie}
for t in valgrind callgrind_control callgrind_annotate wrk sqlite3; do
  command -v $t >/dev/null || { echo "post-callgrind: $t is missing" >&2; exit 1; }
done
w=$(mktemp -d /tmp/causerie-post-cg-XXXXXX)
pid=
stop_server() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    pid=
  fi
}
trap 'stop_server; rm -rf "$w"' EXIT
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for mode in true false; do
  rm -f "$w"/db* "$w"/cg.*
  CAUSERIE_SERVER_THREADS=2 CAUSERIE_SERVER_LISTEN=127.0.0.1:$port CAUSERIE_STORE_URL=sqlite:$w/db \
  CAUSERIE_MODERATION_ENABLED=$mode CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn \
    valgrind --tool=callgrind --callgrind-out-file="$w/cg.%p" "$BIN" serve >/dev/null 2>"$w/log" &
  pid=$!
  up=false
  for _ in $(seq $((${START_WAIT:-300} * 5))); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && { up=true; break; }
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  if ! $up; then
    echo "post-callgrind: the server did not answer /healthz within ${START_WAIT:-300} s" >&2
    tail -20 "$w/log" >&2
    exit 1
  fi
  curl -sf -o /dev/null -H 'Content-Type: application/json' --max-time 120 \
    -d '{"uri":"/bench/post","author":"Bench","text":"Le premier commentaire, avant la mesure."}' \
    "http://127.0.0.1:$port/api/v1/comments"
  wrk -t1 -c2 -d3s -s bench/http/post.lua "http://127.0.0.1:$port/api/v1/comments" >/dev/null
  callgrind_control -z "$pid" >/dev/null 2>&1
  n0=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  wrk -t2 -c8 -d"${SECS:-10}"s -s bench/http/post.lua "http://127.0.0.1:$port/api/v1/comments" >/dev/null
  n1=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  callgrind_control -d "$pid" >/dev/null 2>&1
  sleep 1
  stop_server
  dump=$(ls "$w"/cg.* | grep '\.1$' | head -1)
  total=$(callgrind_annotate "$dump" 2>/dev/null | awk '/PROGRAM TOTALS/ {gsub(",", "", $1); print $1}')
  echo "moderation=$mode posts=$((n1 - n0)) instructions_per_post=$((total / (n1 - n0)))"
done
