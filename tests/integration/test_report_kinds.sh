#!/usr/bin/env bash
# test_report_kinds.sh - the single-document PDF reports on each engine, from the demo of
# scripts/demo-setup.sh plus a finalised committee (UK-2026: declarations, every member's scores,
# decide, finalise) and a move package (two swapped supervisors, submitted and reviewed):
#   merit report recap|ninebox|succession|committee|package ... --out FILE
# pdftotext finds the names, NIPs and numbers the CLI's --json gives (rank, JPM, box counts,
# candidates, aggregates, recommendations, verdicts and citations, the trail), "RAHASIA" and
# "Halaman 1 dari"; page 1 renders (pdftoppm) and is not blank; the 9-box poster is landscape.
# Refusals: a committee not finalised (65 / 422), unknown objects (66 / 404), a bad --kind (64).
# Over HTTP the operator gets the same text; the committee account its own committee's minutes
# but not a wave recap; an employee 403; nobody signed in 401.
. "$(dirname "$0")/lib.sh"

for t in pdftotext pdftoppm pdfinfo; do
  command -v "$t" >/dev/null || fail "$t missing (poppler-utils: scripts/deps.sh)"
done
export MERIT_LANG=id

url=$(it_new_db reportkinds)
m() { "$MERIT_BIN" --db "$url" --tenant demo "$@"; }
q() { it_sql "$url" "$1"; }
W=ASM-2026-01 P=2026

bash "$MERIT_SRC/scripts/demo-setup.sh" "$MERIT_BIN" "$url" >"$IT_TMP/setup.log" 2>&1 ||
  fail "demo-setup: $(tail -5 "$IT_TMP/setup.log")"
out=$IT_TMP/pdf
mkdir -p "$out"

# the committee is refused while open
expect_exit 65 m report committee --committee UK-2026 --kind minutes --out "$out/early.pdf"
grep -q "finalis" "$IT_TMP/err" || fail "not finalised: $(cat "$IT_TMP/err")"
[ ! -e "$out/early.pdf" ] || fail "no file for a refused report"
for who in K1 S1 A1; do
  expect_exit 0 m committee declare UK-2026 "$who" --statement "Tidak ada benturan kepentingan dengan peserta"
