#!/usr/bin/env bash
# test_report.sh - the individual assessment report (PDF) on each engine: `merit report
# individual` writes one PDF per finalised participant of the demo wave (600, the latest revision
# of each: a corrected result shows revision 2); for a sample, pdftotext finds the name (also
# names with apostrophes and diacritics), the NIP, "RAHASIA", the JPM and category of `merit
# result show --json`, every competency code and "Halaman 1 dari"; page 1 renders (pdftoppm) and
# is not blank; --nip limits the run, a NIP without a result is an error. Over HTTP
# (GET /api/v1/waves/:code/results/:nip/report.pdf): the operator gets the same text, another
# employee 403, the employee themselves 404 before and 200 after the wave is published, nobody
# signed in 401.
. "$(dirname "$0")/lib.sh"

for t in pdftotext pdftoppm; do
  command -v "$t" >/dev/null || fail "$t missing (poppler-utils: scripts/deps.sh)"
done
# the report's fixed texts are checked in Bahasa Indonesia
export MERIT_LANG=id

url=$(it_new_db report)
m() { "$MERIT_BIN" --db "$url" --tenant demo "$@"; }
q() { it_sql "$url" "$1"; }
W=ASM-2026-01

expect_exit 0 m init
expect_exit 0 m demo --quiet
mapfile -t nips < <(q "SELECT e.nip FROM result r JOIN employee e ON e.id = r.employee_id WHERE r.revision = 1 ORDER BY e.nip")
[ "${#nips[@]}" = 600 ] || fail "600 results, got ${#nips[@]}"
# names pango must shape and pdftotext must give back
names=("Ni Luh Putu Ayu Dewi" "Siti Mu'awanah" "Ṣāliḥ Nur'aini" "Ketut O'Neil & Sons <x>")
for i in 0 1 2 3; do
  q "UPDATE employee SET name = '${names[$i]//\'/\'\'}' WHERE nip = '${nips[$((i * 7))]}'" >/dev/null
done
# a correction: the report shows the latest revision
read -r cnip ccomp < <(q "SELECT e.nip, ri.target_code FROM result r JOIN employee e ON e.id = r.employee_id JOIN result_item ri ON ri.result_id = r.id WHERE ri.lki >= 20 AND ri.target_kind <> 'potensi' ORDER BY e.nip DESC, ri.target_code LIMIT 1" | tr '|' ' ')
expect_exit 0 m result correct --wave "$W" "$cnip" "$ccomp" 1 --reason "salah input nilai asesor" --actor "Operator Uji"
pass "demo, 4 renamed participants, a correction ($cnip $ccomp)"

out=$IT_TMP/reports
expect_exit 0 m report individual --wave "$W" --out "$out"
grep -q '^600 ' "$IT_TMP/out" || fail "count printed: $(cat "$IT_TMP/out")"
[ "$(find "$out" -name '*.pdf' | wc -l)" = 600 ] || fail "600 PDFs"
[ -z "$(find "$out" -name '.*')" ] || fail "no temporary files left"
pass "600 reports"

# --nip: just those; a NIP without a result fails
one=$IT_TMP/one
expect_exit 0 m report individual --wave "$W" --out "$one" --nip "${nips[0]}" --nip "$cnip"
[ "$(ls "$one" | wc -l)" = 2 ] || fail "--nip writes 2"
cmp -s <(pdftotext "$one/${nips[0]}.pdf" -) <(pdftotext "$out/${nips[0]}.pdf" -) || fail "same text"
expect_exit 66 m report individual --wave "$W" --out "$one" --nip 199901012020011999
expect_exit 64 m report individual --wave "$W" --out "$one" --nip ../etc
expect_exit 66 m report individual --wave NOPE --out "$one"
pass "--nip, unknown NIP, bad NIP, unknown wave"

sample=("$cnip")
for i in 0 7 14 21 $(seq 50 61 599); do sample+=("${nips[$i]}"); done
"$PY" - "$MERIT_BIN" "$url" "$out" "$IT_TMP" "$cnip" "$ccomp" "${sample[@]}" <<'EOF' || fail "report contents"
import json, subprocess, sys, unicodedata

merit, url, out, tmp, cnip, ccomp = sys.argv[1:7]
sample = sys.argv[7:]


def text(path):
    t = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", path, "-"], capture_output=True,
                       check=True).stdout.decode()
    return " ".join(unicodedata.normalize("NFC", t).split())


def nonwhite(path):
    # page 1 in gray at 20 dpi as a binary PGM (P5): trivial to read without PIL
    subprocess.run(["pdftoppm", "-gray", "-r", "20", "-f", "1", "-l", "1", "-singlefile", path,
                    tmp + "/p1"], check=True)
    data = open(tmp + "/p1.pgm", "rb").read()
    fields, pos = [], 0
    while len(fields) < 4:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    assert fields[0] == b"P5", fields
    w, h = int(fields[1]), int(fields[2])
    px = data[pos + 1:pos + 1 + w * h]
    assert len(px) == w * h
    return sum(1 for b in px if b < 200) / (w * h)


