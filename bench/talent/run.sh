#!/usr/bin/env bash
# bench/talent/run.sh MERIT_BIN
#
# The talent map of the national demo, computed by merit's domain code
# (bench_talent, built next to MERIT_BIN: domain/talent, domain/fit) and by
# pandas (talent_pandas.py under Debian's python3-pandas, /usr/bin/python3)
# from the same input files in the same run: with the default talent policy,
# the 9-box of every employee of the demo of N_NATIONAL employees (default
# 5,600,000; performance from SKP 2024-2025, potential from JPM and potential
# score, eligibility from sanctions), the talent pool counted by jenjang, and
# the succession slates (top 5) of the key positions of a kabupaten-sized
# subset: the first OPD of the demo holding N_SLATE employees (default
# 15,000), their pool members against their key positions.
# The inputs come from `merit demo --seed 1 --wave-size 0` + `merit export`;
# levels, JPM and potential scores are derived from each NIP by
# `bench_talent derive` (rules in talent_bench.c). NATIONAL_EXPORTS=DIR reuses
# employees.csv, positions.csv, skp.csv and sanctions.csv exported from the
# demo of N_NATIONAL employees made that way instead of generating it again.
# Each side runs RUNS times (default 3; RUNS_PY for the pandas side, default
# RUNS); the medians are compared. Times are wall-clock end to end (read the
# input, compute, write the output, process start included); "compute" is
# what each side reports for its computation alone. The outputs must be
# byte-identical (cmp), or the script fails. Peak RSS comes from
# /usr/bin/time -v. Appends a dated section to bench/RESULTS.md (RESULTS_MD:
# another file, for trial runs).
set -euo pipefail
bin=$(realpath "$1")
drv=$(dirname "$bin")/bench_talent
src=$(cd "$(dirname "$0")/../.." && pwd)
py=/usr/bin/python3
n_nat=${N_NATIONAL:-5600000}
n_slate=${N_SLATE:-15000}
runs=${RUNS:-3}
runs_py=${RUNS_PY:-$runs}
exports=${NATIONAL_EXPORTS:-}
results=${RESULTS_MD:-$src/bench/RESULTS.md}

