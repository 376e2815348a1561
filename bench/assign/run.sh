#!/usr/bin/env bash
# bench/assign/run.sh MERIT_BIN
#
# The placement solver (domain/assign, through bench_assign, built next to
# MERIT_BIN) against scipy (assign_scipy.py under Debian's python3-scipy,
# /usr/bin/python3), both reading the same instance files in the same run:
#   A. dense 2,000 x 2,000, utilities 0..10000: scipy linear_sum_assignment;
#   B. dense 5,000 x 5,000, the same way;
#   C. sparse 2,000 positions x 20,000 candidates, about 5 % of the pairs
#      eligible (utilities 1..10000, every position fillable): scipy's sparse
#      solver, min_weight_full_bipartite_matching (LAPJVsp), the fair peer;
#   C'. the same instance through linear_sum_assignment on the dense matrix
#      with the other pairs at -inf (what a dense-only caller would do).
# The instances come from `bench_assign gen-*` (rule in assign_bench.c).
# Each side runs RUNS times per part (default 5; 3 for B), alternating; the
# medians are compared. Both sides print the number of pairs and the total
# utility of their optimum, which must be identical in every run or the
# script fails. End to end = the process, wall-clock (start, read the file,
# solve); compute = what each side reports for its solve alone (merit:
# build the problem + solve; scipy: the call). Peak RSS from /usr/bin/time
# -v. With EXPLAIN=1 (default) it also times, once, the explanation of every
# row for A and C (merit only: scipy has no counterpart). Appends a dated
# section to bench/RESULTS.md (RESULTS_MD=another file for trial runs).
set -euo pipefail
bin=$(realpath "$1")
drv=$(dirname "$bin")/bench_assign
src=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3
runs=${RUNS:-5}
runs_b=${RUNS_B:-3}
explain=${EXPLAIN:-1}
results=${RESULTS_MD:-$src/bench/RESULTS.md}

[ -x "$drv" ] || { echo "bench/assign: $drv is missing (build the bench_assign target)" >&2; exit 1; }
"$py" -c 'import scipy.optimize, scipy.sparse.csgraph' 2>/dev/null || {
  echo "bench/assign: needs Debian's scipy: apt-get install -y python3-scipy" >&2
  exit 1
}
[ -x /usr/bin/time ] || { echo "bench/assign: needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/merit-bench-assign.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%d", k / 1024}'; }

# run SIDE PART CMD...: one timed run; appends to SIDE_PART.{s,compute,rss,out}
run() {
  local side=$1 part=$2 t0 t1
  shift 2
  t0=$(now)
  /usr/bin/time -v -o rss.txt "$@" >out.txt 2>log.txt
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"${side}_$part.s"
  sed -n 's/.* compute \([0-9.]*\) s.*/\1/p' log.txt >>"${side}_$part.compute"
  awk '/Maximum resident/ {print $6}' rss.txt >>"${side}_$part.rss"
  cat out.txt >>"${side}_$part.out"
  cat log.txt >&2
  cat out.txt >&2
}

# part NAME FILE PYMODE RUNS: both sides, alternating, the optima compared after each pair
part() {
  local name=$1 file=$2 mode=$3 n=$4 i
  for i in $(seq "$n"); do
    run c "$name" "$drv" solve "$file"
    run py "$name" "$py" "$src/bench/assign/assign_scipy.py" "$mode" "$file"
    if [ "$(tail -1 "c_$name.out")" != "$(tail -1 "py_$name.out")" ]; then
      echo "bench/assign: part $name: optima differ: merit '$(tail -1 "c_$name.out")'," \
        "scipy '$(tail -1 "py_$name.out")'" >&2
      exit 1
    fi
  done
}

echo "bench/assign: generating the instances" >&2
"$drv" gen-dense 2000 1 d2000.bin
"$drv" gen-dense 5000 2 d5000.bin
"$drv" gen-sparse 2000 20000 50 3 s20k.bin
nnz=$(od -An -t d8 -j 24 -N 8 s20k.bin | tr -d ' ')

part a d2000.bin lsa "$runs"
part b d5000.bin lsa "$runs_b"
part c s20k.bin sparse "$runs"
part d s20k.bin lsa "$runs"

why_a="" why_c=""
if [ "$explain" = 1 ]; then
  "$drv" explain d2000.bin 2>log.txt >/dev/null
  cat log.txt >&2
  why_a=$(sed -n 's/^explain \([0-9.]*\) s.*/\1/p' log.txt)
  "$drv" explain s20k.bin 2>log.txt >/dev/null
  cat log.txt >&2
  why_c=$(sed -n 's/^explain \([0-9.]*\) s.*/\1/p' log.txt)
fi

line() { # PART LABEL PEER
  local cs ps cc pc
  cs=$(median <"c_$1.s") ps=$(median <"py_$1.s")
  cc=$(median <"c_$1.compute") pc=$(median <"py_$1.compute")
  printf '| %s | %s | %.2f | %.2f | **%s×** | %.3f | %.3f | **%s×** | %s MiB | %s MiB | %s |\n' "$2" "$3" \
    "$cs" "$ps" "$(ratio "$ps" "$cs")" "$cc" "$pc" "$(ratio "$pc" "$cc")" \
    "$(mib "$(sort -n "c_$1.rss" | tail -1)")" "$(mib "$(sort -n "py_$1.rss" | tail -1)")" \
    "$(tail -1 "c_$1.out" | sed 's/pairs \([0-9]*\) total \([0-9]*\)/\1 pairs, total \2/')"
}

{
  echo
  echo "## bench/assign — $(date -u +%Y-%m-%d) — placement solver (domain/assign) vs scipy"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(cc --version | head -1); Python $("$py" -c 'import platform; print(platform.python_version())'), SciPy $("$py" -c 'import scipy; print(scipy.__version__)'), NumPy $("$py" -c 'import numpy; print(numpy.__version__)')."
  echo "Load average when the run started: $load (other work on the machine shares its cores)."
  echo "merit: bench/assign/assign_bench.c (assign_problem_* + assign_solve, single-threaded). scipy:"
  echo "bench/assign/assign_scipy.py. Both read the same instance files (uniform random integer utilities,"
  echo "rule in assign_bench.c) and maximise; their optima (pairs, total utility) are identical in every run."
  echo "Seconds are wall-clock medians of $runs runs ($runs_b for B). End to end = the process (start, read"
  echo "the binary instance, solve); compute = the solve alone as each side reports it (merit: build the"
  echo "problem + solve; scipy: the call). Ratios are scipy / merit: ≥ 1× means merit is as fast or faster."
  echo
  echo "| instance | scipy peer | merit s | scipy s | ratio | merit compute s | scipy compute s | compute ratio | merit peak RSS | scipy peak RSS | optimum (both) |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  line a "A. dense 2000 × 2000" "linear_sum_assignment"
  line b "B. dense 5000 × 5000" "linear_sum_assignment"
  line c "C. sparse 2000 positions × 20000 candidates, $nnz eligible pairs" "min_weight_full_bipartite_matching"
  line d "C′. the same, dense with -inf" "linear_sum_assignment"
  if [ "$explain" = 1 ]; then
    echo
    echo "Explanation (merit only, once): the runner-up of every row, exact (assign.h): A. $why_a s for"
    echo "2000 rows; C. $why_c s for 2000 rows."
  fi
} | tee -a "$results"
