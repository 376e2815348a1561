#!/usr/bin/env bash
# bench/http/run.sh MERIT_BIN
#
# `merit serve` under wrk on loopback against Debian's nginx serving the same
# bytes as a static file, in the same run: GET /api/v1/employees/{nip} (the
# profile, with the latest JPM and 9-box) of one employee of the demo
# kabupaten, at 64 and 256 connections, once on SQLite and once on a
# throwaway PostgreSQL 15 cluster (scripts/with-pg.sh; the script re-runs
# itself under it unless MERIT_TEST_PG is already set, or SKIP_PG=1).
# Targets (recorded, not asserted): merit ≥ 0.5× nginx's requests/s and
# merit's p99 ≤ 3× nginx's, idle RSS ≤ 20 MiB.
#
# When `merit user` exists, the requests carry the session cookie of an
# operator account (login through POST /api/v1/auth/login); before accounts
# land the endpoint is benched unauthenticated, with a warning. nginx gets the
# same request headers.
#
# Environment: N (demo employees, default the demo's own), THREADS (merit
# threads = nginx workers, default nproc), DURATION (seconds per wrk run,
# default 10), RUNS (wrk runs per point, medians reported, default 1),
# CONNS (default "64 256"), WARMUP (seconds of load before the first
# measured run of each server, default 2).
# Exits non-zero only when the harness fails (a server does not start, a
# non-2xx response, bodies differ), never on a missed target. Prints a
# markdown section for bench/RESULTS.md; appends nothing.
set -euo pipefail
self=$(realpath "$0")
src=$(cd "$(dirname "$self")/../.." && pwd)

