/*
 * siasn.c - SIASN-shaped result files (see siasn.h and docs/siasn.md).
 *
 * Everything SIASN-specific is in siasn_fields: which body field of which
 * endpoint is filled from what, and whether that is known or a guess. The
 * rest reads results through result_show and boxes through talent_list, so
 * the files say exactly what merit shows.
 */
#include "services/siasn.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/xmalloc.h"
#include "services/audit.h"
#include "services/result.h"
#include "services/talent.h"
#include "services/wave.h"

/* What fills a SIASN field. */
enum siasn_src {
    SRC_PNS_ID,    /* SIASN's own id of the person: merit does not hold it (null) */
    SRC_ASPECT,    /* the level of potential aspect `code` */
    SRC_POTENTIAL, /* the potential score (percent) */
    SRC_ITEM,      /* the level (LKI) of competency `code` */
    SRC_BOX,       /* the 9-box of the period (calibrated) */
    SRC_PERF,      /* the performance axis of the period */
    SRC_POT,       /* the potential axis of the period */
    SRC_AXES_SUM   /* performance + potential axis */
};

struct siasn_field {
    enum siasn_kind kind;
    const char *field; /* the SIASN body field, exactly as the gateway spec names it */
    enum siasn_src src;
    const char *code; /* the merit code for SRC_ASPECT / SRC_ITEM */
    int certain; /* 1: name and meaning known; 0: the name is known, what it holds is a guess */
    const char *note;
};

/*
 * The one mapping table. Field names: LANDSCAPE.md §0 and the public SIASN
 * gateway spec it cites (POST /kompetensi/potensi/save,
 * /kompetensi/kompetensi/save, /tm/talentmapping-save); the spec types every
 * value as a string, so payload values are strings. The notes say what is
 * not known; docs/siasn.md repeats this table.
 */
static const struct siasn_field siasn_fields[] = {
    {SIASN_POTENSI, "pnsOrangId", SRC_PNS_ID, NULL, 0,
     "SIASN's id of the person (not the NIP); merit does not hold it: null, to be resolved from "
     "the NIP (GET /pns/data-utama/{nip}) by whoever posts the line"},
    {SIASN_POTENSI, "berfikirKritis", SRC_ASPECT, "berpikir_kritis", 1,
     "aspect level; SIASN spells it berfikir"},
    {SIASN_POTENSI, "intelektual", SRC_ASPECT, "intelektual", 1, "aspect level"},
    {SIASN_POTENSI, "interpersonal", SRC_ASPECT, "interpersonal", 1, "aspect level"},
    {SIASN_POTENSI, "kesadaranDiri", SRC_ASPECT, "kesadaran_diri", 1, "aspect level"},
    {SIASN_POTENSI, "motivasiKomitmen", SRC_ASPECT, "motivasi_komitmen", 1, "aspect level"},
    {SIASN_POTENSI, "total", SRC_POTENTIAL, NULL, 0,
     "merit's potential score (sum of levels / (standard x aspects) x 100, over all 8 aspects); "
     "whether SIASN expects this percent, a sum of levels or a category is unconfirmed"},
    {SIASN_KOMPETENSI, "pnsId", SRC_PNS_ID, NULL, 0,
     "SIASN's id of the person (not the NIP); null, to be resolved from the NIP"},
    {SIASN_KOMPETENSI, "integritas", SRC_ITEM, "M.01", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "kerjasama", SRC_ITEM, "M.02", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "komunikasi", SRC_ITEM, "M.03", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "orientasiPadaHasil", SRC_ITEM, "M.04", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "pelayananPublik", SRC_ITEM, "M.05", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "pengembanganDiriDanOrla", SRC_ITEM, "M.06", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "mengelolaPerubahan", SRC_ITEM, "M.07", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "pengambilanKeputusan", SRC_ITEM, "M.08", 1, "level (LKI)"},
    {SIASN_KOMPETENSI, "perekatBangsa", SRC_ITEM, "SK.01", 1, "level (LKI)"},
    {SIASN_TALENTA, "pns_id", SRC_PNS_ID, NULL, 0,
     "SIASN's id of the person (not the NIP); null, to be resolved from the NIP"},
    {SIASN_TALENTA, "box", SRC_BOX, NULL, 1, "9-box number, PermenPANRB 3/2020 layout"},
    {SIASN_TALENTA, "sumbu_x", SRC_PERF, NULL, 0,
     "assumed to be the performance (kinerja) axis score, 0-100"},
    {SIASN_TALENTA, "sumbu_y", SRC_POT, NULL, 0, "assumed to be the potential axis score, 0-100"},
    {SIASN_TALENTA, "total_sumbu", SRC_AXES_SUM, NULL, 0,
     "assumed to be sumbu_x + sumbu_y; SIASN may expect a weighted total instead (Kep. Ka BKN "
     "41/2025: 50/50, unconfirmed)"},
};
#define SIASN_NFIELDS (sizeof(siasn_fields) / sizeof(siasn_fields[0]))

