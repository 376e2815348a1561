/*
 * talent_bench.c - the C side of bench/talent (driven by bench/talent/run.sh).
 *
 *   bench_talent derive EMPLOYEES.csv POSITIONS.csv SKP.csv SANCTIONS.csv DIR SLATE_EMPLOYEES
 *   bench_talent talent DIR OUTDIR
 *
 * derive turns the `merit export` files of a demo into the inputs both sides
 * of the benchmark read (not timed):
 *   people.csv     nip,kode_jabatan,jenjang,gol_rank,edu_rank,jpm_bp,potential_bp,subset
 *   skp.csv        nip,tahun,rating_hasil_kerja
 *   sanctions.csv  nip,tingkat,tmt_mulai,tmt_selesai (tmt_selesai empty = open)
 *   key_positions.csv  kode_jabatan,gol_min_rank,gol_max_rank,edu_min_rank
 *   key_skj.csv    kode_jabatan,kompetensi,lkj
 *   lki.csv        nip,kompetensi,lki
 * The demo has no assessment results, so each employee's levels (LKI) on the
 * SKJ of their own position come from their NIP by bench/jpm's rule
 * (derive_lki below, unchanged); jpm_bp is the raw JPM of those levels
 * against that SKJ (jpm_compute, JPM_CAP_NONE: the talent side caps it at
 * 100); potential_bp = 5000 + mix64(fnv1a64(NIP) ^ 0x9E3779B97F4A7C15) % 5001
 * (50.00..100.00). subset = 1 for the employees whose position belongs to one
 * of the first OPD in the order of the positions export (an OPD is the
 * kode_unit up to its first '.'), as many OPD as it takes to reach
 * SLATE_EMPLOYEES employees: the kabupaten-sized part on which the slates are
 * computed. key_positions / key_skj hold the key positions
 * (jabatan_kunci = 1) of those OPD, lki.csv the levels of those employees.
 *
 * talent is the measured command: it reads DIR, computes with the default
 * talent policy (talent_default; as of 2026-01-01, period 2026) and writes
 *   OUTDIR/boxes.csv   nip,perf_bp,pot_bp,box,reason   (every employee)
 *   OUTDIR/pool.csv    jenjang,placed,pool             (by jenjang, byte order)
 *   OUTDIR/slates.csv  kode_jabatan,rank,nip,jpm_bp,covered,unmet,box
 * that talent_pandas.py must reproduce byte for byte:
 *   performance: talent_performance over SKP years 2024-2025 (rating hasil
 *     kerja, di_bawah 0 / sesuai 5000 / di_atas 10000, mean rounded half up);
 *     no year in the window: reason no_skp (perf_bp empty); a value not in
 *     the map: skp_unmapped;
 *   potential: talent_potential of min(jpm_bp, 10000) and
 *     min(potential_bp, 10000), 50 / 50;
 *   eligibility: talent_sanction_blocks (sedang or berat overlapping the 24
 *     months before 2026-01-01): reason sanction; reasons joined by ';' in
 *     that order, as services/talent.c lists them;
 *   box: talent_box_at(talent_cut(...), talent_cut(...)) when there is no
 *     reason, else empty; pool: placed with box >= pool_min_box (7);
 *   slates: for every key position, the pool members of the subset other
 *     than its holder, JPM to it by fit_rank_people (JPM_CAP_TOTAL, the
 *     default scoring cap), top ready.slate_size (5) by requirements met,
 *     JPM desc, box desc, NIP asc.
 * It prints "read S / compute S / write S" to stderr so that run.sh can
 * report compute alone.
 *
 * The inputs are this benchmark's own files (no quotes, LF, header checked),
 * so the measured command parses them with a small strict reader (the two
 * large files, people and SKP, in whole blocks in one loop) rather than
 * io/table.h. Anything unexpected stops the run.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/strmap.h"
#include "base/xmalloc.h"
#include "domain/fit.h"
#include "domain/jpm.h"
#include "domain/talent.h"
#include "io/table.h"
#include "bench_io.h"

const char *bench_name = "bench_talent";

#define MAX_ITEMS 64 /* SKJ items of one position: 9 + at most 20 technical in merit */
#define MAX_SKP 64   /* SKP rows of one employee */
#define MAX_SAN 64   /* sanctions of one employee */
#define MAX_JENJANG 250
#define AS_OF "2026-01-01"
#define PERIOD_YEAR 2026

struct dpos {
    char *code, *jenjang;
    int gmin, gmax, emin, is_key;
    long opd; /* ordinal of the position's OPD in the export */
    int n;
    char *comp[MAX_ITEMS];
    int lkj[MAX_ITEMS];
};

struct demo {
    struct dpos *pos;
    size_t npos;
    struct strmap pos_by_code;
    long nopd;
};

