/*
 * jpm_bench.c - the C side of bench/jpm (driven by bench/jpm/run.sh).
 *
 *   bench_jpm derive-national EMPLOYEES.csv POSITIONS.csv OUT.csv
 *   bench_jpm derive-fit EMPLOYEES.csv POSITIONS.csv DIR
 *   bench_jpm national IN.csv OUT.csv
 *   bench_jpm fit DIR BY_PERSON.csv BY_POSITION.csv
 *
 * The derive commands turn `merit export` files of a demo into the inputs
 * both sides of the benchmark read (not timed). The demo has no assessment
 * results, so every employee's level (LKI) on each competency of their own
 * position's SKJ is derived from their NIP by the rule in derive_lki (a
 * hash, deterministic, around the standard, with half levels and 2 % not
 * assessed).
 *
 * The national and fit commands are the measured ones: they read the input
 * CSV, compute with the domain functions (jpm_compute, jpm_gap,
 * jpm_categorise on the mapping scale; fit_matrix_topk) and write the result
 * CSV that jpm_pandas.py must reproduce byte for byte. They print the time
 * of each phase to stderr as "read S / compute S / write S" so that run.sh
 * can report compute alone.
 *
 * The inputs are this benchmark's own files (no quotes, LF, header checked),
 * so the measured commands parse them with a small strict reader rather than
 * io/table.h, whose general CSV handling (quotes, sniffing, XLSX) is not
 * what is measured here. Anything unexpected stops the run.
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
#include "io/table.h"
#include "bench_io.h"

const char *bench_name = "bench_jpm";

#define TOP_K 10
#define MAX_ITEMS 64 /* SKJ items of one position: 9 + at most 20 technical in merit */

struct dpos {
    char *code;
    int gmin, gmax, emin;
    int n;
    char *comp[MAX_ITEMS];
    int lkj[MAX_ITEMS];
};

struct demo {
    struct dpos *pos;
    size_t npos;
    struct strmap pos_by_code;
};