for nip in sample:
    r = json.loads(subprocess.run([merit, "--db", url, "--tenant", "demo", "result", "show", nip,
                                   "--wave", "ASM-2026-01", "--json"], capture_output=True,
                                  check=True).stdout)
    t = text(f"{out}/{nip}.pdf")
    want = [unicodedata.normalize("NFC", r["name"]), nip, "RAHASIA", "Halaman 1 dari",
            "%.2f%%" % r["jpm"], r["detail"]["category_label_id"], r["position"],
            "versi %d" % r["policy_version"], r["valid_until"]]
    want += [it["code"] for it in r["items"]]
    if r["potential"] is not None:
        want += ["%.2f%%" % r["potential"], r["detail"]["potential_label_id"]]
    for d in r["detail"]["development"]:
        if "plan" in d:
            want.append(d["plan"]["label_id"])
    missing = [w for w in want if w not in t]
    assert not missing, (nip, missing, t[:600])
    assert t.count("RAHASIA") >= t.count("Halaman "), (nip, "RAHASIA on every page")
    pages = t.count("Halaman ")
    assert pages >= 2 and f"Halaman {pages} dari {pages}" in t, (nip, pages)
    if nip == cnip:
        assert r["revision"] == 2 and "Revisi hasil 2" in t and ccomp in t, t[:900]
        assert "salah input nilai asesor" in t, "the correction is listed"
    frac = nonwhite(f"{out}/{nip}.pdf")
    assert frac > 0.02, (nip, "page 1 is blank", frac)
print("ok - %d sampled reports: identity, RAHASIA, JPM/category, codes, pages, not blank"
      % len(sample))
EOF

# ---- over HTTP ----------------------------------------------------------------------------
adduser() { echo "$1-password-1" | m user add "$@" --password-stdin >/dev/null || fail "user add $1"; }
adduser oper --role operator
adduser own --role employee --nip "${nips[14]}"
adduser other --role employee --nip "${nips[21]}"
it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
base="http://127.0.0.1:$IT_SERVE_PORT"
api() { # user path -> $IT_TMP/body, prints the status
  local jar=$IT_TMP/$1.jar
  if [ ! -f "$jar" ] && [ "$1" != anon ]; then
    curl -s -c "$jar" -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"username\":\"$1\",\"password\":\"$1-password-1\"}" "$base/api/v1/auth/login"
  fi
  curl -s -b "$jar" -o "$IT_TMP/body" -D "$IT_TMP/headers" -w '%{http_code}' "$base$2"
}
path() { echo "/api/v1/waves/$W/results/$1/report.pdf"; }

[ "$(api oper "$(path "${nips[14]}")")" = 200 ] || fail "operator 200"
grep -qi '^content-type: application/pdf' "$IT_TMP/headers" || fail "application/pdf"
cmp -s <(pdftotext "$IT_TMP/body" -) <(pdftotext "$out/${nips[14]}.pdf" -) || fail "API text = CLI text"
[ "$(api oper "$(path "$cnip")")" = 200 ] || fail "operator 200 (corrected)"
cmp -s <(pdftotext "$IT_TMP/body" -) <(pdftotext "$out/$cnip.pdf" -) || fail "API text = CLI text (corrected)"
[ "$(api oper "$(path 199901012020011999)")" = 404 ] || fail "unknown NIP 404"
[ "$(api oper "/api/v1/waves/NOPE/results/${nips[14]}/report.pdf")" = 404 ] || fail "unknown wave 404"
[ "$(api anon "$(path "${nips[14]}")")" = 401 ] || fail "anonymous 401"
[ "$(api own "$(path "${nips[14]}")")" = 404 ] || fail "own report before publication: 404"
[ "$(api other "$(path "${nips[14]}")")" = 403 ] || fail "another employee's report: 403"
pass "API before publication: operator 200 (same text), own 404, other 403, anonymous 401"

expect_exit 0 m wave publish "$W"
[ "$(api own "$(path "${nips[14]}")")" = 200 ] || fail "own report after publication: 200"
cmp -s <(pdftotext "$IT_TMP/body" -) <(pdftotext "$out/${nips[14]}.pdf" -) || fail "own text = CLI text"
[ "$(api other "$(path "${nips[14]}")")" = 403 ] || fail "another employee's report after publication: 403"
[ "$(api other "$(path "${nips[21]}")")" = 200 ] || fail "other's own report: 200"
pass "API after publication: own 200 (same text), another's 403"