static void demo_positions(struct demo *d, const char *path)
{
    struct table_reader *tr;
    struct table_row row;
    struct merit_error err = {0};
    struct strmap opds;
    int c_code, c_jen, c_key, c_unit, c_gmin, c_gmax, c_edu, c_tech, c_skj[9];
    size_t cap = 0;
    int rc;

    if (table_open(path, NULL, &tr, &err) != 0 || table_next(tr, &row, &err) != 1)
        die("%s: %s", path, err.msg);
    c_code = col_find(&row, "kode_jabatan");
    c_jen = col_find(&row, "jenjang");
    c_key = col_find(&row, "jabatan_kunci");
    c_unit = col_find(&row, "kode_unit");
    c_gmin = col_find(&row, "golongan_min");
    c_gmax = col_find(&row, "golongan_max");
    c_edu = col_find(&row, "pendidikan_min");
    c_tech = col_find(&row, "kompetensi_teknis");
    for (int k = 0; k < 9; k++)
        c_skj[k] = col_find(&row, skj_col[k]);
    d->pos = NULL;
    d->npos = 0;
    d->nopd = 0;
    strmap_init(&d->pos_by_code);
    strmap_init(&opds);
    while ((rc = table_next(tr, &row, &err)) == 1) {
        struct dpos *p;
        const char *t, *unit = cell(&row, c_unit), *key = cell(&row, c_key);
        size_t ulen = strcspn(unit, ".");
        int64_t o;

        if (d->npos == cap) {
            cap = cap ? cap * 2 : 1024;
            d->pos = xreallocarray(d->pos, cap, sizeof(*d->pos));
        }
        p = &d->pos[d->npos];
        memset(p, 0, sizeof(*p));
        p->code = xstrdup(cell(&row, c_code));
        p->jenjang = xstrdup(cell(&row, c_jen));
        if (strchr(p->code, ',') || strchr(p->jenjang, ',') || strchr(p->code, '"') ||
            strchr(p->jenjang, '"') || !*p->code)
            die("%s: position '%s': a code the benchmark's CSV cannot carry", path, p->code);
        if ((key[0] != '0' && key[0] != '1') || key[1])
            die("%s: position %s: jabatan_kunci '%s'", path, p->code, key);
        p->is_key = key[0] == '1';
        if (!strmap_get(&opds, unit, ulen, &o)) {
            o = d->nopd++;
            strmap_put(&opds, unit, ulen, o, NULL);
        }
        p->opd = (long)o;
        p->gmin = golongan_rank(cell(&row, c_gmin));
        p->gmax = golongan_rank(cell(&row, c_gmax));
        p->emin = education_rank(cell(&row, c_edu));
        for (int k = 0; k < 9; k++) {
            const char *v = cell(&row, c_skj[k]);

            if (*v < '1' || *v > '5' || v[1])
                die("%s: position %s: level '%s' for %s", path, p->code, v, skj_col[k]);
            p->comp[p->n] = xstrdup(skj_code[k]);
            p->lkj[p->n++] = 10 * (*v - '0');
        }
        /* "T.HUK.01:2; T.KEB.01:3" */
        for (t = cell(&row, c_tech); *t;) {
            const char *colon, *end = strchr(t, ';');

            if (!end)
                end = t + strlen(t);
            while (*t == ' ')
                t++;
            colon = memchr(t, ':', (size_t)(end - t));
            if (colon) {
                if (p->n == MAX_ITEMS || colon[1] < '1' || colon[1] > '5')
                    die("%s: position %s: kompetensi_teknis", path, p->code);
                p->comp[p->n] = xstrndup(t, (size_t)(colon - t));
                p->lkj[p->n++] = 10 * (colon[1] - '0');
            }
            t = *end ? end + 1 : end;
        }
        if (!strmap_put(&d->pos_by_code, p->code, strlen(p->code), (int64_t)d->npos, NULL))
            die("%s: position %s twice", path, p->code);
        d->npos++;
    }
    if (rc < 0)
        die("%s: %s", path, err.msg);
    table_close(tr);
    strmap_free(&opds);
}

static void demo_free(struct demo *d)
{
    for (size_t j = 0; j < d->npos; j++) {
        free(d->pos[j].code);
        free(d->pos[j].jenjang);
        for (int t = 0; t < d->pos[j].n; t++)
            free(d->pos[j].comp[t]);
    }
    free(d->pos);
    strmap_free(&d->pos_by_code);
}

static int is_nip(const char *s)
{
    return strlen(s) == 18 && strspn(s, "0123456789") == 18;
}

/* copies columns of a `merit export` file to OUT as plain CSV; cells must not need quoting */
static void copy_columns(const char *in, const char *out, const char *const *cols, int ncols)
{
    struct table_reader *tr;
    struct table_row row;
    struct merit_error err = {0};
    struct out o;
    int c[8], rc;

    if (table_open(in, NULL, &tr, &err) != 0 || table_next(tr, &row, &err) != 1)
        die("%s: %s", in, err.msg);
    out_open(&o, out);
    for (int k = 0; k < ncols; k++) {
        c[k] = col_find(&row, cols[k]);
        if (k)
            out_sep(&o);
        out_cstr(&o, cols[k]);
    }
    out_row_done(&o);
    while ((rc = table_next(tr, &row, &err)) == 1) {
        if (!is_nip(cell(&row, c[0])))
            die("%s:%ld: NIP '%s'", in, row.rowno, cell(&row, c[0]));
        for (int k = 0; k < ncols; k++) {
            const char *v = cell(&row, c[k]);

            if (strpbrk(v, ",\"\r\n"))
                die("%s:%ld: '%s' needs quoting", in, row.rowno, v);
            if (k)
                out_sep(&o);
            out_cstr(&o, v);
        }
        out_row_done(&o);
    }
    if (rc < 0)
        die("%s: %s", in, err.msg);
    table_close(tr);
    out_close(&o);
}

/*
 * The number of OPD, in the order of the positions export, whose employees
 * first reach want (all of them when the demo is smaller).
 */
static long subset_opds(const struct demo *d, const char *path, long want)
{
    struct table_reader *tr;
    struct table_row row;
    struct merit_error err = {0};
    long *count = xcalloc((size_t)d->nopd + 1, sizeof(*count)), k = 0, sum = 0;
    int c_pos, rc;

    if (table_open(path, NULL, &tr, &err) != 0 || table_next(tr, &row, &err) != 1)
        die("%s: %s", path, err.msg);
    c_pos = col_find(&row, "kode_jabatan");
    while ((rc = table_next(tr, &row, &err)) == 1) {
        const char *code = cell(&row, c_pos);
        int64_t j;

        if (strmap_get(&d->pos_by_code, code, strlen(code), &j))
            count[d->pos[j].opd]++;
    }
    if (rc < 0)
        die("%s: %s", path, err.msg);
    table_close(tr);
    while (k < d->nopd && sum < want)
        sum += count[k++];
    free(count);
    return k;
}

