#!/usr/bin/env bash
# test_siasn.sh - SIASN-shaped result files, once per engine: on the demo (scripts/demo-setup.sh)
# `merit siasn export` writes potensi, kompetensi and talenta JSON lines, one per final result
# (600), every line valid against its JSON Schema in docs/siasn/ (python3-jsonschema, draft
# 2020-12), and a reconciliation naming every participant with its outcome; values equal
# `merit result show --json` and `merit talent show --json` for a sample; a correction exports
# the latest revision; the API's siasn.zip holds the same files, both exports are audited, and
# a head gets 403.
. "$(dirname "$0")/lib.sh"

SRC=${MERIT_SRC:-$(cd "$(dirname "$0")/../.." && pwd)}
url=$(it_new_db siasn)
m() { "$MERIT_BIN" --db "$url" --tenant demo "$@"; }
T=$IT_TMP
W=ASM-2026-01
bash "$SRC/scripts/demo-setup.sh" "$MERIT_BIN" "$url" >/dev/null || fail "demo-setup"
pass "$TEST_ENGINE: demo set up"

# ---- the CLI export -----------------------------------------------------------------
expect_exit 0 m siasn export --wave "$W" --out "$T/cli" --json
cp "$T/out" "$T/summary.json"
for f in potensi.jsonl kompetensi.jsonl talenta.jsonl rekonsiliasi.csv; do
  [ -s "$T/cli/$f" ] || fail "no $f"
done
m result list --wave "$W" --json >"$T/results.json" || fail "result list"
m wave participants "$W" --json >"$T/parts.json" || fail "wave participants"
expect_exit 64 m siasn export --wave "$W"
expect_exit 66 m siasn export --wave NOPE --out "$T/nope"
[ ! -e "$T/nope" ] || fail "an unknown wave wrote files"
pass "export writes the four files; --out is required; an unknown wave is 66 and writes nothing"

# every line of each file validates against its schema (and a broken line does not)
$PY - "$SRC/docs/siasn" "$T/cli" <<'EOF' || fail "schema validation"
import json, sys
from jsonschema import Draft202012Validator
sdir, out = sys.argv[1], sys.argv[2]
for kind in ("potensi", "kompetensi", "talenta"):
    schema = json.load(open("%s/%s.schema.json" % (sdir, kind)))
    Draft202012Validator.check_schema(schema)
    v = Draft202012Validator(schema)
    n = 0
    for no, line in enumerate(open("%s/%s.jsonl" % (out, kind)), 1):
        errs = sorted(v.iter_errors(json.loads(line)), key=lambda e: list(e.path))
        if errs:
            sys.exit("%s.jsonl:%d: %s at %s" % (kind, no, errs[0].message, list(errs[0].path)))
        n += 1
    first = json.loads(open("%s/%s.jsonl" % (out, kind)).readline())
    bad = json.loads(json.dumps(first)); bad["payload"]["unknownField"] = "1"
    assert not v.is_valid(bad), kind + ": an unknown payload field passes"
    bad = json.loads(json.dumps(first)); del bad["payload"][list(bad["payload"])[1]]
    assert not v.is_valid(bad), kind + ": a missing payload field passes"
    print(kind, n)
EOF
pass "every line of potensi, kompetensi and talenta validates against docs/siasn/*.schema.json"

# counts: one line per final result; the reconciliation lists every participant
$PY - "$T/cli" "$T/results.json" "$T/parts.json" "$T/summary.json" <<'EOF' || fail "counts"
import csv, json, sys
out, results, parts, summary = sys.argv[1:]
results = json.load(open(results)); parts = json.load(open(parts)); summary = json.load(open(summary))
final = {r["nip"] for r in results}
assert len(final) == 600, len(final)
for kind in ("potensi", "kompetensi", "talenta"):
    lines = [json.loads(l) for l in open("%s/%s.jsonl" % (out, kind))]
    nips = [l["nip"] for l in lines]
    assert len(nips) == len(set(nips)) == 600, (kind, len(nips))
    assert set(nips) == final, kind
    assert summary[kind] == 600 and summary["skipped"][kind] == len(parts) - 600, summary