if [ "${1:-}" = "" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "$self"
  exit 64
fi
# both engines in one run: with-pg.sh stops and removes its cluster whatever we do
if [ -z "${MERIT_TEST_PG:-}" ] && [ "${SKIP_PG:-0}" != 1 ]; then
  exec bash "$src/scripts/with-pg.sh" bash "$self" "$@"
fi

bin=$(realpath "$1")
threads=${THREADS:-$(nproc)}
duration=${DURATION:-10}
runs=${RUNS:-1}
conns=${CONNS:-64 256}
warmup=${WARMUP:-2}
tenant=demo
export MERIT_LANG=en # the messages parsed below are the English ones

tools=(wrk curl sqlite3 python3 /usr/sbin/nginx)
[ "${SKIP_PG:-0}" = 1 ] || tools+=(psql)
for tool in "${tools[@]}"; do
  command -v "$tool" >/dev/null ||
    { echo "bench/http: needs $tool (bash scripts/deps.sh --bench)" >&2; exit 1; }
done
[ -x "$bin" ] || { echo "bench/http: $bin is not executable" >&2; exit 1; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
W=$(mktemp -d /tmp/merit-bench-http.XXXXXX)
pids=()    # servers to stop, merit and the nginx master
pg_db=""   # the database to drop
cleanup() {
  local p
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do
    # merit finishes in-flight requests for up to 10 s; do not wait that long
    for _ in $(seq 30); do kill -0 "$p" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$p" 2>/dev/null || true
  done
  if [ -n "$pg_db" ]; then
    psql "$MERIT_TEST_PG" -qAtc "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  fi
  rm -rf "$W"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
cd "$W"

die() { echo "bench/http: $*" >&2; exit 1; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }

# ---- data --------------------------------------------------------------------
# make_db URL: the demo kabupaten, mapped on the 9-box so the profile has a box
make_db() {
  local url=$1 demo_args=(--quiet demo --tenant "$tenant")
  [ -n "${N:-}" ] && demo_args+=(--employees "$N")
  "$bin" --db "$url" init --quiet
  "$bin" --db "$url" "${demo_args[@]}"
  "$bin" --db "$url" --tenant "$tenant" --quiet talent map --period 2026 >/dev/null
}
# the same SQL on both engines: someone with a finalised result and a box
pick_nip_sql="SELECT e.nip FROM employee e
  JOIN result r ON r.employee_id = e.id
  JOIN talent_placement t ON t.employee_id = e.id AND t.box IS NOT NULL
  ORDER BY e.nip LIMIT 1"

echo "bench/http: building the demo on SQLite" >&2
sqlite_url="sqlite:$W/bench.db"
make_db "$sqlite_url"
nip=$(sqlite3 -batch "$W/bench.db" "$pick_nip_sql")
employees=$(sqlite3 -batch "$W/bench.db" "SELECT count(*) FROM employee")
[ -n "$nip" ] || die "no employee of the demo has a result and a box"

pg_url=""
if [ "${SKIP_PG:-0}" != 1 ]; then
  echo "bench/http: building the demo on PostgreSQL" >&2
  pg_db="bench_http_$$"
  psql "$MERIT_TEST_PG" -qAtc "CREATE DATABASE $pg_db" >/dev/null
  # MERIT_TEST_PG is postgresql:///postgres?host=...: swap the database name
  pg_url="postgresql:///$pg_db?${MERIT_TEST_PG#*\?}"
  make_db "$pg_url"
  # demo is deterministic, so the same NIP exists there with the same profile
  [ "$(psql "$pg_url" -qAtc "$pick_nip_sql")" = "$nip" ] || die "the PostgreSQL demo picks another NIP"
fi
path=/api/v1/employees/$nip

# ---- accounts ----------------------------------------------------------------
# auth_setup URL: creates the bench operator (once per database); sets $auth to
# yes when `merit user` exists, no when accounts have not landed yet
password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
auth=""
auth_setup() {
  if ! "$bin" user --help >/dev/null 2>&1; then
    auth=no
    return 0
  fi
  auth=yes
  printf '%s\n' "$password" |
    "$bin" --db "$1" --tenant "$tenant" user add benchop --role operator --password-stdin >/dev/null 2>"$W/user.err" ||
    die "merit user add failed: $(cat "$W/user.err")"
}
# login BASE: prints the merit_session cookie's value ("" when unauthenticated)
login() {
  local status
  [ "$auth" = yes ] || return 0
  rm -f "$W/cookies"
  status=$(printf '{"username":"benchop","password":"%s"}' "$password" |
    curl -sS -o "$W/login.body" -w '%{http_code}' -c "$W/cookies" \
      -H 'Content-Type: application/json' --data-binary @- "$1/api/v1/auth/login") ||
    die "login: curl failed"
  [ "$status" = 200 ] || die "login: HTTP $status: $(head -c 300 "$W/login.body")"
  # HttpOnly cookies are written as "#HttpOnly_host", so match the name column, not the line start
  awk -F'\t' '$6 == "merit_session" {print $7}' "$W/cookies" | tail -1
}

# ---- servers -----------------------------------------------------------------
# start_merit NAME URL: sets ${NAME}_base, ${NAME}_pid, ${NAME}_idle (KiB), ${NAME}_cookie
start_merit() {
  local name=$1 url=$2 port="" pid cookie
  : >"$W/$name.out"
  "$bin" --db "$url" --tenant "$tenant" serve --listen 127.0.0.1:0 --threads "$threads" \
    >"$W/$name.out" 2>"$W/$name.err" &
  pid=$!
  pids+=("$pid")
  for _ in $(seq 100); do
    port=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9][0-9]*\) .*|\1|p' "$W/$name.out")
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || die "merit serve ($name) exited: $(tail -5 "$W/$name.err")"
    sleep 0.1
  done
  [ -n "$port" ] || die "merit serve ($name) printed no 'listening on' line"
  printf -v "${name}_base" 'http://127.0.0.1:%s' "$port"
  printf -v "${name}_pid" '%s' "$pid"
  cookie=$(login "http://127.0.0.1:$port")
  [ "$auth" != yes ] || [ -n "$cookie" ] || die "login ($name) set no merit_session cookie"
  printf -v "${name}_cookie" '%s' "$cookie"
  # one warm request (and the body, which must be a 200 in both engines)
  fetch "http://127.0.0.1:$port$path" "$cookie" "$W/$name.body" || die "GET $path ($name)"
  sleep 1
  printf -v "${name}_idle" '%s' "$(rss_kib "$pid")"
}
# fetch URL COOKIE FILE: the body into FILE; fails unless HTTP 200
fetch() {
  local status hdr=()
  [ -n "$2" ] && hdr=(-H "Cookie: merit_session=$2")
  status=$(curl -sS -o "$3" -w '%{http_code}' "${hdr[@]}" "$1") || return 1
  [ "$status" = 200 ] || { echo "bench/http: HTTP $status: $(head -c 300 "$3")" >&2; return 1; }
}

auth_setup "$sqlite_url"
[ -n "$pg_url" ] && auth_setup "$pg_url"
if [ "$auth" = no ]; then
  echo "bench/http: WARNING: 'merit user' does not exist yet: benching $path unauthenticated" >&2
fi

start_merit sqlite "$sqlite_url"
engines=(sqlite)
if [ -n "$pg_url" ]; then
  start_merit pg "$pg_url"
  engines+=(pg)
  # both engines serve the same demo; a different body would make the comparison meaningless
  cmp -s "$W/sqlite.body" "$W/pg.body" || die "SQLite and PostgreSQL bodies differ"
fi

# nginx serves the SQLite body at the very same URL path, with merit's content type
mkdir -p "$W/nginx/root$(dirname "$path")" "$W/nginx/tmp"
cp "$W/sqlite.body" "$W/nginx/root$path"
nginx_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
{
  # as root, workers would run as nobody, who cannot enter the 0700 work dir
  [ "$(id -u)" -eq 0 ] && echo "user root root;"
  cat <<EOF
worker_processes $threads;
pid $W/nginx/nginx.pid;
error_log $W/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  types {}
  default_type application/json;
  charset utf-8;
  charset_types application/json;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  client_body_temp_path $W/nginx/tmp/body;
  proxy_temp_path $W/nginx/tmp/proxy;
  fastcgi_temp_path $W/nginx/tmp/fastcgi;
  uwsgi_temp_path $W/nginx/tmp/uwsgi;
  scgi_temp_path $W/nginx/tmp/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    root $W/nginx/root;
  }
}
EOF
} >"$W/nginx/nginx.conf"
/usr/sbin/nginx -p "$W/nginx" -e "$W/nginx/error.log" -c "$W/nginx/nginx.conf" -g 'daemon off;' \
  2>"$W/nginx/stderr.log" &