done
mapfile -t officials < <(q "SELECT e.nip FROM committee_candidate c JOIN employee e ON e.id = c.employee_id ORDER BY e.nip")
i=0
for nip in "${officials[@]}"; do
  for who in K1 S1 A1; do
    for c in rekam_jejak tes_tertulis wawancara; do
      expect_exit 0 m committee score UK-2026 "$who" "$nip" "$c" $((60 + (i * 7 + ${#who} * 3 + ${#c}) % 40))
    done
  done
  i=$((i + 1))
done
expect_exit 0 m committee decide UK-2026
expect_exit 0 m committee finalise UK-2026 --actor "Ketua Pansel"
pass "committee UK-2026 finalised (${#officials[@]} officials)"

pick="SELECT e.nip FROM employee e JOIN position p ON p.id = e.position_id WHERE p.jenjang_code = 'pengawas' AND e.birth_date > '1975-01-01' AND NOT EXISTS (SELECT 1 FROM hist_sanction s WHERE s.employee_id = e.id AND s.level IN ('sedang', 'berat')) ORDER BY e.nip"
a=$(q "$pick LIMIT 1")
b=$(q "$pick LIMIT 1 OFFSET 1")
pa=$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$a'")
pb=$(q "SELECT p.code FROM employee e JOIN position p ON p.id = e.position_id WHERE e.nip = '$b'")
expect_exit 0 m move package create ROT-1 --title "Rotasi pengawas" --actor "Operator BKPSDM"
expect_exit 0 m move package add ROT-1 "$a" --to "$pb" --kind rotasi --date 2026-03-02
expect_exit 0 m move package add ROT-1 "$b" --to "$pa" --kind rotasi --date 2026-03-02
expect_exit 0 m move package submit ROT-1 --actor Operator --reason "Rotasi penyegaran"
expect_exit 0 m move package review ROT-1 --actor "Kepala BKPSDM" --reason "Sesuai kebutuhan"
pass "move package ROT-1 submitted and reviewed"

# the unit with the most people placed, a key position with a slate
unit=$(m talent list --period $P --json | "$PY" -c 'import json,sys,collections; c=collections.Counter(r["unit_code"] for r in json.load(sys.stdin) if r["eligible"]); print(c.most_common(1)[0][0])')
[ -n "$unit" ] || fail "a unit with people placed"
pos=OPD01.AS1

# ---- the CLI -------------------------------------------------------------------------------
expect_exit 0 m report recap --wave "$W" --out "$out/recap.pdf"
expect_exit 0 m report ninebox --period "$P" --out "$out/ninebox.pdf"
expect_exit 0 m report ninebox --period "$P" --unit "$unit" --out "$out/ninebox-unit.pdf"
expect_exit 0 m report succession --period "$P" --position "$pos" --out "$out/slate.pdf"
expect_exit 0 m report committee --committee UK-2026 --kind minutes --out "$out/minutes.pdf"
expect_exit 0 m report committee --committee UK-2026 --kind letter --out "$out/letter.pdf"
expect_exit 0 m report package --package ROT-1 --out "$out/package.pdf"
[ -z "$(find "$out" -name '*.tmp')" ] || fail "no temporary files left"
expect_exit 66 m report recap --wave NOPE --out "$out/x.pdf"
expect_exit 66 m report ninebox --period NOPE --out "$out/x.pdf"
expect_exit 66 m report ninebox --period "$P" --unit NOPE --out "$out/x.pdf"
expect_exit 66 m report succession --period "$P" --position NOPE --out "$out/x.pdf"
expect_exit 66 m report committee --committee NOPE --kind letter --out "$out/x.pdf"
expect_exit 64 m report committee --committee UK-2026 --kind surat --out "$out/x.pdf"
expect_exit 66 m report package --package NOPE --out "$out/x.pdf"
expect_exit 64 m report recap --out "$out/x.pdf"
expect_exit 64 m report recap --wave "$W"
expect_exit 64 m report nope --out "$out/x.pdf"
[ ! -e "$out/x.pdf" ] || fail "no file for a failed report"
pass "CLI: 7 documents; unknown objects 66, bad usage 64"

m result list --wave "$W" --json >"$IT_TMP/results.json" || fail "result list"
m talent list --period "$P" --json >"$IT_TMP/talent.json" || fail "talent list"
m succession list --period "$P" --position "$pos" --json >"$IT_TMP/slate.json" || fail "succession"
m talent forecast --months 120 --json >"$IT_TMP/forecast.json" || fail "forecast"
m committee show UK-2026 --json >"$IT_TMP/committee.json" || fail "committee show"
m move package show ROT-1 --json >"$IT_TMP/package.json" || fail "package show"

"$PY" - "$IT_TMP" "$out" "$unit" <<'EOF' || fail "report contents"
import collections, json, subprocess, sys, unicodedata

tmp, out, unit = sys.argv[1:4]
J = lambda n: json.load(open(f"{tmp}/{n}.json"))


def text(path):
    # the reading order (cells whole) and the layout (a key beside its value, a bar's label
    # beside its count), one after the other
    t = ""
    for mode in ([], ["-layout"]):
        t += subprocess.run(["pdftotext", "-enc", "UTF-8"] + mode + [path, "-"],
                            capture_output=True, check=True).stdout.decode() + "\n"
    return " ".join(unicodedata.normalize("NFC", t).split())


def nonwhite(path):
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
    w, h = int(fields[1]), int(fields[2])
    px = data[pos + 1:pos + 1 + w * h]
    return w, h, sum(1 for b in px if b < 200) / (w * h)


def check(name, want, extra=()):
    path = f"{out}/{name}.pdf"
    t = text(path)
    want = [unicodedata.normalize("NFC", str(x)) for x in list(want) + ["RAHASIA", "Halaman 1 dari"]]
    missing = [x for x in want if x not in t]
    assert not missing, (name, missing[:10], t[:800])
    pages = t.count("Halaman ") // 2
    assert pages >= 1 and f"Halaman {pages} dari {pages}" in t, (name, pages)
    assert t.count("RAHASIA") >= 2 * pages, (name, "RAHASIA on every page")
    w, h, frac = nonwhite(path)
    assert frac > 0.02, (name, "page 1 is blank", frac)
    print(f"ok - {name}: {len(want)} values found, {pages} page(s), page 1 {w}x{h}")
    return t, w, h


# recap: every participant with rank, NIP and JPM; the category counts in the chart
res = J("results")
want = ["REKAPITULASI HASIL ASESMEN", "ASM-2026-01", "Hasil final 600", "Histogram JPM"]
for r in res:
    want += [r["nip"], r["name"], "%.2f" % r["jpm"]]
cats = collections.Counter(r["category"] for r in res)
want += [f"({c}) {n}" for c, n in cats.items()]
t, _, _ = check("recap", want)
for r in res[:20]:
    assert f'{r["rank"]} {r["name"]} {r["nip"]}' in t, ("rank row", r["rank"], r["nip"])

# 9-box: the count of every box; names (all of a box up to 18, else "+N lainnya")
tal = [r for r in J("talent") if r["eligible"] and r.get("box")]
def ninebox(name, rows):
    boxes = collections.defaultdict(list)
    for r in rows:
        boxes[r["box"]].append(r["name"])
    want = ["PETA 9 KOTAK", f"Terpetakan {len(rows)} pegawai"]
    for b in range(1, 10):
        n = len(boxes[b])
        want.append(f"Kotak {b} - ")
        want.append(f"({n})")
        if n <= 18:
            want += boxes[b]
        else:
            want += boxes[b][:18] + [f"+{n - 18} lainnya"]
    t, w, h = check(name, want)
    assert w > h, (name, "landscape", w, h)
    # the official layout: rows performance high..low, columns potential low..high
    order = [t.index(f"Kotak {b} - ") for b in (4, 7, 9, 2, 5, 8, 1, 3, 6)]
    assert order == sorted(order), (name, "4 7 9 / 2 5 8 / 1 3 6", order)
ninebox("ninebox", tal)
ninebox("ninebox-unit", [r for r in tal if r["unit_code"] == unit])

# succession: the position, holder and date, every candidate with NIP, JPM and box
sl = J("slate")["slates"][0]
want = ["SLATE SUKSESI", sl["position_name"], sl["position"]]
fc = [p for p in J("forecast")["positions"] if p["position"] == sl["position"]]
if fc:
    want += [fc[0]["name"], fc[0]["nip"], fc[0]["date"]]
for c in sl["candidates"]:
    want += [c["name"], "NIP " + c["nip"], "%.2f" % c["jpm"]] + c["unmet"]
check("slate", want)

# committee: members and declarations, officials, component scores, aggregates, recommendations
cm = J("committee")
assert cm["status"] == "final"
want = ["BERITA ACARA UJI KOMPETENSI", "UK-2026", "Tanda tangan"]
for mb in cm["members"]:
    want += [mb["name"], mb["organisation"], mb["declaration"]]
for o in cm["officials"]:
    r = o["result"]
    want += [o["name"], o["nip"], r["recommendation_id"], "%.2f" % r["aggregate"]]
    want += ["%.2f" % v for v in r["components"].values()]
t, _, _ = check("minutes", want)
for role in ("Ketua", "Sekretaris", "Anggota"):
    assert role in t, role
want = ["Yth. Kepala Daerah", "Rekomendasi hasil uji kompetensi", "Kepala Badan Kepegawaian"]
for i, o in enumerate(cm["officials"], 1):
    r = o["result"]
    want.append(f'{i}. {o["name"]}, NIP {o["nip"]}')
    want += ["nilai akhir %.2f" % r["aggregate"], r["recommendation_id"]]
check("letter", want)

# package: each move with its verdicts and citations, the trail
pk = J("package")
want = ["PAKET ROTASI DAN MUTASI", pk["code"], pk["title"], pk["status"]]
for mv in pk["moves"]:
    want += [mv["name"], mv["nip"], mv["from"], mv["to"], mv["kind"], mv["date"]]
    for v in mv["verdicts"]:
        want += [v["rule"], v["citation"], v["facts"]]
for s in pk["trail"]:
    want += [s["step"], s["actor"], s["reason"]]
check("package", want)
EOF

# ---- over HTTP ----------------------------------------------------------------------------
it_serve serve --db "$url" --tenant demo serve --listen 127.0.0.1:0 --threads 2
base="http://127.0.0.1:$IT_SERVE_PORT"
declare -A pw=([operator]=operator-demo-2026 [pansel]=pansel-demo-2026 [pegawai]=pegawai-demo-2026 [kepala]=kepala-demo-2026)
api() { # user path -> $IT_TMP/body, prints the status
  local jar=$IT_TMP/$1.jar
  if [ ! -f "$jar" ] && [ "$1" != anon ]; then
    curl -s -c "$jar" -o /dev/null -H 'Content-Type: application/json' \
      -d "{\"username\":\"$1\",\"password\":\"${pw[$1]}\"}" "$base/api/v1/auth/login"
  fi
  curl -s -b "$jar" -o "$IT_TMP/body" -D "$IT_TMP/headers" -w '%{http_code}' "$base$2"
}
same() { # user path file
  [ "$(api "$1" "$2")" = 200 ] || fail "$1 $2: $(head -c 300 "$IT_TMP/body")"
  grep -qi '^content-type: application/pdf' "$IT_TMP/headers" || fail "$2: application/pdf"
  cmp -s <(pdftotext "$IT_TMP/body" -) <(pdftotext "$3" -) || fail "$2: API text = CLI text"
}
same operator "/api/v1/waves/$W/recap.pdf" "$out/recap.pdf"
same kepala "/api/v1/talent/periods/$P/ninebox.pdf" "$out/ninebox.pdf"
same operator "/api/v1/talent/periods/$P/ninebox.pdf?unit=$unit" "$out/ninebox-unit.pdf"
same operator "/api/v1/talent/periods/$P/succession/$pos/slate.pdf" "$out/slate.pdf"
same operator "/api/v1/committees/UK-2026/minutes.pdf" "$out/minutes.pdf"
same pansel "/api/v1/committees/UK-2026/minutes.pdf" "$out/minutes.pdf"
same pansel "/api/v1/committees/UK-2026/letter.pdf" "$out/letter.pdf"
same operator "/api/v1/moves/packages/ROT-1/report.pdf" "$out/package.pdf"
pass "API: the same text as the CLI for every kind (operator, head, the committee's member)"

[ "$(api operator /api/v1/waves/NOPE/recap.pdf)" = 404 ] || fail "unknown wave 404"
[ "$(api operator "/api/v1/talent/periods/$P/ninebox.pdf?unit=NOPE")" = 404 ] || fail "unknown unit 404"
[ "$(api operator "/api/v1/talent/periods/$P/succession/NOPE/slate.pdf")" = 404 ] || fail "unknown position 404"
[ "$(api operator /api/v1/moves/packages/NOPE/report.pdf)" = 404 ] || fail "unknown package 404"
[ "$(api operator "/api/v1/talent/periods/$P/ninebox.pdf?box=1")" = 400 ] || fail "undeclared query 400"
expect_exit 0 m committee create UK-OPEN --name "Pansel terbuka" --as-of 2026-06-30
[ "$(api operator /api/v1/committees/UK-OPEN/letter.pdf)" = 422 ] || fail "open committee 422"
[ "$(api pansel /api/v1/committees/UK-OPEN/minutes.pdf)" = 403 ] || fail "another committee 403"
[ "$(api pansel "/api/v1/waves/$W/recap.pdf")" = 403 ] || fail "committee account: recap 403"
[ "$(api pegawai "/api/v1/waves/$W/recap.pdf")" = 403 ] || fail "employee: recap 403"
[ "$(api pegawai /api/v1/committees/UK-2026/minutes.pdf)" = 403 ] || fail "employee: minutes 403"
[ "$(api anon "/api/v1/moves/packages/ROT-1/report.pdf")" = 401 ] || fail "anonymous 401"
pass "API: 404 unknown, 400 undeclared query, 422 not finalised, 403 out of scope, 401 anonymous"
