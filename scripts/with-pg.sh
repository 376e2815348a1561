#!/usr/bin/env bash
# with-pg.sh CMD...: starts a throwaway PostgreSQL 15 cluster on a unix socket
# (fsync off, nothing on TCP), exports MERIT_TEST_PG (a merit database URL)
# for CMD, then stops the cluster and removes it, whatever CMD did.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
orig=$PWD
cd /  # the postgres user may not be able to enter the caller's directory
base=$(mktemp -d /tmp/merit-pg.XXXXXX)
port=${MERIT_TEST_PG_PORT:-55432}
as_pg=()
if [ "$(id -u)" -eq 0 ]; then
  chown postgres: "$base"
  as_pg=(runuser -u postgres --)
fi
cleanup() {
  cd /
  "${as_pg[@]}" "$PGBIN/pg_ctl" -D "$base/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$base"
}
trap cleanup EXIT
"${as_pg[@]}" "$PGBIN/initdb" -D "$base/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$base/initdb.log" 2>&1 ||
  { cat "$base/initdb.log" >&2; exit 1; }
"${as_pg[@]}" "$PGBIN/pg_ctl" -D "$base/data" -l "$base/server.log" -w -t 30 \
  -o "-p $port -k $base -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
  start >/dev/null || { cat "$base/server.log" >&2; exit 1; }
cd "$orig"
export MERIT_TEST_PG_HOST=$base MERIT_TEST_PG_PORT=$port
export MERIT_TEST_PG="postgresql:///postgres?host=$base&port=$port&user=postgres"
"$@"
