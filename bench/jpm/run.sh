#!/usr/bin/env bash
# bench/jpm/run.sh MERIT_BIN
#
# Two computations, each done by merit's domain code (bench_jpm, built next
# to MERIT_BIN) and by pandas (jpm_pandas.py under Debian's python3-pandas,
# /usr/bin/python3) from the same input files in the same run:
#   A. national: JPM, gaps and category of every employee of the demo of
#      N_NATIONAL employees (default 5,600,000), one input row per
#      (employee, competency of their position's SKJ);
#   B. fit: the fit matrix of one kabupaten, the demo of N_FIT employees
#      (default 15,000) against all its positions, the top 10 both ways.
# The inputs come from `merit demo --seed 1` + `merit export`; levels (LKI)
# are derived from each NIP by `bench_jpm derive-*` (rule in jpm_bench.c).
# Each side runs RUNS_NATIONAL and RUNS_FIT times (default 3 each; pandas
# needs about 25 s and 90 s a run); the medians are compared. Times are wall-clock
# end to end (read the input, compute, write the output, process start
# included); "compute" is what each side reports for its computation alone.
# The outputs must be byte-identical (cmp), or the script fails.
# Peak RSS comes from /usr/bin/time -v. Appends a dated section to
# bench/RESULTS.md.
set -euo pipefail
bin=$(realpath "$1")
drv=$(dirname "$bin")/bench_jpm
src=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3
n_nat=${N_NATIONAL:-5600000}
n_fit=${N_FIT:-15000}
runs_nat=${RUNS_NATIONAL:-3}
runs_fit=${RUNS_FIT:-3}
results=${RESULTS_MD:-$src/bench/RESULTS.md} # another file for trial runs

[ -x "$drv" ] || { echo "bench/jpm: $drv is missing (build the bench_jpm target)" >&2; exit 1; }
"$py" -c 'import pandas' 2>/dev/null || {
  echo "bench/jpm: needs Debian's pandas: apt-get install -y python3-pandas" >&2
  exit 1
}
[ -x /usr/bin/time ] || { echo "bench/jpm: needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/merit-bench-jpm.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%d", k / 1024}'; }

demo() { # N DIR: employees.csv and positions.csv of the demo of N employees
  mkdir -p "$2"
  "$bin" --db "sqlite:$2/demo.db" init --quiet
  "$bin" --db "sqlite:$2/demo.db" --quiet demo --employees "$1" --seed 1
  for k in employees positions; do
    "$bin" --db "sqlite:$2/demo.db" --quiet export "$k" --format csv -o "$2/$k.csv"
  done
  rm -f "$2"/demo.db*
}

# run SIDE PART ARGS...: one timed run; appends to SIDE_PART.{s,compute,rss}
run() {
  local side=$1 part=$2 t0 t1
  shift 2
  t0=$(now)
  if [ "$side" = c ]; then
    /usr/bin/time -v -o rss.txt "$drv" "$part" "$@" 2>log.txt
  else
    /usr/bin/time -v -o rss.txt "$py" "$src/bench/jpm/jpm_pandas.py" "$part" "$@" 2>log.txt
  fi
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"${side}_$part.s"
  sed -n 's/.* compute \([0-9.]*\) s.*/\1/p' log.txt >>"${side}_$part.compute"
  awk '/Maximum resident/ {print $6}' rss.txt >>"${side}_$part.rss"
  cat log.txt >&2
}

echo "bench/jpm: part A, generating the demo of $n_nat employees" >&2
demo "$n_nat" nat
"$drv" derive-national nat/employees.csv nat/positions.csv national.csv
rows_nat=$(($(wc -l <national.csv) - 1))
size_nat=$(du -m national.csv | cut -f1)
rm -rf nat
echo "bench/jpm: national.csv: $rows_nat rows, $size_nat MiB" >&2
for i in $(seq "$runs_nat"); do
  run c national national.csv c_national.csv
  run py national national.csv py_national.csv
  cmp c_national.csv py_national.csv || { echo "bench/jpm: part A results differ" >&2; exit 1; }
done
emp_nat=$(($(wc -l <c_national.csv) - 1))
rm -f national.csv

echo "bench/jpm: part B, generating the demo of $n_fit employees" >&2
demo "$n_fit" kab
mkdir fit
"$drv" derive-fit kab/employees.csv kab/positions.csv fit
people=$(($(wc -l <fit/fit_people.csv) - 1))
positions=$(($(wc -l <fit/fit_positions.csv) - 1))
echo "bench/jpm: $people people x $positions positions" >&2
for i in $(seq "$runs_fit"); do
  run c fit fit c_by_person.csv c_by_position.csv
  run py fit fit py_by_person.csv py_by_position.csv
  cmp c_by_person.csv py_by_person.csv || { echo "bench/jpm: part B (by person) differs" >&2; exit 1; }
  cmp c_by_position.csv py_by_position.csv || { echo "bench/jpm: part B (by position) differs" >&2; exit 1; }
done

line() { # PART LABEL
  local cs ps cc pc
  cs=$(median <"c_$1.s") ps=$(median <"py_$1.s")
  cc=$(median <"c_$1.compute") pc=$(median <"py_$1.compute")
  printf '| %s | %.2f | %.2f | **%s×** (target ≥ 10×) | %.3f | %.2f | **%s×** | %s MiB | %s MiB |\n' "$2" \
    "$cs" "$ps" "$(ratio "$ps" "$cs")" "$cc" "$pc" "$(ratio "$pc" "$cc")" \
    "$(mib "$(sort -n "c_$1.rss" | tail -1)")" "$(mib "$(sort -n "py_$1.rss" | tail -1)")"
}

{
  echo
  echo "## bench_jpm — $(date -u +%Y-%m-%d) — JPM of $emp_nat employees, fit matrix of $people × $positions"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(cc --version | head -1); Python $("$py" -c 'import platform; print(platform.python_version())'), pandas $("$py" -c 'import pandas; print(pandas.__version__)'), NumPy $("$py" -c 'import numpy; print(numpy.__version__)')."
  echo "Load average when the run started: $load (other work on the machine shares its cores)."
  echo "C: bench/jpm/jpm_bench.c (domain/jpm, domain/fit, single-threaded). pandas: bench/jpm/jpm_pandas.py."
  echo "Seconds are wall-clock, medians of $runs_nat run(s) for A and $runs_fit for B. End to end = process"
  echo "start, read the CSV input, compute, write the CSV result; compute = the computation alone, as each"
  echo "side reports it. Ratios are pandas / C. The results of both sides are byte-identical (cmp)."
  echo
  echo "| part | C s | pandas s | ratio | C compute s | pandas compute s | compute ratio | C peak RSS | pandas peak RSS |"
  echo "|---|---|---|---|---|---|---|---|---|"
  line national "A. JPM, gaps, category: $rows_nat rows (${size_nat} MiB), $emp_nat employees"
  line fit "B. fit matrix $people × $positions ($((people * positions)) pairs), top 10 both ways"
} | tee -a "$results"
