/*
 * assessor.c - the assessor roster, declared relations, and assigning
 * assessors to participants with conflict-of-interest checks.
 *
 * A conflict is: the assessor is the participant (self), a declared relation
 * (kinship, marriage), the same unit, or a reporting line (one's unit
 * contains the other's). Internal assessors are employees, so all four
 * apply; external assessors only have declared relations.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/civil.h"
#include "base/i18n.h"
#include "base/strmap.h"
#include "base/xmalloc.h"
#include "services/audit.h"
#include "services/wave.h"
#include "services/wave_common.h"

int assessor_add(struct db *db, int64_t tenant, const struct assessor_spec *s,
                 struct merit_error *err)
{
    int64_t emp = 0;
    int internal;
    struct civil_date d;
    const char *why;

    if (!s->code || !*s->code || strlen(s->code) > 32)
        return err_set_at(
            err, MERIT_EINVAL, 0, "code", "%s",
            T("kode asesor wajib (maks. 32)", "an assessor code is required (max 32)"));
    if (!s->name || !*s->name)
        return err_set_at(err, MERIT_EINVAL, 0, "name", "%s",
                          T("nama asesor wajib", "an assessor name is required"));
    if (!s->kind || (strcmp(s->kind, "internal") != 0 && strcmp(s->kind, "external") != 0))
        return err_set_at(
            err, MERIT_EINVAL, 0, "kind", "%s",
            T("jenis asesor: internal atau external", "assessor kind: internal or external"));
    internal = strcmp(s->kind, "internal") == 0;
    if (internal && (!s->nip || !*s->nip))
        return err_set_at(err, MERIT_EINVAL, 0, "nip", "%s",
                          T("asesor internal harus pegawai: sebutkan NIP-nya",
                            "an internal assessor is an employee: give the NIP"));
    if (s->nip && *s->nip && wc_employee(db, tenant, s->nip, &emp, err) != 0)
        return -1;
    if (s->accredited_until && *s->accredited_until &&
        (strlen(s->accredited_until) != 10 || s->accredited_until[4] != '-' ||
         civil_parse(s->accredited_until, 10, 0, &d, &why) != 0))
        return err_set_at(err, MERIT_EINVAL, 0, "accredited_until", "%s",
                          T("tanggal YYYY-MM-DD", "a date YYYY-MM-DD"));
    return wc_exec(db,
                   "INSERT INTO assessor (tenant_id, code, name, kind, employee_id, organisation,"
                   " accreditation, accredited_until) VALUES ($1, $2, $3, $4,"
                   " CASE WHEN CAST($5 AS BIGINT) = 0 THEN NULL ELSE CAST($5 AS BIGINT) END,"
                   " $6, $7, $8) ON CONFLICT (tenant_id, code) DO UPDATE SET name = excluded.name,"
                   " kind = excluded.kind, employee_id = excluded.employee_id,"
                   " organisation = excluded.organisation, accreditation = excluded.accreditation,"
                   " accredited_until = excluded.accredited_until",
                   err, "isssisss", tenant, s->code, s->name, s->kind, emp,
                   s->organisation && *s->organisation ? s->organisation : NULL,
                   s->accreditation && *s->accreditation ? s->accreditation : NULL,
                   s->accredited_until && *s->accredited_until ? s->accredited_until : NULL);
}

static int assessor_id(struct db *db, int64_t tenant, const char *code, int64_t *id,
                       struct merit_error *err)
{
    char t[24];

    snprintf(t, sizeof(t), "%lld", (long long)tenant);
    *id = 0;
    if (db_query_int64(db,
                       "SELECT id FROM assessor WHERE tenant_id = CAST($1 AS BIGINT) AND code = $2",
                       (const char *const[]){t, code}, 2, id, err) != 0)
        return -1;
    if (*id == 0)
        return err_set_at(err, MERIT_ENOTFOUND, 0, "assessor", "%s '%s' %s",
                          T("asesor", "assessor"), code,
                          T("tidak ada dalam daftar asesor", "is not on the roster"));
    return 0;
}

int assessor_relation_add(struct db *db, int64_t tenant, const char *assessor, const char *nip,
                          const char *relation, struct merit_error *err)
{
    int64_t aid, emp;

    if (!relation || !*relation)
        return err_set_at(
            err, MERIT_EINVAL, 0, "relation", "%s",
            T("sebutkan hubungannya (mis. saudara kandung)", "name the relation (e.g. sibling)"));
    if (assessor_id(db, tenant, assessor, &aid, err) || wc_employee(db, tenant, nip, &emp, err))
        return -1;
    return wc_exec(db,
                   "INSERT INTO assessor_relation (tenant_id, assessor_id, employee_id, relation)"
                   " VALUES ($1, $2, $3, $4) ON CONFLICT (assessor_id, employee_id)"
                   " DO UPDATE SET relation = excluded.relation",
                   err, "iiis", tenant, aid, emp, relation);
}

/* ---- the facts conflicts are decided on, loaded once per call --------- */

