#!/usr/bin/env bash
# Installs the Debian packages merit needs to build, run and test.
# Idempotent and quiet when everything is there. As root it runs apt-get;
# otherwise it prints the exact command to run and fails.
set -euo pipefail

pkgs=(
  build-essential pkg-config cmake ninja-build
  libmicrohttpd-dev libjansson-dev libsqlite3-dev sqlite3 libpq-dev postgresql-15
  libsodium-dev libcsv-dev libxlsxwriter-dev libzip-dev libexpat1-dev libinih-dev
  libcriterion-dev clang libfuzzer-14-dev libclang-rt-14-dev clang-format
  curl python3 python3-openpyxl xlsx2csv
)
case "${1:-}" in
  --bench) pkgs+=(time python3-pandas python3-scipy) ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

cmd="apt-get install -y --no-install-recommends ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
  echo "merit: missing Debian packages: ${missing[*]}" >&2
  echo "merit: run as root: apt-get update && $cmd" >&2
  exit 1
fi
echo "merit: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# the package lists may be absent on a fresh machine; refresh once, then install
if ! apt-get install -y -qq --no-install-recommends "${missing[@]}" >/tmp/merit-apt.log 2>&1; then
  apt-get update -qq >/tmp/merit-apt.log 2>&1
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >>/tmp/merit-apt.log 2>&1 || {
    tail -20 /tmp/merit-apt.log >&2
    exit 1
  }
fi