static const char *const kind_names[SIASN_NKINDS] = {"potensi", "kompetensi", "talenta"};
const char *const siasn_file_names[] = {"potensi.jsonl", "kompetensi.jsonl", "talenta.jsonl",
                                        "rekonsiliasi.csv", NULL};

const char *siasn_kind_name(enum siasn_kind k)
{
    return k < SIASN_NKINDS ? kind_names[k] : "?";
}

static const char *src_name(enum siasn_src s)
{
    switch (s) {
    case SRC_PNS_ID:
        return "siasn_pns_id (not held)";
    case SRC_ASPECT:
        return "potential_aspects[code].level";
    case SRC_POTENTIAL:
        return "potential";
    case SRC_ITEM:
        return "items[code].lki";
    case SRC_BOX:
        return "talent box";
    case SRC_PERF:
        return "talent performance";
    case SRC_POT:
        return "talent potential";
    case SRC_AXES_SUM:
        return "talent performance + potential";
    }
    return "?";
}

json_t *siasn_mapping_json(void)
{
    json_t *arr = json_array();

    for (size_t i = 0; i < SIASN_NFIELDS; i++) {
        const struct siasn_field *f = &siasn_fields[i];
        json_t *o = json_pack("{s:s, s:s, s:s}", "kind", kind_names[f->kind], "siasn_field",
                              f->field, "source", src_name(f->src));

        json_object_set_new(o, "code", f->code ? json_string(f->code) : json_null());
        json_object_set_new(o, "certain", json_boolean(f->certain));
        json_object_set_new(o, "note", json_string(f->note));
        json_array_append_new(arr, o);
    }
    return arr;
}

/* A number as SIASN's string: "3", "2.5", "91.67" (at most 2 decimals, no trailing zeros). */
static json_t *num_str(double v)
{
    char s[48];
    size_t n;

    snprintf(s, sizeof(s), "%.2f", v);
    n = strlen(s);
    while (n > 0 && s[n - 1] == '0')
        s[--n] = '\0';
    if (n > 0 && s[n - 1] == '.')
        s[--n] = '\0';
    if (strcmp(s, "-0") == 0)
        strcpy(s, "0");
    return json_string(s);
}

/* The element of arr whose "code" is code, or NULL. */
static json_t *by_code(json_t *arr, const char *code)
{
    size_t i;
    json_t *x;

    json_array_foreach(arr, i, x)
    {
        const char *c = json_string_value(json_object_get(x, "code"));
        if (c && strcmp(c, code) == 0)
            return x;
    }
    return NULL;
}

/* The SIASN field of code in kind, or NULL. */
static const char *field_of(enum siasn_kind kind, const char *code)
{
    for (size_t i = 0; i < SIASN_NFIELDS; i++)
        if (siasn_fields[i].kind == kind && siasn_fields[i].code &&
            strcmp(siasn_fields[i].code, code) == 0)
            return siasn_fields[i].field;
    return NULL;
}