static int cmd_derive(int argc, char **argv)
{
    static const char *const skp_cols[] = {"nip", "tahun", "rating_hasil_kerja"};
    static const char *const san_cols[] = {"nip", "tingkat", "tmt_mulai", "tmt_selesai"};
    struct demo d;
    struct out people, lki, kpos, kskj;
    struct table_reader *tr;
    struct table_row row;
    struct merit_error err = {0};
    int c_nip, c_pos, c_gol, c_edu, rc;
    long want, slate_opds, skipped = 0, nsub = 0, nkey = 0;
    char *path, *end;

    if (argc != 8)
        die("usage: bench_talent derive EMPLOYEES.csv POSITIONS.csv SKP.csv SANCTIONS.csv DIR "
            "SLATE_EMPLOYEES");
    errno = 0;
    want = strtol(argv[7], &end, 10);
    if (errno || *end || end == argv[7] || want < 0)
        die("SLATE_EMPLOYEES '%s' is not a count", argv[7]);
    demo_positions(&d, argv[3]);
    slate_opds = subset_opds(&d, argv[2], want);

    path = path_join(argv[6], "key_positions.csv");
    out_open(&kpos, path);
    free(path);
    path = path_join(argv[6], "key_skj.csv");
    out_open(&kskj, path);
    free(path);
    out_cstr(&kpos, "kode_jabatan,gol_min_rank,gol_max_rank,edu_min_rank");
    out_row_done(&kpos);
    out_cstr(&kskj, "kode_jabatan,kompetensi,lkj");
    out_row_done(&kskj);
    for (size_t j = 0; j < d.npos; j++) {
        const struct dpos *p = &d.pos[j];

        if (!p->is_key || p->opd >= slate_opds)
            continue;
        nkey++;
        out_cstr(&kpos, p->code);
        out_sep(&kpos);
        out_int(&kpos, p->gmin);
        out_sep(&kpos);
        out_int(&kpos, p->gmax);
        out_sep(&kpos);
        out_int(&kpos, p->emin);
        out_row_done(&kpos);
        for (int t = 0; t < p->n; t++) {
            out_cstr(&kskj, p->code);
            out_sep(&kskj);
            out_cstr(&kskj, p->comp[t]);
            out_sep(&kskj);
            out_int(&kskj, p->lkj[t]);
            out_row_done(&kskj);
        }
    }
    out_close(&kpos);
    out_close(&kskj);

    path = path_join(argv[6], "people.csv");
    out_open(&people, path);
    free(path);
    path = path_join(argv[6], "lki.csv");
    out_open(&lki, path);
    free(path);
    out_cstr(&people, "nip,kode_jabatan,jenjang,gol_rank,edu_rank,jpm_bp,potential_bp,subset");
    out_row_done(&people);
    out_cstr(&lki, "nip,kompetensi,lki");
    out_row_done(&lki);
    if (table_open(argv[2], NULL, &tr, &err) != 0 || table_next(tr, &row, &err) != 1)
        die("%s: %s", argv[2], err.msg);
    c_nip = col_find(&row, "nip");
    c_pos = col_find(&row, "kode_jabatan");
    c_gol = col_find(&row, "golongan");
    c_edu = col_find(&row, "pendidikan");
    while ((rc = table_next(tr, &row, &err)) == 1) {
        const char *nip = cell(&row, c_nip), *code = cell(&row, c_pos);
        const struct dpos *p;
        struct jpm_item it[MAX_ITEMS];
        struct jpm_result res;
        size_t n = 0;
        int64_t j, jpm = 0;
        uint64_t hn;
        int sub;

        if (!strmap_get(&d.pos_by_code, code, strlen(code), &j)) {
            skipped++;
            continue;
        }
        if (!is_nip(nip))
            die("%s:%ld: NIP '%s'", argv[2], row.rowno, nip);
        p = &d.pos[j];
        sub = p->opd < slate_opds;
        nsub += sub;
        for (int t = 0; t < p->n; t++) {
            int v = derive_lki(nip, 18, p->comp[t], p->lkj[t]);

            if (!v)
                continue;
            it[n].lkj = p->lkj[t];
            it[n++].lki = v;
            if (sub) {
                out_str(&lki, nip, 18);
                out_sep(&lki);
                out_cstr(&lki, p->comp[t]);
                out_sep(&lki);
                out_int(&lki, v);
                out_row_done(&lki);
            }
        }
        /* the raw JPM (the talent policy caps it); nothing assessed: 0 */
        if (n && jpm_compute(it, n, JPM_CAP_NONE, &res) == 0)
            jpm = res.jpm_bp;
        hn = fnv1a(nip, 18);
        out_str(&people, nip, 18);
        out_sep(&people);
        out_cstr(&people, p->code);
        out_sep(&people);
        out_cstr(&people, p->jenjang);
        out_sep(&people);
        out_int(&people, golongan_rank(cell(&row, c_gol)));
        out_sep(&people);
        out_int(&people, education_rank(cell(&row, c_edu)));
        out_sep(&people);
        out_int(&people, jpm);
        out_sep(&people);
        out_int(&people, 5000 + (int64_t)(mix64(hn ^ 0x9E3779B97F4A7C15ULL) % 5001));
        out_sep(&people);
        out_int(&people, sub);
        out_row_done(&people);
    }
    if (rc < 0)
        die("%s: %s", argv[2], err.msg);
    table_close(tr);
    out_close(&people);
    out_close(&lki);

    path = path_join(argv[6], "skp.csv");
    copy_columns(argv[4], path, skp_cols, 3);
    free(path);
    path = path_join(argv[6], "sanctions.csv");
    copy_columns(argv[5], path, san_cols, 4);
    free(path);
    fprintf(stderr,
            "bench_talent derive: %ld OPD, the first %ld of them the slate subset: %ld "
            "employees, %ld key positions\n",
            d.nopd, slate_opds < d.nopd ? slate_opds : d.nopd, nsub, nkey);
    if (skipped)
        fprintf(stderr, "bench_talent: %ld employees without a known position left out\n", skipped);
    demo_free(&d);
    return 0;
}

/* ---- the measured command: 9-box, pool and slates */

static void report(double t0, double t1, double t2, double t3)
{
    fprintf(stderr, "bench_talent talent: read %.3f s / compute %.3f s / write %.3f s\n", t1 - t0,
            t2 - t1, t3 - t2);
}

