#!/usr/bin/env bash
# merit-test: no-database
# docs/import/ must match what the binary accepts (regenerate with scripts/gen-import-docs.sh).
. "$(dirname "$0")/lib.sh"
bash "$MERIT_SRC/scripts/gen-import-docs.sh" "$MERIT_BIN" "$IT_TMP/docs"
for f in "$IT_TMP"/docs/*; do
  cmp -s "$f" "$MERIT_SRC/docs/import/$(basename "$f")" ||
    fail "docs/import/$(basename "$f") is out of date: run scripts/gen-import-docs.sh build/merit"
done
pass "docs/import matches the binary"