struct coi_unit {
    int64_t id, parent;
};
struct coi_assessor {
    int64_t id, employee, unit;
    char code[33];
    int load;
};
struct coi_rel {
    int64_t assessor, employee;
    char relation[64];
};
struct coi {
    struct coi_unit *units;
    size_t nunits;
    struct coi_assessor *as;
    size_t nas;
    struct coi_rel *rels;
    size_t nrels;
};

static int cmp_unit(const void *a, const void *b)
{
    const struct coi_unit *x = a, *y = b;
    return (x->id > y->id) - (x->id < y->id);
}

static void coi_free(struct coi *c)
{
    free(c->units);
    free(c->as);
    free(c->rels);
}

static int coi_load(struct db *db, int64_t tenant, int64_t wave, struct coi *c,
                    struct merit_error *err)
{
    struct db_stmt *st;
    int step;
    size_t cap;

    memset(c, 0, sizeof(*c));
    st = db_prepare(db, "SELECT id, COALESCE(parent_id, 0) FROM unit WHERE tenant_id = $1", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    cap = 0;
    while ((step = db_step(st, err)) == DB_ROW) {
        if (c->nunits == cap) {
            cap = cap ? cap * 2 : 64;
            c->units = xreallocarray(c->units, cap, sizeof(*c->units));
        }
        c->units[c->nunits++] = (struct coi_unit){db_col_int64(st, 0), db_col_int64(st, 1)};
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;
    if (c->nunits)
        qsort(c->units, c->nunits, sizeof(*c->units), cmp_unit);
    /* the load counts this wave's assignments, so auto-assignment balances */
    st = db_prepare(db,
                    "SELECT a.id, COALESCE(a.employee_id, 0), COALESCE(e.unit_id, 0), a.code,"
                    " (SELECT COUNT(*) FROM assignment x JOIN participant p ON p.id ="
                    " x.participant_id WHERE x.assessor_id = a.id AND p.wave_id = $2)"
                    " FROM assessor a LEFT JOIN employee e ON e.id = a.employee_id"
                    " WHERE a.tenant_id = $1 ORDER BY a.code",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, wave);
    cap = 0;
    while ((step = db_step(st, err)) == DB_ROW) {
        struct coi_assessor *a;
        if (c->nas == cap) {
            cap = cap ? cap * 2 : 32;
            c->as = xreallocarray(c->as, cap, sizeof(*c->as));
        }
        a = &c->as[c->nas++];
        a->id = db_col_int64(st, 0);
        a->employee = db_col_int64(st, 1);
        a->unit = db_col_int64(st, 2);
        snprintf(a->code, sizeof(a->code), "%s", db_col_text(st, 3));
        a->load = (int)db_col_int64(st, 4);
    }
    db_finalize(st);
    if (step != DB_DONE)
        return -1;
    st = db_prepare(db,
                    "SELECT assessor_id, employee_id, relation FROM assessor_relation"
                    " WHERE tenant_id = $1",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    cap = 0;
    while ((step = db_step(st, err)) == DB_ROW) {
        struct coi_rel *r;
        if (c->nrels == cap) {
            cap = cap ? cap * 2 : 32;
            c->rels = xreallocarray(c->rels, cap, sizeof(*c->rels));
        }
        r = &c->rels[c->nrels++];
        r->assessor = db_col_int64(st, 0);
        r->employee = db_col_int64(st, 1);
        snprintf(r->relation, sizeof(r->relation), "%s", db_col_text(st, 2));
    }
    db_finalize(st);
    return step == DB_DONE ? 0 : -1;
}

static int64_t coi_parent(const struct coi *c, int64_t unit)
{
    struct coi_unit key = {unit, 0}, *u;

    u = c->nunits ? bsearch(&key, c->units, c->nunits, sizeof(key), cmp_unit) : NULL;
    return u ? u->parent : 0;
}

/* 1 when unit `outer` contains unit `inner` (or is it) */
static int coi_contains(const struct coi *c, int64_t outer, int64_t inner)
{
    for (int depth = 0; inner && depth < 64; depth++, inner = coi_parent(c, inner))
        if (inner == outer)
            return 1;
    return 0;
}

/*
 * The conflict between assessor a and an employee (emp in unit), as a stable
 * code written into assignment.conflict ("self", "same_unit",
 * "reporting_line", "relation:<what>"), or 0 when there is none.
 */
static int coi_find(const struct coi *c, const struct coi_assessor *a, int64_t emp, int64_t unit,
                    char *out, size_t cap)
{
    if (a->employee && a->employee == emp)
        return snprintf(out, cap, "self"), 1;
    for (size_t i = 0; i < c->nrels; i++)
        if (c->rels[i].assessor == a->id && c->rels[i].employee == emp)
            return snprintf(out, cap, "relation:%s", c->rels[i].relation), 1;
    if (a->employee && a->unit && unit) {
        if (a->unit == unit)
            return snprintf(out, cap, "same_unit"), 1;
        if (coi_contains(c, a->unit, unit) || coi_contains(c, unit, a->unit))
            return snprintf(out, cap, "reporting_line"), 1;
    }
    return 0;
}

static const char *coi_explain(const char *code)
{
    if (strcmp(code, "self") == 0)
        return T("asesor adalah peserta itu sendiri", "the assessor is the participant");
    if (strcmp(code, "same_unit") == 0)
        return T("asesor dan peserta satu unit kerja", "the assessor works in the same unit");
    if (strcmp(code, "reporting_line") == 0)
        return T("asesor dan peserta berada dalam satu garis pelaporan (atasan/bawahan)",
                 "the assessor and the participant are in one reporting line");
    return T("hubungan yang dinyatakan", "a declared relation");
}

int wave_assign(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *assessor,
                const char *justification, struct merit_error *err)
{
    return wave_assign_as(db, tenant, wave, nip, assessor, justification, "operator", err);
}

int wave_assign_as(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                   const char *assessor, const char *justification, const char *actor,
                   struct merit_error *err)
{
    struct wave_info w;
    struct coi c;
    struct db_stmt *st = NULL;
    int64_t pid, emp, unit = 0, aid;
    char status[16], conflict[96];
    const struct coi_assessor *a = NULL;
    int rc = -1, has;

    memset(&c, 0, sizeof(c));
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_load(db, tenant, wave, &w, err) || wc_wave_open(&w, err) ||
        wc_participant(db, tenant, wave, nip, &pid, &emp, status, err) ||
        assessor_id(db, tenant, assessor, &aid, err) || coi_load(db, tenant, wave, &c, err))
        goto out;
    if (strcmp(status, "absent") == 0 || strcmp(status, "withdrawn") == 0 ||
        strcmp(status, "final") == 0) {
        err_set(err, MERIT_ECONFLICT, "%s %s %s %s", T("peserta", "participant"), nip,
                T("berstatus", "is"), status);
        goto out;
    }
    {
        char t[24], e[24];
        snprintf(t, sizeof(t), "%lld", (long long)tenant);
        snprintf(e, sizeof(e), "%lld", (long long)emp);
        if (db_query_int64(db,
                           "SELECT COALESCE(unit_id, 0) FROM employee WHERE tenant_id ="
                           " CAST($1 AS BIGINT) AND id = CAST($2 AS BIGINT)",
                           (const char *const[]){t, e}, 2, &unit, err) != 0)
            goto out;
    }
    for (size_t i = 0; i < c.nas; i++)
        if (c.as[i].id == aid)
            a = &c.as[i];
    has = a && coi_find(&c, a, emp, unit, conflict, sizeof(conflict));
    if (has && (!justification || strlen(justification) < 10)) {
        err_set(err, MERIT_ECONFLICT, "%s %s - %s %s: %s (%s). %s", T("asesor", "assessor"),
                assessor, T("peserta", "participant"), nip, coi_explain(conflict), conflict,
                T("Ditolak; untuk tetap menugaskan, tulis justifikasi (min. 10 karakter) dengan "
                  "--justification",
                  "Refused; to assign anyway, write a justification (at least 10 characters) "
                  "with --justification"));
        goto out;
    }
    st = db_prepare(db,
                    "INSERT INTO assignment (tenant_id, participant_id, assessor_id, conflict,"
                    " justification) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (participant_id,"
                    " assessor_id) DO UPDATE SET conflict = excluded.conflict,"
                    " justification = excluded.justification",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, tenant);
    db_bind_int64(st, 2, pid);
    db_bind_int64(st, 3, aid);
    db_bind_text(st, 4, has ? conflict : NULL);
    db_bind_text(st, 5, justification && *justification ? justification : NULL);
    if (db_step(st, err) != DB_DONE)
        goto out;
    db_finalize(st);
    st = NULL;
    /* an overridden conflict of interest is exactly what an audit must be able to show */
    if (has) {
        char obj[128], now[21];
        snprintf(obj, sizeof(obj), "assignment:%s/%s/%s", w.code, nip, assessor);
        wc_now(now);
        if (audit_append(db, tenant, now, actor ? actor : "operator", "wave.assign_conflict", obj,
                         conflict, "assigned", justification, err) != 0)
            goto out;
    } else if (actor) {
        /* wave_assign never recorded conflict-free assignments; with an actor every one is */
        char sfx[96];
        snprintf(sfx, sizeof(sfx), "%s/%s", nip, assessor);
        if (wc_audit(db, tenant, actor, "wave.assign", w.code, sfx, NULL, "assigned", NULL, err) !=
            0)
            goto out;
    }
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    coi_free(&c);
    return rc;
}

struct auto_part {
    int64_t id, employee, unit;
    int have;
    char nip[24];
};

int wave_assign_auto(struct db *db, int64_t tenant, int64_t wave, int per, long *made,
                     struct merit_error *err)
{
    return wave_assign_auto_as(db, tenant, wave, per, "operator", made, err);
}

int wave_assign_auto_as(struct db *db, int64_t tenant, int64_t wave, int per, const char *actor,
                        long *made, struct merit_error *err)
{
    struct wave_info w;
    struct policy *p = NULL;
    struct coi c;
    struct db_stmt *st = NULL, *ins = NULL;
    struct auto_part *ps = NULL;
    struct strmap have;
    size_t n = 0, cap = 0;
    int step, rc = -1;
    char key[48];

    memset(&c, 0, sizeof(c));
    strmap_init(&have);
    *made = 0;
    if (db_begin(db, err) != 0)
        return -1;
    if (wc_wave_policy(db, tenant, wave, &w, &p, err) || wc_wave_open(&w, err))
        goto out;
    if (per < p->scoring.min_assessors) {
        err_set_at(err, MERIT_EINVAL, 0, "per", "%s %d %s",
                   T("kebijakan mensyaratkan sedikitnya", "the policy requires at least"),
                   p->scoring.min_assessors, T("asesor per peserta", "assessors per participant"));
        goto out;
    }
    if (coi_load(db, tenant, wave, &c, err) != 0)
        goto out;
    st = db_prepare(db,
                    "SELECT pa.id, pa.employee_id, COALESCE(e.unit_id, 0), e.nip,"
                    " (SELECT COUNT(*) FROM assignment x WHERE x.participant_id = pa.id)"
                    " FROM participant pa JOIN employee e ON e.id = pa.employee_id"
                    " WHERE pa.wave_id = $1 AND pa.status IN ('registered', 'present')"
                    " ORDER BY e.nip",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        if (n == cap) {
            cap = cap ? cap * 2 : 256;
            ps = xreallocarray(ps, cap, sizeof(*ps));
        }
        ps[n].id = db_col_int64(st, 0);
        ps[n].employee = db_col_int64(st, 1);
        ps[n].unit = db_col_int64(st, 2);
        snprintf(ps[n].nip, sizeof(ps[n].nip), "%s", db_col_text(st, 3));
        ps[n].have = (int)db_col_int64(st, 4);
        n++;
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    /* who already assesses whom in this wave, read once (not a query per candidate) */
    st = db_prepare(db,
                    "SELECT x.participant_id, x.assessor_id FROM assignment x JOIN participant pa"
                    " ON pa.id = x.participant_id WHERE pa.wave_id = $1",
                    err);
    if (!st)
        goto out;
    db_bind_int64(st, 1, wave);
    while ((step = db_step(st, err)) == DB_ROW) {
        int kn = snprintf(key, sizeof(key), "%lld/%lld", (long long)db_col_int64(st, 0),
                          (long long)db_col_int64(st, 1));
        strmap_set(&have, key, (size_t)kn, 1);
    }
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto out;
    ins = db_prepare(db,
                     "INSERT INTO assignment (tenant_id, participant_id, assessor_id)"
                     " VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                     err);
    if (!ins)
        goto out;
    for (size_t i = 0; i < n; i++) {
        while (ps[i].have < per) {
            struct coi_assessor *best = NULL;
            char conflict[96];

            for (size_t k = 0; k < c.nas; k++) {
                struct coi_assessor *a = &c.as[k];
                int kn;

                if (best && a->load >= best->load)
                    continue;
                if (coi_find(&c, a, ps[i].employee, ps[i].unit, conflict, sizeof(conflict)))
                    continue;
                kn = snprintf(key, sizeof(key), "%lld/%lld", (long long)ps[i].id, (long long)a->id);
                if (!strmap_get(&have, key, (size_t)kn, NULL))
                    best = a;
            }
            if (!best) {
                err_set(err, MERIT_ECONFLICT, "%s %s %d %s", T("peserta", "participant"), ps[i].nip,
                        per,
                        T("asesor bebas konflik kepentingan tidak tersedia; tambah asesor",
                          "conflict-free assessors are not available; add assessors"));
                goto out;
            }
            db_reset(ins);
            db_bind_int64(ins, 1, tenant);
            db_bind_int64(ins, 2, ps[i].id);
            db_bind_int64(ins, 3, best->id);
            if (db_step(ins, err) != DB_DONE)
                goto out;
            strmap_set(&have, key,
                       (size_t)snprintf(key, sizeof(key), "%lld/%lld", (long long)ps[i].id,
                                        (long long)best->id),
                       1);
            best->load++;
            ps[i].have++;
            (*made)++;
        }
    }
    db_finalize(ins);
    ins = NULL;
    {
        char nm[24];
        snprintf(nm, sizeof(nm), "%ld", *made);
        if (wc_audit(db, tenant, actor, "wave.assign_auto", w.code, NULL, NULL, nm, NULL, err) != 0)
            goto out;
    }
    if (db_commit(db, err) != 0)
        goto out;
    rc = 0;
out:
    if (rc != 0)
        db_rollback(db);
    db_finalize(st);
    db_finalize(ins);
    policy_free(p);
    coi_free(&c);
    strmap_free(&have);
    free(ps);
    return rc;
}
