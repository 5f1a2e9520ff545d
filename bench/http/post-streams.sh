#!/usr/bin/env bash
# bench/http/post-streams.sh — durable POSTs while many pages are watched,
# two binaries A/B: ROUNDS alternating rounds, each on a fresh SQLite file
# with STREAMS idle event streams spread over PAGES other pages and READERS
# on the page posted to (bench/http/idle-streams.mjs), wrk -t2 -c32 for
# SECS seconds after a 1 s warm-up (bench/http/post.lua), printing each
# round's req/s and the server's CPU time per POST, then the medians and
# their ratios B/A.  It shows what handing a comment to its page's readers
# (api/events.c, http/stream.c) costs a POST when the server holds the
# streams of many other pages too.  DBDIR=/dev/shm keeps the database in
# memory (its fsyncs cost nothing), so that a POST's CPU, not the disk,
# sets the pace.  This machine is noisy: compare the medians.
#   usage: bench/http/post-streams.sh BIN_A BIN_B [ROUNDS]
#          (SECS=5, STREAMS=2000, PAGES=500, READERS=8, DBDIR=/tmp)
set -euo pipefail
cd "$(dirname "$0")/../.."
A=$1; B=$2; R=${3:-5}
STREAMS=${STREAMS:-2000}; PAGES=${PAGES:-500}; READERS=${READERS:-8}
for t in wrk node curl sqlite3; do
  command -v $t >/dev/null || { echo "post-streams: $t is missing" >&2; exit 1; }
done
w=$(mktemp -d "${DBDIR:-/tmp}/causerie-post-streams-XXXXXX"); out=$w/results
pid=; opener=
cleanup() {
  [ -n "$opener" ] && kill "$opener" 2>/dev/null
  [ -n "$pid" ] && kill "$pid" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$w"
}
trap cleanup EXIT
tck=$(getconf CLK_TCK)
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
url=http://127.0.0.1:$port
for r in $(seq "$R"); do for which in A B; do
  bin=$A; [ "$which" = B ] && bin=$B
  rm -f "$w"/db*
  CAUSERIE_SERVER_LISTEN=127.0.0.1:$port CAUSERIE_STORE_URL=sqlite:$w/db \
  CAUSERIE_LIMITS_MAX_CONNECTIONS=$((STREAMS + READERS + 1024)) \
  CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn "$bin" serve >/dev/null 2>"$w/log" &
  pid=$!
  for _ in $(seq 300); do curl -sf "$url/healthz" >/dev/null && break; sleep 0.1; done
  node bench/http/idle-streams.mjs "$url" "$STREAMS" "$PAGES" "$READERS" >"$w/opener" &
  opener=$!
  until grep -qs '^ready' "$w/opener"; do
    kill -0 "$opener" 2>/dev/null || { echo "post-streams: the streams did not open" >&2; exit 1; }
    sleep 0.2
  done
  wrk -t1 -c4 -d1s -s bench/http/post.lua "$url/api/v1/comments" >/dev/null
  c0=$(awk '{print $14+$15}' /proc/$pid/stat); n0=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  rps=$(wrk -t2 -c32 -d"${SECS:-5}"s -s bench/http/post.lua "$url/api/v1/comments" |
        awk '/Requests\/sec/ {print $2}')
  c1=$(awk '{print $14+$15}' /proc/$pid/stat); n1=$(sqlite3 "$w/db" "SELECT COUNT(*) FROM comments")
  kill "$opener"; wait "$opener" 2>/dev/null || true; opener=
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
  cpu=$(( (c1 - c0) * 1000000 / tck / (n1 - n0) ))
  echo "round $r $which req/s=$rps cpu_us_per_post=$cpu" | tee -a "$out"
done; done
med() { grep " $1 " "$out" | sed "s|.*$2=\([0-9.]*\).*|\1|" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ra=$(med A req/s); rb=$(med B req/s); ca=$(med A cpu_us_per_post); cb=$(med B cpu_us_per_post)
awk -v ra="$ra" -v rb="$rb" -v ca="$ca" -v cb="$cb" -v s="$STREAMS" -v p="$PAGES" -v n="$READERS" 'BEGIN {
  printf "%d streams over %d pages, %d readers on the page posted to\n", s, p, n
  printf "median req/s: A %.0f, B %.0f, ratio B/A %.2f\n", ra, rb, rb / ra
  printf "median server CPU us per POST: A %d, B %d, ratio B/A %.2f\n", ca, cb, cb / ca }'
