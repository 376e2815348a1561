/* position_skj.c - replace a position's SKJ in one audited transaction (position_skj.h). */
#include "services/position_skj.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "services/account.h"
#include "services/audit.h"

struct skj_new {
    const char *code;
    const char *kind; /* a static string */
    int level;
};

static int skj_new_cmp(const void *a, const void *b)
{
    return strcmp(((const struct skj_new *)a)->code, ((const struct skj_new *)b)->code);
}

/* The kind of a competency code: the national dictionary's, else "teknis" when the agency
 * has it as a technical competency, else NULL. */
static int skj_kind(struct db *db, int64_t tenant, const char *code, const char **kind,
                    struct merit_error *err)
{
    struct db_stmt *st;
    int step;

    *kind = NULL;
    st = db_prepare(db, "SELECT kind FROM ref_competency WHERE code = $1", err);
    if (!st)
        return -1;
    db_bind_text(st, 1, code);
    step = db_step(st, err);
    if (step == DB_ROW) {
        const char *k = db_col_text(st, 0);
        *kind = strcmp(k, "manajerial") == 0        ? "manajerial"
                : strcmp(k, "sosial_kultural") == 0 ? "sosial_kultural"
                                                    : "teknis";
    }
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (*kind)
        return 0;
    st = db_prepare(db, "SELECT 1 FROM tech_competency WHERE tenant_id = $1 AND code = $2", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    db_finalize(st);
    if (step == DB_ERROR)
        return -1;
    if (step == DB_ROW)
        *kind = "teknis";
    return 0;
}

static int skj_validate(struct db *db, int64_t tenant, json_t *items, struct skj_new *out,
                        size_t *n, struct merit_error *err)
{
    char field[64];
    size_t i;
    json_t *it;

    if (!json_is_array(items))
        return err_set_at(err, MERIT_EINVAL, 0, "items", "%s",
                          T("items harus berupa daftar", "items must be an array"));
    if (json_array_size(items) == 0)
        return err_set_at(
            err, MERIT_EINVAL, 0, "items", "%s",
            T("SKJ minimal memuat satu kompetensi", "an SKJ lists at least one competency"));
    if (json_array_size(items) > POSITION_SKJ_MAX)
        return err_set_at(
            err, MERIT_EINVAL, 0, "items",
            T("SKJ memuat paling banyak %d kompetensi", "an SKJ lists at most %d competencies"),
            POSITION_SKJ_MAX);
    json_array_foreach(items, i, it)
    {
        const char *key, *code;
        json_t *v, *lv;
        json_int_t level;

        if (!json_is_object(it)) {
            snprintf(field, sizeof(field), "items[%zu]", i);
            return err_set_at(err, MERIT_EINVAL, 0, field, "%s",
                              T("harus berupa objek {competency_code, level}",
                                "must be an object {competency_code, level}"));
        }
        json_object_foreach(it, key, v)
        {
            if (strcmp(key, "competency_code") != 0 && strcmp(key, "level") != 0) {
                snprintf(field, sizeof(field), "items[%zu].%.32s", i, key);
                return err_set_at(err, MERIT_EINVAL, 0, field, "%s",
                                  T("kolom tidak dikenal", "unknown field"));
            }
        }
        code = json_string_value(json_object_get(it, "competency_code"));
        snprintf(field, sizeof(field), "items[%zu].competency_code", i);
        if (!code || !*code)
            return err_set_at(err, MERIT_EINVAL, 0, field, "%s",
                              T("kode kompetensi wajib diisi", "a competency code is required"));
        if (strlen(code) > 64)
            return err_set_at(err, MERIT_EINVAL, 0, field, "%s",
                              T("kode kompetensi terlalu panjang (maksimum 64)",
                                "competency code too long (at most 64)"));
        for (size_t k = 0; k < i; k++) {
            if (strcmp(out[k].code, code) == 0)
                return err_set_at(err, MERIT_EINVAL, 0, field,
                                  T("kompetensi '%s' disebut dua kali (juga items[%zu])",
                                    "competency '%s' is listed twice (also items[%zu])"),
                                  code, k);
        }
        if (skj_kind(db, tenant, code, &out[i].kind, err) != 0)
            return -1;
        if (!out[i].kind)
            return err_set_at(err, MERIT_EINVAL, 0, field,
                              T("kompetensi '%s' tidak ada di kamus kompetensi nasional maupun "
                                "daftar kompetensi teknis instansi",
                                "competency '%s' is in neither the national dictionary nor the "
                                "agency's technical competencies"),
                              code);
        lv = json_object_get(it, "level");
        snprintf(field, sizeof(field), "items[%zu].level", i);
        if (!json_is_integer(lv))
            return err_set_at(
                err, MERIT_EINVAL, 0, field, "%s",
                T("level wajib berupa bilangan bulat 1-5", "the level must be a whole number 1-5"));
        level = json_integer_value(lv);
        if (level < 1 || level > 5)
            return err_set_at(err, MERIT_EINVAL, 0, field,
                              T("level %lld di luar 1-5", "level %lld is outside 1-5"),
                              (long long)level);
        out[i].code = code;
        out[i].level = (int)level;
    }
    *n = json_array_size(items);
    return 0;
}

int position_skj_replace(struct db *db, int64_t tenant, const char *code, json_t *items,
                         const char *actor, time_t now, int *changed, struct merit_error *err)
{
    struct skj_new e[POSITION_SKJ_MAX];
    struct buf before, after;
    struct db_stmt *st = NULL;
    char at[21], obj[160];
    int64_t pos = 0;
    size_t n = 0;
    int step, rc = -1;

    *changed = 0;
    st = db_prepare(db, "SELECT id FROM position WHERE tenant_id = $1 AND code = $2", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant);
    db_bind_text(st, 2, code);
    step = db_step(st, err);
    if (step == DB_ROW)
        pos = db_col_int64(st, 0);
    db_finalize(st);
    st = NULL;
    if (step == DB_ERROR)
        return -1;
    if (!pos)
        return err_set(err, MERIT_ENOTFOUND,
                       T("jabatan '%s' tidak ditemukan", "position '%s' not found"), code);
    if (skj_validate(db, tenant, items, e, &n, err) != 0)
        return -1;
    qsort(e, n, sizeof(e[0]), skj_new_cmp);

    buf_init(&before);
    buf_init(&after);
    for (size_t i = 0; i < n; i++)
        buf_printf(&after, "%s%s:%d", i ? ";" : "", e[i].code, e[i].level);
    account_iso_time(now, at);
    if (db_begin(db, err) != 0)
        goto out;
    st = db_prepare(db,
                    "SELECT competency_code, level FROM skj_item WHERE position_id = $1"
                    " ORDER BY competency_code",
                    err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, pos);
    while ((step = db_step(st, err)) == DB_ROW)
        buf_printf(&before, "%s%s:%lld", before.len ? ";" : "", db_col_text(st, 0),
                   (long long)db_col_int64(st, 1));
    db_finalize(st);
    st = NULL;
    if (step != DB_DONE)
        goto fail;
    if (strcmp(before.data, after.data) == 0) {
        db_rollback(db); /* nothing to change: no write, no audit entry */
        rc = 0;
        goto out;
    }
    st = db_prepare(db, "DELETE FROM skj_item WHERE position_id = $1", err);
    if (!st)
        goto fail;
    db_bind_int64(st, 1, pos);
    if (db_step(st, err) != DB_DONE)
        goto fail;
    db_finalize(st);
    st = db_prepare(db,
                    "INSERT INTO skj_item (tenant_id, position_id, competency_code, kind, level)"
                    " VALUES ($1, $2, $3, $4, $5)",
                    err);
    if (!st)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        db_reset(st);
        db_bind_int64(st, 1, tenant);
        db_bind_int64(st, 2, pos);
        db_bind_text(st, 3, e[i].code);
        db_bind_text(st, 4, e[i].kind);
        db_bind_int64(st, 5, e[i].level);
        if (db_step(st, err) != DB_DONE)
            goto fail;
    }
    db_finalize(st);
    st = NULL;
    snprintf(obj, sizeof(obj), "position:%s", code);
    if (audit_append(db, tenant, at, actor, "position.skj", obj, before.data, after.data, NULL,
                     err) != 0)
        goto fail;
    if (db_commit(db, err) != 0)
        goto out;
    *changed = 1;
    rc = 0;
    goto out;
fail:
    db_finalize(st);
    db_rollback(db);
out:
    buf_release(&before);
    buf_release(&after);
    return rc;
}
