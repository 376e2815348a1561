#!/usr/bin/env bash
# Fails when a C file is not formatted per .clang-format (run `make format` to fix).
set -euo pipefail
cd "${MERIT_SRC:-$(dirname "$0")/..}"
files=$(git ls-files '*.c' '*.h' 2>/dev/null || find src tests -name '*.[ch]')
[ -z "$files" ] && exit 0
out=$(echo "$files" | xargs clang-format --dry-run 2>&1 | grep 'warning:' || true)
if [ -n "$out" ]; then
  echo "$out" | head -40
  echo "clang-format: $(echo "$out" | wc -l) places need formatting; run 'make format'" >&2
  exit 1
fi
echo "clang-format: $(echo "$files" | wc -l) files formatted"
