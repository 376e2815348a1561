#include "services/export.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/strmap.h"
#include "base/xmalloc.h"
#include "io/table_writer.h"

/* One SELECT per kind, its columns in import_columns() order. Positions add their id last
 * so the technical competencies can be listed per row. */
static const char *const export_sql[IMPORT_KIND_COUNT] = {
    [IMPORT_UNITS] = "SELECT u.code, u.name, u.kind, p.code FROM unit u "
                     "LEFT JOIN unit p ON p.id = u.parent_id WHERE u.tenant_id = $1 "
                     "ORDER BY u.code",
    [IMPORT_POSITIONS] =
        "SELECT p.code, p.name, p.jenis, p.jenjang_code, p.eselon_code, u.code, p.kelas_jabatan, "
        "p.is_key, p.golongan_min, p.golongan_max, p.education_min, p.education_field, "
        "p.training_req, p.experience_years, "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.01'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.02'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.03'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.04'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.05'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.06'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.07'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = 'M.08'), "
        "(SELECT level FROM skj_item s WHERE s.position_id = p.id AND s.competency_code = "
        "'SK.01'), "
        "p.id FROM position p JOIN unit u ON u.id = p.unit_id WHERE p.tenant_id = $1 "
        "ORDER BY p.code",
    [IMPORT_EMPLOYEES] =
        "SELECT e.nip, e.name, e.gelar_depan, e.gelar_belakang, e.birth_date, e.sex, e.tmt_cpns, "
        "e.status, e.golongan, e.tmt_golongan, p.code, e.tmt_jabatan, e.tmt_pelantikan, u.code, "
        "e.education, e.education_field FROM employee e "
        "LEFT JOIN position p ON p.id = e.position_id LEFT JOIN unit u ON u.id = e.unit_id "
        "WHERE e.tenant_id = $1 ORDER BY e.nip",
    [IMPORT_POSITION_HISTORY] =
        "SELECT e.nip, h.position_name, h.position_code, h.jenjang_code, h.eselon_code, "
        "h.unit_name, h.tmt_start, h.tmt_end, h.tmt_pelantikan, h.sk_number "
        "FROM hist_position h JOIN employee e ON e.id = h.employee_id WHERE h.tenant_id = $1 "
        "ORDER BY e.nip, h.tmt_start, h.position_name",
    [IMPORT_GOLONGAN_HISTORY] =
        "SELECT e.nip, h.golongan, h.tmt, h.sk_number FROM hist_golongan h "
        "JOIN employee e ON e.id = h.employee_id WHERE h.tenant_id = $1 ORDER BY e.nip, h.tmt",
    [IMPORT_SKP] = "SELECT e.nip, h.year, h.rating_hasil, h.rating_perilaku, h.predikat "
                   "FROM hist_skp h JOIN employee e ON e.id = h.employee_id "
                   "WHERE h.tenant_id = $1 ORDER BY e.nip, h.year",
    [IMPORT_SANCTIONS] = "SELECT e.nip, h.level, h.kind, h.start_date, h.end_date, h.sk_number, "
                         "h.reason FROM hist_sanction h JOIN employee e ON e.id = h.employee_id "
                         "WHERE h.tenant_id = $1 ORDER BY e.nip, h.start_date, h.kind",
    [IMPORT_TRAINING] = "SELECT e.nip, h.kind, h.name, h.start_date, h.end_date, h.hours, "
                        "h.organizer FROM hist_training h JOIN employee e ON e.id = h.employee_id "
                        "WHERE h.tenant_id = $1 ORDER BY e.nip, h.start_date, h.name",
};

int export_format_parse(const char *s, enum export_format *out)
{
    if (strcmp(s, "csv") == 0)
        *out = EXPORT_CSV;
    else if (strcmp(s, "xlsx") == 0)
        *out = EXPORT_XLSX;
    else if (strcmp(s, "json") == 0)
        *out = EXPORT_JSON;
    else
        return -1;
    return 0;
}

struct export_sink {
    enum export_format fmt;
    struct table_writer *tw;
    FILE *json;
    const struct import_column *cols;
    size_t ncols;
    long rows;
};

static int export_sink_row(struct export_sink *k, const char *const *cells, struct merit_error *err)
{
    json_t *obj;
    char *text;

    k->rows++;
    if (k->fmt != EXPORT_JSON)
        return table_writer_row(k->tw, cells, err);
    obj = json_object();
    for (size_t i = 0; i < k->ncols; i++)
        json_object_set_new(obj, k->cols[i].name, cells[i] ? json_string(cells[i]) : json_null());
    text = json_dumps(obj, JSON_COMPACT | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(10));
    json_decref(obj);
    if (!text)
        return err_set(err, MERIT_EINTERNAL, "cannot encode a row as JSON");
    fprintf(k->json, "%s\n  %s", k->rows > 1 ? "," : "", text);
    free(text);
    if (ferror(k->json))
        return err_set(err, MERIT_EIO, "%s", T("gagal menulis berkas", "cannot write the file"));
    return 0;
}

/* Loads every position's technical competencies as "T.KEU.01:3; T.ADM.02:2" strings, NUL-
 * separated in *text, with position id -> offset in *index. Read before the main query because
 * a connection streams one result at a time. */
static int export_techlists(struct db *db, int64_t tenant_id, struct strmap *index,
                            struct buf *text, struct merit_error *err)
{
    struct db_stmt *st;
    char key[24];
    int64_t last = -1;
    int rc;

