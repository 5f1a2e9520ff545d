#!/usr/bin/env bash
# Installs what Causerie needs to build and test, only when it is missing:
# Debian packages (apt-get, as root or through sudo) and the npm packages
# pinned by package-lock.json (npm ci).  Safe to run again: it checks first.
set -euo pipefail
cd "$(dirname "$0")/.."
quiet=0; [ "${1:-}" = "--quiet" ] && quiet=1

DEBS=(build-essential pkg-config clang libclang-rt-14-dev
      libmicrohttpd-dev libsqlite3-dev sqlite3 libpq-dev libjansson-dev libcmark-dev
      libsodium-dev libutf8proc-dev libcurl4-openssl-dev libinih-dev zlib1g-dev libcmocka-dev
      postgresql nginx-light wrk chromium python3-aiosmtpd bogofilter spamassassin
      strace valgrind
      libxml2-utils nodejs npm curl)

missing=()
for p in "${DEBS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# node and npm may come from elsewhere than Debian: accept any on the PATH.
if command -v node >/dev/null && command -v npm >/dev/null; then
  tmp=(); for p in "${missing[@]}"; do [[ "$p" == nodejs || "$p" == npm ]] || tmp+=("$p"); done
  missing=("${tmp[@]+"${tmp[@]}"}")
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q >/dev/null
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f package-lock.json ]; then
  stamp=node_modules/.causerie-lock
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    echo "setup: npm ci"
    npm ci --no-audit --no-fund --loglevel=error >/dev/null
    cp package-lock.json "$stamp"
  fi
fi
[ $quiet -eq 1 ] || echo "setup: everything is installed"
