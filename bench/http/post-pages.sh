#!/usr/bin/env bash
# bench/http/post-pages.sh — database pages written per durable POST,
# moderated and unmoderated, counted rather than timed (strace; apt-get
# install strace): every 4 KiB pwrite of the server — a WAL frame at commit,
# or a page copied into the database file by a checkpoint.  A POST's commit
# is disk-bound: its cost grows with the pages it writes, so the ratio of
# these counts tracks the throughput ratio that post-ab.sh times on this
# noisy machine.  One worker thread, one connection (wrk -t1 -c1: no two
# commits share a flush), 3 s of warm-up, then 3 s counted, each mode on a
# fresh SQLite file.  A ENV=VALUE argument after BIN goes to both servers.
#   usage: bench/http/post-pages.sh [BIN] [ENV=VALUE...]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/causerie}
shift || true
for t in strace wrk sqlite3 curl; do
  command -v $t >/dev/null || { echo "post-pages: $t is missing" >&2; exit 1; }
done
w=$(mktemp -d /tmp/causerie-post-pages-XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$w"; }
trap cleanup EXIT
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port/api/v1/comments
declare -A per
for mode in true false; do
  rm -f "$w"/db* "$w"/trace
  env "$@" CAUSERIE_SERVER_THREADS=1 CAUSERIE_SERVER_LISTEN=127.0.0.1:$port \
    CAUSERIE_STORE_URL=sqlite:$w/db CAUSERIE_MODERATION_ENABLED=$mode \
    CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn "$BIN" serve >/dev/null 2>"$w/log" &
  pid=$!
  for _ in $(seq 100); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.1; done
  wrk -t1 -c1 -d3s -s bench/http/post.lua "$url" >/dev/null
  strace -f -e trace=pwrite64 -o "$w/trace" -p "$pid" 2>/dev/null &
  spid=$!
  sleep 0.5
  n0=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  wrk -t1 -c1 -d3s -s bench/http/post.lua "$url" >/dev/null
  n1=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  kill "$spid"; wait "$spid" 2>/dev/null || true
  kill "$pid"; wait "$pid" 2>/dev/null || true
  pid=
  pages=$(grep -c ', 4096, ' "$w/trace" || true)
  per[$mode]=$(awk -v p="$pages" -v n=$((n1 - n0)) 'BEGIN {printf "%.2f", p / n}')
  echo "moderation=$mode posts=$((n1 - n0)) pages_written_per_post=${per[$mode]}"
done
awk -v m="${per[true]}" -v u="${per[false]}" 'BEGIN {printf "unmoderated/moderated pages per POST: %.3f\n", u / m}'