/* everything the measured command reads */
struct tin {
    const char *path; /* of the file being parsed, for messages */
    size_t line;      /* its line being parsed (blocks) */
    /* people.csv */
    size_t n, cap;
    int64_t *nip;
    int32_t *jpm, *pot, *held; /* held: the key position the person holds, -1 */
    uint8_t *jen, *gol, *edu, *sub;
    size_t njen;
    char jen_name[MAX_JENJANG][32];
    size_t jen_len[MAX_JENJANG];
    /* skp.csv */
    size_t nskp, skpcap;
    int64_t *skp_nip;
    int16_t *skp_year;
    uint8_t *skp_code; /* index into rating_code */
    char prev[24];     /* the NIP text of the row before */
    size_t prevlen;
    int64_t prevnip;
    /* sanctions.csv: strings in san_str */
    size_t nsan, sancap;
    int64_t *san_nip;
    size_t *san_level, *san_start, *san_end;
    struct names san_str;
    /* key_positions.csv, key_skj.csv */
    struct names kq, comps;
    struct fit_position *pos;
    size_t poscap;
    uint16_t *kcomp;
    uint8_t *klkj;
    uint32_t *kitem_pos;
    size_t nkitem, kitemcap;
    /* lki.csv */
    size_t nlki, lkicap;
    int64_t *lki_nip;
    int32_t *lki_comp; /* -1: a competency no key position asks for */
    uint8_t *lki_val;
};

/* rating hasil kerja as read: 0 is anything else (the policy's map decides what it means) */
static const char *const rating_code[4] = {"?", "di_bawah", "sesuai", "di_atas"};

static _Noreturn void tin_bad(const struct tin *in, const char *what)
{
    die("%s:%zu: %s", in->path, in->line, what);
}

/* digits up to stop, at most max; *pp is left on stop ('\r' before a '\n' stop is skipped) */
static int64_t tin_num(const struct tin *in, const char **pp, char stop, int64_t max)
{
    const char *p = *pp;
    int64_t v = 0;

    if (*p < '0' || *p > '9')
        tin_bad(in, "a number is missing");
    while (*p >= '0' && *p <= '9' && v <= max)
        v = v * 10 + (*p++ - '0');
    if (*p == '\r' && stop == '\n')
        p++;
    if (*p != stop || v > max)
        tin_bad(in, "a field is not a number in range");
    *pp = p;
    return v;
}

/* an 18-digit NIP up to ',' */
static int64_t tin_nip(const struct tin *in, const char **pp)
{
    const char *p = *pp, *q = p;
    int64_t v = 0;

    while (*q >= '0' && *q <= '9' && q - p < 18)
        v = v * 10 + (*q++ - '0');
    if (*q != ',' || q - p != 18)
        tin_bad(in, "the NIP is not 18 digits");
    *pp = q;
    return v;
}

/* *pp at the start of a text field; returns its length, *pp left on stop */
static size_t tin_text(const struct tin *in, const char **pp, char stop)
{
    const char *p = *pp;
    size_t len;

    while (*p != ',' && *p != '\n')
        p++;
    if (*p != stop)
        tin_bad(in, stop == ',' ? "too few fields" : "too many fields");
    len = (size_t)(p - *pp);
    *pp = p;
    return len;
}

static void people_grow(struct tin *in)
{
    in->cap *= 2;
    in->nip = xreallocarray(in->nip, in->cap, sizeof(*in->nip));
    in->jpm = xreallocarray(in->jpm, in->cap, sizeof(*in->jpm));
    in->pot = xreallocarray(in->pot, in->cap, sizeof(*in->pot));
    in->held = xreallocarray(in->held, in->cap, sizeof(*in->held));
    in->jen = xrealloc(in->jen, in->cap);
    in->gol = xrealloc(in->gol, in->cap);
    in->edu = xrealloc(in->edu, in->cap);
    in->sub = xrealloc(in->sub, in->cap);
}

static uint8_t jenjang_of(struct tin *in, const char *s, size_t len)
{
    for (size_t j = 0; j < in->njen; j++)
        if (in->jen_len[j] == len && memcmp(in->jen_name[j], s, len) == 0)
            return (uint8_t)j;
    if (in->njen == MAX_JENJANG || len >= sizeof(in->jen_name[0]))
        tin_bad(in, "too many jenjang, or one too long");
    memcpy(in->jen_name[in->njen], s, len);
    in->jen_name[in->njen][len] = '\0';
    in->jen_len[in->njen] = len;
    return (uint8_t)in->njen++;
}

/* nip,kode_jabatan,jenjang,gol_rank,edu_rank,jpm_bp,potential_bp,subset: a block of lines */
static void people_parse(struct tin *in, const char *p, const char *end)
{
    while (p < end) {
        const char *code, *jen;
        size_t clen, jlen, i;
        int64_t k;

        in->line++;
        if (in->n == in->cap)
            people_grow(in);
        i = in->n++;
        in->nip[i] = tin_nip(in, &p);
        code = ++p;
        clen = tin_text(in, &p, ',');
        jen = ++p;
        jlen = tin_text(in, &p, ',');
        p++;
        in->jen[i] = jenjang_of(in, jen, jlen);
        in->gol[i] = (uint8_t)tin_num(in, &p, ',', 100);
        p++;
        in->edu[i] = (uint8_t)tin_num(in, &p, ',', 100);
        p++;
        in->jpm[i] = (int32_t)tin_num(in, &p, ',', 1000000);
        p++;
        in->pot[i] = (int32_t)tin_num(in, &p, ',', 1000000);
        p++;
        in->sub[i] = (uint8_t)tin_num(in, &p, '\n', 1);
        p++;
        /* only the subset's holders matter to a slate */
        in->held[i] = in->sub[i] && strmap_get(&in->kq.index, code, clen, &k) ? (int32_t)k : -1;
    }
}