pids+=("$!")
nginx_base=http://127.0.0.1:$nginx_port
# shellcheck disable=SC2034 # read through cookie_hdr nginx: the same request headers as merit's
nginx_cookie=${sqlite_cookie:-}
for _ in $(seq 50); do
  curl -s -o /dev/null "$nginx_base/" && break
  kill -0 "${pids[-1]}" 2>/dev/null || die "nginx exited: $(tail -5 "$W/nginx/error.log" "$W/nginx/stderr.log")"
  sleep 0.1
done
fetch "$nginx_base$path" "" "$W/nginx.body" || die "GET $path (nginx): $(tail -5 "$W/nginx/error.log")"
cmp -s "$W/sqlite.body" "$W/nginx.body" || die "nginx serves other bytes than merit"

# ---- load --------------------------------------------------------------------
# to_ms VALUE: wrk's latency (e.g. 812.00us, 3.41ms, 1.02s, 1.50m) in ms
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0; u = v; sub(/^[0-9.]+/, "", u)
    f = (u == "us") ? 0.001 : (u == "ms") ? 1 : (u == "s") ? 1000 : (u == "m") ? 60000 : (u == "h") ? 3600000 : -1
    if (f < 0) exit 1
    printf "%.3f\n", n * f }'
}
# cookie_hdr NAME: sets hdr to the arguments that send NAME's session cookie, if any
cookie_hdr() {
  local cookie=${1}_cookie
  hdr=()
  if [ -n "${!cookie}" ]; then hdr=(-H "Cookie: merit_session=${!cookie}"); fi
}
# bench NAME C: one wrk run; appends to NAME_C.{rps,p99}, adds errors to NAME_C.err
bench() {
  local name=$1 c=$2 base out non2xx sock
  base=${name}_base
  cookie_hdr "$name"
  out="$W/wrk_${name}_$c.txt"
  wrk -t2 -c"$c" -d"${duration}s" --latency "${hdr[@]}" "${!base}$path" >"$out" 2>&1 ||
    die "wrk against $name failed: $(tail -3 "$out")"
  awk '/^Requests\/sec:/ {print $2}' "$out" >>"$W/${name}_$c.rps"
  to_ms "$(awk '$1 == "99%" {print $2}' "$out")" >>"$W/${name}_$c.p99" || die "no p99 in $out"
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$out")
  sock=$(sed -n 's/.*Socket errors: \(.*\)/\1/p' "$out")
  [ -z "$non2xx" ] || die "$name answered $non2xx non-2xx responses at $c connections"
  [ -z "$sock" ] || echo "socket errors: $sock" >>"$W/${name}_$c.err"
  echo "bench/http: $name, $c connections: $(tail -1 "$W/${name}_$c.rps") req/s, p99 $(tail -1 "$W/${name}_$c.p99") ms${sock:+, socket errors: $sock}" >&2
}

servers=(nginx "${engines[@]}")
if [ "$warmup" -gt 0 ]; then
  for s in "${servers[@]}"; do
    base=${s}_base
    cookie_hdr "$s"
    wrk -t2 -c64 -d"${warmup}s" "${hdr[@]}" "${!base}$path" >/dev/null 2>&1
  done