/* Adds {kind, code, text} to rec's reasons and marks kind skipped (kind < 0: all three). */
static void skip(struct siasn_export *x, json_t *rec, int kind, const char *code, const char *text)
{
    for (int k = 0; k < SIASN_NKINDS; k++) {
        if (kind >= 0 && k != kind)
            continue;
        json_object_set_new(rec, kind_names[k], json_string("skipped"));
        json_array_append_new(
            json_object_get(rec, "reasons"),
            json_pack("{s:s, s:s, s:s}", "kind", kind_names[k], "code", code, "text", text));
        x->skipped[k]++;
    }
}

/* The line envelope: identity and result revision, then payload and merit. */
static json_t *line_new(json_t *r, json_t *payload, json_t *merit)
{
    json_t *o = json_object();

    json_object_set(o, "nip", json_object_get(r, "nip"));
    json_object_set(o, "name", json_object_get(r, "name"));
    json_object_set(o, "wave", json_object_get(r, "wave"));
    json_object_set(o, "revision", json_object_get(r, "revision"));
    json_object_set(o, "finalised_at", json_object_get(r, "finalised_at"));
    json_object_set_new(o, "payload", payload);
    json_object_set_new(o, "merit", merit);
    return o;
}

/* potensi: the five aspects SIASN has a field for, and the total. */
static void build_potensi(struct siasn_export *x, json_t *r, json_t *rec)
{
    json_t *aspects = json_object_get(r, "potential_aspects"),
           *pot = json_object_get(r, "potential");
    json_t *payload = json_object(), *merit, *list, *a;
    struct buf missing = BUF_INIT;
    size_t i;

    for (size_t f = 0; f < SIASN_NFIELDS; f++) {
        const struct siasn_field *m = &siasn_fields[f];
        if (m->kind != SIASN_POTENSI)
            continue;
        if (m->src == SRC_PNS_ID) {
            json_object_set_new(payload, m->field, json_null());
        } else if (m->src == SRC_ASPECT) {
            json_t *e = by_code(aspects, m->code);
            json_t *lv = e ? json_object_get(e, "level") : NULL;
            if (!json_is_number(lv)) {
                buf_printf(&missing, "%s%s", missing.len ? ", " : "", m->code);
                continue;
            }
            json_object_set_new(payload, m->field, num_str(json_number_value(lv)));
        } else if (m->src == SRC_POTENTIAL) {
            if (!json_is_number(pot)) {
                buf_printf(&missing, "%s%s", missing.len ? ", " : "", "potential");
                continue;
            }
            json_object_set_new(payload, m->field, num_str(json_number_value(pot)));
        }
    }
    if (missing.len) {
        char t[512];
        snprintf(t, sizeof(t), "%s: %s",
                 T("aspek potensi tidak dinilai", "potential aspects not assessed"), missing.data);
        skip(x, rec, SIASN_POTENSI, "aspects_missing", t);
        json_decref(payload);
        buf_release(&missing);
        return;
    }
    list = json_array();
    json_array_foreach(aspects, i, a)
    {
        const char *code = json_string_value(json_object_get(a, "code"));
        const char *f = code ? field_of(SIASN_POTENSI, code) : NULL;
        json_t *o =
            json_pack("{s:s?, s:O?, s:O?}", "code", code, "level", json_object_get(a, "level"),
                      "standard", json_object_get(a, "standard"));
        json_object_set_new(o, "siasn_field", f ? json_string(f) : json_null());
        json_array_append_new(list, o);
    }
    merit = json_object();
    json_object_set(merit, "potential", pot);
    json_object_set(merit, "potential_category", json_object_get(r, "potential_category"));
    json_object_set_new(merit, "aspects", list);
    json_array_append_new(x->lines[SIASN_POTENSI], line_new(r, payload, merit));
    json_object_set_new(rec, "potensi", json_string("exported"));
    x->exported[SIASN_POTENSI]++;
    buf_release(&missing);
}

