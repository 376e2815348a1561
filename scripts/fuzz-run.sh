#!/usr/bin/env bash
# fuzz-run.sh BINARY NAME SECONDS: runs one libFuzzer harness on its seed corpus
# (tests/fuzz/corpus/NAME) for SECONDS; a crash or leak fails the run and
# leaves the reproducer in build-fuzz/artifacts/.
set -euo pipefail
bin=$1 name=$2 secs=$3
src=${MERIT_SRC:-$(cd "$(dirname "$0")/.." && pwd)}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$(dirname "$bin")/artifacts"
if [ -d "$src/tests/fuzz/corpus/$name" ]; then
  cp -r "$src/tests/fuzz/corpus/$name/." "$work/corpus/"
fi
"$bin" -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536 \
  -artifact_prefix="$(dirname "$bin")/artifacts/$name-" -print_final_stats=1 "$work/corpus" 2>&1 | tail -15