/* nip,tahun,rating_hasil_kerja: a block of lines */
static void skp_parse(struct tin *in, const char *p, const char *end)
{
    while (p < end) {
        const char *r;
        size_t i, rlen;
        int64_t nip;

        in->line++;
        if (in->nskp == in->skpcap) {
            in->skpcap *= 2;
            in->skp_nip = xreallocarray(in->skp_nip, in->skpcap, sizeof(*in->skp_nip));
            in->skp_year = xreallocarray(in->skp_year, in->skpcap, sizeof(*in->skp_year));
            in->skp_code = xrealloc(in->skp_code, in->skpcap);
        }
        /* an employee's rows are usually consecutive: the NIP text is compared, not parsed */
        if (in->prevlen && (size_t)(end - p) > 18 && p[18] == ',' && memcmp(p, in->prev, 18) == 0) {
            nip = in->prevnip;
            p += 18;
        } else {
            const char *s = p;

            nip = tin_nip(in, &p);
            memcpy(in->prev, s, 18);
            in->prevlen = 18;
            in->prevnip = nip;
        }
        i = in->nskp++;
        in->skp_nip[i] = nip;
        p++;
        in->skp_year[i] = (int16_t)tin_num(in, &p, ',', 9999);
        r = ++p;
        rlen = tin_text(in, &p, '\n');
        if (rlen && r[rlen - 1] == '\r')
            rlen--;
        p++;
        in->skp_code[i] = rlen == 6 && memcmp(r, "sesuai", 6) == 0     ? 2
                          : rlen == 7 && memcmp(r, "di_atas", 7) == 0  ? 3
                          : rlen == 8 && memcmp(r, "di_bawah", 8) == 0 ? 1
                                                                       : 0;
    }
}

static void read_sanctions(struct tin *in, const char *path)
{
    struct rd r;
    const char *line, *s;
    size_t len, n;
    int added;

    rd_open(&r, path);
    rd_header(&r, "nip,tingkat,tmt_mulai,tmt_selesai");
    while (rd_line(&r, &line, &len)) {
        struct fields f;

        fields_start(&f, &r, line, len);
        if (in->nsan == in->sancap) {
            in->sancap = in->sancap ? in->sancap * 2 : 4096;
            in->san_nip = xreallocarray(in->san_nip, in->sancap, sizeof(*in->san_nip));
            in->san_level = xreallocarray(in->san_level, in->sancap, sizeof(*in->san_level));
            in->san_start = xreallocarray(in->san_start, in->sancap, sizeof(*in->san_start));
            in->san_end = xreallocarray(in->san_end, in->sancap, sizeof(*in->san_end));
        }
        in->san_nip[in->nsan] = field_int(&f, 999999999999999999);
        n = field_str(&f, &s);
        in->san_level[in->nsan] = names_add(&in->san_str, s, n, &added);
        n = field_str(&f, &s);
        in->san_start[in->nsan] = names_add(&in->san_str, s, n, &added);
        n = field_str(&f, &s);
        in->san_end[in->nsan] = names_add(&in->san_str, s, n, &added);
        fields_end(&f);
        in->nsan++;
    }
    rd_close(&r);
}

static void read_keys(struct tin *in, const char *dir)
{
    char *path = path_join(dir, "key_positions.csv");
    const char *line, *s;
    size_t len, n;
    int added;
    struct rd r;

    rd_open(&r, path);
    rd_header(&r, "kode_jabatan,gol_min_rank,gol_max_rank,edu_min_rank");
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        struct fit_position *q;

        fields_start(&f, &r, line, len);
        n = field_str(&f, &s);
        names_add(&in->kq, s, n, &added);
        if (!added)
            die("%s:%ld: position twice", path, r.lineno);
        if (in->kq.n > in->poscap) {
            in->poscap = in->poscap ? in->poscap * 2 : 1024;
            in->pos = xreallocarray(in->pos, in->poscap, sizeof(*in->pos));
        }
        q = &in->pos[in->kq.n - 1];
        memset(q, 0, sizeof(*q));
        q->id = (int64_t)in->kq.n - 1;
        q->gol_min_rank = (int)field_int(&f, 100);
        q->gol_max_rank = (int)field_int(&f, 100);
        q->edu_min_rank = (int)field_int(&f, 100);
        fields_end(&f);
    }
    rd_close(&r);
    free(path);

    path = path_join(dir, "key_skj.csv");
    rd_open(&r, path);
    rd_header(&r, "kode_jabatan,kompetensi,lkj");
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        int64_t j;

        fields_start(&f, &r, line, len);
        n = field_str(&f, &s);
        if (!strmap_get(&in->kq.index, s, n, &j))
            die("%s:%ld: unknown position", path, r.lineno);
        if (in->nkitem == in->kitemcap) {
            in->kitemcap = in->kitemcap ? in->kitemcap * 2 : 4096;
            in->kcomp = xreallocarray(in->kcomp, in->kitemcap, sizeof(*in->kcomp));
            in->klkj = xrealloc(in->klkj, in->kitemcap);
            in->kitem_pos = xreallocarray(in->kitem_pos, in->kitemcap, sizeof(*in->kitem_pos));
        }
        n = field_str(&f, &s);
        in->kcomp[in->nkitem] = (uint16_t)names_add(&in->comps, s, n, &added);
        if (in->comps.n > FIT_NCOMP_MAX)
            die("%s: too many competencies", path);
        in->klkj[in->nkitem] = (uint8_t)field_int(&f, 255);
        in->kitem_pos[in->nkitem++] = (uint32_t)j;
        fields_end(&f);
    }
    rd_close(&r);
    free(path);
}

static void read_lki(struct tin *in, const char *path)
{
    struct rd r;
    const char *line, *s;
    size_t len, n;

    rd_open(&r, path);
    rd_header(&r, "nip,kompetensi,lki");
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        int64_t c;

        fields_start(&f, &r, line, len);
        if (in->nlki == in->lkicap) {
            in->lkicap = in->lkicap ? in->lkicap * 2 : 65536;
            in->lki_nip = xreallocarray(in->lki_nip, in->lkicap, sizeof(*in->lki_nip));
            in->lki_comp = xreallocarray(in->lki_comp, in->lkicap, sizeof(*in->lki_comp));
            in->lki_val = xrealloc(in->lki_val, in->lkicap);
        }
        in->lki_nip[in->nlki] = field_int(&f, 999999999999999999);
        n = field_str(&f, &s);
        in->lki_comp[in->nlki] = strmap_get(&in->comps.index, s, n, &c) ? (int32_t)c : -1;
        in->lki_val[in->nlki++] = (uint8_t)field_int(&f, 255);
        fields_end(&f);
    }
    rd_close(&r);
}