/* kompetensi: the nine managerial and socio-cultural levels; merit keeps every item. */
static void build_kompetensi(struct siasn_export *x, json_t *r, json_t *rec)
{
    json_t *items = json_object_get(r, "items"), *payload = json_object(), *merit, *list, *it;
    struct buf missing = BUF_INIT;
    size_t i;

    for (size_t f = 0; f < SIASN_NFIELDS; f++) {
        const struct siasn_field *m = &siasn_fields[f];
        if (m->kind != SIASN_KOMPETENSI)
            continue;
        if (m->src == SRC_PNS_ID) {
            json_object_set_new(payload, m->field, json_null());
        } else {
            json_t *e = by_code(items, m->code);
            json_t *lv = e ? json_object_get(e, "lki") : NULL;
            if (!json_is_number(lv)) {
                buf_printf(&missing, "%s%s", missing.len ? ", " : "", m->code);
                continue;
            }
            json_object_set_new(payload, m->field, num_str(json_number_value(lv)));
        }
    }
    if (missing.len) {
        char t[512];
        snprintf(t, sizeof(t), "%s: %s", T("kompetensi tidak dinilai", "competencies not assessed"),
                 missing.data);
        skip(x, rec, SIASN_KOMPETENSI, "items_missing", t);
        json_decref(payload);
        buf_release(&missing);
        return;
    }
    list = json_array();
    json_array_foreach(items, i, it)
    {
        const char *code = json_string_value(json_object_get(it, "code"));
        const char *f = code ? field_of(SIASN_KOMPETENSI, code) : NULL;
        json_t *o = json_pack("{s:s?, s:O?, s:O?, s:O?, s:O?}", "code", code, "kind",
                              json_object_get(it, "kind"), "lkj", json_object_get(it, "lkj"), "lki",
                              json_object_get(it, "lki"), "gap", json_object_get(it, "gap"));
        json_object_set_new(o, "siasn_field", f ? json_string(f) : json_null());
        json_array_append_new(list, o);
    }
    merit = json_object();
    {
        static const char *const keep[] = {"position", "jenjang",  "policy_version",
                                           "purpose",  "jpm",      "jpm_capped",
                                           "score",    "category", "valid_until"};
        for (size_t k = 0; k < sizeof(keep) / sizeof(keep[0]); k++)
            json_object_set(merit, keep[k], json_object_get(r, keep[k]));
    }
    json_object_set_new(merit, "items", list);
    json_array_append_new(x->lines[SIASN_KOMPETENSI], line_new(r, payload, merit));
    json_object_set_new(rec, "kompetensi", json_string("exported"));
    x->exported[SIASN_KOMPETENSI]++;
    buf_release(&missing);
}

/* talenta: the person's box in the period (talent_list's row), when they have one. */
static void build_talenta(struct siasn_export *x, json_t *r, json_t *rec, json_t *boxes)
{
    const char *nip = json_string_value(json_object_get(r, "nip"));
    json_t *t = nip ? json_object_get(boxes, nip) : NULL, *payload, *merit;
    json_t *box, *perf, *pot;
    char msg[512];

    if (!x->period[0]) {
        skip(x, rec, SIASN_TALENTA, "no_period",
             T("belum ada periode pemetaan talenta", "there is no talent period"));
        return;
    }
    if (!t) {
        snprintf(msg, sizeof(msg), "%s %s",
                 T("tidak ada di periode talenta", "not in talent period"), x->period);
        skip(x, rec, SIASN_TALENTA, "not_in_period", msg);
        return;
    }
    box = json_object_get(t, "box");
    perf = json_object_get(t, "performance");
    pot = json_object_get(t, "potential");
    if (!json_is_integer(box) || !json_is_number(perf) || !json_is_number(pot)) {
        char *why = json_dumps(json_object_get(t, "reasons"), JSON_COMPACT);
        snprintf(msg, sizeof(msg), "%s %s: %s",
                 T("tanpa kotak talenta di periode", "no talent box in period"), x->period,
                 why ? why : "[]");
        free(why);
        skip(x, rec, SIASN_TALENTA, "no_box", msg);
        return;
    }
    payload = json_object();
    for (size_t f = 0; f < SIASN_NFIELDS; f++) {
        const struct siasn_field *m = &siasn_fields[f];
        json_t *v = NULL;
        if (m->kind != SIASN_TALENTA)
            continue;
        switch (m->src) {
        case SRC_PNS_ID:
            v = json_null();
            break;
        case SRC_BOX:
            v = num_str((double)json_integer_value(box));
            break;
        case SRC_PERF:
            v = num_str(json_number_value(perf));
            break;
        case SRC_POT:
            v = num_str(json_number_value(pot));
            break;
        case SRC_AXES_SUM:
            v = num_str(json_number_value(perf) + json_number_value(pot));
            break;
        default:
            v = json_null();
        }
        json_object_set_new(payload, m->field, v);
    }
    merit = json_pack("{s:s, s:s, s:O, s:O, s:O, s:O}", "period", x->period, "period_status",
                      x->period_status, "box", box, "performance", perf, "potential", pot,
                      "eligible", json_object_get(t, "eligible"));
    json_array_append_new(x->lines[SIASN_TALENTA], line_new(r, payload, merit));
    json_object_set_new(rec, "talenta", json_string("exported"));
    x->exported[SIASN_TALENTA]++;
}

