#!/usr/bin/env bash
# bench/report/run.sh MERIT_BIN
#
# `merit report individual` on the demo kabupaten (SQLite): the individual assessment report
# (PDF) of every finalised participant of wave ASM-2026-01 (600), RUNS times (default 3, the
# median reported), as reports/s and peak RSS (/usr/bin/time -v). Then the same for the first
# 100 participants only (--nip), to show that memory stays flat: one document is built, written
# and freed at a time, so 600 reports should peak at about the RSS of 100.
# Environment: RUNS, WORK (scratch directory, default a new one under /tmp, removed at exit).
# Prints a markdown section for bench/RESULTS.md; appends nothing. Exits non-zero only when
# the harness fails (a wrong count of PDFs), never on a figure.
set -euo pipefail
if [ "${1:-}" = "" ] || [ "${1:-}" = "--help" ]; then
  sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
  exit 0
fi
bin=$(realpath "$1")
runs=${RUNS:-3}
[ -x /usr/bin/time ] || { echo "bench/report: needs /usr/bin/time (Debian's time)" >&2; exit 1; }
work=${WORK:-$(mktemp -d /tmp/merit-bench-report.XXXXXX)}
[ -n "${WORK:-}" ] || trap 'rm -rf "$work"' EXIT
db="sqlite:$work/bench.db"
m() { "$bin" --db "$db" --tenant demo --lang id --quiet "$@"; }

rm -f "$work/bench.db"
m init
m demo
W=ASM-2026-01
mapfile -t nips < <(m result list --wave "$W" | cut -f2)
[ "${#nips[@]}" -ge 100 ] || { echo "bench/report: only ${#nips[@]} results" >&2; exit 1; }
first100=()
for n in "${nips[@]:0:100}"; do first100+=(--nip "$n"); done

# run LABEL EXPECTED ARGS...: one timed run; prints "seconds kib"
run() {
  local label=$1 want=$2
  shift 2
  rm -rf "$work/out"
  /usr/bin/time -v "$bin" --db "$db" --tenant demo --lang id --quiet report individual \
    --wave "$W" --out "$work/out" "$@" 2>"$work/time.$label" >/dev/null
  local got
  got=$(find "$work/out" -name '*.pdf' | wc -l)
  [ "$got" = "$want" ] || { echo "bench/report: $label wrote $got PDFs, want $want" >&2; exit 1; }
  "${PY:-/usr/bin/python3}" - "$work/time.$label" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
w = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", t)
secs = (int(w.group(1) or 0) * 3600) + int(w.group(2)) * 60 + float(w.group(3))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
print("%.3f %d" % (secs, rss))
PY
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A secs rss
for label in all first100; do
  s=() r=()
  for _ in $(seq 1 "$runs"); do
    if [ "$label" = all ]; then
      read -r t k < <(run all "${#nips[@]}")
    else
      read -r t k < <(run first100 100 "${first100[@]}")
    fi
    s+=("$t") r+=("$k")
  done
  secs[$label]=$(printf '%s\n' "${s[@]}" | median)
  rss[$label]=$(printf '%s\n' "${r[@]}" | median)
done
run all "${#nips[@]}" >/dev/null
size=$(du -sk "$work/out" | cut -f1)
n=${#nips[@]}

cat <<MD

## PDF reports: \`merit report individual\` ($(date -u +%Y-%m-%d))

Demo kabupaten on SQLite, wave $W, $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')),
cairo $(pkg-config --modversion cairo 2>/dev/null || echo '?'), pango $(pkg-config --modversion pango 2>/dev/null || echo '?'); median of $runs runs, process start included.

| Reports | Wall time | Reports/s | Peak RSS |
|---:|---:|---:|---:|
| 100 | ${secs[first100]} s | $(awk -v n=100 -v t="${secs[first100]}" 'BEGIN {printf "%.0f", n / t}') | $(awk -v k="${rss[first100]}" 'BEGIN {printf "%.1f MiB", k / 1024}') |
| $n | ${secs[all]} s | $(awk -v n="$n" -v t="${secs[all]}" 'BEGIN {printf "%.0f", n / t}') | $(awk -v k="${rss[all]}" 'BEGIN {printf "%.1f MiB", k / 1024}') |

$n PDFs, $(awk -v k="$size" 'BEGIN {printf "%.1f MiB", k / 1024}') in all ($(awk -v k="$size" -v n="$n" 'BEGIN {printf "%.0f KiB", k / n}') each).
Peak RSS for $n reports is $(awk -v a="${rss[all]}" -v b="${rss[first100]}" 'BEGIN {printf "%.2f", a / b}')× that for 100: one document at a time, freed after writing.
MD
