#!/usr/bin/env bash
# run.sh MERIT_BIN DB_URL LISTEN [WEB_DIR]: what `make run` does after building:
# create the schema and the demo kabupaten with its logins when the database has none
# (scripts/demo-setup.sh), then serve it (with the browser application in WEB_DIR,
# e.g. web/dist, when given).
set -euo pipefail
bin=$1 db=$2 listen=$3 web=${4:-}

bash "$(dirname "${BASH_SOURCE[0]}")/demo-setup.sh" "$bin" "$db"
echo "merit: serving $db on http://$listen${web:+ (browser app: $web)} (Ctrl-C to stop)"
web_opt=()
if [ -n "$web" ]; then
  web_opt=(--web "$web")
fi
exec "$bin" --db "$db" --tenant demo serve --listen "$listen" "${web_opt[@]}"