/* Chooses the period (given, else the latest set one, else the latest) and maps NIP -> row. */
static int load_boxes(struct siasn_export *x, struct db *db, int64_t tenant, const char *period,
                      json_t **boxes, struct merit_error *err)
{
    struct talent_filter f = {0, 0, NULL, NULL, -1};
    json_t *periods = NULL, *p, *list = NULL, *row;
    size_t i;
    int rc = -1;

    *boxes = json_object();
    if (talent_periods(db, tenant, &periods, err) != 0)
        goto out;
    json_array_foreach(periods, i, p)
    {
        const char *code = json_string_value(json_object_get(p, "code"));
        const char *st = json_string_value(json_object_get(p, "status"));
        if (!code || !st)
            continue;
        if (period ? strcmp(code, period) == 0 : (strcmp(st, "set") == 0 || !x->period[0])) {
            snprintf(x->period, sizeof(x->period), "%s", code);
            snprintf(x->period_status, sizeof(x->period_status), "%s", st);
            if (period || strcmp(st, "set") == 0)
                break;
        }
    }
    if (period && !x->period[0]) {
        err_set_at(err, MERIT_ENOTFOUND, 0, "period", "%s %s",
                   T("tidak ada periode talenta", "no talent period"), period);
        goto out;
    }
    if (x->period[0]) {
        if (talent_list(db, tenant, x->period, &f, &list, err) != 0)
            goto out;
        json_array_foreach(list, i, row)
        {
            const char *nip = json_string_value(json_object_get(row, "nip"));
            if (nip)
                json_object_set(*boxes, nip, row);
        }
    }
    rc = 0;
out:
    json_decref(periods);
    json_decref(list);
    return rc;
}

static int nip_ok(const char *s)
{
    size_t n = s ? strlen(s) : 0;

    if (n != 18)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    return 1;
}