rows = list(csv.DictReader(open("%s/rekonsiliasi.csv" % out, newline="")))
assert [r["nip"] for r in rows] == [p["nip"] for p in parts], "reconciliation != participants"
assert len(rows) == len(parts) == summary["participants"] == 602, len(rows)
for r, p in zip(rows, parts):
    assert r["status"] == p["status"], r
    if p["status"] == "final":
        assert (r["potensi"], r["kompetensi"], r["talenta"]) == ("exported",) * 3, r
        assert r["revisi"] == "1" and r["kode_alasan"] == "", r
    else:
        assert (r["potensi"], r["kompetensi"], r["talenta"]) == ("skipped",) * 3, r
        assert r["kode_alasan"] == "potensi:not_final;kompetensi:not_final;talenta:not_final", r
        assert p["status"] in r["alasan"], r
print("ok")
EOF
pass "600 lines per file = the final results; the reconciliation lists all 602 participants"

# values equal `merit result show --json` and `merit talent show --json` for a sample
check_sample() { # NIP...
  for nip in "$@"; do
    m result show "$nip" --wave "$W" --json >"$T/show.json" || fail "result show $nip"
    m talent show --period 2026 "$nip" --json >"$T/tshow.json" || fail "talent show $nip"
    $PY - "$T/cli" "$nip" "$T/show.json" "$T/tshow.json" <<'EOF' || fail "values of $nip"
import json, sys
out, nip, show, tshow = sys.argv[1:]
r = json.load(open(show)); t = json.load(open(tshow))
line = {k: next(json.loads(l) for l in open("%s/%s.jsonl" % (out, k)) if json.loads(l)["nip"] == nip)
        for k in ("potensi", "kompetensi", "talenta")}
for k, l in line.items():
    assert (l["name"], l["wave"], l["revision"], l["finalised_at"]) == \
        (r["name"], r["wave"], r["revision"], r["finalised_at"]), k
aspects = {a["code"]: a["level"] for a in r["potential_aspects"]}
p = line["potensi"]["payload"]
for f, c in (("berfikirKritis", "berpikir_kritis"), ("intelektual", "intelektual"),
             ("interpersonal", "interpersonal"), ("kesadaranDiri", "kesadaran_diri"),
             ("motivasiKomitmen", "motivasi_komitmen")):
    assert float(p[f]) == aspects[c], (f, p[f], aspects[c])
assert abs(float(p["total"]) - r["potential"]) < 0.005, (p["total"], r["potential"])
assert p["pnsOrangId"] is None
items = {i["code"]: i["lki"] for i in r["items"]}
k = line["kompetensi"]
for f, c in (("integritas", "M.01"), ("kerjasama", "M.02"), ("komunikasi", "M.03"),
             ("orientasiPadaHasil", "M.04"), ("pelayananPublik", "M.05"),
             ("pengembanganDiriDanOrla", "M.06"), ("mengelolaPerubahan", "M.07"),
             ("pengambilanKeputusan", "M.08"), ("perekatBangsa", "SK.01")):
    assert float(k["payload"][f]) == items[c], (f, k["payload"][f], items[c])
for f in ("jpm", "jpm_capped", "score", "category", "position", "policy_version"):
    assert k["merit"][f] == r[f], (f, k["merit"][f], r[f])
assert [(i["code"], i["lkj"], i["lki"]) for i in k["merit"]["items"]] == \
    [(i["code"], i["lkj"], i["lki"]) for i in r["items"]]
tl = line["talenta"]
assert int(tl["payload"]["box"]) == t["box"]["box"], (tl["payload"], t["box"])
assert float(tl["payload"]["sumbu_x"]) == t["performance"] and float(tl["payload"]["sumbu_y"]) == t["potential"]
assert abs(float(tl["payload"]["total_sumbu"]) - t["performance"] - t["potential"]) < 0.011
assert tl["merit"]["period"] == "2026" and tl["merit"]["period_status"] == t["period_status"]
EOF
  done
}
sample=$($PY -c 'import json,sys; r=json.load(open(sys.argv[1])); print(" ".join(x["nip"] for x in r[::150]))' "$T/results.json")
# shellcheck disable=SC2086 # a list of NIPs
check_sample $sample
pass "values equal result show and talent show for $(wc -w <<<"$sample") sampled results"