[ -x "$drv" ] || { echo "bench/talent: $drv is missing (build the bench_talent target)" >&2; exit 1; }
"$py" -c 'import pandas' 2>/dev/null || {
  echo "bench/talent: needs Debian's pandas: apt-get install -y python3-pandas" >&2
  exit 1
}
[ -x /usr/bin/time ] || { echo "bench/talent: needs /usr/bin/time (apt-get install -y time)" >&2; exit 1; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
work=$(mktemp -d /tmp/merit-bench-talent.XXXXXX)
trap 'rm -rf "$work"' EXIT
cd "$work"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'; }
mib() { awk -v k="$1" 'BEGIN {printf "%d", k / 1024}'; }

if [ -n "$exports" ]; then
  echo "bench/talent: using the exports in $exports" >&2
  ex=$(realpath "$exports")
else
  echo "bench/talent: generating the demo of $n_nat employees" >&2
  mkdir nat
  "$bin" --db "sqlite:nat/demo.db" init --quiet
  "$bin" --db "sqlite:nat/demo.db" --quiet demo --employees "$n_nat" --seed 1 --wave-size 0
  for k in employees positions skp sanctions; do
    "$bin" --db "sqlite:nat/demo.db" --quiet export "$k" --format csv -o "nat/$k.csv"
  done
  rm -f nat/demo.db*
  ex=$work/nat
fi
mkdir in
"$drv" derive "$ex/employees.csv" "$ex/positions.csv" "$ex/skp.csv" "$ex/sanctions.csv" in "$n_slate" \
  2>derive.txt
cat derive.txt >&2
rm -rf nat
emp=$(($(wc -l <in/people.csv) - 1))
skp=$(($(wc -l <in/skp.csv) - 1))
san=$(($(wc -l <in/sanctions.csv) - 1))
sub=$(awk -F, 'NR > 1 && $8 == 1' in/people.csv | wc -l)
opds=$(sed -n 's/.*the first \([0-9]*\) of them.*/\1/p' derive.txt)
keys=$(($(wc -l <in/key_positions.csv) - 1))
size=$(du -cm in/*.csv | tail -1 | cut -f1)
echo "bench/talent: $emp employees, $skp SKP rows, $san sanctions ($size MiB of input)" >&2

# run SIDE: one timed run; appends to SIDE.{s,read,compute,write,rss}
run() {
  local side=$1 t0 t1
  rm -rf "out_$side"
  mkdir "out_$side"
  t0=$(now)
  if [ "$side" = c ]; then
    /usr/bin/time -v -o rss.txt "$drv" talent in "out_$side" 2>log.txt
  else
    /usr/bin/time -v -o rss.txt "$py" "$src/bench/talent/talent_pandas.py" in "out_$side" 2>log.txt
  fi
  t1=$(now)
  awk -v a="$t0" -v b="$t1" 'BEGIN {print b - a}' >>"$side.s"
  sed -n 's/.* read \([0-9.]*\) s.*/\1/p' log.txt >>"$side.read"
  sed -n 's/.* compute \([0-9.]*\) s.*/\1/p' log.txt >>"$side.compute"
  sed -n 's/.* write \([0-9.]*\) s.*/\1/p' log.txt >>"$side.write"
  awk '/Maximum resident/ {print $6}' rss.txt >>"$side.rss"
  cat log.txt >&2
  [ "$side" = c ] && cp log.txt c_log.txt
  return 0
}

for i in $(seq "$(( runs > runs_py ? runs : runs_py ))"); do
  [ "$i" -le "$runs" ] && run c
  if [ "$i" -le "$runs_py" ]; then
    run py
    for f in boxes pool slates; do
      cmp "out_c/$f.csv" "out_py/$f.csv" || { echo "bench/talent: $f.csv differs" >&2; exit 1; }
    done
  fi
done
placed=$(awk -F, 'NR > 1 {s += $2} END {print s}' out_c/pool.csv)
pool=$(awk -F, 'NR > 1 {s += $3} END {print s}' out_c/pool.csv)
cands=$(sed -n 's/.*slates: \([0-9]*\) candidates.*/\1/p' c_log.txt)
slated=$(($(wc -l <out_c/slates.csv) - 1))

{
  echo
  echo "## bench_talent — $(date -u +%Y-%m-%d) — 9-box + pool of $emp employees, slates of $keys key positions"
  echo
  echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB;" \
    "$(cc --version | head -1); Python $("$py" -c 'import platform; print(platform.python_version())'), pandas $("$py" -c 'import pandas; print(pandas.__version__)'), NumPy $("$py" -c 'import numpy; print(numpy.__version__)')."
  echo "Load average when the run started: $load (other work on the machine shares its cores)."
  echo "C: bench/talent/talent_bench.c (domain/talent, domain/fit, single-threaded). pandas: bench/talent/talent_pandas.py."
  echo "Seconds are wall-clock, medians of $runs run(s) for C and $runs_py for pandas. End to end = process"
  echo "start, read the CSV input, compute, write the CSV results; compute = the computation alone, as each"
  echo "side reports it. Ratios are pandas / C. The results of both sides are byte-identical (cmp)."
  echo
  echo "| what | C s | pandas s | ratio | C compute s | pandas compute s | compute ratio | C peak RSS | pandas peak RSS |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '| 9-box of %s employees (%s SKP rows, %s sanctions; %s MiB in), pool by jenjang, slates of %s key positions × %s pool members | %.2f | %.2f | **%s×** (target ≥ 10×) | %.3f | %.2f | **%s×** | %s MiB | %s MiB |\n' \
    "$emp" "$skp" "$san" "$size" "$keys" "$cands" \
    "$(median <c.s)" "$(median <py.s)" "$(ratio "$(median <py.s)" "$(median <c.s)")" \
    "$(median <c.compute)" "$(median <py.compute)" "$(ratio "$(median <py.compute)" "$(median <c.compute)")" \
    "$(mib "$(sort -n c.rss | tail -1)")" "$(mib "$(sort -n py.rss | tail -1)")"
  echo
  printf 'Phases (medians, s): C read %.3f / compute %.3f / write %.3f; pandas read %.2f / compute %.2f / write %.2f.\n' \
    "$(median <c.read)" "$(median <c.compute)" "$(median <c.write)" \
    "$(median <py.read)" "$(median <py.compute)" "$(median <py.write)"
  echo "Placed: $placed of $emp; pool (boxes 7-9): $pool. Slates: the first $opds OPD of the demo ($sub employees),"
  echo "$cands pool members against their $keys key positions, $slated slate rows."
} | tee -a "$results"