int siasn_export_build(struct db *db, int64_t tenant, const char *wave, const char *period,
                       const char *today, struct siasn_export *x, struct merit_error *err)
{
    json_t *parts = NULL, *boxes = NULL, *p;
    int64_t wid;
    size_t i;
    int rc = -1, reading = 0;

    memset(x, 0, sizeof(*x));
    snprintf(x->wave, sizeof(x->wave), "%s", wave);
    for (int k = 0; k < SIASN_NKINDS; k++)
        x->lines[k] = json_array();
    x->recon = json_array();
    if (wave_find(db, tenant, wave, &wid, err) != 0)
        goto out;
    if (db_begin_read(db, err) != 0)
        goto out;
    reading = 1;
    if (wave_participants_json(db, tenant, wid, &parts, err) != 0 ||
        load_boxes(x, db, tenant, period, &boxes, err) != 0)
        goto out;
    json_array_foreach(parts, i, p)
    {
        const char *nip = json_string_value(json_object_get(p, "nip"));
        const char *name = json_string_value(json_object_get(p, "name"));
        const char *status = json_string_value(json_object_get(p, "status"));
        json_t *rec = json_object(), *r = NULL, *latest = NULL;
        struct merit_error e2;
        char msg[512];

        x->participants++;
        json_object_set_new(rec, "nip", json_string(nip ? nip : ""));
        json_object_set_new(rec, "name", json_string(name ? name : ""));
        json_object_set_new(rec, "status", json_string(status ? status : ""));
        json_object_set_new(rec, "revision", json_null());
        for (int k = 0; k < SIASN_NKINDS; k++)
            json_object_set_new(rec, kind_names[k], json_string("skipped"));
        json_object_set_new(rec, "reasons", json_array());
        json_array_append_new(x->recon, rec);
        if (!status || strcmp(status, "final") != 0) {
            const char *why = json_string_value(json_object_get(p, "reason"));
            snprintf(msg, sizeof(msg), "%s: %s%s%s%s", T("belum/tidak final", "not final"),
                     status ? status : "?", why && *why ? " (" : "", why && *why ? why : "",
                     why && *why ? ")" : "");
            skip(x, rec, -1, "not_final", msg);
            continue;
        }
        x->final++;
        if (!nip_ok(nip) || !name || !*name) {
            skip(x, rec, -1, "identity",
                 T("identitas tidak lengkap (NIP 18 digit dan nama)",
                   "missing identity fields (an 18-digit NIP and a name)"));
            continue;
        }
        err_clear(&e2);
        if (result_show(db, tenant, nip, wave, today, &r, &e2) != 0) {
            if (e2.code != MERIT_ENOTFOUND) {
                *err = e2;
                goto out;
            }
            skip(x, rec, -1, "no_result", T("tidak ada hasil final", "no finalised result"));
            continue;
        }
        json_object_set(rec, "revision", json_object_get(r, "revision"));
        if (result_show(db, tenant, nip, NULL, today, &latest, err) != 0) {
            json_decref(r);
            goto out;
        }
        {
            const char *lw = json_string_value(json_object_get(latest, "wave"));
            if (lw && strcmp(lw, wave) != 0) {
                snprintf(msg, sizeof(msg), "%s %s",
                         T("digantikan oleh hasil gelombang", "superseded by the result of wave"),
                         lw);
                skip(x, rec, -1, "superseded", msg);
                json_decref(r);
                json_decref(latest);
                continue;
            }
        }
        build_potensi(x, r, rec);
        build_kompetensi(x, r, rec);
        build_talenta(x, r, rec, boxes);
        json_decref(r);
        json_decref(latest);
    }
    rc = 0;
out:
    if (reading)
        db_end_read(db);
    json_decref(parts);
    json_decref(boxes);
    if (rc != 0)
        siasn_export_free(x);
    return rc;
}

void siasn_export_free(struct siasn_export *x)
{
    for (int k = 0; k < SIASN_NKINDS; k++) {
        json_decref(x->lines[k]);
        x->lines[k] = NULL;
    }
    json_decref(x->recon);
    x->recon = NULL;
}

/* One CSV field (RFC 4180: quoted when it holds a comma, quote or line break). */
static void csv_field(struct buf *b, const char *s, int last)
{
    if (strpbrk(s, ",\"\r\n")) {
        buf_putc(b, '"');
        for (; *s; s++) {
            if (*s == '"')
                buf_putc(b, '"');
            buf_putc(b, *s);
        }
        buf_putc(b, '"');
    } else {
        buf_puts(b, s);
    }
    buf_puts(b, last ? "\r\n" : ",");
}