# a correction: the export carries the latest revision
cnip=$(cut -d' ' -f2 <<<"$sample")
old=$(m result show "$cnip" --wave "$W" --json | $PY -c 'import json,sys; print(next(i["lki"] for i in json.load(sys.stdin)["items"] if i["code"]=="M.01"))')
new=$(( old >= 5 ? 4 : old + 1 ))
expect_exit 0 m result correct --wave "$W" "$cnip" M.01 "$new" --reason "salah input pada lembar asesor" --actor tester
expect_exit 0 m siasn export --wave "$W" --out "$T/cli" --actor tester
check_sample "$cnip"
grep -q "^$cnip,.*,final,2,exported,exported,exported," "$T/cli/rekonsiliasi.csv" || fail "revision 2 not in the reconciliation"
[ "$(grep -c "\"nip\":\"$cnip\"" "$T/cli/kompetensi.jsonl")" = 1 ] || fail "one line per result"
pass "after a correction the export carries revision 2 (integritas $old -> $new), once"

m audit list --action siasn.export --json >"$T/audit.json"
$PY - "$T/audit.json" <<'EOF' || fail "CLI audit entries"
import json, sys
a = json.load(open(sys.argv[1]))
assert len(a) == 2, a
after = json.loads(a[0]["after"])
assert a[0]["object"] == "wave:ASM-2026-01" and a[0]["actor"] == "tester", a[0]
assert after["via"] == "cli" and after["potensi"] == after["kompetensi"] == after["talenta"] == 600, after
assert after["participants"] == 602 and after["skipped"]["talenta"] == 2, after
EOF
pass "every CLI export is audited (siasn.export, counts)"

# ---- the API download ---------------------------------------------------------------
it_serve api --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
BASE="http://127.0.0.1:$IT_SERVE_PORT"
login() { # USER PASSWORD
  curl -sS -c "$T/$1.jar" -o "$T/body" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" "$BASE/api/v1/auth/login" || fail "login $1"
  grep -q csrf_token "$T/body" || fail "login $1: $(cat "$T/body")"
  $PY -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrf_token"])' "$T/body" >"$T/$1.csrf"
}
login operator operator-demo-2026
login kepala kepala-demo-2026
get() { # USER PATH [BODY]: the export is a POST (a disclosure, audited), with the CSRF token
  STATUS=$(curl -sS -o "$T/body" -D "$T/hdr" -w '%{http_code}' -b "$T/$1.jar" \
    -H "X-CSRF-Token: $(cat "$T/$1.csrf")" -H 'Content-Type: application/json' \
    -d "${3:-{\}}" "$BASE$2") || fail "curl $2"
}
get operator "/api/v1/waves/$W/siasn.zip"
[ "$STATUS" = 200 ] || fail "siasn.zip: $STATUS $(head -c 300 "$T/body")"
grep -qi '^content-type: application/zip' "$T/hdr" || fail "content type: $(cat "$T/hdr")"
grep -qi "^content-disposition: attachment; filename=\"\?siasn-$W.zip" "$T/hdr" || fail "file name: $(cat "$T/hdr")"
cp "$T/body" "$T/siasn.zip"
$PY - "$T/siasn.zip" "$T/cli" <<'EOF' || fail "zip contents"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
names = sorted(z.namelist())
want = sorted(["potensi.jsonl", "kompetensi.jsonl", "talenta.jsonl", "rekonsiliasi.csv"])
assert names == want, names
for n in names:
    assert z.read(n) == open("%s/%s" % (sys.argv[2], n), "rb").read(), n + " differs from the CLI's"
EOF
pass "POST siasn.zip: application/zip with the same four files as the CLI export"

m audit list --action siasn.export --json >"$T/audit.json"
$PY -c 'import json,sys
a = json.load(open(sys.argv[1])); after = json.loads(a[0]["after"])
assert len(a) == 3 and a[0]["actor"] == "operator" and after["via"] == "api", a[0]
assert after["potensi"] == 600 and after["period"] == "2026", after' "$T/audit.json" || fail "API audit entry"
pass "the download is audited (siasn.export by operator via api)"

get kepala "/api/v1/waves/$W/siasn.zip"
[ "$STATUS" = 403 ] || fail "head: $STATUS"
get operator "/api/v1/waves/NOPE/siasn.zip"
[ "$STATUS" = 404 ] || fail "unknown wave: $STATUS"
get operator "/api/v1/waves/$W/siasn.zip" '{"period":"1999"}'
[ "$STATUS" = 404 ] || fail "unknown period: $STATUS"
[ "$(m audit list --action siasn.export --json | $PY -c 'import json,sys; print(len(json.load(sys.stdin)))')" = 3 ] ||
  fail "a refused download was audited"
pass "a head gets 403; an unknown wave or period 404, neither audited"
