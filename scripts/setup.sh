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

# The tests need Node.js 20 (node --test's options, Playwright); Debian 12's
# own nodejs is 18.  Then Node 20 comes from the npm registry, as the npm
# package node-linux-<arch> (its binary in npm's global bin: /usr/local/bin
# for Debian's npm, ahead of /usr/bin on the PATH).
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; *) arch=$(uname -m) ;; esac
  echo "setup: Node.js ${node_major} is too old for the tests; installing Node 20 (npm: node-linux-$arch@20)"
  SUDO=; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO npm install -g --no-audit --no-fund --loglevel=error "node-linux-$arch@20" >/dev/null
  hash -r
  node -v | grep -q '^v2[0-9]' || { echo "setup: node is still $(node -v) on the PATH ($(command -v node))" >&2; exit 1; }
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
