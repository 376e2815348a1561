#!/usr/bin/env bash
# web-test.sh: the browser application's unit tests (Vitest, web/src/**/*.test.ts), as
# ctest's web/vitest runs them: installs web's npm packages as web/package-lock.json pins
# them when needed (scripts/npm-deps.sh), then `vitest run`.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$root/scripts/npm-deps.sh" "$root/web"
cd "$root/web"
exec npx --no-install vitest run
