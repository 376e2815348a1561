#!/usr/bin/env bash
# demo-setup.sh MERIT_BIN DB_URL: creates the schema, then the demo kabupaten (tenant demo:
# 6,500 employees, wave ASM-2026-01 final and published, the 2026 talent map, committee
# UK-2026 and one account per role) when the database has none, and prints the demo logins.
# `make run` (scripts/run.sh) and the end-to-end tests (tests/e2e/run.sh) call it.
set -euo pipefail
bin=$1 db=$2
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
