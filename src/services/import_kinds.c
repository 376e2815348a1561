/*
 * import_kinds.c - what each import kind means: its columns (with the
 * Indonesian, English and SIASN names operators use), its target table and
 * natural key, and the checks that span several cells or need the database.
 */
#include <stdio.h>
#include <string.h>

#include "base/buf.h"
#include "base/civil.h"
#include "base/i18n.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"
#include "domain/codes.h"
#include "domain/nip.h"
#include "domain/skp.h"
#include "services/import_job.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- shared lookups ----------------------------------------------------------------------- */

static int kinds_load_units(struct import_job *job, struct merit_error *err)
{
    return import_job_load_map(job, &job->units, "SELECT code, id FROM unit WHERE tenant_id = $1",
                               err);
}

static int kinds_load_employees(struct import_job *job, struct merit_error *err)
{
    return import_job_load_map(job, &job->employees,
                               "SELECT nip, id FROM employee WHERE tenant_id = $1", err);
}

/* ids become text for the writer; printf was visible in the import profile */
static const char *kinds_id_text(struct import_job *job, int64_t id)
{
    char tmp[24], *out;
    int n = 0;
    uint64_t u = id < 0 ? (uint64_t)0 - (uint64_t)id : (uint64_t)id;

    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (id < 0)
        tmp[n++] = '-';
    out = arena_alloc(&job->row_arena, (size_t)n + 1);
    for (int i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    out[n] = '\0';
    return out;
}

/* Resolves in[c] (a NIP) to the employee id, or reports it. */
static const char *kinds_employee(struct import_job *job, const char *nip, const char *column)
{
    int64_t id;

    if (!strmap_get(&job->employees, nip, strlen(nip), &id)) {
        import_job_error(job, column,
                         T("pegawai dengan NIP %s belum ada; impor data pegawai dulu",
                           "no employee with NIP %s; import the employees first"),
                         nip);
        return NULL;
    }
    return kinds_id_text(job, id);
}

static void kinds_date_order(struct import_job *job, const char *from, const char *to,
                             const char *to_column, const char *from_name)
{
    /* ISO dates compare correctly as strings */
    if (from && to && strcmp(to, from) < 0)
        import_job_error(job, to_column, T("%s lebih awal dari %s (%s)", "%s is before %s (%s)"),
                         to, from_name, from);
}

static int kinds_skp_rating(const char *s, size_t len, const char **out)
{
    enum skp_rating r;

    if (skp_rating_parse(s, len, &r) != 0)
        return -1;
    *out = skp_rating_code(r);
    return 0;
}

static int kinds_skp_predikat(const char *s, size_t len, const char **out)
{
    enum skp_predikat p;

    if (skp_predikat_parse(s, len, &p) != 0)
        return -1;
    *out = skp_predikat_code(p);
    return 0;
}

/* The statement in slot i of the job, prepared on first use and reset for reuse. */
static struct db_stmt *kinds_stmt(struct import_job *job, int i, const char *sql,
                                  struct merit_error *err)
{
    if (!job->kind_st[i])
        job->kind_st[i] = db_prepare(job->db, sql, err);
    else
        db_reset(job->kind_st[i]);
    return job->kind_st[i];
}

/* ---- units -------------------------------------------------------------------------------- */

static const struct import_column unit_cols[] = {
    {"kode_unit", "kode|code|unit_code|kode_unor|unorId|id_unor|kode_satker", IT_CODE, 1, 0, 0,
     NULL, "Kode unit kerja, unik dalam instansi", "Unit code, unique within the agency", "OPD01"},
    {"nama_unit", "nama|name|unit_name|nama_unor|unor|unorNama|satuan_kerja", IT_TEXT, 1, 0, 200,
     NULL, "Nama unit kerja", "Unit name", "Dinas Pendidikan dan Kebudayaan"},
    {"jenis_unit", "jenis|kind|tipe|type|unit_kind", IT_ENUM, 1, 0, 0, unit_kind_normalize,
     "opd, bidang, seksi, subbagian, uptd atau lainnya",
     "opd, bidang, seksi, subbagian, uptd or lainnya", "opd"},
    {"kode_induk", "induk|parent|parent_code|kode_unit_induk|kode_atasan|diatasanId|atasan_unor_id",
     IT_CODE, 0, 0, 0, NULL, "Kode unit induk (kosong untuk OPD)",
     "Parent unit code (empty for an OPD)", ""},
};

static int unit_prepare(struct import_job *job, struct merit_error *err)
{
    return kinds_load_units(job, err);
}

static int unit_build(struct import_job *job, const char *const *in, const char **out)
{
    out[0] = in[0];
    out[1] = in[1];
    out[2] = in[2];
    if (in[3] && strcmp(in[3], in[0]) == 0) {
        import_job_error(
            job, "kode_induk", "%s",
            T("unit tidak boleh menjadi induk dirinya sendiri", "a unit cannot be its own parent"));
        return -1;
    }
    return 0;
}

static int unit_after_row(struct import_job *job, int64_t id, const char *const *in, int *changed,
                          struct merit_error *err)
{
    struct pending_parent *p;

    *changed = 0;
    /* an existing unit whose parent moves is an updated row, even when its name and kind stay;
     * the move itself waits for unit_finish, as the new parent may come later in the file */
    if (!job->row_is_new) {
        struct db_stmt *st = kinds_stmt(
            job, 0,
            "SELECT p.code FROM unit u LEFT JOIN unit p ON p.id = u.parent_id WHERE u.id = $1",
            err);
        const char *now;
        int step;

        if (!st)
            return -1;
        db_bind_int64(st, 1, id);
        step = db_step(st, err);
        if (step == DB_ERROR)
            return -1;
        now = step == DB_ROW && !db_col_isnull(st, 0) ? db_col_text(st, 0) : NULL;
        *changed = (now == NULL) != (in[3] == NULL) || (now && strcmp(now, in[3]) != 0);
        db_reset(st);
    }
    strmap_set(&job->units, in[0], strlen(in[0]), id);
    if (job->nparents == job->capparents) {
        job->capparents = job->capparents ? job->capparents * 2 : 64;
        job->parents = xreallocarray(job->parents, job->capparents, sizeof(*job->parents));
    }
    p = &job->parents[job->nparents++];
    p->code = xstrdup(in[0]);
    p->parent = in[3] ? xstrdup(in[3]) : NULL;
    p->row = job->rowno;
    return 0;
}

/* Parents may come later in the file than their children, so they are set in a second pass. */
static int unit_finish(struct import_job *job, struct merit_error *err)
{
    struct db_stmt *cur = NULL, *upd = NULL;
    int rc = -1;

    cur = db_prepare(job->db,
                     "SELECT p.code FROM unit u LEFT JOIN unit p ON p.id = u.parent_id "
                     "WHERE u.tenant_id = $1 AND u.code = $2",
                     err);
    upd = db_prepare(job->db, "UPDATE unit SET parent_id = $3 WHERE tenant_id = $1 AND code = $2",
                     err);
    if (!cur || !upd)
        goto out;
    for (size_t i = 0; i < job->nparents; i++) {
        struct pending_parent *p = &job->parents[i];
        int64_t pid = 0;
        int step;
        const char *now;

        job->rowno = p->row;
        if (p->parent && !strmap_get(&job->units, p->parent, strlen(p->parent), &pid)) {
            import_job_error(job, "kode_induk",
                             T("unit induk '%s' tidak ada di berkas maupun basis data",
                               "parent unit '%s' is neither in the file nor in the database"),
                             p->parent);
            continue;
        }
        db_reset(cur);
        db_bind_int64(cur, 1, job->tenant_id);
        db_bind_text(cur, 2, p->code);
        if ((step = db_step(cur, err)) == DB_ERROR)
            goto out;
        now = step == DB_ROW && !db_col_isnull(cur, 0) ? db_col_text(cur, 0) : NULL;
        if ((now == NULL) == (p->parent == NULL) && (!now || strcmp(now, p->parent) == 0))
            continue;
        db_reset(cur);
        db_reset(upd);
        db_bind_int64(upd, 1, job->tenant_id);
        db_bind_text(upd, 2, p->code);
        if (p->parent)
            db_bind_int64(upd, 3, pid);
        else
            db_bind_null(upd, 3);
        if (db_step(upd, err) == DB_ERROR)
            goto out;
    }

    /* the tree must stay a tree: walk up from every unit, refusing cycles */
    db_finalize(cur);
    cur = db_prepare(job->db,
                     "WITH RECURSIVE up(id, depth) AS ("
                     " SELECT parent_id, 1 FROM unit WHERE tenant_id = $1 AND code = $2"
                     " UNION ALL SELECT u.parent_id, up.depth + 1 FROM unit u JOIN up ON "
                     "u.id = up.id WHERE up.depth < 64)"
                     " SELECT max(depth) FROM up WHERE id IS NOT NULL",
                     err);
    if (!cur)
        goto out;
    for (size_t i = 0; i < job->nparents && job->res->errors == 0; i++) {
        struct db_stmt *walk = cur;
        int step;
        int64_t depth = 0;

        db_reset(walk);
        db_bind_int64(walk, 1, job->tenant_id);
        db_bind_text(walk, 2, job->parents[i].code);
        step = db_step(walk, err);
        if (step == DB_ROW)
            depth = db_col_int64(walk, 0);
        db_reset(walk);
        if (step == DB_ERROR)
            goto out;
        if (depth >= 64) {
            job->rowno = job->parents[i].row;
            import_job_error(
                job, "kode_induk", "%s",
                T("hubungan induk membentuk lingkaran", "the parent links form a cycle"));
        }
    }
    rc = 0;
out:
    db_finalize(cur);
    db_finalize(upd);
    return rc;
}

/* ---- positions (with SKJ) ----------------------------------------------------------------- */

static const char *const skj_codes[] = {"M.01", "M.02", "M.03", "M.04", "M.05",
                                        "M.06", "M.07", "M.08", "SK.01"};

static const struct import_column position_cols[] = {
    {"kode_jabatan", "kode|code|position_code|jabatan_id|jabatanId|id_jabatan", IT_CODE, 1, 0, 0,
     NULL, "Kode jabatan, unik dalam instansi", "Position code, unique within the agency",
     "OPD01.KADIS"},
    {"nama_jabatan", "nama|name|jabatan|position|position_name|namaJabatan", IT_TEXT, 1, 0, 200,
     NULL, "Nama jabatan", "Position name", "Kepala Dinas Pendidikan"},
    {"jenis_jabatan", "jenis|jenisJabatan|jenis_jabatan_id|kind", IT_ENUM, 1, 0, 0,
     jenis_jabatan_normalize, "struktural, fungsional atau pelaksana (SIASN: 1, 2, 4)",
     "struktural, fungsional or pelaksana (SIASN: 1, 2, 4)", "struktural"},
    {"jenjang", "jenjang_jabatan|level|jenjangJabatan|tingkat_jabatan", IT_ENUM, 1, 0, 0,
     jenjang_normalize,
     "Jenjang jabatan: JPT Pratama, Administrator, Pengawas, Pelaksana, Ahli Muda, ...",
     "Position level: JPT Pratama, Administrator, Pengawas, Pelaksana, Ahli Muda, ...",
     "JPT Pratama"},
    {"eselon", "eselonId|eselon_id|esselon", IT_ENUM, 0, 0, 0, eselon_normalize,
     "Eselon (II.a ... V.a), kosong untuk jabatan fungsional/pelaksana",
     "Eselon (II.a ... V.a), empty for functional/staff positions", "II.b"},
    {"kode_unit", "unit|unit_code|unorId|kode_unor|id_unor", IT_CODE, 1, 0, 0, NULL,
     "Kode unit kerja tempat jabatan", "Code of the unit the position belongs to", "OPD01"},
    {"kelas_jabatan", "kelas|kelasJabatan|grade", IT_INT, 0, 1, 17, NULL, "Kelas jabatan 1-17",
     "Job class 1-17", "14"},
    {"jabatan_kunci", "kunci|key|is_key|kritis|jabatan_kritikal|critical", IT_BOOL, 0, 0, 0, NULL,
     "Jabatan kunci/kritikal: ya atau tidak", "Key/critical position: yes or no", "ya"},
    {"golongan_min", "pangkat_min|gol_min|golongan_minimal|pangkat_minimal", IT_ENUM, 0, 0, 0,
     golongan_normalize, "Golongan/ruang terendah yang memenuhi syarat",
     "Lowest qualifying golongan/ruang", "IV/b"},
    {"golongan_max", "pangkat_max|gol_max|golongan_maksimal|pangkat_maksimal", IT_ENUM, 0, 0, 0,
     golongan_normalize, "Golongan/ruang tertinggi", "Highest golongan/ruang", "IV/c"},
    {"pendidikan_min", "pendidikan|education_min|pendidikan_minimal", IT_ENUM, 0, 0, 0,
     education_normalize, "Pendidikan minimal: SD, SMP, SMA, D1-D4, S1-S3",
     "Minimum education: SD, SMP, SMA, D1-D4, S1-S3", "S1"},
    {"bidang_pendidikan", "education_field|jurusan", IT_TEXT, 0, 0, 200, NULL,
     "Bidang ilmu pendidikan yang disyaratkan", "Required field of study", "Ilmu Pendidikan"},
    {"pelatihan", "diklat|training|training_req|syarat_pelatihan", IT_TEXT, 0, 0, 500, NULL,
     "Pelatihan yang disyaratkan", "Required training", "Pelatihan Kepemimpinan Nasional Tk II"},
    {"pengalaman_tahun", "pengalaman|experience|experience_years", IT_INT, 0, 0, 40, NULL,
     "Pengalaman kerja minimal (tahun)", "Minimum work experience (years)", "5"},
    {"integritas", "M.01|integrity", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Integritas (1-5; kosong = standar jenjang)",
     "Standard level for Integrity (1-5; empty = the jenjang default)", "4"},
    {"kerjasama", "M.02|kerja_sama|cooperation", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Kerja Sama", "Standard level for Cooperation", "4"},
    {"komunikasi", "M.03|communication", IT_LEVEL, 0, 0, 0, NULL, "Level standar Komunikasi",
     "Standard level for Communication", "4"},
    {"orientasi_pada_hasil", "M.04|orientasiPadaHasil|results_orientation", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Orientasi pada Hasil", "Standard level for Results Orientation", "4"},
    {"pelayanan_publik", "M.05|pelayananPublik|public_service", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Pelayanan Publik", "Standard level for Public Service", "4"},
    {"pengembangan_diri_dan_orang_lain", "M.06|pengembanganDiriDanOrla|developing_self_and_others",
     IT_LEVEL, 0, 0, 0, NULL, "Level standar Pengembangan Diri dan Orang Lain",
     "Standard level for Developing Self and Others", "4"},
    {"mengelola_perubahan", "M.07|mengelolaPerubahan|managing_change", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Mengelola Perubahan", "Standard level for Managing Change", "4"},
    {"pengambilan_keputusan", "M.08|pengambilanKeputusan|decision_making", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Pengambilan Keputusan", "Standard level for Decision Making", "4"},
    {"perekat_bangsa", "SK.01|perekatBangsa|sosial_kultural", IT_LEVEL, 0, 0, 0, NULL,
     "Level standar Perekat Bangsa (sosial kultural)",
     "Standard level for Perekat Bangsa (socio-cultural)", "4"},
    {"kompetensi_teknis", "teknis|technical|technical_competencies", IT_TECHLIST, 0, 0, 0, NULL,
     "Kompetensi teknis: KODE:LEVEL dipisah titik koma",
     "Technical competencies: CODE:LEVEL separated by semicolons", "T.PEND.01:4; T.KEU.01:3"},
};

enum {
    PC_CODE,
    PC_NAME,
    PC_JENIS,
    PC_JENJANG,
    PC_ESELON,
    PC_UNIT,
    PC_KELAS,
    PC_KEY,
    PC_GMIN,
    PC_GMAX,
    PC_EDU,
    PC_EDUFIELD,
    PC_TRAINING,
    PC_EXP,
    PC_SKJ0,
    PC_TECH = PC_SKJ0 + 9
};

static int position_prepare(struct import_job *job, struct merit_error *err)
{
    struct db_stmt *st;
    int rc;

    if (kinds_load_units(job, err) != 0)
        return -1;
    if (import_job_load_map(job, &job->tech,
                            "SELECT code, id FROM tech_competency WHERE tenant_id = $1", err) != 0)
        return -1;
    st = db_prepare(job->db, "SELECT code, standard_level FROM ref_jenjang", err);
    if (!st)
        return -1;
    while ((rc = db_step(st, err)) == DB_ROW) {
        const char *k = db_col_text(st, 0);
        strmap_set(&job->jenjang_level, k, strlen(k), db_col_int64(st, 1));
    }
    db_finalize(st);
    return rc == DB_DONE ? 0 : -1;
}

/* Parses "T.KEU.01:3; T.ADM.02:2" (also ',' as separator, '=' instead of ':'). */
static int position_techlist(struct import_job *job, const char *s, struct buf *codes, int *levels,
                             int *n, int cap)
{
    const char *p = s;

    *n = 0;
    while (*p) {
        const char *end = p, *sep;
        size_t len;
        int64_t lvl;

        while (*end && *end != ';' && *end != ',')
            end++;
        while (p < end && *p == ' ')
            p++;
        len = (size_t)(end - p);
        while (len && p[len - 1] == ' ')
            len--;
        if (len) {
            sep = memchr(p, ':', len);
            if (!sep)
                sep = memchr(p, '=', len);
            if (!sep || sep == p ||
                strtonum_n(sep + 1 + (sep[1] == ' '), (size_t)(p + len - sep - 1 - (sep[1] == ' ')),
                           1, 5, &lvl, NULL) != 0) {
                import_job_error(job, "kompetensi_teknis",
                                 T("'%.*s' tidak berbentuk KODE:LEVEL (level 1-5)",
                                   "'%.*s' is not CODE:LEVEL (level 1-5)"),
                                 (int)len, p);
                return -1;
            }
            if (*n >= cap) {
                import_job_error(job, "kompetensi_teknis", "%s",
                                 T("terlalu banyak kompetensi teknis (maksimum 20)",
                                   "too many technical competencies (at most 20)"));
                return -1;
            }
            size_t clen = (size_t)(sep - p);
            while (clen && p[clen - 1] == ' ')
                clen--;
            for (size_t i = 0; i < clen; i++) {
                char c = p[i];
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                      c == '.' || c == '-' || c == '_')) {
                    import_job_error(job, "kompetensi_teknis",
                                     T("kode kompetensi teknis '%.*s' tidak sah",
                                       "invalid technical competency code '%.*s'"),
                                     (int)clen, p);
                    return -1;
                }
            }
            if (clen > 64) {
                import_job_error(job, "kompetensi_teknis", "%s",
                                 T("kode kompetensi teknis terlalu panjang (maksimum 64)",
                                   "technical competency code too long (at most 64)"));
                return -1;
            }
            /* each code once, and not one of the managerial/socio-cultural codes */
            for (size_t i = 0; i < sizeof(skj_codes) / sizeof(skj_codes[0]); i++) {
                if (strlen(skj_codes[i]) == clen && memcmp(skj_codes[i], p, clen) == 0) {
                    import_job_error(job, "kompetensi_teknis",
                                     T("'%.*s' adalah kompetensi manajerial/sosial kultural, "
                                       "isi di kolomnya sendiri",
                                       "'%.*s' is a managerial/socio-cultural competency; use its "
                                       "own column"),
                                     (int)clen, p);
                    return -1;
                }
            }
            for (const char *q = codes->data; q < codes->data + codes->len; q += strlen(q) + 1) {
                if (strlen(q) == clen && memcmp(q, p, clen) == 0) {
                    import_job_error(job, "kompetensi_teknis",
                                     T("kompetensi teknis '%.*s' disebut dua kali",
                                       "technical competency '%.*s' is listed twice"),
                                     (int)clen, p);
                    return -1;
                }
            }
            buf_append(codes, p, clen);
            buf_putc(codes, '\0');
            levels[(*n)++] = (int)lvl;
        }
        p = *end ? end + 1 : end;
    }
    return 0;
}

static int position_build(struct import_job *job, const char *const *in, const char **out)
{
    int64_t unit_id;
    int ok = 1;

    if (!strmap_get(&job->units, in[PC_UNIT], strlen(in[PC_UNIT]), &unit_id)) {
        import_job_error(job, "kode_unit",
                         T("unit '%s' belum ada; impor unit kerja dulu",
                           "unit '%s' does not exist; import the units first"),
                         in[PC_UNIT]);
        ok = 0;
    }
    if (strcmp(in[PC_JENIS], "struktural") == 0 && !in[PC_ESELON] && in[PC_JENJANG] &&
        strncmp(in[PC_JENJANG], "jpt_", 4) != 0 && strcmp(in[PC_JENJANG], "administrator") != 0 &&
        strcmp(in[PC_JENJANG], "pengawas") != 0) {
        import_job_error(job, "jenjang",
                         T("jabatan struktural harus berjenjang JPT, Administrator atau Pengawas",
                           "a structural position must be JPT, Administrator or Pengawas"));
        ok = 0;
    }
    if (strcmp(in[PC_JENIS], "fungsional") == 0 && jenjang_kind(in[PC_JENJANG]) &&
        strncmp(jenjang_kind(in[PC_JENJANG]), "fungsional", 10) != 0) {
        import_job_error(
            job, "jenjang",
            T("jabatan fungsional harus berjenjang fungsional (Ahli ..., Terampil, ...)",
              "a functional position needs a functional level (Ahli ..., Terampil, ...)"));
        ok = 0;
    }
    if (in[PC_GMIN] && in[PC_GMAX] && golongan_rank(in[PC_GMIN]) > golongan_rank(in[PC_GMAX])) {
        import_job_error(job, "golongan_max",
                         T("golongan_max (%s) lebih rendah dari golongan_min (%s)",
                           "golongan_max (%s) is below golongan_min (%s)"),
                         in[PC_GMAX], in[PC_GMIN]);
        ok = 0;
    }
    if (in[PC_TECH]) {
        struct buf codes = BUF_INIT;
        int levels[IMPORT_MAX_SKJ - 9], n;
        if (position_techlist(job, in[PC_TECH], &codes, levels, &n, IMPORT_MAX_SKJ - 9) != 0)
            ok = 0;
        buf_release(&codes);
    }
    if (!ok)
        return -1;
    out[0] = in[PC_CODE];
    out[1] = in[PC_NAME];
    out[2] = in[PC_JENIS];
    out[3] = in[PC_JENJANG];
    out[4] = in[PC_ESELON];
    out[5] = kinds_id_text(job, unit_id);
    out[6] = in[PC_KELAS];
    out[7] = in[PC_KEY] ? in[PC_KEY] : "0";
    out[8] = in[PC_GMIN];
    out[9] = in[PC_GMAX];
    out[10] = in[PC_EDU];
    out[11] = in[PC_EDUFIELD];
    out[12] = in[PC_TRAINING];
    out[13] = in[PC_EXP];
    return 0;
}

struct skj_entry {
    const char *code;
    const char *kind;
    int level;
};

static int skj_entry_cmp(const void *a, const void *b)
{
    return strcmp(((const struct skj_entry *)a)->code, ((const struct skj_entry *)b)->code);
}

/* One INSERT for all of a position's SKJ rows: a round trip per row made a national
 * positions import on PostgreSQL take minutes. */
static int position_skj_insert(struct import_job *job, int64_t id, const struct skj_entry *e, int n,
                               struct merit_error *err)
{
    struct db_stmt *st = job->skj_insert[n];

    if (!st) {
        struct buf sql = BUF_INIT;

        buf_puts(&sql, "INSERT INTO skj_item (tenant_id, position_id, competency_code, kind, "
                       "level) VALUES ");
        for (int i = 0; i < n; i++)
            buf_printf(&sql, "%s($1, $2, $%d, $%d, $%d)", i ? ", " : "", 3 + 3 * i, 4 + 3 * i,
                       5 + 3 * i);
        st = job->skj_insert[n] = db_prepare(job->db, sql.data, err);
        buf_release(&sql);
        if (!st)
            return -1;
    }
    db_reset(st);
    db_bind_int64(st, 1, job->tenant_id);
    db_bind_int64(st, 2, id);
    for (int i = 0; i < n; i++) {
        db_bind_text(st, 3 + 3 * i, e[i].code);
        db_bind_text(st, 4 + 3 * i, e[i].kind);
        db_bind_int64(st, 5 + 3 * i, e[i].level);
    }
    if (db_step(st, err) == DB_ERROR)
        return -1;
    db_reset(st);
    return 0;
}

/* Creates the technical competencies a position names that the agency does not have yet. */
static int position_tech_ensure(struct import_job *job, const char *code, struct merit_error *err)
{
    struct db_stmt *ins;
    int step;

    if (strmap_get(&job->tech, code, strlen(code), NULL))
        return 0;
    ins = kinds_stmt(job, 3,
                     "INSERT INTO tech_competency (tenant_id, code, name) VALUES ($1, $2, $2) "
                     "RETURNING id",
                     err);
    if (!ins)
        return -1;
    db_bind_int64(ins, 1, job->tenant_id);
    db_bind_text(ins, 2, code);
    step = db_step(ins, err);
    if (step == DB_ROW)
        strmap_set(&job->tech, code, strlen(code), db_col_int64(ins, 0));
    if (step == DB_ROW)
        step = db_step(ins, err);
    db_reset(ins);
    return step == DB_ERROR ? -1 : 0;
}

/* Replaces the position's SKJ when it differs from the file's (missing managerial levels
 * default to the jenjang's standard level from ref_jenjang). Order in the file does not
 * matter: both sides are compared sorted by competency code. */
static int position_after_row(struct import_job *job, int64_t id, const char *const *in,
                              int *changed, struct merit_error *err)
{
    struct buf want = BUF_INIT, have = BUF_INIT, tcodes = BUF_INIT;
    struct skj_entry e[IMPORT_MAX_SKJ];
    struct db_stmt *st = NULL;
    int64_t deflvl = 1, lvl;
    int levels[IMPORT_MAX_SKJ - 9], ntech = 0, n = 0, rc = -1, step;
    const char *tc;

    *changed = 0;
    strmap_get(&job->jenjang_level, in[PC_JENJANG], strlen(in[PC_JENJANG]), &deflvl);
    for (int i = 0; i < 9; i++) {
        lvl = deflvl;
        if (in[PC_SKJ0 + i])
            strtonum_s(in[PC_SKJ0 + i], 1, 5, &lvl, NULL); /* validated as IT_LEVEL */
        e[n++] =
            (struct skj_entry){skj_codes[i], i < 8 ? "manajerial" : "sosial_kultural", (int)lvl};
    }
    if (in[PC_TECH] &&
        position_techlist(job, in[PC_TECH], &tcodes, levels, &ntech, IMPORT_MAX_SKJ - 9) != 0)
        goto out;
    tc = tcodes.data;
    for (int i = 0; i < ntech; i++, tc += strlen(tc) + 1)
        e[n++] = (struct skj_entry){tc, "teknis", levels[i]};
    qsort(e, (size_t)n, sizeof(e[0]), skj_entry_cmp);
    for (int i = 0; i < n; i++)
        buf_printf(&want, "%s=%d;", e[i].code, e[i].level);

    if (!job->row_is_new) {
        st = kinds_stmt(job, 0,
                        "SELECT competency_code, level FROM skj_item WHERE position_id = $1 "
                        "ORDER BY competency_code",
                        err);
        if (!st)
            goto out;
        db_bind_int64(st, 1, id);
        while ((step = db_step(st, err)) == DB_ROW)
            buf_printf(&have, "%s=%lld;", db_col_text(st, 0), (long long)db_col_int64(st, 1));
        db_reset(st);
        if (step == DB_ERROR)
            goto out;
        if (strcmp(want.data, have.data) == 0) {
            rc = 0;
            goto out;
        }
        st = kinds_stmt(job, 1, "DELETE FROM skj_item WHERE position_id = $1", err);
        if (!st)
            goto out;
        db_bind_int64(st, 1, id);
        step = db_step(st, err);
        db_reset(st);
        if (step == DB_ERROR)
            goto out;
    }
    *changed = 1;
    for (int i = 0; i < n; i++)
        if (strcmp(e[i].kind, "teknis") == 0 && position_tech_ensure(job, e[i].code, err) != 0)
            goto out;
    if (position_skj_insert(job, id, e, n, err) != 0)
        goto out;
    rc = 0;
out:
    buf_release(&want);
    buf_release(&have);
    buf_release(&tcodes);
    return rc;
}

/* ---- employees ---------------------------------------------------------------------------- */

static const struct import_column employee_cols[] = {
    {"nip", "nipBaru|nip_baru|nip18|nomor_induk_pegawai", IT_NIP, 1, 0, 0, NULL,
     "NIP 18 digit (format kolom sebagai Teks di Excel)",
     "18-digit NIP (format the column as Text in Excel)", "198503122010011004"},
    {"nama", "name|nama_lengkap|nama_pegawai|full_name", IT_TEXT, 1, 0, 200, NULL,
     "Nama tanpa gelar", "Name without academic titles", "Ahmad Ma'ruf"},
    {"gelar_depan", "gelarDepan|front_title", IT_TEXT, 0, 0, 50, NULL, "Gelar depan",
     "Title before the name", "Dr."},
    {"gelar_belakang", "gelarBelakang|back_title", IT_TEXT, 0, 0, 80, NULL, "Gelar belakang",
     "Titles after the name", "S.Pd., M.Si."},
    {"tgl_lahir", "tglLahir|tanggal_lahir|birth_date|date_of_birth", IT_DATE, 0, 0, 0, NULL,
     "Tanggal lahir (boleh kosong: diambil dari NIP; bila diisi harus sama dengan NIP)",
     "Birth date (may be empty: taken from the NIP; if given it must match the NIP)", "12-03-1985"},
    {"jenis_kelamin", "jenisKelamin|sex|gender|jk", IT_ENUM, 0, 0, 0, sex_normalize,
     "L atau P (boleh kosong: diambil dari NIP)", "L or P (may be empty: taken from the NIP)", "L"},
    {"tmt_cpns", "tmtCpns|tmt_cpns_pns", IT_DATE, 0, 0, 0, NULL,
     "TMT CPNS (boleh kosong: bulan dan tahun dari NIP)",
     "TMT CPNS (may be empty: month and year from the NIP)", "01-01-2010"},
    {"status", "status_pegawai|statusPegawai|jenis_pegawai|jenis_asn|kedudukan_hukum", IT_ENUM, 1,
     0, 0, status_normalize, "PNS atau PPPK", "PNS or PPPK", "PNS"},
    {"golongan", "gol|golongan_ruang|gol_ruang|golRuangAkhir|pangkat_golongan|golongan_akhir",
     IT_TEXT, 1, 0, 40, NULL, "Golongan/ruang PNS (III/a) atau golongan PPPK (IX)",
     "PNS golongan/ruang (III/a) or PPPK grade (IX)", "III/c"},
    {"tmt_golongan", "tmtGolongan|tmt_gol|tmt_pangkat|tmtGolAkhir", IT_DATE, 0, 0, 0, NULL,
     "TMT golongan", "Date of the current golongan", "01-04-2018"},
    {"kode_jabatan", "jabatan_id|jabatanId|position_code|id_jabatan", IT_CODE, 0, 0, 0, NULL,
     "Kode jabatan saat ini (harus sudah diimpor)", "Current position code (imported already)",
     "OPD01.KADIS"},
    {"tmt_jabatan", "tmtJabatan|tmt_jab", IT_DATE, 0, 0, 0, NULL, "TMT jabatan saat ini",
     "Start date in the current position", "02-01-2023"},
    {"tmt_pelantikan", "tmtPelantikan|tanggal_pelantikan|tgl_pelantikan", IT_DATE, 0, 0, 0, NULL,
     "Tanggal pelantikan pada jabatan saat ini", "Inauguration date in the current position",
     "05-01-2023"},
    {"kode_unit", "unit|unit_code|unorId|kode_unor|id_unor", IT_CODE, 0, 0, 0, NULL,
     "Kode unit kerja (kosong = unit jabatan)", "Unit code (empty = the position's unit)", "OPD01"},
    {"pendidikan", "pendidikan_terakhir|tingkat_pendidikan|tkPendidikan|education", IT_ENUM, 0, 0,
     0, education_normalize, "Pendidikan terakhir: SD, SMP, SMA, D1-D4, S1-S3",
     "Highest education: SD, SMP, SMA, D1-D4, S1-S3", "S2"},
    {"jurusan", "bidang_pendidikan|education_field|program_studi|pendidikanNama", IT_TEXT, 0, 0,
     200, NULL, "Jurusan/program studi", "Field of study", "Administrasi Publik"},
};

enum {
    EC_NIP,
    EC_NAME,
    EC_GD,
    EC_GB,
    EC_BIRTH,
    EC_SEX,
    EC_TMTCPNS,
    EC_STATUS,
    EC_GOL,
    EC_TMTGOL,
    EC_POS,
    EC_TMTJAB,
    EC_TMTPEL,
    EC_UNIT,
    EC_EDU,
    EC_EDUFIELD
};

static int employee_prepare(struct import_job *job, struct merit_error *err)
{
    struct db_stmt *st;
    int rc;

    if (kinds_load_units(job, err) != 0)
        return -1;
    /* one pass over the positions fills both maps: at national scale each pass is a second */
    st = db_prepare(job->db, "SELECT code, id, unit_id FROM position WHERE tenant_id = $1", err);
    if (!st)
        return -1;
    db_bind_int64(st, 1, job->tenant_id);
    while ((rc = db_step(st, err)) == DB_ROW) {
        const char *code = db_col_text(st, 0);
        size_t len = strlen(code);

        strmap_set(&job->positions, code, len, db_col_int64(st, 1));
        strmap_set(&job->pos_unit, code, len, db_col_int64(st, 2));
    }
    db_finalize(st);
    return rc == DB_DONE ? 0 : -1;
}

static int employee_build(struct import_job *job, const char *const *in, const char **out)
{
    struct nip_info ni;
    char birth[11], tmt[11];
    const char *gol = NULL;
    int64_t pos_id = 0, unit_id = 0;
    int ok = 1;

    /* in[EC_NIP] is already normalised, so this cannot fail */
    nip_parse(in[EC_NIP], strlen(in[EC_NIP]), 0, &ni);
    civil_format(ni.birth, birth);
    civil_format(ni.tmt_cpns, tmt);
    if (in[EC_BIRTH] && strcmp(in[EC_BIRTH], birth) != 0) {
        import_job_error(job, "tgl_lahir",
                         T("%s tidak sama dengan tanggal lahir dalam NIP (%s)",
                           "%s differs from the birth date in the NIP (%s)"),
                         in[EC_BIRTH], birth);
        ok = 0;
    }
    if (in[EC_SEX] && strcmp(in[EC_SEX], ni.sex == 1 ? "L" : "P") != 0) {
        import_job_error(job, "jenis_kelamin",
                         T("%s tidak sama dengan jenis kelamin dalam NIP (%s)",
                           "%s differs from the sex in the NIP (%s)"),
                         in[EC_SEX], ni.sex == 1 ? "L" : "P");
        ok = 0;
    }
    if (in[EC_TMTCPNS]) {
        if (strncmp(in[EC_TMTCPNS], tmt, 7) != 0) {
            import_job_error(job, "tmt_cpns",
                             T("%s tidak sama dengan bulan TMT CPNS dalam NIP (%.7s)",
                               "%s differs from the TMT CPNS month in the NIP (%.7s)"),
                             in[EC_TMTCPNS], tmt);
            ok = 0;
        } else {
            memcpy(tmt, in[EC_TMTCPNS], 11);
        }
    }
    if (strcmp(in[EC_STATUS], "PPPK") == 0) {
        if (pppk_grade_normalize(in[EC_GOL], strlen(in[EC_GOL]), &gol) != 0) {
            import_job_error(job, "golongan",
                             T("'%s' bukan golongan PPPK (I sampai XVII)",
                               "'%s' is not a PPPK grade (I to XVII)"),
                             in[EC_GOL]);
            ok = 0;
        }
    } else if (golongan_normalize(in[EC_GOL], strlen(in[EC_GOL]), &gol) != 0) {
        import_job_error(job, "golongan",
                         T("'%s' bukan golongan/ruang PNS (I/a sampai IV/e)",
                           "'%s' is not a PNS golongan/ruang (I/a to IV/e)"),
                         in[EC_GOL]);
        ok = 0;
    }
    if (in[EC_POS] && !strmap_get(&job->positions, in[EC_POS], strlen(in[EC_POS]), &pos_id)) {
        import_job_error(job, "kode_jabatan",
                         T("jabatan '%s' belum ada; impor data jabatan dulu",
                           "position '%s' does not exist; import the positions first"),
                         in[EC_POS]);
        ok = 0;
    }
    if (in[EC_UNIT]) {
        if (!strmap_get(&job->units, in[EC_UNIT], strlen(in[EC_UNIT]), &unit_id)) {
            import_job_error(job, "kode_unit",
                             T("unit '%s' belum ada; impor unit kerja dulu",
                               "unit '%s' does not exist; import the units first"),
                             in[EC_UNIT]);
            ok = 0;
        }
    } else if (in[EC_POS]) {
        strmap_get(&job->pos_unit, in[EC_POS], strlen(in[EC_POS]), &unit_id);
    }
    kinds_date_order(job, birth, in[EC_TMTJAB], "tmt_jabatan",
                     T("tanggal lahir", "the birth date"));
    kinds_date_order(job, tmt, in[EC_TMTJAB], "tmt_jabatan", "TMT CPNS");
    kinds_date_order(job, tmt, in[EC_TMTGOL], "tmt_golongan", "TMT CPNS");
    kinds_date_order(job, birth, in[EC_TMTPEL], "tmt_pelantikan",
                     T("tanggal lahir", "the birth date"));
    if (!ok)
        return -1;
    out[0] = in[EC_NIP];
    out[1] = in[EC_NAME];
    out[2] = in[EC_GD];
    out[3] = in[EC_GB];
    out[4] = arena_strdup(&job->row_arena, birth);
    out[5] = arena_strdup(&job->row_arena, tmt);
    out[6] = ni.sex == 1 ? "L" : "P";
    out[7] = in[EC_STATUS];
    out[8] = gol;
    out[9] = in[EC_TMTGOL];
    out[10] = pos_id ? kinds_id_text(job, pos_id) : NULL;
    out[11] = in[EC_TMTJAB];
    out[12] = in[EC_TMTPEL];
    out[13] = unit_id ? kinds_id_text(job, unit_id) : NULL;
    out[14] = in[EC_EDU];
    out[15] = in[EC_EDUFIELD];
    return 0;
}

/* ---- histories ---------------------------------------------------------------------------- */

static int history_prepare(struct import_job *job, struct merit_error *err)
{
    return kinds_load_employees(job, err);
}

/* History rows are their file's columns with the NIP (column 0) resolved to the employee id:
 * each history kind lists its target columns in the same order as its file columns. */
static int kinds_history_copy(struct import_job *job, const char *const *in, const char **out,
                              size_t ncols)
{
    const char *emp = kinds_employee(job, in[0], "nip");

    if (!emp)
        return -1;
    out[0] = emp;
    for (size_t i = 1; i < ncols; i++)
        out[i] = in[i];
    return 0;
}

static const struct import_column poshist_cols[] = {
    {"nip", "nipBaru|nip_baru", IT_NIP, 1, 0, 0, NULL, "NIP pegawai", "Employee NIP",
     "198503122010011004"},
    {"nama_jabatan", "jabatan|namaJabatan|position_name", IT_TEXT, 1, 0, 200, NULL, "Nama jabatan",
     "Position name", "Kepala Seksi Kurikulum"},
    {"kode_jabatan", "jabatanId|position_code", IT_CODE, 0, 0, 0, NULL, "Kode jabatan (bila ada)",
     "Position code (if any)", ""},
    {"jenjang", "jenjang_jabatan", IT_ENUM, 0, 0, 0, jenjang_normalize, "Jenjang jabatan",
     "Position level", "Pengawas"},
    {"eselon", "eselonId", IT_ENUM, 0, 0, 0, eselon_normalize, "Eselon", "Eselon", "IV.a"},
    {"nama_unit", "unor|unorNama|unit", IT_TEXT, 0, 0, 200, NULL, "Unit kerja", "Unit",
     "Dinas Pendidikan"},
    {"tmt_jabatan", "tmtJabatan|tmt_mulai|start_date", IT_DATE, 1, 0, 0, NULL, "TMT jabatan",
     "Start date", "01-02-2015"},
    {"tmt_selesai", "end_date|tanggal_selesai", IT_DATE, 0, 0, 0, NULL, "Tanggal selesai",
     "End date", "01-01-2019"},
    {"tmt_pelantikan", "tmtPelantikan", IT_DATE, 0, 0, 0, NULL, "Tanggal pelantikan",
     "Inauguration date", "05-02-2015"},
    {"nomor_sk", "noSk|no_sk|sk_number", IT_TEXT, 0, 0, 100, NULL, "Nomor SK", "Decree number",
     "821.2/045/2015"},
};

static int poshist_build(struct import_job *job, const char *const *in, const char **out)
{
    kinds_date_order(job, in[6], in[7], "tmt_selesai", "TMT jabatan");
    return kinds_history_copy(job, in, out, COUNT(poshist_cols));
}

static const struct import_column golhist_cols[] = {
    {"nip", "nipBaru|nip_baru", IT_NIP, 1, 0, 0, NULL, "NIP pegawai", "Employee NIP",
     "198503122010011004"},
    {"golongan", "gol|golongan_ruang|golonganId|pangkat", IT_ENUM, 1, 0, 0, golongan_normalize,
     "Golongan/ruang", "Golongan/ruang", "III/b"},
    {"tmt_golongan", "tmtGolongan|tmt|tmt_pangkat", IT_DATE, 1, 0, 0, NULL, "TMT golongan",
     "Date of the golongan", "01-04-2014"},
    {"nomor_sk", "noSk|no_sk|sk_number", IT_TEXT, 0, 0, 100, NULL, "Nomor SK", "Decree number",
     "823.3/112/2014"},
};

static int golhist_build(struct import_job *job, const char *const *in, const char **out)
{
    return kinds_history_copy(job, in, out, COUNT(golhist_cols));
}

static const struct import_column skp_cols[] = {
    {"nip", "nipBaru|nip_baru", IT_NIP, 1, 0, 0, NULL, "NIP pegawai", "Employee NIP",
     "198503122010011004"},
    {"tahun", "year|tahun_penilaian|periode", IT_INT, 1, 2000, 2199, NULL, "Tahun penilaian",
     "Appraisal year", "2025"},
    {"rating_hasil_kerja", "hasil_kerja|rating_hasil|ratingHasilKerja|hasil", IT_ENUM, 1, 0, 0,
     kinds_skp_rating, "di atas / sesuai / di bawah ekspektasi",
     "above / meets / below expectations", "sesuai ekspektasi"},
    {"rating_perilaku_kerja", "perilaku_kerja|rating_perilaku|ratingPerilakuKerja|perilaku",
     IT_ENUM, 1, 0, 0, kinds_skp_rating, "di atas / sesuai / di bawah ekspektasi",
     "above / meets / below expectations", "di atas ekspektasi"},
    {"predikat", "predikat_kinerja|predikatKinerja|nilai_kinerja", IT_ENUM, 0, 0, 0,
     kinds_skp_predikat,
     "Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang "
     "(kosong = dihitung dari matriks)",
     "Sangat Baik, Baik, Butuh Perbaikan, Kurang/Misconduct, Sangat Kurang (empty = from the "
     "matrix)",
     "Baik"},
};

static int skp_prepare(struct import_job *job, struct merit_error *err)
{
    struct db_stmt *st;
    int rc, n = 0;

    if (kinds_load_employees(job, err) != 0)
        return -1;
    /* the matrix is policy data (ref_skp_predikat), not code */
    st = db_prepare(job->db, "SELECT rating_hasil, rating_perilaku, predikat FROM ref_skp_predikat",
                    err);
    if (!st)
        return -1;
    while ((rc = db_step(st, err)) == DB_ROW) {
        enum skp_rating h, p;
        enum skp_predikat pr;
        const char *hs = db_col_text(st, 0), *ps = db_col_text(st, 1), *prs = db_col_text(st, 2);

        if (skp_rating_parse(hs, strlen(hs), &h) == 0 &&
            skp_rating_parse(ps, strlen(ps), &p) == 0 &&
            skp_predikat_parse(prs, strlen(prs), &pr) == 0) {
            skp_matrix_set(&job->skp, h, p, pr);
            n++;
        }
    }
    db_finalize(st);
    if (rc != DB_DONE)
        return -1;
    if (n != 9)
        return err_set(err, MERIT_ECONFIG, "ref_skp_predikat has %d valid cells, expected 9", n);
    return 0;
}

static int skp_build(struct import_job *job, const char *const *in, const char **out)
{
    enum skp_rating h, p;
    enum skp_predikat want;
    const char *pred;

    skp_rating_parse(in[2], strlen(in[2]), &h);
    skp_rating_parse(in[3], strlen(in[3]), &p);
    want = skp_predikat_of(&job->skp, h, p);
    pred = skp_predikat_code(want);
    if (in[4] && strcmp(in[4], pred) != 0) {
        import_job_error(job, "predikat",
                         T("predikat '%s' tidak sesuai matriks PermenPAN-RB 6/2022 untuk hasil "
                           "kerja %s dan perilaku %s (seharusnya '%s')",
                           "predikat '%s' does not follow the PermenPAN-RB 6/2022 matrix for "
                           "results %s and behaviour %s (expected '%s')"),
                         in[4], in[2], in[3], pred);
        return -1;
    }
    if (kinds_history_copy(job, in, out, COUNT(skp_cols)) != 0)
        return -1;
    out[4] = pred;
    return 0;
}

static const struct import_column sanction_cols[] = {
    {"nip", "nipBaru|nip_baru", IT_NIP, 1, 0, 0, NULL, "NIP pegawai", "Employee NIP",
     "198503122010011004"},
    {"tingkat", "tingkat_hukuman|level|tingkatHukumanDisiplin|tingkat_hukdis", IT_ENUM, 1, 0, 0,
     sanction_level_normalize, "ringan, sedang atau berat (PP 94/2021)",
     "ringan (light), sedang (moderate) or berat (heavy) (PP 94/2021)", "sedang"},
    {"jenis_hukuman", "jenis|jenisHukuman|kind|hukuman", IT_TEXT, 1, 0, 200, NULL,
     "Jenis hukuman disiplin", "Kind of sanction",
     "Pemotongan tunjangan kinerja 25% selama 6 bulan"},
    {"tmt_mulai", "tmt_hukuman|tmtHukuman|start_date|tanggal_mulai", IT_DATE, 1, 0, 0, NULL,
     "Mulai berlaku", "Start date", "01-03-2024"},
    {"tmt_selesai", "akhir_hukuman|end_date|tanggal_selesai", IT_DATE, 0, 0, 0, NULL,
     "Akhir hukuman", "End date", "31-08-2024"},
    {"nomor_sk", "noSk|no_sk|sk_number|skNomor", IT_TEXT, 0, 0, 100, NULL, "Nomor SK",
     "Decree number", "800/12/BKPSDM/2024"},
    {"alasan", "keterangan|reason|alasan_hukuman", IT_TEXT, 0, 0, 1000, NULL, "Alasan", "Reason",
     "Tidak masuk kerja tanpa alasan sah"},
};

static int sanction_build(struct import_job *job, const char *const *in, const char **out)
{
    kinds_date_order(job, in[3], in[4], "tmt_selesai", T("tanggal mulai", "the start date"));
    return kinds_history_copy(job, in, out, COUNT(sanction_cols));
}

static const struct import_column training_cols[] = {
    {"nip", "nipBaru|nip_baru", IT_NIP, 1, 0, 0, NULL, "NIP pegawai", "Employee NIP",
     "198503122010011004"},
    {"jenis_diklat", "jenis|kind|jenisDiklat|jenis_pelatihan", IT_ENUM, 1, 0, 0,
     training_kind_normalize, "struktural, manajerial, teknis, fungsional atau lainnya",
     "struktural, manajerial, teknis, fungsional or lainnya", "manajerial"},
    {"nama_diklat", "nama|name|namaDiklat|nama_pelatihan|latihanStrukturalNama", IT_TEXT, 1, 0, 300,
     NULL, "Nama pelatihan", "Training name", "Pelatihan Kepemimpinan Pengawas"},
    {"tgl_mulai", "tanggal_mulai|start_date|tanggal|tglMulai", IT_DATE, 1, 0, 0, NULL,
     "Tanggal mulai", "Start date", "10-05-2022"},
    {"tgl_selesai", "tanggal_selesai|end_date|tglSelesai", IT_DATE, 0, 0, 0, NULL,
     "Tanggal selesai", "End date", "20-08-2022"},
    {"jam", "jumlah_jam|hours|jp|jumlahJam", IT_INT, 0, 0, 10000, NULL, "Jumlah jam pelajaran",
     "Hours", "280"},
    {"penyelenggara", "institusi|organizer|institusiPenyelenggara", IT_TEXT, 0, 0, 200, NULL,
     "Penyelenggara", "Organiser", "BPSDM Provinsi"},
};

static int training_build(struct import_job *job, const char *const *in, const char **out)
{
    kinds_date_order(job, in[3], in[4], "tgl_selesai", T("tanggal mulai", "the start date"));
    return kinds_history_copy(job, in, out, COUNT(training_cols));
}

static const struct import_kind_def kind_defs[IMPORT_KIND_COUNT] = {
    [IMPORT_UNITS] = {"units",
                      unit_cols,
                      COUNT(unit_cols),
                      "unit",
                      {"code", "name", "kind", NULL},
                      "ttt",
                      {0},
                      1,
                      1,
                      unit_prepare,
                      unit_build,
                      unit_after_row,
                      unit_finish},
    [IMPORT_POSITIONS] = {"positions",
                          position_cols,
                          COUNT(position_cols),
                          "position",
                          {"code", "name", "jenis", "jenjang_code", "eselon_code", "unit_id",
                           "kelas_jabatan", "is_key", "golongan_min", "golongan_max",
                           "education_min", "education_field", "training_req", "experience_years",
                           NULL},
                          "tttttiiittttti",
                          {0},
                          1,
                          1,
                          position_prepare,
                          position_build,
                          position_after_row,
                          NULL},
    [IMPORT_EMPLOYEES] = {"employees",
                          employee_cols,
                          COUNT(employee_cols),
                          "employee",
                          {"nip", "name", "gelar_depan", "gelar_belakang", "birth_date", "tmt_cpns",
                           "sex", "status", "golongan", "tmt_golongan", "position_id",
                           "tmt_jabatan", "tmt_pelantikan", "unit_id", "education",
                           "education_field", NULL},
                          "ttttddtttdidditt",
                          {0},
                          1,
                          0,
                          employee_prepare,
                          employee_build,
                          NULL,
                          NULL},
    [IMPORT_POSITION_HISTORY] = {"position-history",
                                 poshist_cols,
                                 COUNT(poshist_cols),
                                 "hist_position",
                                 {"employee_id", "position_name", "position_code", "jenjang_code",
                                  "eselon_code", "unit_name", "tmt_start", "tmt_end",
                                  "tmt_pelantikan", "sk_number", NULL},
                                 "itttttdddt",
                                 {0, 6, 1},
                                 3,
                                 0,
                                 history_prepare,
                                 poshist_build,
                                 NULL,
                                 NULL},
    [IMPORT_GOLONGAN_HISTORY] = {"golongan-history",
                                 golhist_cols,
                                 COUNT(golhist_cols),
                                 "hist_golongan",
                                 {"employee_id", "golongan", "tmt", "sk_number", NULL},
                                 "itdt",
                                 {0, 1},
                                 2,
                                 0,
                                 history_prepare,
                                 golhist_build,
                                 NULL,
                                 NULL},
    [IMPORT_SKP] = {"skp",
                    skp_cols,
                    COUNT(skp_cols),
                    "hist_skp",
                    {"employee_id", "year", "rating_hasil", "rating_perilaku", "predikat", NULL},
                    "iittt",
                    {0, 1},
                    2,
                    0,
                    skp_prepare,
                    skp_build,
                    NULL,
                    NULL},
    [IMPORT_SANCTIONS] = {"sanctions",
                          sanction_cols,
                          COUNT(sanction_cols),
                          "hist_sanction",
                          {"employee_id", "level", "kind", "start_date", "end_date", "sk_number",
                           "reason", NULL},
                          "ittddtt",
                          {0, 3, 2},
                          3,
                          0,
                          history_prepare,
                          sanction_build,
                          NULL,
                          NULL},
    [IMPORT_TRAINING] = {"training",
                         training_cols,
                         COUNT(training_cols),
                         "hist_training",
                         {"employee_id", "kind", "name", "start_date", "end_date", "hours",
                          "organizer", NULL},
                         "ittddit",
                         {0, 3, 2},
                         3,
                         0,
                         history_prepare,
                         training_build,
                         NULL,
                         NULL},
};

const struct import_kind_def *import_kind_def(enum import_kind kind)
{
    return &kind_defs[(unsigned)kind < IMPORT_KIND_COUNT ? kind : 0];
}
