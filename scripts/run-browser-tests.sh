#!/usr/bin/env bash
# Runs the browser tests (tests/browser/*.test.mjs: Playwright driving
# Debian's headless Chromium against the real server).  Screenshots go to
# tests/artifacts/.  CAUSERIE_BIN names the server binary.
set -euo pipefail
cd "$(dirname "$0")/.."
shopt -s nullglob
tests=(tests/browser/*.test.mjs)
if [ ${#tests[@]} -eq 0 ]; then
  echo "browser: no browser tests yet"
  exit 0
fi
mkdir -p tests/artifacts
exec node --test --test-concurrency=1 "${tests[@]}"