static void recon_csv(const struct siasn_export *x, struct buf *b)
{
    static const char *const head[] = {"nip",        "nama",    "status",      "revisi", "potensi",
                                       "kompetensi", "talenta", "kode_alasan", "alasan"};
    size_t i, j, nh = sizeof(head) / sizeof(head[0]);
    json_t *rec, *why;

    for (j = 0; j < nh; j++)
        csv_field(b, head[j], j + 1 == nh);
    json_array_foreach(x->recon, i, rec)
    {
        struct buf codes = BUF_INIT, texts = BUF_INIT;
        json_t *rev = json_object_get(rec, "revision");
        char revs[24] = "";

        if (json_is_integer(rev))
            snprintf(revs, sizeof(revs), "%lld", (long long)json_integer_value(rev));
        json_array_foreach(json_object_get(rec, "reasons"), j, why)
        {
            buf_printf(&codes, "%s%s:%s", codes.len ? ";" : "",
                       json_string_value(json_object_get(why, "kind")),
                       json_string_value(json_object_get(why, "code")));
            buf_printf(&texts, "%s%s: %s", texts.len ? "; " : "",
                       json_string_value(json_object_get(why, "kind")),
                       json_string_value(json_object_get(why, "text")));
        }
        csv_field(b, json_string_value(json_object_get(rec, "nip")), 0);
        csv_field(b, json_string_value(json_object_get(rec, "name")), 0);
        csv_field(b, json_string_value(json_object_get(rec, "status")), 0);
        csv_field(b, revs, 0);
        for (int k = 0; k < SIASN_NKINDS; k++)
            csv_field(b, json_string_value(json_object_get(rec, kind_names[k])), 0);
        csv_field(b, codes.len ? codes.data : "", 0);
        csv_field(b, texts.len ? texts.data : "", 1);
        buf_release(&codes);
        buf_release(&texts);
    }
}

int siasn_export_file(const struct siasn_export *x, const char *name, char **data, size_t *len,
                      struct merit_error *err)
{
    struct buf b = BUF_INIT;
    size_t i;
    json_t *line;

    for (int k = 0; k < SIASN_NKINDS; k++) {
        if (strcmp(name, siasn_file_names[k]) != 0)
            continue;
        json_array_foreach(x->lines[k], i, line)
        {
            char *s = json_dumps(line, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_REAL_PRECISION(10));
            buf_puts(&b, s);
            buf_putc(&b, '\n');
            free(s);
        }
        goto done;
    }
    if (strcmp(name, "rekonsiliasi.csv") != 0) {
        buf_release(&b);
        return err_set(err, MERIT_EINTERNAL, "unknown SIASN export file %s", name);
    }
    recon_csv(x, &b);
done:
    if (b.len == 0) {
        buf_release(&b);
        *data = xstrdup("");
        *len = 0;
        return 0;
    }
    *data = buf_detach(&b, len);
    return 0;
}

/* Writes data to path through path.tmp and rename (no half-written file under the name). */
static int write_atomic(const char *path, const char *data, size_t len, struct merit_error *err)
{
    char tmp[4200];
    size_t done = 0;
    int fd;

    if ((size_t)snprintf(tmp, sizeof(tmp), "%s.tmp", path) >= sizeof(tmp))
        return err_set(err, MERIT_EUSAGE, "%s", T("nama berkas terlalu panjang", "path too long"));
    fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
    if (fd < 0)
        return err_set(err, MERIT_EIO, "%s %s: %s", T("tidak dapat menulis", "cannot write"), tmp,
                       strerror(errno));
    while (done < len) {
        ssize_t k = write(fd, data + done, len - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            int e = errno;
            close(fd);
            unlink(tmp);
            return err_set(err, MERIT_EIO, "%s %s: %s", T("tidak dapat menulis", "cannot write"),
                           tmp, strerror(e));
        }
        done += (size_t)k;
    }
    if (fsync(fd) != 0 || close(fd) != 0 || rename(tmp, path) != 0) {
        int e = errno;
        unlink(tmp);
        return err_set(err, MERIT_EIO, "%s %s: %s", T("tidak dapat menulis", "cannot write"), path,
                       strerror(e));
    }
    return 0;
}

int siasn_export_write_dir(const struct siasn_export *x, const char *dir, struct merit_error *err)
{
    if (mkdir(dir, 0750) != 0 && errno != EEXIST)
        return err_set(err, MERIT_EIO, "%s %s: %s",
                       T("tidak dapat membuat folder", "cannot create the folder"), dir,
                       strerror(errno));
    for (int i = 0; siasn_file_names[i]; i++) {
        char path[4096], *data = NULL;
        size_t len = 0;
        int rc;

        if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, siasn_file_names[i]) >= sizeof(path))
            return err_set(err, MERIT_EUSAGE, "%s",
                           T("nama folder terlalu panjang", "folder name too long"));
        if (siasn_export_file(x, siasn_file_names[i], &data, &len, err) != 0)
            return -1;
        rc = write_atomic(path, data, len, err);
        free(data);
        if (rc != 0)
            return -1;
    }
    return 0;
}