/* reads a large file in blocks through parse; the file's size sizes the arrays */
static void read_blocks(struct tin *in, const char *path, const char *header,
                        void (*parse)(struct tin *, const char *, const char *))
{
    struct rd r;
    const char *p, *end;

    rd_open(&r, path);
    rd_header(&r, header);
    in->path = path;
    in->line = 1;
    while (rd_block(&r, &p, &end))
        parse(in, p, end);
    rd_close(&r);
}

static size_t file_size(const char *path)
{
    struct stat st;

    if (stat(path, &st) != 0)
        die("%s: %s", path, strerror(errno));
    return (size_t)st.st_size;
}

/* NIP -> index into people: the NIPs in order (people's own array when it is sorted) */
struct nipix {
    const int64_t *nip;
    uint32_t *idx; /* NULL: the identity */
    int64_t *own;  /* the sorted copy, when people is not sorted */
    size_t n;
};

struct nip_at {
    int64_t nip;
    uint32_t i;
};

static int nip_at_cmp(const void *pa, const void *pb)
{
    const struct nip_at *a = pa, *b = pb;

    return a->nip < b->nip ? -1 : a->nip > b->nip;
}

static void nipix_build(struct nipix *x, const int64_t *nip, size_t n)
{
    size_t i = 1;

    memset(x, 0, sizeof(*x));
    x->n = n;
    while (i < n && nip[i - 1] < nip[i])
        i++;
    if (i >= n) {
        x->nip = nip;
        return;
    }
    {
        struct nip_at *a = xmalloc(n * sizeof(*a));

        for (i = 0; i < n; i++)
            a[i] = (struct nip_at){nip[i], (uint32_t)i};
        qsort(a, n, sizeof(*a), nip_at_cmp);
        x->own = xmalloc(n * sizeof(*x->own));
        x->idx = xmalloc(n * sizeof(*x->idx));
        for (i = 0; i < n; i++) {
            if (i && a[i].nip == a[i - 1].nip)
                die("people.csv: NIP %lld twice", (long long)a[i].nip);
            x->own[i] = a[i].nip;
            x->idx[i] = a[i].i;
        }
        free(a);
        x->nip = x->own;
    }
}

/* the index of nip in people, or -1; *hint: where the last one was (rows come mostly in order) */
static int64_t nipix_find(const struct nipix *x, int64_t nip, size_t *hint)
{
    size_t h = *hint, lo = 0, hi = x->n;

    if (h < x->n && x->nip[h] == nip)
        return x->idx ? x->idx[h] : (int64_t)h;
    if (h + 1 < x->n && x->nip[h + 1] == nip) {
        *hint = h + 1;
        return x->idx ? x->idx[h + 1] : (int64_t)(h + 1);
    }
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;

        if (x->nip[mid] < nip)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == x->n || x->nip[lo] != nip)
        return -1;
    *hint = lo;
    return x->idx ? x->idx[lo] : (int64_t)lo;
}

static void nipix_free(struct nipix *x)
{
    free(x->own);
    free(x->idx);
}

/* a slate entry and its order: requirements met, JPM desc, box desc, NIP asc */
struct slot {
    int met, box;
    int32_t jpm_bp;
    int64_t nip;
    const struct fit_cell *cell;
};

static int slot_better(const struct slot *a, const struct slot *b)
{
    if (a->met != b->met)
        return a->met > b->met;
    if (a->jpm_bp != b->jpm_bp)
        return a->jpm_bp > b->jpm_bp;
    if (a->box != b->box)
        return a->box > b->box;
    return a->nip < b->nip;
}

static const char *const reason_text[8] = {
    "", "no_skp", "skp_unmapped", "?", "sanction", "no_skp;sanction", "skp_unmapped;sanction", "?"};

