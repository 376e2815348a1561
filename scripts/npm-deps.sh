#!/usr/bin/env bash
# npm-deps.sh DIR: installs DIR's npm packages exactly as DIR/package-lock.json
# pins them (npm ci), when DIR/node_modules is missing or older than the lock
# file. Quiet when they are up to date. Needs node and npm (scripts/deps.sh installs them).
set -euo pipefail
dir=${1:?usage: npm-deps.sh DIR}
lock=$dir/package-lock.json
[ -f "$lock" ] || { echo "merit: $lock is missing" >&2; exit 1; }
if [ -d "$dir/node_modules" ] && ! [ "$lock" -nt "$dir/node_modules" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1 || ! command -v node >/dev/null 2>&1; then
  echo "merit: node and npm are needed for $dir; on Debian: apt-get install nodejs npm" >&2
  exit 1
fi
echo "merit: installing the npm packages of $dir" >&2
if ! (cd "$dir" && npm ci --no-audit --no-fund --silent); then
  # a half-made node_modules newer than the lock file would pass as up to date
  rm -rf "$dir/node_modules"
  echo "merit: npm ci failed in $dir; run it there without --silent to see why" >&2
  exit 1
fi
# npm ci may leave the directory's own time older than the lock file's
touch "$dir/node_modules"
