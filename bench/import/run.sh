#!/usr/bin/env bash
# bench/import/run.sh MERIT_BIN [N]
#
# `merit import employees` of N (default 1,000,000) employees, made by
# `merit demo` + `merit export`, against the named peers in the same run:
#   SQLite:     the sqlite3 shell's `.import` of the same CSV into an equivalent
#               table (same columns, NIP unique) without validation;
#   PostgreSQL: `COPY ... FROM STDIN (FORMAT csv)` through psql into an
#               equivalent table, on a throwaway PG 15 cluster.
# Each side runs RUNS times (default 3) on a fresh database; the medians are
# compared. Peak RSS of merit's import comes from /usr/bin/time -v.
# Appends a dated section to bench/RESULTS.md.
set -euo pipefail
bin=$(realpath "$1")
n=${2:-1000000}
runs=${RUNS:-3}
src=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d /tmp/merit-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "bench/import: generating $n employees with merit demo" >&2
"$bin" --db sqlite:src.db init --quiet
"$bin" --db sqlite:src.db --quiet demo --employees "$n" --seed 1
for k in units positions employees; do
  "$bin" --db sqlite:src.db --quiet export "$k" --format csv -o "$k.csv"
done
rows=$(($(wc -l <employees.csv) - 1))
size=$(du -m employees.csv | cut -f1)
echo "bench/import: employees.csv has $rows rows, ${size} MiB" >&2

# the peer's table: the same columns as the file, NIP unique, no checks
cols=$(head -1 employees.csv | sed 's/^\xEF\xBB\xBF//; s/\r$//')
ddl="CREATE TABLE employee_raw ($(echo "$cols" | sed 's/,/ TEXT, /g') TEXT, UNIQUE (nip))"

prepare_merit() { # URL: schema, tenant, units and positions (done once per engine, then cloned)
  "$bin" --db "$1" init --quiet
  "$bin" --db "$1" tenant add bench "Bench" --quiet
  "$bin" --db "$1" --tenant bench --quiet import units units.csv
  "$bin" --db "$1" --tenant bench --quiet import positions positions.csv
}

run_sqlite() {
  local i t0 t1
  prepare_merit sqlite:base.db
  for i in $(seq "$runs"); do
    rm -f m.db m.db-wal m.db-shm p.db
    sqlite3 base.db ".backup m.db"
    t0=$(now)
    /usr/bin/time -v -o rss.txt "$bin" --db sqlite:m.db --tenant bench --quiet import employees employees.csv
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>sqlite_merit.txt
    grep 'Maximum resident' rss.txt | awk '{print $6}' >>sqlite_rss.txt
    sqlite3 p.db "$ddl"
    t0=$(now)
    sqlite3 p.db ".import --csv --skip 1 employees.csv employee_raw"
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>sqlite_peer.txt
    [ "$(sqlite3 p.db 'SELECT count(*) FROM employee_raw')" = "$rows" ] || { echo "peer row count" >&2; exit 1; }
    [ "$(sqlite3 m.db 'SELECT count(*) FROM employee')" = "$rows" ] || { echo "merit row count" >&2; exit 1; }
  done
}

run_pg() {
  local i t0 t1 admin="host=$MERIT_TEST_PG_HOST port=$MERIT_TEST_PG_PORT user=postgres dbname=postgres"
  psql "$admin" -qc "CREATE DATABASE bbase"
  prepare_merit "postgresql:///bbase?host=$MERIT_TEST_PG_HOST&port=$MERIT_TEST_PG_PORT&user=postgres"
  for i in $(seq "$runs"); do
    psql "$admin" -qc "DROP DATABASE IF EXISTS bm"
    psql "$admin" -qc "DROP DATABASE IF EXISTS bp"
    psql "$admin" -qc "CREATE DATABASE bm TEMPLATE bbase"
    psql "$admin" -qc "CREATE DATABASE bp"
    url="postgresql:///bm?host=$MERIT_TEST_PG_HOST&port=$MERIT_TEST_PG_PORT&user=postgres"
    t0=$(now)
    /usr/bin/time -v -o rss.txt "$bin" --db "$url" --tenant bench --quiet import employees employees.csv
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>pg_merit.txt
    grep 'Maximum resident' rss.txt | awk '{print $6}' >>pg_rss.txt
    conn="host=$MERIT_TEST_PG_HOST port=$MERIT_TEST_PG_PORT user=postgres dbname=bp"
    psql "$conn" -qc "$ddl"
    t0=$(now)
    psql "$conn" -qc "COPY employee_raw FROM STDIN (FORMAT csv, HEADER true)" <employees.csv
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>pg_peer.txt
  done
}

run_sqlite
if [ "${SKIP_PG:-0}" != 1 ]; then
  export -f run_pg prepare_merit now
  export bin runs rows ddl
  bash "$src/scripts/with-pg.sh" bash -c run_pg
fi

sm=$(median <sqlite_merit.txt) sp=$(median <sqlite_peer.txt) srss=$(sort -n sqlite_rss.txt | tail -1)
line_sqlite=$(printf '| SQLite | merit import employees | sqlite3 `.import` | %s | %s | **%.2f×** (target ≤ 1.5×) | %d MiB |' \
  "$sm" "$sp" "$(awk -v a="$sm" -v b="$sp" 'BEGIN {print a / b}')" $((srss / 1024)))
line_pg=""
if [ -s pg_merit.txt ]; then
  pm=$(median <pg_merit.txt) pp=$(median <pg_peer.txt) prss=$(sort -n pg_rss.txt | tail -1)
  line_pg=$(printf '| PostgreSQL 15 | merit import employees | psql `COPY FROM STDIN` | %s | %s | **%.2f×** (target ≤ 2×) | %d MiB |' \
    "$pm" "$pp" "$(awk -v a="$pm" -v b="$pp" 'BEGIN {print a / b}')" $((prss / 1024)))
fi
{
  echo
  echo "## bench/import — $(date -u +%Y-%m-%d) — $rows employees (${size} MiB CSV), median of $runs runs"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; $(sqlite3 --version | cut -d' ' -f1) / $(psql --version | awk '{print $3}')."
  echo "Peak RSS is merit's (target ≤ 200 MiB). Seconds are wall-clock."
  echo
  echo "| store | merit | peer | merit s | peer s | ratio | merit peak RSS |"
  echo "|---|---|---|---|---|---|---|"
  echo "$line_sqlite"
  [ -n "$line_pg" ] && echo "$line_pg"
} | tee -a "$src/bench/RESULTS.md"
