#!/usr/bin/env bash
# Stops the throwaway PostgreSQL cluster that scripts/pg-start.sh DIR started
# and removes its data (the logs in DIR stay).  Does nothing when none runs.
# Usage: scripts/pg-stop.sh [DIR]      (default build/pg)
set -euo pipefail

dir=${1:-build/pg}
[ -d "$dir" ] || exit 0
dir=$(cd "$dir" && pwd)
cluster=$dir
[ -f "$dir/cluster" ] && cluster=$(cat "$dir/cluster")
data=$cluster/data
[ -d "$data" ] || exit 0

bin=${PG_BIN:-}
if [ -z "$bin" ] && [ -f "$data/PG_VERSION" ]; then
  bin=/usr/lib/postgresql/$(cat "$data/PG_VERSION")/bin
fi
[ -n "$bin" ] && [ -x "$bin/pg_ctl" ] || bin=/usr/lib/postgresql/15/bin

as_pg() { "$@"; }
[ "$(id -u)" -eq 0 ] && as_pg() { runuser -u postgres -- "$@"; }

if [ -f "$data/postmaster.pid" ]; then
  pid=$(head -n 1 "$data/postmaster.pid")
  if as_pg "$bin/pg_ctl" -D "$data" -m fast -w -t 30 stop >/dev/null 2>&1; then
    echo "pg-stop: stopped the server in $data" >&2
  elif [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    # pg_ctl could not stop it: stop that one postmaster by its pid.
    as_pg "$bin/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null 2>&1 || kill -TERM "$pid"
    echo "pg-stop: stopped the server in $data (immediate)" >&2
  fi
fi
rm -rf "$data"
if [ "$cluster" != "$dir" ]; then
  cp "$cluster/server.log" "$dir/server.log" 2>/dev/null || true
  case "$cluster" in /tmp/causerie-pg.*) rm -rf "$cluster" ;; esac
fi
rm -f "$dir/port" "$dir/env" "$dir/cluster"