fi
# interleaved, so drift on a shared machine hits every server alike
for c in $conns; do
  for _ in $(seq "$runs"); do
    for s in "${servers[@]}"; do bench "$s" "$c"; done
  done
done
sleep 1
for e in "${engines[@]}"; do
  pid=${e}_pid
  printf -v "${e}_after" '%s' "$(rss_kib "${!pid}")"
done
# what merit complained about under load (a 5xx already failed the run above)
for e in "${engines[@]}"; do
  n=$(grep -cE '^[^ ]+ (warn|error) ' "$W/$e.err" || true)
  printf -v "${e}_complaints" '%s' "$n"
  [ "$n" -eq 0 ] || { echo "bench/http: merit ($e) logged $n warnings/errors:" >&2; grep -E '^[^ ]+ (warn|error) ' "$W/$e.err" | head -5 >&2; }
done

# ---- report ------------------------------------------------------------------
verdict() { awk -v v="$1" -v t="$2" -v op="$3" 'BEGIN { ok = op == ">=" ? v >= t : v <= t; print ok ? "met" : "**missed**" }'; }
engine_name() { [ "$1" = pg ] && echo "PostgreSQL $(psql --version | awk '{print $3}')" || echo "SQLite $(sqlite3 --version | cut -d' ' -f1)"; }
{
  echo
  echo "## bench/http — $(date -u +%Y-%m-%d) — GET /api/v1/employees/{nip} vs nginx, wrk on loopback"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(/usr/sbin/nginx -v 2>&1 | sed 's/^nginx version: //'), $(wrk -v 2>&1 | head -1 | awk '{print $1, $2}')."
  echo "Load average when the run started: $load (wrk, nginx and merit share the same cores)."
  echo "Demo of $employees employees (\`merit demo\` + \`talent map --period 2026\`); NIP $nip, body $(wc -c <"$W/sqlite.body") bytes,"
  echo "byte-identical from merit on $([ ${#engines[@]} -gt 1 ] && echo "both engines" || echo SQLite) and from nginx (a static file at the same path, $threads workers,"
  echo "access log off, sendfile). merit: \`serve --threads $threads\`, access log on stderr to a file."
  if [ "$auth" = yes ]; then
    echo "Requests carry an operator's \`merit_session\` cookie (sent to nginx too)."
  else
    echo "Unauthenticated: \`merit user\` did not exist yet when this ran."
  fi
  echo "wrk -t2 -cC -d${duration}s, $runs run(s) per point (medians), servers interleaved, after a ${warmup} s warm-up each."
  echo "Ratios: merit / nginx."
  echo
  echo "| store | connections | nginx req/s | merit req/s | req/s ratio | nginx p99 ms | merit p99 ms | p99 ratio | socket errors |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for e in "${engines[@]}"; do
    for c in $conns; do
      nr=$(median <"$W/nginx_$c.rps") mr=$(median <"$W/${e}_$c.rps")
      np=$(median <"$W/nginx_$c.p99") mp=$(median <"$W/${e}_$c.p99")
      rr=$(awk -v a="$mr" -v b="$nr" 'BEGIN {printf "%.2f", a / b}')
      pr=$(awk -v a="$mp" -v b="$np" 'BEGIN {printf "%.2f", a / b}')
      errs=""
      for f in "$W/nginx_$c.err" "$W/${e}_$c.err"; do
        [ ! -s "$f" ] || errs+="${errs:+; }$(basename "$f" .err | tr _ ' '): $(sort -u "$f" | paste -sd' ' -)"
      done
      printf '| %s | %s | %.0f | %.0f | **%s×** (target ≥ 0.5×: %s) | %.2f | %.2f | **%s×** (target ≤ 3×: %s) | %s |\n' \
        "$(engine_name "$e")" "$c" "$nr" "$mr" "$rr" "$(verdict "$rr" 0.5 '>=')" \
        "$np" "$mp" "$pr" "$(verdict "$pr" 3 '<=')" "${errs:-none}"
    done
  done
  echo
  for e in "${engines[@]}"; do
    idle=${e}_idle after=${e}_after complaints=${e}_complaints
    echo "merit RSS on $(engine_name "$e"): idle $(mib "${!idle}") MiB after start and one request" \
      "(target ≤ 20 MiB: $(verdict "$(mib "${!idle}")" 20 '<=')), $(mib "${!after}") MiB after the load;" \
      "${!complaints} warnings/errors in its log."
  done
}
