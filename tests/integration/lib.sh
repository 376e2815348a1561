# lib.sh - shared by the integration tests (sourced). Each test runs once per
# engine: TEST_ENGINE=sqlite uses a temporary file, TEST_ENGINE=pg a fresh
# database in the throwaway cluster of scripts/with-pg.sh (MERIT_TEST_PG).
set -euo pipefail

: "${MERIT_BIN:?MERIT_BIN must name the merit binary}"
: "${TEST_ENGINE:=sqlite}"
export MERIT_LANG=${MERIT_LANG:-en}
PY=/usr/bin/python3
IT_TMP=$(mktemp -d /tmp/merit-it.XXXXXX)
it_cleanup_hooks=()
it_cleanup() {
  for h in "${it_cleanup_hooks[@]}"; do eval "$h" || true; done
  rm -rf "$IT_TMP"
}
trap it_cleanup EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }
pass() { echo "ok - $*"; }

# it_new_db NAME: prints a database URL for a new, empty database
it_new_db() {
  local name=$1
  if [ "$TEST_ENGINE" = pg ]; then
    if [ -z "${MERIT_TEST_PG:-}" ]; then
      echo "MERIT_TEST_PG is not set: skipping the PostgreSQL run" >&2
      exit 77
    fi
    local db="it_${name}_$$_$RANDOM"
    psql "$(it_pg_conninfo postgres)" -qAtc "CREATE DATABASE $db" >/dev/null
    echo "postgresql:///$db?${MERIT_TEST_PG#*\?}"
  else
    echo "sqlite:$IT_TMP/$name.db"
  fi
}

it_pg_conninfo() {
  echo "host=$MERIT_TEST_PG_HOST port=$MERIT_TEST_PG_PORT user=postgres dbname=$1"
}

# it_sql URL SQL: runs one query and prints the rows (| separated)
it_sql() {
  local url=$1 sql=$2
  case "$url" in
    sqlite:*) sqlite3 -batch "${url#sqlite:}" "$sql" ;;
    *)
      local db=${url#postgresql:///}
      db=${db%%\?*}
      psql "$(it_pg_conninfo "$db")" -qAtc "$sql"
      ;;
  esac
}

# expect_exit CODE CMD...: runs CMD, fails unless it exits with CODE; output in $IT_TMP/out, err
expect_exit() {
  local want=$1 got=0
  shift
  "$@" >"$IT_TMP/out" 2>"$IT_TMP/err" || got=$?
  if [ "$got" -ne "$want" ]; then
    echo "--- stdout"; cat "$IT_TMP/out"; echo "--- stderr"; cat "$IT_TMP/err"
    fail "expected exit $want, got $got: $*"
  fi
}

# it_serve NAME MERIT-ARGS...: starts `merit MERIT-ARGS...` (a serve command listening on
# 127.0.0.1:0) in the background, output in $IT_TMP/NAME.out and .err, and waits for its
# "listening on" line. Sets IT_SERVE_PID and IT_SERVE_PORT; the server is killed at exit.
it_serve() {
  local name=$1
  shift
  : >"$IT_TMP/$name.out"
  "$MERIT_BIN" "$@" >"$IT_TMP/$name.out" 2>"$IT_TMP/$name.err" &
  IT_SERVE_PID=$!
  it_cleanup_hooks+=("kill -KILL $IT_SERVE_PID 2>/dev/null")
  IT_SERVE_PORT=
  for _ in $(seq 1 100); do
    IT_SERVE_PORT=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9]*\) .*|\1|p' "$IT_TMP/$name.out")
    [ -n "$IT_SERVE_PORT" ] && return 0
    kill -0 "$IT_SERVE_PID" 2>/dev/null || fail "server $name exited: $(cat "$IT_TMP/$name.err")"
    sleep 0.1
  done
  fail "server $name did not start: $(cat "$IT_TMP/$name.err")"
}
