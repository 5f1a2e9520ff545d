#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the tests and prints, on stdout,
#   export CAUSERIE_TEST_PG_URL=postgresql://postgres@127.0.0.1:PORT/causerie_test
# Usage: scripts/pg-start.sh [DIR]      (default build/pg; stop: scripts/pg-stop.sh DIR)
#   eval "$(scripts/pg-start.sh build/pg)"
#
# The cluster is new every time (a stale one in DIR is stopped and wiped
# first): initdb from Debian's PostgreSQL (15 preferred, else the newest in
# /usr/lib/postgresql), trust authentication on loopback only, listening on
# 127.0.0.1 on a free port, its unix socket in the cluster directory, fsync
# on.  As root, the server runs as the `postgres` user (initdb refuses root);
# when that user cannot reach DIR, the cluster lives in a private directory
# under /tmp whose path is written to DIR/cluster.  The server log is
# CLUSTER/server.log.  Everything but the export line goes to stderr.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
dir=${1:-build/pg}
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)

log() { echo "pg-start: $*" >&2; }

bin=${PG_BIN:-}
if [ -z "$bin" ]; then
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    bin=/usr/lib/postgresql/15/bin
  else
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  fi
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  log "no PostgreSQL server found in /usr/lib/postgresql (apt-get install postgresql)"
  exit 1
fi

# Stop whatever an earlier run left behind.
"$here/pg-stop.sh" "$dir" >&2 || true

as_pg() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    log "running as root but there is no 'postgres' user (install the postgresql package)"
    exit 1
  fi
  as_pg() { runuser -u postgres -- "$@"; }
fi

# Where the cluster lives: DIR itself when the server's user can write there.
cluster=$dir
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$dir" 2>/dev/null || true
  if ! as_pg test -w "$dir" -a -x "$dir"; then
    cluster=$(mktemp -d /tmp/causerie-pg.XXXXXX)
    chown postgres: "$cluster"
    log "postgres cannot reach $dir; cluster in $cluster"
  fi
fi
echo "$cluster" > "$dir/cluster"
data=$cluster/data
rm -rf "$data" "$cluster/server.log"

log "initdb ($bin) in $data"
as_pg "$bin/initdb" -D "$data" -U postgres -E UTF8 --locale=C \
  --auth-local=trust --auth-host=trust >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2; exit 1; }

free_port() {
  perl -MIO::Socket::INET -e \
    'my $s = IO::Socket::INET->new(Listen => 1, LocalAddr => "127.0.0.1", LocalPort => 0,
                                    Proto => "tcp") or die "no free port: $!\n";
     print $s->sockport, "\n";'
}

# The port can be taken between the probe and the server's bind: try again.
port=
for attempt in 1 2 3 4 5; do
  p=$(free_port)
  if as_pg "$bin/pg_ctl" -D "$data" -l "$cluster/server.log" -w -t 60 \
       -o "-c listen_addresses=127.0.0.1 -c port=$p -c unix_socket_directories=$cluster -c fsync=on" \
       start >&2; then
    port=$p
    break
  fi
  log "start on port $p failed (attempt $attempt); see $cluster/server.log"
  tail -n 5 "$cluster/server.log" >&2 || true
done
[ -n "$port" ] || { log "could not start PostgreSQL"; exit 1; }
echo "$port" > "$dir/port"

for i in $(seq 1 60); do
  "$bin/pg_isready" -q -h 127.0.0.1 -p "$port" && break
  sleep 0.5
done
"$bin/pg_isready" -q -h 127.0.0.1 -p "$port" || { log "server not ready"; exit 1; }

"$bin/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres \
  -c 'CREATE DATABASE causerie_test' >&2

url="postgresql://postgres@127.0.0.1:$port/causerie_test"
echo "export CAUSERIE_TEST_PG_URL=$url" | tee "$dir/env"
log "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') ready on 127.0.0.1:$port"
