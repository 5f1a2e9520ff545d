#!/usr/bin/env bash
# bench/http/start-rss.sh — the server's memory at start: VmHWM (the peak
# so far: seeding the spam model, training the abuse model, compiling the
# policy) and VmRSS (what stays) read from /proc at the first answer of
# /healthz, `causerie serve` on a fresh SQLite file, ROUNDS times per
# binary, the binaries alternated (to compare two builds on this noisy
# machine; memory is steadier than time, but the runs still vary by a few
# hundred KB).
#   usage: bench/http/start-rss.sh [ROUNDS] [BIN...]   (default: 3 build/causerie)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${1:-3}
shift || true
[ $# -gt 0 ] || set -- build/causerie
command -v curl >/dev/null || { echo "start-rss: curl is missing" >&2; exit 1; }
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null ||
       /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for r in $(seq "$ROUNDS"); do
  for bin in "$@"; do
    d=$(mktemp -d /tmp/causerie-start-rss-XXXXXX)
    CAUSERIE_SERVER_LISTEN=127.0.0.1:$port CAUSERIE_STORE_URL=sqlite:$d/c.db \
      CAUSERIE_SERVER_LOG_LEVEL=warn "$bin" serve >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 300); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.05; done
    hwm=$(awk '/VmHWM/{print $2}' /proc/$pid/status)
    rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$d"
    printf 'round %d  %-30s  VmHWM %6.1f MB  VmRSS %6.1f MB\n' "$r" "$bin" "$(echo "$hwm/1024" | bc -l)" "$(echo "$rss/1024" | bc -l)"
  done
done