static int cmd_talent(int argc, char **argv)
{
    static struct tin in;
    struct talent_policy tp;
    struct jpm_scale scale;
    struct nipix ix;
    struct out o;
    char *path;
    size_t n, hint = 0, ncand = 0, ncomp, nslate = 0;
    uint32_t *first, *at, *skp_of;
    uint32_t *san_first, *san_of;
    int32_t *perf, *pot, *cand_of, *cand_person;
    uint8_t *box, *reason, *levels;
    long placed[MAX_JENJANG] = {0}, pool[MAX_JENJANG] = {0};
    struct fit_person *cands;
    struct slot *slates;
    size_t *slate_n;
    int order[MAX_JENJANG];
    double t0, t1, t2, t3;

    if (argc != 4)
        die("usage: bench_talent talent DIR OUTDIR");
    talent_default(&tp);
    if (talent_check(&tp))
        die("the default talent policy fails its own check: %s", talent_check(&tp));
    jpm_scale_mapping(&scale);
    names_init(&in.san_str);
    names_init(&in.kq);
    names_init(&in.comps);

    t0 = now();
    read_keys(&in, argv[2]);
    path = path_join(argv[2], "people.csv");
    /* sized from the file (about 70 bytes a row) to avoid regrowing */
    in.cap = file_size(path) / 48 + 1024;
    in.cap /= 2;
    people_grow(&in);
    read_blocks(&in, path, "nip,kode_jabatan,jenjang,gol_rank,edu_rank,jpm_bp,potential_bp,subset",
                people_parse);
    free(path);
    path = path_join(argv[2], "skp.csv");
    in.skpcap = file_size(path) / 28 + 1024;
    in.skp_nip = xmalloc(in.skpcap * sizeof(*in.skp_nip));
    in.skp_year = xmalloc(in.skpcap * sizeof(*in.skp_year));
    in.skp_code = xmalloc(in.skpcap);
    read_blocks(&in, path, "nip,tahun,rating_hasil_kerja", skp_parse);
    free(path);
    path = path_join(argv[2], "sanctions.csv");
    read_sanctions(&in, path);
    free(path);
    path = path_join(argv[2], "lki.csv");
    read_lki(&in, path);
    free(path);
    n = in.n;

    t1 = now();
    nipix_build(&ix, in.nip, n);
    /* SKP rows grouped by employee (a counting sort; rows of unknown NIPs are left out) */
    skp_of = xmalloc((in.nskp ? in.nskp : 1) * sizeof(*skp_of));
    first = xcalloc(n + 1, sizeof(*first));
    for (size_t i = 0; i < in.nskp; i++) {
        int64_t e = nipix_find(&ix, in.skp_nip[i], &hint);

        skp_of[i] = e < 0 ? UINT32_MAX : (uint32_t)e;
        if (e >= 0)
            first[e + 1]++;
    }
    for (size_t e = 0; e < n; e++)
        first[e + 1] += first[e];
    at = xmalloc((in.nskp ? in.nskp : 1) * sizeof(*at));
    {
        uint32_t *fill = xmalloc((n + 1) * sizeof(*fill));

        memcpy(fill, first, (n + 1) * sizeof(*fill));
        for (size_t i = 0; i < in.nskp; i++)
            if (skp_of[i] != UINT32_MAX)
                at[fill[skp_of[i]]++] = (uint32_t)i;
        free(fill);
    }
    /* sanctions the same way */
    san_first = xcalloc(n + 1, sizeof(*san_first));
    san_of = xmalloc((in.nsan ? in.nsan : 1) * sizeof(*san_of));
    for (size_t i = 0; i < in.nsan; i++) {
        int64_t e = nipix_find(&ix, in.san_nip[i], &hint);

        san_of[i] = e < 0 ? UINT32_MAX : (uint32_t)e;
        if (e >= 0)
            san_first[e + 1]++;
    }
    for (size_t e = 0; e < n; e++)
        san_first[e + 1] += san_first[e];
    {
        uint32_t *fill = xmalloc((n + 1) * sizeof(*fill)),
                 *sat = xmalloc((in.nsan + 1) * sizeof(*sat));

        memcpy(fill, san_first, (n + 1) * sizeof(*fill));
        for (size_t i = 0; i < in.nsan; i++)
            if (san_of[i] != UINT32_MAX)
                sat[fill[san_of[i]]++] = (uint32_t)i;
        free(fill);
        free(san_of);
        san_of = sat;
    }

    /* the 9-box of everyone */
    perf = xmalloc(n * sizeof(*perf));
    pot = xmalloc(n * sizeof(*pot));
    box = xmalloc(n);
    reason = xmalloc(n);
    cand_of = xmalloc(n * sizeof(*cand_of));
    for (size_t e = 0; e < n; e++) {
        struct talent_skp s[MAX_SKP];
        struct talent_inputs ti;
        size_t k = first[e + 1] - first[e];
        int64_t pf = 0, pt = 0;
        int used, why = 0;

        if (k > MAX_SKP)
            die("NIP %lld: %zu SKP rows", (long long)in.nip[e], k);
        for (size_t t = 0; t < k; t++) {
            uint32_t i = at[first[e] + t];

            s[t].year = in.skp_year[i];
            s[t].rating_hasil = rating_code[in.skp_code[i]];
            s[t].predikat = NULL;
        }
        used = talent_performance(&tp.perf, PERIOD_YEAR, s, k, &pf);
        if (used == 0)
            why |= 1;
        else if (used < 0)
            why |= 2;
        memset(&ti, 0, sizeof(ti));
        ti.score[TALENT_C_JPM] = in.jpm[e] < 10000 ? in.jpm[e] : 10000;
        ti.has[TALENT_C_JPM] = 1;
        ti.score[TALENT_C_POTENTIAL] = in.pot[e] < 10000 ? in.pot[e] : 10000;
        ti.has[TALENT_C_POTENTIAL] = 1;
        if (talent_potential(&tp.pot, &ti, &pt, NULL) != 0)
            die("talent_potential refused the default weights");
        if (san_first[e + 1] > san_first[e]) {
            struct talent_sanction sa[MAX_SAN];
            size_t m = san_first[e + 1] - san_first[e];

            if (m > MAX_SAN)
                die("NIP %lld: %zu sanctions", (long long)in.nip[e], m);
            for (size_t t = 0; t < m; t++) {
                uint32_t i = san_of[san_first[e] + t];

                sa[t].level = names_get(&in.san_str, in.san_level[i]);
                sa[t].start = names_get(&in.san_str, in.san_start[i]);
                sa[t].end = names_get(&in.san_str, in.san_end[i]);
            }
            if (talent_sanction_blocks(&tp.elig, AS_OF, sa, m, NULL))
                why |= 4;
        }
        perf[e] = used > 0 ? (int32_t)pf : -1;
        pot[e] = (int32_t)pt;
        reason[e] = (uint8_t)why;
        box[e] = why ? 0
                     : (uint8_t)talent_box_at(talent_cut(&tp.perf.cuts, pf),
                                              talent_cut(&tp.pot.cuts, pt))
                           ->box;
        cand_of[e] = -1;
        if (!why) {
            placed[in.jen[e]]++;
            if (box[e] >= tp.pool_min_box) {
                pool[in.jen[e]]++;
                if (in.sub[e])
                    cand_of[e] = (int32_t)ncand++;
            }
        }
    }

    /* slates: the subset's pool against its key positions */
    ncomp = in.comps.n;
    cands = xcalloc(ncand + 1, sizeof(*cands));
    cand_person = xmalloc((ncand + 1) * sizeof(*cand_person));
    levels = xcalloc(ncand * ncomp + 1, 1);
    for (size_t e = 0; e < n; e++)
        if (cand_of[e] >= 0) {
            struct fit_person *c = &cands[cand_of[e]];

            cand_person[cand_of[e]] = (int32_t)e;
            c->id = (int64_t)e;
            c->lki = levels + (size_t)cand_of[e] * ncomp;
            c->gol_rank = in.gol[e];
            c->edu_rank = in.edu[e];
        }
    for (size_t i = 0; i < in.nlki; i++) {
        int64_t e;

        if (in.lki_comp[i] < 0)
            continue;
        e = nipix_find(&ix, in.lki_nip[i], &hint);
        if (e >= 0 && cand_of[e] >= 0)
            levels[(size_t)cand_of[e] * ncomp + (size_t)in.lki_comp[i]] = in.lki_val[i];
    }
    {
        /* SKJ items grouped by position (a counting sort) */
        uint16_t *gc = xcalloc(in.nkitem + 1, sizeof(*gc));
        uint8_t *gl = xcalloc(in.nkitem + 1, 1);
        size_t *pat = xcalloc(in.kq.n + 1, sizeof(*pat));

        for (size_t i = 0; i < in.nkitem; i++)
            pat[in.kitem_pos[i] + 1]++;
        for (size_t j = 0; j < in.kq.n; j++) {
            pat[j + 1] += pat[j];
            in.pos[j].comp = gc + pat[j];
            in.pos[j].lkj = gl + pat[j];
            in.pos[j].n = pat[j + 1] - pat[j];
        }
        for (size_t i = 0; i < in.nkitem; i++) {
            size_t k = pat[in.kitem_pos[i]]++;

            gc[k] = in.kcomp[i];
            gl[k] = in.klkj[i];
        }
        free(pat);
        free(in.kcomp);
        free(in.klkj);
        in.kcomp = gc;
        in.klkj = gl;
    }
    nslate = (size_t)tp.ready.slate_size;
    slates = xcalloc(in.kq.n * nslate + 1, sizeof(*slates));
    slate_n = xcalloc(in.kq.n + 1, sizeof(*slate_n));
    {
        struct fit_cell **keep = xcalloc(in.kq.n + 1, sizeof(*keep));

        for (size_t q = 0; q < in.kq.n && ncand; q++) {
            struct slot *best = slates + q * nslate;
            size_t m = 0;

            if (fit_rank_people(&in.pos[q], cands, ncand, ncomp, JPM_CAP_TOTAL, &scale, &keep[q]) !=
                0)
                die("fit_rank_people refused position %s", names_get(&in.kq, q));
            for (size_t c = 0; c < ncand; c++) {
                const struct fit_cell *cell = &keep[q][c];
                int32_t e = cand_person[cell->person];
                struct slot sl;
                size_t at_k;

                if (in.held[e] == (int32_t)q) /* the holder is not their own successor */
                    continue;
                sl = (struct slot){cell->unmet == 0, box[e], cell->jpm_bp, in.nip[e], cell};
                if (m == nslate && !slot_better(&sl, &best[m - 1]))
                    continue;
                at_k = m < nslate ? m++ : m - 1;
                while (at_k > 0 && slot_better(&sl, &best[at_k - 1])) {
                    best[at_k] = best[at_k - 1];
                    at_k--;
                }
                best[at_k] = sl;
            }
            slate_n[q] = m;
        }

        t2 = now();
        path = path_join(argv[3], "boxes.csv");
        out_open(&o, path);
        free(path);
        out_cstr(&o, "nip,perf_bp,pot_bp,box,reason");
        out_row_done(&o);
        for (size_t e = 0; e < n; e++) {
            out_int(&o, in.nip[e]);
            out_sep(&o);
            if (perf[e] >= 0)
                out_int(&o, perf[e]);
            out_sep(&o);
            out_int(&o, pot[e]);
            out_sep(&o);
            if (box[e])
                out_int(&o, box[e]);
            out_sep(&o);
            out_cstr(&o, reason_text[reason[e]]);
            out_row_done(&o);
        }
        out_close(&o);

        path = path_join(argv[3], "pool.csv");
        out_open(&o, path);
        free(path);
        out_cstr(&o, "jenjang,placed,pool");
        out_row_done(&o);
        for (size_t j = 0; j < in.njen; j++) {
            size_t k = j;

            /* insertion by name: a handful of jenjang */
            while (k > 0 && strcmp(in.jen_name[order[k - 1]], in.jen_name[j]) > 0) {
                order[k] = order[k - 1];
                k--;
            }
            order[k] = (int)j;
        }
        for (size_t j = 0; j < in.njen; j++) {
            out_cstr(&o, in.jen_name[order[j]]);
            out_sep(&o);
            out_int(&o, placed[order[j]]);
            out_sep(&o);
            out_int(&o, pool[order[j]]);
            out_row_done(&o);
        }
        out_close(&o);

        path = path_join(argv[3], "slates.csv");
        out_open(&o, path);
        free(path);
        out_cstr(&o, "kode_jabatan,rank,nip,jpm_bp,covered,unmet,box");
        out_row_done(&o);
        for (size_t q = 0; q < in.kq.n; q++)
            for (size_t k = 0; k < slate_n[q]; k++) {
                const struct slot *sl = &slates[q * nslate + k];

                out_cstr(&o, names_get(&in.kq, q));
                out_sep(&o);
                out_int(&o, (int64_t)k + 1);
                out_sep(&o);
                out_int(&o, sl->nip);
                out_sep(&o);
                out_int(&o, sl->jpm_bp);
                out_sep(&o);
                out_int(&o, sl->cell->covered);
                out_sep(&o);
                out_int(&o, sl->cell->unmet);
                out_sep(&o);
                out_int(&o, sl->box);
                out_row_done(&o);
            }
        out_close(&o);
        t3 = now();
        for (size_t q = 0; q < in.kq.n; q++)
            free(keep[q]);
        free(keep);
    }
    report(t0, t1, t2, t3);
    nipix_free(&ix);
    names_free(&in.san_str);
    names_free(&in.kq);
    names_free(&in.comps);
    {
        long tp_pool = 0, tp_placed = 0;

        for (size_t j = 0; j < in.njen; j++) {
            tp_pool += pool[j];
            tp_placed += placed[j];
        }
        fprintf(stderr,
                "bench_talent talent: %zu employees, %zu SKP rows, %zu sanctions; %ld placed, %ld "
                "in the pool; slates: %zu candidates x %zu key positions\n",
                n, in.nskp, in.nsan, tp_placed, tp_pool, ncand, in.kq.n);
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "derive") == 0)
        return cmd_derive(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "talent") == 0)
        return cmd_talent(argc, argv);
    die("usage: bench_talent derive|talent ... (see talent_bench.c)");
}
