#!/usr/bin/env bash
# run.sh: the end-to-end tests (ctest's e2e/chromium). Builds a fresh demo database
# (scripts/demo-setup.sh: the same kabupaten and logins as `make run`), serves it with the
# built browser application (web/dist) on a free port, drives Debian's Chromium through
# playwright-core over every tests/e2e/*.spec.mjs (runner.mjs), then stops the server
# and expects it to exit 0.
#
# Needs: MERIT_BIN (the merit binary), MERIT_SRC (the source tree), web/dist built
# (`make web`; `make test` does it), web's npm packages (playwright-core), /usr/bin/chromium.
# Optional: MERIT_E2E_WEB (the app to serve, default $MERIT_SRC/web/dist),
# MERIT_E2E_SHOTS (screenshots, default $MERIT_SRC/build/e2e-shots), MERIT_E2E_ONLY
# (run only the tests whose "spec/test" name contains it), MERIT_CHROMIUM (the browser).
# Exit 77 (skipped) when there is no Chromium.
set -euo pipefail

: "${MERIT_BIN:?MERIT_BIN must name the merit binary}"
: "${MERIT_SRC:?MERIT_SRC must name the source tree}"
MERIT_BIN=$(realpath "$MERIT_BIN")
# the server's messages in the app's default language, as `make run` serves them
export MERIT_LANG=id
web=${MERIT_E2E_WEB:-$MERIT_SRC/web/dist}
export MERIT_CHROMIUM=${MERIT_CHROMIUM:-/usr/bin/chromium}
export MERIT_E2E_SHOTS=${MERIT_E2E_SHOTS:-$MERIT_SRC/build/e2e-shots}

if ! [ -x "$MERIT_CHROMIUM" ]; then
  echo "e2e: no Chromium at $MERIT_CHROMIUM (Debian: apt-get install chromium): skipped" >&2
  exit 77
fi
[ -f "$web/index.html" ] || { echo "FAIL: $web/index.html is missing: run \`make web\` first" >&2; exit 1; }
bash "$MERIT_SRC/scripts/npm-deps.sh" "$MERIT_SRC/web"

tmp=$(mktemp -d /tmp/merit-e2e.XXXXXX)
server=
# shellcheck disable=SC2317 # called by the trap
cleanup() {
  if [ -n "$server" ]; then kill -KILL "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

started=$(date +%s)
db="sqlite:$tmp/demo.db"
bash "$MERIT_SRC/scripts/demo-setup.sh" "$MERIT_BIN" "$db" >"$tmp/setup.out" 2>&1 ||
  { cat "$tmp/setup.out"; echo "FAIL: demo setup" >&2; exit 1; }
echo "# demo database ready in $(($(date +%s) - started)) s"

"$MERIT_BIN" --db "$db" --tenant demo serve --listen 127.0.0.1:0 --web "$web" >"$tmp/serve.out" 2>"$tmp/serve.err" &
server=$!
port=
for _ in $(seq 1 100); do
  port=$(sed -n 's|^merit: listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$tmp/serve.out")
  [ -n "$port" ] && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/serve.err"; echo "FAIL: the server exited" >&2; exit 1; }
  sleep 0.1
done
[ -n "$port" ] || { echo "FAIL: the server did not say where it listens" >&2; exit 1; }

rc=0
MERIT_E2E_TMP=$tmp MERIT_E2E_DB=$db MERIT_BIN=$MERIT_BIN \
  node "$MERIT_SRC/tests/e2e/runner.mjs" "http://127.0.0.1:$port" || rc=$?

kill -TERM "$server"
src=0
wait "$server" || src=$?
server=
if [ "$src" -ne 0 ]; then
  echo "--- server stderr (tail)"; tail -20 "$tmp/serve.err"
  echo "FAIL: the server exited $src on SIGTERM (expected 0)"
  rc=1
else
  echo "ok - server stopped cleanly on SIGTERM"
fi
echo "# e2e: $(($(date +%s) - started)) s in all; screenshots in $MERIT_E2E_SHOTS"
exit "$rc"
