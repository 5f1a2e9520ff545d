#!/usr/bin/env bash
# make bench: the reader API against nginx, side by side in one run.
#
#  GET  a 50-comment thread (limit=all) from causerie, and the very same
#       response bytes served by nginx as a static file: wrk -t2 -c32.
#  POST new comments (each one a durable SQLite commit: WAL, synchronous=FULL),
#       moderated, then again on a server with moderation.enabled=false; and
#       the engine's median time per decision (elapsed_us of the decisions
#       kept in the comments' rows).
#  Peak RSS of the causerie process (VmHWM) after all of it.
#
# Each GET measurement runs ROUNDS times, alternating the two servers, and the
# medians are reported (this machine is noisy: compare ratios, not absolutes).
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${CAUSERIE_BIN:-build/causerie}
DUR=${BENCH_SECONDS:-8}
ROUNDS=${BENCH_ROUNDS:-3}
for t in wrk nginx curl; do command -v $t >/dev/null || { echo "bench: $t is missing (make setup)"; exit 1; }; done

work=$(mktemp -d /tmp/causerie-bench-XXXXXX)
chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

cport=$(free_port)
CAUSERIE_SERVER_LISTEN=127.0.0.1:$cport CAUSERIE_STORE_URL=sqlite:$work/bench.db \
CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_LIMITS_VOTES_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn \
  "$BIN" serve 2>"$work/causerie.log" &
cpid=$!; pids+=($cpid)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$cport/healthz" >/dev/null && break; sleep 0.1; done

echo "seeding a 50-comment thread…"
for i in $(seq 1 50); do
  parent=null; [ $i -gt 10 ] && [ $((i % 3)) -eq 0 ] && parent=$((i - 1))
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$cport/api/v1/comments" -H 'Content-Type: application/json' \
    -d "{\"uri\":\"/bench/article\",\"author\":\"Lecteur $i\",\"parent\":$parent,\"text\":\"Commentaire numéro $i : un avis argumenté sur l'article, avec un peu de **Markdown** et [un lien](https://example.org/$i).\"}"
done
path="/api/v1/comments?uri=/bench/article&limit=all"
curl -sf "http://127.0.0.1:$cport$path" -o "$work/thread.json"
echo "response: $(wc -c <"$work/thread.json") bytes, $(grep -o '"id":' "$work/thread.json" | wc -l) comments"

# nginx serves the same bytes at the same path.
mkdir -p "$work/nginx/html/api/v1" "$work/nginx/logs"
cp "$work/thread.json" "$work/nginx/html/api/v1/comments"
nport=$(free_port)
cat >"$work/nginx/nginx.conf" <<CONF
user root;
worker_processes 2;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  keepalive_requests 1000000;
  sendfile on; tcp_nopush on;
  server {
    listen 127.0.0.1:$nport;
    root $work/nginx/html;
    location /api/v1/comments { default_type "application/json; charset=utf-8"; etag on; }
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
pids+=($!)
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$nport$path" -o /dev/null && break; sleep 0.1; done
cmp <(curl -sf "http://127.0.0.1:$nport$path") "$work/thread.json" || { echo "bench: nginx does not serve the same bytes"; exit 1; }

# wrk output -> "req/s p99_ms"
measure() {
  wrk -t2 -c32 -d"${DUR}s" --latency "$@" 2>&1 | awk '
    /Requests\/sec/ {rps=$2}
    /^ *99%/ {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; p99=v}
    END {printf "%s %s\n", rps, p99}'
}
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

: >"$work/c.txt"; : >"$work/n.txt"
for r in $(seq 1 "$ROUNDS"); do
  measure "http://127.0.0.1:$cport$path" >>"$work/c.txt"
  measure "http://127.0.0.1:$nport$path" >>"$work/n.txt"
  echo "round $r: causerie $(tail -1 "$work/c.txt")  nginx $(tail -1 "$work/n.txt")  (req/s p99_ms)"
done
c_rps=$(cut -d' ' -f1 "$work/c.txt" | median); c_p99=$(cut -d' ' -f2 "$work/c.txt" | median)
n_rps=$(cut -d' ' -f1 "$work/n.txt" | median); n_p99=$(cut -d' ' -f2 "$work/n.txt" | median)

post=$(measure -s bench/http/post.lua "http://127.0.0.1:$cport/api/v1/comments")
p_rps=${post% *}; p_p99=${post#* }
rss_kb=$(awk '/VmHWM/ {print $2}' /proc/$cpid/status)
# a posted comment's decision is kept in its row (comments.auto_detail)
dec_n=$(sqlite3 "$work/bench.db" "SELECT COUNT(*) FROM comments WHERE auto_detail IS NOT NULL")
dec_us=$(sqlite3 "$work/bench.db" "SELECT json_extract(auto_detail, '\$.elapsed_us') FROM comments WHERE auto_detail IS NOT NULL" | median)

# The same POSTs on a server of its own with the moderation engine bypassed.
mport=$(free_port)
CAUSERIE_SERVER_LISTEN=127.0.0.1:$mport CAUSERIE_STORE_URL=sqlite:$work/nomod.db CAUSERIE_MODERATION_ENABLED=false \
CAUSERIE_LIMITS_POSTS_PER_MINUTE=0 CAUSERIE_SERVER_LOG_LEVEL=warn "$BIN" serve 2>"$work/nomod.log" &
pids+=($!)
for _ in $(seq 100); do curl -sf "http://127.0.0.1:$mport/healthz" >/dev/null && break; sleep 0.1; done
nomod=$(measure -s bench/http/post.lua "http://127.0.0.1:$mport/api/v1/comments")
q_rps=${nomod% *}; q_p99=${nomod#* }

echo
echo "live events:"
node bench/sse/run.mjs "http://127.0.0.1:$cport" "$cpid" "${BENCH_STREAMS:-5000}" || echo "bench: not every stream got the event"

echo
printf '%-44s %12s %10s\n' "" "req/s" "p99 (ms)"
printf '%-44s %12.0f %10.2f\n' "GET 50-comment thread, causerie (median)" "$c_rps" "$c_p99"
printf '%-44s %12.0f %10.2f\n' "GET same bytes, nginx static (median)" "$n_rps" "$n_p99"
printf '%-44s %12.0f %10.2f\n' "POST comment, durable (causerie)" "$p_rps" "$p_p99"
printf '%-44s %12.0f %10.2f\n' "POST comment, durable, moderation off" "$q_rps" "$q_p99"
echo "moderation: median ${dec_us} us per decision in the server ($dec_n decisions, model in SQLite)"
awk -v c="$c_rps" -v n="$n_rps" 'BEGIN {printf "causerie / nginx GET throughput: %.2f\n", c / n}'
awk -v k="$rss_kb" 'BEGIN {printf "causerie peak RSS: %.1f MB\n", k / 1024}'