    st = db_prepare(db,
                    "SELECT position_id, competency_code, level FROM skj_item WHERE tenant_id = $1 "
                    "AND kind = 'teknis' ORDER BY position_id, competency_code",
                    err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, tenant_id);
    while ((rc = db_step(st, err)) == DB_ROW) {
        int64_t pos = db_col_int64(st, 0);

        if (pos != last) {
            if (last >= 0)
                buf_putc(text, '\0');
            snprintf(key, sizeof(key), "%lld", (long long)pos);
            strmap_set(index, key, strlen(key), (int64_t)text->len);
            last = pos;
        } else {
            buf_puts(text, "; ");
        }
        buf_printf(text, "%s:%lld", db_col_text(st, 1), (long long)db_col_int64(st, 2));
    }
    buf_putc(text, '\0');
    db_finalize(st);
    return rc == DB_DONE ? 0 : -1;
}

int export_run(struct db *db, int64_t tenant_id, enum import_kind kind, enum export_format fmt,
               const char *path, int template_only, long *rows, struct merit_error *err)
{
    struct export_sink k = {0};
    struct db_stmt *st = NULL;
    struct strmap techidx;
    const char **header = NULL, **cells = NULL;
    struct buf tmp = BUF_INIT, techlist = BUF_INIT;
    int to_stdout = strcmp(path, "-") == 0;
    int rc = -1, step;

    *rows = 0;
    strmap_init(&techidx);
    k.fmt = fmt;
    k.cols = import_columns(kind, &k.ncols);
    header = xcalloc(k.ncols, sizeof(*header));
    cells = xcalloc(k.ncols, sizeof(*cells));
    for (size_t i = 0; i < k.ncols; i++)
        header[i] = k.cols[i].name;
    if (to_stdout && fmt == EXPORT_XLSX) {
        err_set(err, MERIT_EUSAGE, "%s",
                T("XLSX tidak bisa ditulis ke stdout; pakai -o BERKAS",
                  "XLSX cannot go to stdout; use -o FILE"));
        goto out;
    }
    if (!to_stdout)
        buf_printf(&tmp, "%s.tmp-%ld", path, (long)getpid());
    if (fmt == EXPORT_JSON) {
        k.json = to_stdout ? stdout : fopen(tmp.data, "w");
        if (!k.json) {
            err_set(err, MERIT_EIO, T("tidak bisa membuat %s", "cannot create %s"), path);
            goto out;
        }
        fputs("[", k.json);
    } else {
        int numeric[64] = {0};
        for (size_t i = 0; i < k.ncols && i < 64; i++)
            numeric[i] = k.cols[i].type == IT_INT || k.cols[i].type == IT_LEVEL;
        if (table_writer_open(to_stdout ? "-" : tmp.data,
                              fmt == EXPORT_XLSX ? TABLE_XLSX : TABLE_CSV, import_kind_name(kind),
                              header, numeric, k.ncols, NULL, 0, &k.tw, err) != 0)
            goto out;
    }
    if (!template_only) {
        st = db_prepare(db, export_sql[kind], err);
        if (!st)
            goto out;
        db_bind_int64(st, 1, tenant_id);
        if (kind == IMPORT_POSITIONS &&
            export_techlists(db, tenant_id, &techidx, &techlist, err) != 0)
            goto out;
        while ((step = db_step(st, err)) == DB_ROW) {
            for (size_t i = 0; i < k.ncols; i++)
                cells[i] = i < (size_t)db_column_count(st) && !db_col_isnull(st, (int)i)
                               ? db_col_text(st, (int)i)
                               : NULL;
            if (kind == IMPORT_POSITIONS) {
                const char *id = db_col_text(st, (int)k.ncols - 1);
                int64_t off;

                cells[k.ncols - 1] =
                    strmap_get(&techidx, id, strlen(id), &off) ? techlist.data + off : NULL;
            }
            if (export_sink_row(&k, cells, err) != 0)
                goto out;
        }
        if (step == DB_ERROR)
            goto out;
    }
    if (k.json) {
        fputs(k.rows ? "\n]\n" : "]\n", k.json);
        if (fflush(k.json) != 0 || ferror(k.json)) {
            err_set(err, MERIT_EIO, T("gagal menulis %s", "cannot write %s"), path);
            goto out;
        }
        if (!to_stdout) {
            FILE *f = k.json;
            k.json = NULL;
            if (fclose(f) != 0) {
                err_set(err, MERIT_EIO, T("gagal menulis %s", "cannot write %s"), path);
                goto out;
            }
        }
    }
    if (k.tw) {
        struct table_writer *tw = k.tw;
        k.tw = NULL;
        if (table_writer_close(tw, err) != 0)
            goto out;
    }
    if (!to_stdout && rename(tmp.data, path) != 0) {
        err_set(err, MERIT_EIO, T("tidak bisa menulis %s", "cannot write %s"), path);
        goto out;
    }
    *rows = k.rows;
    rc = 0;
out:
    if (k.tw) {
        struct merit_error ignored;
        table_writer_close(k.tw, &ignored);
    }
    if (k.json && k.json != stdout)
        fclose(k.json);
    if (rc != 0 && tmp.len)
        unlink(tmp.data);
    db_finalize(st);
    strmap_free(&techidx);
    buf_release(&tmp);
    buf_release(&techlist);
    free(header);
    free(cells);
    return rc;
}