static void demo_positions(struct demo *d, const char *path)
{
    struct table_reader *tr;
    struct table_row row;
    struct merit_error err = {0};
    int c_code, c_gmin, c_gmax, c_edu, c_tech, c_skj[9];
    size_t cap = 0;
    int rc;

    if (table_open(path, NULL, &tr, &err) != 0 || table_next(tr, &row, &err) != 1)
        die("%s: %s", path, err.msg);
    c_code = col_find(&row, "kode_jabatan");
    c_gmin = col_find(&row, "golongan_min");
    c_gmax = col_find(&row, "golongan_max");
    c_edu = col_find(&row, "pendidikan_min");
    c_tech = col_find(&row, "kompetensi_teknis");
    for (int k = 0; k < 9; k++)
        c_skj[k] = col_find(&row, skj_col[k]);
    d->pos = NULL;
    d->npos = 0;
    strmap_init(&d->pos_by_code);
    while ((rc = table_next(tr, &row, &err)) == 1) {
        struct dpos *p;
        const char *t;

        if (d->npos == cap) {
            cap = cap ? cap * 2 : 1024;
            d->pos = xreallocarray(d->pos, cap, sizeof(*d->pos));
        }
        p = &d->pos[d->npos];
        memset(p, 0, sizeof(*p));
        p->code = xstrdup(cell(&row, c_code));
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
}

static void demo_free(struct demo *d)
{
    for (size_t j = 0; j < d->npos; j++) {
        free(d->pos[j].code);
        for (int t = 0; t < d->pos[j].n; t++)
            free(d->pos[j].comp[t]);
    }
    free(d->pos);
    strmap_free(&d->pos_by_code);
}

/*
 * Calls each(employee row, position) for every employee of the export, in
 * file order; employees whose position is not in the export are counted
 * and left out.
 */
struct emp {
    const char *nip, *golongan, *pendidikan;
    const struct dpos *pos;
};

static long demo_employees(const struct demo *d, const char *path,
                           void (*each)(const struct emp *, void *), void *user)
{
    struct table_reader *tr;
    struct table_row row;
    struct merit_error err = {0};
    int c_nip, c_pos, c_gol, c_edu, rc;
    long skipped = 0;

    if (table_open(path, NULL, &tr, &err) != 0 || table_next(tr, &row, &err) != 1)
        die("%s: %s", path, err.msg);
    c_nip = col_find(&row, "nip");
    c_pos = col_find(&row, "kode_jabatan");
    c_gol = col_find(&row, "golongan");
    c_edu = col_find(&row, "pendidikan");
    while ((rc = table_next(tr, &row, &err)) == 1) {
        const char *code = cell(&row, c_pos);
        int64_t j;
        struct emp e;

        if (!strmap_get(&d->pos_by_code, code, strlen(code), &j)) {
            skipped++;
            continue;
        }
        e = (struct emp){cell(&row, c_nip), cell(&row, c_gol), cell(&row, c_edu), &d->pos[j]};
        if (strlen(e.nip) != 18 || strspn(e.nip, "0123456789") != 18)
            die("%s:%ld: NIP '%s'", path, row.rowno, e.nip);
        each(&e, user);
    }
    if (rc < 0)
        die("%s: %s", path, err.msg);
    table_close(tr);
    return skipped;
}

static void national_row(const struct emp *e, void *user)
{
    struct out *o = user;

    for (int t = 0; t < e->pos->n; t++) {
        int lki = derive_lki(e->nip, 18, e->pos->comp[t], e->pos->lkj[t]);

        if (!lki)
            continue;
        out_str(o, e->nip, 18);
        out_sep(o);
        out_cstr(o, e->pos->comp[t]);
        out_sep(o);
        out_int(o, e->pos->lkj[t]);
        out_sep(o);
        out_int(o, lki);
        out_row_done(o);
    }
}

static int cmd_derive_national(int argc, char **argv)
{
    struct demo d;
    struct out o;
    long skipped;

    if (argc != 5)
        die("usage: bench_jpm derive-national EMPLOYEES.csv POSITIONS.csv OUT.csv");
    demo_positions(&d, argv[3]);
    out_open(&o, argv[4]);
    out_cstr(&o, "nip,kompetensi,lkj,lki");
    out_row_done(&o);
    skipped = demo_employees(&d, argv[2], national_row, &o);
    out_close(&o);
    if (skipped)
        fprintf(stderr, "bench_jpm: %ld employees without a known position left out\n", skipped);
    demo_free(&d);
    return 0;
}

struct fit_files {
    struct out people, lki;
};

static void fit_row(const struct emp *e, void *user)
{
    struct fit_files *f = user;

    out_str(&f->people, e->nip, 18);
    out_sep(&f->people);
    out_int(&f->people, golongan_rank(e->golongan));
    out_sep(&f->people);
    out_int(&f->people, education_rank(e->pendidikan));
    out_row_done(&f->people);
    for (int t = 0; t < e->pos->n; t++) {
        int lki = derive_lki(e->nip, 18, e->pos->comp[t], e->pos->lkj[t]);

        if (!lki)
            continue;
        out_str(&f->lki, e->nip, 18);
        out_sep(&f->lki);
        out_cstr(&f->lki, e->pos->comp[t]);
        out_sep(&f->lki);
        out_int(&f->lki, lki);
        out_row_done(&f->lki);
    }
}

static int cmd_derive_fit(int argc, char **argv)
{
    struct demo d;
    struct fit_files f;
    struct out pos, skj;
    char *paths[4];
    long skipped;

    if (argc != 5)
        die("usage: bench_jpm derive-fit EMPLOYEES.csv POSITIONS.csv DIR");
    demo_positions(&d, argv[3]);
    paths[0] = path_join(argv[4], "fit_people.csv");
    paths[1] = path_join(argv[4], "fit_lki.csv");
    paths[2] = path_join(argv[4], "fit_positions.csv");
    paths[3] = path_join(argv[4], "fit_skj.csv");
    out_open(&pos, paths[2]);
    out_open(&skj, paths[3]);
    out_cstr(&pos, "kode_jabatan,gol_min_rank,gol_max_rank,edu_min_rank");
    out_row_done(&pos);
    out_cstr(&skj, "kode_jabatan,kompetensi,lkj");
    out_row_done(&skj);
    for (size_t j = 0; j < d.npos; j++) {
        const struct dpos *p = &d.pos[j];

        out_cstr(&pos, p->code);
        out_sep(&pos);
        out_int(&pos, p->gmin);
        out_sep(&pos);
        out_int(&pos, p->gmax);
        out_sep(&pos);
        out_int(&pos, p->emin);
        out_row_done(&pos);
        for (int t = 0; t < p->n; t++) {
            out_cstr(&skj, p->code);
            out_sep(&skj);
            out_cstr(&skj, p->comp[t]);
            out_sep(&skj);
            out_int(&skj, p->lkj[t]);
            out_row_done(&skj);
        }
    }
    out_close(&pos);
    out_close(&skj);
    out_open(&f.people, paths[0]);
    out_open(&f.lki, paths[1]);
    out_cstr(&f.people, "nip,gol_rank,edu_rank");
    out_row_done(&f.people);
    out_cstr(&f.lki, "nip,kompetensi,lki");
    out_row_done(&f.lki);
    skipped = demo_employees(&d, argv[2], fit_row, &f);
    out_close(&f.people);
    out_close(&f.lki);
    if (skipped)
        fprintf(stderr, "bench_jpm: %ld employees without a known position left out\n", skipped);
    for (int i = 0; i < 4; i++)
        free(paths[i]);
    demo_free(&d);
    return 0;
}

/* ---- part A: JPM, gaps and category of every employee */

static void report(const char *what, double t0, double t1, double t2, double t3)
{
    fprintf(stderr, "bench_jpm %s: read %.3f s / compute %.3f s / write %.3f s\n", what, t1 - t0,
            t2 - t1, t3 - t2);
}

/* the input of part A: items by employee, an employee's rows being consecutive */
struct nat_in {
    const char *path;
    int64_t *nip;
    uint32_t *first; /* employee e's items at [first[e], first[e + 1]) */
    uint8_t *lkj, *lki;
    size_t nemp, empcap, nitem, itemcap;
    char prev[24]; /* the NIP text of the row before */
    size_t prevlen;
};

static _Noreturn void nat_bad(const struct nat_in *in, const char *what)
{
    /* the header is line 1 and every item one line */
    die("%s:%zu: %s", in->path, in->nitem + 2, what);
}

/* digits up to stop, at most 255; *pp is left on stop */
static unsigned nat_small(const struct nat_in *in, const char **pp, char stop)
{
    const char *p = *pp;
    unsigned v = 0;

    if (*p < '0' || *p > '9')
        nat_bad(in, "a level is not a number");
    while (*p >= '0' && *p <= '9' && v < 1000)
        v = v * 10 + (unsigned)(*p++ - '0');
    if (*p == '\r' && stop == '\n')
        p++;
    if (*p != stop || v > 255)
        nat_bad(in, "a level is not a small number");
    *pp = p;
    return v;
}

/*
 * One block of whole lines in one loop (the file has 60 M of them): the NIP
 * is compared as text with the row before and parsed only when it changes.
 */
static void nat_parse(struct nat_in *in, const char *p, const char *end)
{
    while (p < end) {
        const char *q = p;

        if (in->prevlen && (size_t)(end - p) > in->prevlen && p[in->prevlen] == ',' &&
            memcmp(p, in->prev, in->prevlen) == 0) {
            q = p + in->prevlen;
        } else {
            int64_t v = 0;

            while (*q >= '0' && *q <= '9' && q - p < 18)
                v = v * 10 + (*q++ - '0');
            if (*q != ',' || q == p)
                nat_bad(in, "the NIP is not a number of at most 18 digits");
            if (in->nemp == in->empcap) {
                in->empcap *= 2;
                in->nip = xreallocarray(in->nip, in->empcap, sizeof(*in->nip));
                in->first = xreallocarray(in->first, in->empcap + 1, sizeof(*in->first));
            }
            in->nip[in->nemp] = v;
            in->first[in->nemp++] = (uint32_t)in->nitem;
            in->prevlen = (size_t)(q - p);
            memcpy(in->prev, p, in->prevlen);
        }
        q++;
        while (*q != ',' && *q != '\n') /* the competency code: not needed for the sums */
            q++;
        if (*q++ != ',')
            nat_bad(in, "too few fields");
        if (in->nitem == in->itemcap) {
            in->itemcap *= 2;
            in->lkj = xrealloc(in->lkj, in->itemcap);
            in->lki = xrealloc(in->lki, in->itemcap);
        }
        in->lkj[in->nitem] = (uint8_t)nat_small(in, &q, ',');
        q++;
        in->lki[in->nitem] = (uint8_t)nat_small(in, &q, '\n');
        if (++in->nitem >= UINT32_MAX)
            nat_bad(in, "too many rows");
        p = q + 1;
    }
}

static int cmd_national(int argc, char **argv)
{
    struct nat_in in = {0};
    struct rd r;
    struct out o;
    struct jpm_scale scale;
    struct stat st;
    const char *p, *end;
    size_t nemp;
    int32_t *sum_lki, *sum_lkj, *jpm_bp, *gap_sum;
    int16_t *below, *worst;
    int8_t *cat;
    double t0, t1, t2, t3;

    if (argc != 4)
        die("usage: bench_jpm national IN.csv OUT.csv");
    jpm_scale_mapping(&scale);
    t0 = now();
    if (stat(argv[2], &st) != 0)
        die("%s: %s", argv[2], strerror(errno));
    /* sized from the file (about 30 bytes a row, 11 rows an employee) to avoid regrowing */
    in.path = argv[2];
    in.itemcap = (size_t)st.st_size / 24 + 1024;
    in.empcap = in.itemcap / 8;
    in.nip = xmalloc(in.empcap * sizeof(*in.nip));
    in.first = xmalloc((in.empcap + 1) * sizeof(*in.first));
    in.lkj = xmalloc(in.itemcap);
    in.lki = xmalloc(in.itemcap);
    rd_open(&r, argv[2]);
    rd_header(&r, "nip,kompetensi,lkj,lki");
    while (rd_block(&r, &p, &end))
        nat_parse(&in, p, end);
    in.first[in.nemp] = (uint32_t)in.nitem;
    rd_close(&r);
    nemp = in.nemp;

    t1 = now();
    sum_lki = xcalloc(nemp, sizeof(*sum_lki));
    sum_lkj = xcalloc(nemp, sizeof(*sum_lkj));
    jpm_bp = xcalloc(nemp, sizeof(*jpm_bp));
    gap_sum = xcalloc(nemp, sizeof(*gap_sum));
    below = xcalloc(nemp, sizeof(*below));
    worst = xcalloc(nemp, sizeof(*worst));
    cat = xcalloc(nemp, sizeof(*cat));
    for (size_t e = 0; e < nemp; e++) {
        struct jpm_item it[MAX_ITEMS];
        struct jpm_result res;
        size_t n = in.first[e + 1] - in.first[e];
        int w = JPM_LEVEL_MAX;

        if (n > MAX_ITEMS)
            die("NIP %lld: %zu competencies", (long long)in.nip[e], n);
        for (size_t t = 0; t < n; t++) {
            it[t].lkj = in.lkj[in.first[e] + t];
            it[t].lki = in.lki[in.first[e] + t];
            w = jpm_gap(&it[t]) < w ? jpm_gap(&it[t]) : w;
        }
        /* the mapping report: raw sums, the figure capped at 100 % */
        if (jpm_compute(it, n, JPM_CAP_TOTAL, &res) != 0)
            die("NIP %lld: a level outside 1.0-5.0", (long long)in.nip[e]);
        sum_lki[e] = (int32_t)res.sum_lki;
        sum_lkj[e] = (int32_t)res.sum_lkj;
        jpm_bp[e] = (int32_t)res.jpm_cap_bp;
        gap_sum[e] = (int32_t)res.gap_sum;
        below[e] = (int16_t)res.below;
        worst[e] = (int16_t)w;
        cat[e] = (int8_t)(jpm_categorise(&scale, res.sum_lki, res.sum_lkj) - scale.cat);
    }

    t2 = now();
    out_open(&o, argv[3]);
    out_cstr(&o, "nip,sum_lki,sum_lkj,jpm_bp,category,below,gap_sum,worst_gap");
    out_row_done(&o);
    for (size_t e = 0; e < nemp; e++) {
        out_int(&o, in.nip[e]);
        out_sep(&o);
        out_int(&o, sum_lki[e]);
        out_sep(&o);
        out_int(&o, sum_lkj[e]);
        out_sep(&o);
        out_int(&o, jpm_bp[e]);
        out_sep(&o);
        out_cstr(&o, scale.cat[cat[e]].code);
        out_sep(&o);
        out_int(&o, below[e]);
        out_sep(&o);
        out_int(&o, gap_sum[e]);
        out_sep(&o);
        out_int(&o, worst[e]);
        out_row_done(&o);
    }
    out_close(&o);
    t3 = now();
    report("national", t0, t1, t2, t3);
    fprintf(stderr, "bench_jpm national: %zu employees, %zu items\n", nemp, in.nitem);
    free(in.nip);
    free(in.first);
    free(in.lkj);
    free(in.lki);
    free(sum_lki);
    free(sum_lkj);
    free(jpm_bp);
    free(gap_sum);
    free(below);
    free(worst);
    free(cat);
    return 0;
}

/* ---- part B: the fit matrix of a kabupaten, top 10 both ways */

/* a growing list of strings in one buffer, with a code -> index map */
static void fit_write(const char *path, const char *header, const struct fit_cell *cells,
                      size_t ncells, const struct names *people, const struct names *positions,
                      const struct jpm_scale *scale, int by_person)
{
    struct out o;

    out_open(&o, path);
    out_cstr(&o, header);
    out_row_done(&o);
    for (size_t n = 0; n < ncells; n++) {
        const struct fit_cell *c = &cells[n];
        const char *who = names_get(people, (size_t)c->person);
        const char *what = names_get(positions, (size_t)c->position);

        out_cstr(&o, by_person ? who : what);
        out_sep(&o);
        out_int(&o, by_person ? c->rank_person : c->rank_position);
        out_sep(&o);
        out_cstr(&o, by_person ? what : who);
        out_sep(&o);
        out_int(&o, c->jpm_bp);
        out_sep(&o);
        if (c->category >= 0)
            out_cstr(&o, scale->cat[c->category].code);
        out_sep(&o);
        out_int(&o, c->covered);
        out_sep(&o);
        out_int(&o, c->below);
        out_sep(&o);
        out_int(&o, c->gap_sum);
        out_sep(&o);
        out_int(&o, c->unmet);
        out_sep(&o);
        out_int(&o, by_person ? c->rank_position : c->rank_person);
        out_row_done(&o);
    }
    out_close(&o);
}

static int cmd_fit(int argc, char **argv)
{
    struct names pnames, qnames, comps;
    struct fit_person *people = NULL;
    struct fit_position *positions = NULL;
    uint16_t *comp = NULL;
    uint8_t *lkj = NULL, *levels;
    size_t nitems = 0, itemcap = 0, pcap = 0, ncomp;
    uint32_t *item_pos = NULL;
    struct jpm_scale scale;
    struct fit_topk t;
    struct rd r;
    const char *line, *s;
    size_t len, n;
    int added;
    char *path;
    double t0, t1, t2, t3;

    if (argc != 5)
        die("usage: bench_jpm fit DIR BY_PERSON.csv BY_POSITION.csv");
    jpm_scale_mapping(&scale);
    names_init(&pnames);
    names_init(&qnames);
    names_init(&comps);
    t0 = now();

    path = path_join(argv[2], "fit_positions.csv");
    rd_open(&r, path);
    rd_header(&r, "kode_jabatan,gol_min_rank,gol_max_rank,edu_min_rank");
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        struct fit_position *q;

        fields_start(&f, &r, line, len);
        n = field_str(&f, &s);
        names_add(&qnames, s, n, &added);
        if (!added)
            die("%s:%ld: position twice", path, r.lineno);
        if (qnames.n > pcap) {
            pcap = pcap ? pcap * 2 : 1024;
            positions = xreallocarray(positions, pcap, sizeof(*positions));
        }
        q = &positions[qnames.n - 1];
        memset(q, 0, sizeof(*q));
        q->id = (int64_t)qnames.n - 1;
        q->gol_min_rank = (int)field_int(&f, 100);
        q->gol_max_rank = (int)field_int(&f, 100);
        q->edu_min_rank = (int)field_int(&f, 100);
        fields_end(&f);
    }
    rd_close(&r);
    free(path);

    /* SKJ items in file order, then grouped by position (a counting sort) */
    path = path_join(argv[2], "fit_skj.csv");
    rd_open(&r, path);
    rd_header(&r, "kode_jabatan,kompetensi,lkj");
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        int64_t j;

        fields_start(&f, &r, line, len);
        n = field_str(&f, &s);
        if (!strmap_get(&qnames.index, s, n, &j))
            die("%s:%ld: unknown position", path, r.lineno);
        if (nitems == itemcap) {
            itemcap = itemcap ? itemcap * 2 : 65536;
            comp = xreallocarray(comp, itemcap, sizeof(*comp));
            lkj = xreallocarray(lkj, itemcap, sizeof(*lkj));
            item_pos = xreallocarray(item_pos, itemcap, sizeof(*item_pos));
        }
        n = field_str(&f, &s);
        comp[nitems] = (uint16_t)names_add(&comps, s, n, &added);
        if (comps.n > FIT_NCOMP_MAX)
            die("%s: too many competencies", path);
        lkj[nitems] = (uint8_t)field_int(&f, 255);
        item_pos[nitems++] = (uint32_t)j;
        fields_end(&f);
    }
    rd_close(&r);
    free(path);
    {
        uint16_t *gc = xcalloc(nitems, sizeof(*gc));
        uint8_t *gl = xcalloc(nitems, sizeof(*gl));
        size_t *at = xcalloc(qnames.n + 1, sizeof(*at));

        for (size_t i = 0; i < nitems; i++)
            at[item_pos[i] + 1]++;
        for (size_t j = 0; j < qnames.n; j++) {
            at[j + 1] += at[j];
            positions[j].comp = gc + at[j];
            positions[j].lkj = gl + at[j];
            positions[j].n = at[j + 1] - at[j];
        }
        for (size_t i = 0; i < nitems; i++) {
            size_t k = at[item_pos[i]]++;

            gc[k] = comp[i];
            gl[k] = lkj[i];
        }
        free(at);
        free(comp);
        free(lkj);
        free(item_pos);
        comp = gc;
        lkj = gl;
    }
    ncomp = comps.n;

    path = path_join(argv[2], "fit_people.csv");
    rd_open(&r, path);
    rd_header(&r, "nip,gol_rank,edu_rank");
    pcap = 0;
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        struct fit_person *p;

        fields_start(&f, &r, line, len);
        n = field_str(&f, &s);
        names_add(&pnames, s, n, &added);
        if (!added)
            die("%s:%ld: NIP twice", path, r.lineno);
        if (pnames.n > pcap) {
            pcap = pcap ? pcap * 2 : 4096;
            people = xreallocarray(people, pcap, sizeof(*people));
        }
        p = &people[pnames.n - 1];
        p->id = (int64_t)pnames.n - 1;
        p->gol_rank = (int)field_int(&f, 100);
        p->edu_rank = (int)field_int(&f, 100);
        fields_end(&f);
    }
    rd_close(&r);
    free(path);

    /* everyone's levels in one block, person i's at levels[i * ncomp] */
    levels = xcalloc(pnames.n * ncomp, 1);
    for (size_t i = 0; i < pnames.n; i++)
        people[i].lki = levels + i * ncomp;
    path = path_join(argv[2], "fit_lki.csv");
    rd_open(&r, path);
    rd_header(&r, "nip,kompetensi,lki");
    while (rd_line(&r, &line, &len)) {
        struct fields f;
        int64_t i, c;
        int64_t v;

        fields_start(&f, &r, line, len);
        n = field_str(&f, &s);
        if (!strmap_get(&pnames.index, s, n, &i))
            die("%s:%ld: unknown NIP", path, r.lineno);
        n = field_str(&f, &s);
        v = field_int(&f, 255);
        fields_end(&f);
        /* a competency no SKJ asks for cannot change any cell */
        if (strmap_get(&comps.index, s, n, &c))
            levels[(size_t)i * ncomp + (size_t)c] = (uint8_t)v;
    }
    rd_close(&r);
    free(path);

    t1 = now();
    if (fit_matrix_topk(people, pnames.n, positions, qnames.n, ncomp, TOP_K, JPM_CAP_ITEM, &scale,
                        &t) != 0)
        die("fit_matrix_topk refused the input (a level outside 1.0-5.0?)");
    t2 = now();
    fit_write(argv[3],
              "nip,rank,kode_jabatan,jpm_bp,category,covered,below,gap_sum,unmet,position_rank",
              t.by_person, t.npeople * t.kp, &pnames, &qnames, &scale, 1);
    fit_write(argv[4],
              "kode_jabatan,rank,nip,jpm_bp,category,covered,below,gap_sum,unmet,person_rank",
              t.by_position, t.npositions * t.kq, &pnames, &qnames, &scale, 0);
    t3 = now();
    report("fit", t0, t1, t2, t3);
    fprintf(stderr, "bench_jpm fit: %zu people x %zu positions, %zu competencies\n", pnames.n,
            qnames.n, ncomp);
    fit_topk_free(&t);
    free(levels);
    free(people);
    free(positions);
    free(comp);
    free(lkj);
    names_free(&pnames);
    names_free(&qnames);
    names_free(&comps);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && strcmp(argv[1], "derive-national") == 0)
        return cmd_derive_national(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "derive-fit") == 0)
        return cmd_derive_fit(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "national") == 0)
        return cmd_national(argc, argv);
    if (argc >= 2 && strcmp(argv[1], "fit") == 0)
        return cmd_fit(argc, argv);
    die("usage: bench_jpm derive-national|derive-fit|national|fit ... (see jpm_bench.c)");
}
