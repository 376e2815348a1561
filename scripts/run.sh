#!/usr/bin/env bash
# run.sh MERIT_BIN DB_URL LISTEN: what `make run` does after building:
# create the schema, create the demo kabupaten when the database has none,
# then serve it.
set -euo pipefail
bin=$1 db=$2 listen=$3
"$bin" --db "$db" init --quiet
# the demo is written in one transaction, so an existing tenant means a complete demo
if ! "$bin" --db "$db" tenant list | grep -q '^demo	'; then
  echo "merit: creating the demo kabupaten in $db (takes a few seconds)"
  "$bin" --db "$db" --tenant demo demo
fi
echo "merit: serving $db on http://$listen (Ctrl-C to stop)"
exec "$bin" --db "$db" --tenant demo serve --listen "$listen"
