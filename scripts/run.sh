#!/usr/bin/env bash
# run.sh MERIT_BIN DB_URL LISTEN [WEB_DIR]: what `make run` does after building:
# create the schema, create the demo kabupaten (with its 2026 talent map and
# one account per role) when the database has none, print the demo logins,
# then serve it (with the browser application in WEB_DIR, e.g. web/dist, when given).
set -euo pipefail
bin=$1 db=$2 listen=$3 web=${4:-}
m() { "$bin" --db "$db" --tenant demo "$@"; }

# Demo accounts: username, role, password, extra options. The passwords are
# public (they are printed below): for the demo only, never for real data.
accounts=(
  "superadmin super_admin superadmin-demo-2026"
  "admin admin admin-demo-2026"
  "operator operator operator-demo-2026"
  "kepala head kepala-demo-2026"
  "asesor assessor asesor-demo-2026 --assessor LAPN-01"
  "pegawai employee pegawai-demo-2026 --nip 196701021997082001"
  "pansel committee pansel-demo-2026"
)

m init --quiet
# the demo is written in one transaction, so an existing tenant means a complete demo
if ! m tenant list | grep -q '^demo	'; then
  echo "merit: creating the demo kabupaten in $db (takes a few seconds)"
  m demo
  m talent map --period 2026 >/dev/null
  # the wave's results go to its employees; a JPT competency test committee is being set up
  m wave publish ASM-2026-01 >/dev/null
  m committee create UK-2026 --name "Pansel uji kompetensi JPT 2026" --as-of 2026-06-30
  m committee member UK-2026 K1 --name "Ketua Pansel" --role chair --organisation "Setda"
  m committee member UK-2026 S1 --name "Sekretaris Pansel" --role secretary --organisation "BKPSDM"
  m committee member UK-2026 A1 --name "Anggota Pansel" --role member --organisation "Akademisi"
  m committee enrol UK-2026 --eligible >/dev/null
  for a in "${accounts[@]}"; do
    read -r user role pass extra <<<"$a"
    # shellcheck disable=SC2086 # extra is a deliberate option list
    echo "$pass" | m user add "$user" --role "$role" --password-stdin $extra >/dev/null
  done
  m user seat pansel --committee UK-2026 --member A1 >/dev/null
fi

echo "merit: demo logins (username / password / role):"
for a in "${accounts[@]}"; do
  read -r user role pass _ <<<"$a"
  printf '  %-11s %-22s %s\n' "$user" "$pass" "$role"
done
echo "merit: serving $db on http://$listen${web:+ (browser app: $web)} (Ctrl-C to stop)"
web_opt=()
if [ -n "$web" ]; then
  web_opt=(--web "$web")
fi
exec "$bin" --db "$db" --tenant demo serve --listen "$listen" "${web_opt[@]}"
