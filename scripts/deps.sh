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
  libcairo2-dev libpango1.0-dev fonts-dejavu-core poppler-utils
  curl python3 python3-openpyxl python3-jsonschema xlsx2csv
)
# node and npm: `make run` builds the browser application (web/) and `make test` runs its
# unit tests and the OpenAPI validator (tools/openapi). node may be installed outside dpkg
# (nvm, a tarball): Debian's only when neither is there.
if ! command -v node >/dev/null 2>&1 && ! command -v npm >/dev/null 2>&1; then
  pkgs+=(nodejs npm)
fi
testing=
# bench/http's peer is Debian's plain nginx package (nginx-light only adds the echo
# module); on a machine with systemd, installing it also starts the stock site on :80
case "${1:-}" in
  --bench) pkgs+=(time python3-pandas python3-scipy wrk nginx) ;;
  # the end-to-end tests (tests/e2e) drive Debian's Chromium through playwright-core
  --test) testing=1; pkgs+=(chromium) ;;
esac

missing=()
for p in "${pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
# --test: then the npm packages of tools/openapi (the OpenAPI validator), as its package-lock.json pins them
npm_deps() {
  if [ -n "$testing" ]; then
    local root
    root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
    bash "$root/scripts/npm-deps.sh" "$root/tools/openapi"
  fi
}
if [ ${#missing[@]} -eq 0 ]; then
  npm_deps
  exit 0
fi

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
npm_deps