int siasn_export_zip(const struct siasn_export *x, char **data, size_t *len,
                     struct merit_error *err)
{
    zip_error_t ze;
    zip_source_t *src = NULL;
    zip_t *za = NULL;
    zip_stat_t zs;
    char *out = NULL;
    int rc = -1;

    zip_error_init(&ze);
    src = zip_source_buffer_create(NULL, 0, 0, &ze);
    if (!src)
        goto zfail;
    za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    if (!za)
        goto zfail;
    zip_source_keep(src); /* read the archive back after zip_close */
    for (int i = 0; siasn_file_names[i]; i++) {
        char *d = NULL;
        size_t n = 0;
        zip_source_t *fs;

        if (siasn_export_file(x, siasn_file_names[i], &d, &n, err) != 0)
            goto out;
        /* freep = 1: libzip frees d once the archive is written */
        fs = zip_source_buffer(za, d, n, 1);
        if (!fs) {
            free(d);
            zip_error_set(&ze, zip_error_code_zip(zip_get_error(za)), 0);
            goto zfail;
        }
        if (zip_file_add(za, siasn_file_names[i], fs, ZIP_FL_ENC_UTF_8) < 0) {
            zip_source_free(fs);
            zip_error_set(&ze, zip_error_code_zip(zip_get_error(za)), 0);
            goto zfail;
        }
    }
    if (zip_close(za) != 0) {
        zip_error_set(&ze, zip_error_code_zip(zip_get_error(za)), 0);
        zip_discard(za);
        za = NULL;
        goto zfail;
    }
    za = NULL;
    if (zip_source_stat(src, &zs) != 0 || zip_source_open(src) != 0)
        goto zfail;
    out = xmalloc(zs.size ? (size_t)zs.size : 1);
    if (zip_source_read(src, out, zs.size) != (zip_int64_t)zs.size) {
        zip_source_close(src);
        goto zfail;
    }
    zip_source_close(src);
    *data = out;
    *len = (size_t)zs.size;
    out = NULL;
    rc = 0;
    goto out;
zfail:
    err_set(err, MERIT_EINTERNAL, "zip: %s", zip_error_strerror(&ze));
out:
    /* src was kept once the archive took it: discarding the archive drops its reference */
    if (za)
        zip_discard(za);
    if (src)
        zip_source_free(src);
    free(out);
    zip_error_fini(&ze);
    return rc;
}

int siasn_export_audit(struct db *db, int64_t tenant, const struct siasn_export *x,
                       const char *actor, const char *via, const char *now, struct merit_error *err)
{
    char obj[96], *after;
    json_t *a = json_object(), *skipped = json_object();
    int rc;

    json_object_set_new(a, "via", json_string(via));
    json_object_set_new(a, "period", x->period[0] ? json_string(x->period) : json_null());
    json_object_set_new(a, "participants", json_integer(x->participants));
    json_object_set_new(a, "final", json_integer(x->final));
    for (int k = 0; k < SIASN_NKINDS; k++) {
        json_object_set_new(a, kind_names[k], json_integer(x->exported[k]));
        json_object_set_new(skipped, kind_names[k], json_integer(x->skipped[k]));
    }
    json_object_set_new(a, "skipped", skipped);
    after = json_dumps(a, JSON_COMPACT);
    json_decref(a);
    snprintf(obj, sizeof(obj), "wave:%s", x->wave);
    rc = -1;
    if (db_begin(db, err) == 0) {
        if (audit_append(db, tenant, now, actor && *actor ? actor : "operator", "siasn.export", obj,
                         NULL, after, NULL, err) == 0 &&
            db_commit(db, err) == 0)
            rc = 0;
        else
            db_rollback(db);
    }
    free(after);
    return rc;
}
