#include "bench_io.h"

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
#include "base/xmalloc.h"
#include "domain/jpm.h"

_Noreturn void die(const char *fmt, ...)
{
    va_list ap;

    fprintf(stderr, "%s: ", bench_name);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(1);
}

double now(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- output: one buffer, integers formatted by hand (snprintf per field is the bottleneck) */

void out_open(struct out *o, const char *path)
{
    o->f = fopen(path, "wb");
    if (!o->f)
        die("%s: %s", path, strerror(errno));
    o->path = path;
    o->buf = xmalloc(OUT_BUF + 256);
    o->len = 0;
}

void out_flush(struct out *o)
{
    if (o->len && fwrite(o->buf, 1, o->len, o->f) != o->len)
        die("%s: %s", o->path, strerror(errno));
    o->len = 0;
}

/* every row is far shorter than the 256 bytes of slack, so one check per row suffices */
void out_row_done(struct out *o)
{
    o->buf[o->len++] = '\n';
    if (o->len >= OUT_BUF)
        out_flush(o);
}

void out_str(struct out *o, const char *s, size_t n)
{
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

void out_cstr(struct out *o, const char *s)
{
    out_str(o, s, strlen(s));
}

/* two digits at a time: the result files are mostly numbers */
static const char digits2[] = "00010203040506070809101112131415161718192021222324252627282930313233"
                              "34353637383940414243444546474849505152535455565758596061626364656667"
                              "6869707172737475767778798081828384858687888990919293949596979899";

void out_int(struct out *o, int64_t v)
{
    char tmp[24];
    size_t n = sizeof(tmp);
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

    while (u >= 100) {
        n -= 2;
        memcpy(tmp + n, digits2 + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u >= 10) {
        n -= 2;
        memcpy(tmp + n, digits2 + 2 * u, 2);
    } else {
        tmp[--n] = (char)('0' + u);
    }
    if (v < 0)
        o->buf[o->len++] = '-';
    memcpy(o->buf + o->len, tmp + n, sizeof(tmp) - n);
    o->len += sizeof(tmp) - n;
}

void out_sep(struct out *o)
{
    o->buf[o->len++] = ',';
}

void out_close(struct out *o)
{
    out_flush(o);
    if (fclose(o->f) != 0)
        die("%s: %s", o->path, strerror(errno));
    free(o->buf);
}

/* ---- input: a file in large blocks, handed out line by line */

void rd_open(struct rd *r, const char *path)
{
    r->fd = open(path, O_RDONLY);
    if (r->fd < 0)
        die("%s: %s", path, strerror(errno));
    r->path = path;
    r->cap = 8u << 20;
    r->buf = xmalloc(r->cap);
    r->beg = r->end = 0;
    r->eof = 0;
    r->lineno = 0;
}

/* The next line without its '\n' (and '\r'); 0 at end of file. */
int rd_line(struct rd *r, const char **line, size_t *len)
{
    for (;;) {
        char *nl = memchr(r->buf + r->beg, '\n', r->end - r->beg);

        if (nl || (r->eof && r->beg < r->end)) {
            size_t n = nl ? (size_t)(nl - (r->buf + r->beg)) : r->end - r->beg;

            *line = r->buf + r->beg;
            r->beg += n + (nl != NULL);
            if (n && (*line)[n - 1] == '\r')
                n--;
            *len = n;
            r->lineno++;
            return 1;
        }
        if (r->eof)
            return 0;
        /* keep the partial line, refill behind it */
        memmove(r->buf, r->buf + r->beg, r->end - r->beg);
        r->end -= r->beg;
        r->beg = 0;
        if (r->end == r->cap) {
            r->cap *= 2;
            r->buf = xrealloc(r->buf, r->cap);
        }
        ssize_t got = read(r->fd, r->buf + r->end, r->cap - r->end);
        if (got < 0)
            die("%s: %s", r->path, strerror(errno));
        if (got == 0)
            r->eof = 1;
        r->end += (size_t)got;
    }
}

/*
 * The next run of whole lines, [*p, *end) with *end just past a '\n'; 0 at
 * end of file. A last line without its '\n' gets one. Cheaper than a call
 * per line where the caller parses the block in one loop.
 */
int rd_block(struct rd *r, const char **p, const char **end)
{
    for (;;) {
        const char *nl = r->buf + r->end;

        /* the last '\n' (memrchr is a GNU extension): a line's length back at most */
        while (nl > r->buf + r->beg && nl[-1] != '\n')
            nl--;
        nl = nl > r->buf + r->beg ? nl - 1 : NULL;

        if (nl && (!r->eof || nl == r->buf + r->end - 1)) {
            *p = r->buf + r->beg;
            *end = nl + 1;
            r->beg = (size_t)(nl + 1 - r->buf);
            return 1;
        }
        if (r->eof && r->beg == r->end)
            return 0;
        memmove(r->buf, r->buf + r->beg, r->end - r->beg);
        r->end -= r->beg;
        r->beg = 0;
        if (r->end + 1 >= r->cap) {
            r->cap *= 2;
            r->buf = xrealloc(r->buf, r->cap);
        }
        if (r->eof) { /* the last line had no '\n' */
            r->buf[r->end++] = '\n';
            continue;
        }
        ssize_t got = read(r->fd, r->buf + r->end, r->cap - 1 - r->end);
        if (got < 0)
            die("%s: %s", r->path, strerror(errno));
        if (got == 0)
            r->eof = 1;
        r->end += (size_t)got;
    }
}

void rd_close(struct rd *r)
{
    close(r->fd);
    free(r->buf);
}

void rd_header(struct rd *r, const char *want)
{
    const char *line;
    size_t len;

    if (!rd_line(r, &line, &len) || len != strlen(want) || memcmp(line, want, len) != 0)
        die("%s: the header is not \"%s\"", r->path, want);
}

/* fields of one line: ',' separated, no quotes */

void fields_start(struct fields *f, struct rd *r, const char *line, size_t len)
{
    f->p = line;
    f->end = line + len;
    f->r = r;
}

size_t field_str(struct fields *f, const char **s)
{
    const char *e = f->p;

    if (e > f->end)
        die("%s:%ld: too few fields", f->r->path, f->r->lineno);
    while (e < f->end && *e != ',')
        e++;
    *s = f->p;
    f->p = e + 1;
    return (size_t)(e - *s);
}

/* a whole field of digits, at most max (not atoi: no sign, no spaces, no garbage) */
int64_t field_int(struct fields *f, int64_t max)
{
    const char *s;
    size_t n = field_str(f, &s);
    int64_t v = 0;

    if (n == 0 || n > 18)
        die("%s:%ld: a number is missing or too long", f->r->path, f->r->lineno);
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            die("%s:%ld: '%.*s' is not a number", f->r->path, f->r->lineno, (int)n, s);
        v = v * 10 + (s[i] - '0');
    }
    if (v > max)
        die("%s:%ld: %lld is above %lld", f->r->path, f->r->lineno, (long long)v, (long long)max);
    return v;
}

void fields_end(struct fields *f)
{
    if (f->p != f->end + 1)
        die("%s:%ld: too many fields", f->r->path, f->r->lineno);
}

/* ---- derive: demo exports -> benchmark inputs */

/* splitmix64's finaliser: every input bit moves every output bit */
uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 0xCBF29CE484222325ULL;

    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 0x100000001B3ULL;
    return h;
}

/*
 * The level (tenths) of employee nip on competency comp whose standard is
 * lkj, or 0 = not assessed. The rule, so that anyone can recompute it:
 *   hn = fnv1a64(NIP text), h = mix64(hn ^ mix64(fnv1a64(competency code)))
 *   not assessed when h % 50 == 0 (2 %)
 *   person bias  = {-1.0, -0.5, 0, 0, +0.5}[mix64(hn) % 5]
 *   item noise   by u = (h >> 8) % 100: < 5: -2.0, < 20: -1.0, < 35: -0.5,
 *                < 70: 0, < 82: +0.5, < 95: +1.0, else +2.0
 *   LKI = LKJ + bias + noise, clamped to 1.0..5.0
 * so people differ consistently, half levels occur, and about a third of
 * the items are under standard.
 */
int derive_lki(const char *nip, size_t nlen, const char *comp, int lkj)
{
    static const int bias[5] = {-10, -5, 0, 0, 5};
    uint64_t hn = fnv1a(nip, nlen), h = mix64(hn ^ mix64(fnv1a(comp, strlen(comp))));
    unsigned u = (unsigned)((h >> 8) % 100);
    int noise, lki;

    if (h % 50 == 0)
        return 0;
    noise = u < 5 ? -20 : u < 20 ? -10 : u < 35 ? -5 : u < 70 ? 0 : u < 82 ? 5 : u < 95 ? 10 : 20;
    lki = lkj + bias[mix64(hn) % 5] + noise;
    return lki < JPM_LEVEL_MIN ? JPM_LEVEL_MIN : lki > JPM_LEVEL_MAX ? JPM_LEVEL_MAX : lki;
}

/* golongan I/a..IV/e as 1..17; anything else (a PPPK grade) 0 = not PNS */
int golongan_rank(const char *s)
{
    static const char *const g[] = {"I/a",  "I/b",  "I/c",   "I/d",   "II/a",  "II/b",
                                    "II/c", "II/d", "III/a", "III/b", "III/c", "III/d",
                                    "IV/a", "IV/b", "IV/c",  "IV/d",  "IV/e"};

    for (size_t i = 0; i < sizeof(g) / sizeof(g[0]); i++)
        if (strcmp(s, g[i]) == 0)
            return (int)i + 1;
    return 0;
}

int education_rank(const char *s)
{
    static const char *const e[] = {"SD", "SMP", "SMA", "D1", "D2", "D3", "D4", "S1", "S2", "S3"};

    for (size_t i = 0; i < sizeof(e) / sizeof(e[0]); i++)
        if (strcmp(s, e[i]) == 0)
            return (int)i + 1;
    return 0;
}

/* the export's SKJ columns and the codes they stand for */
const char *const skj_col[9] = {"integritas",          "kerjasama",
                                "komunikasi",          "orientasi_pada_hasil",
                                "pelayanan_publik",    "pengembangan_diri_dan_orang_lain",
                                "mengelola_perubahan", "pengambilan_keputusan",
                                "perekat_bangsa"};
const char *const skj_code[9] = {"M.01", "M.02", "M.03", "M.04", "M.05",
                                 "M.06", "M.07", "M.08", "SK.01"};

int col_find(const struct table_row *h, const char *name)
{
    for (size_t i = 0; i < h->ncells; i++) {
        const char *c = h->cells[i];

        if (i == 0 && strncmp(c, "\xEF\xBB\xBF", 3) == 0)
            c += 3;
        if (strcmp(c, name) == 0)
            return (int)i;
    }
    die("no column %s", name);
}

const char *cell(const struct table_row *row, int col)
{
    return (size_t)col < row->ncells ? row->cells[col] : "";
}

char *path_join(const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    char *p = xmalloc(n);

    snprintf(p, n, "%s/%s", dir, name);
    return p;
}

void names_init(struct names *nm)
{
    memset(nm, 0, sizeof(*nm));
    strmap_init(&nm->index);
}

/* index of s, added when new (*added = 1) */
size_t names_add(struct names *nm, const char *s, size_t len, int *added)
{
    int64_t v;

    if (strmap_get(&nm->index, s, len, &v)) {
        *added = 0;
        return (size_t)v;
    }
    if (nm->len + len + 1 > nm->cap) {
        nm->cap = (nm->cap + len + 1) * 2;
        nm->buf = xrealloc(nm->buf, nm->cap);
    }
    if (nm->n == nm->ncap) {
        nm->ncap = nm->ncap ? nm->ncap * 2 : 1024;
        nm->at = xreallocarray(nm->at, nm->ncap, sizeof(*nm->at));
    }
    memcpy(nm->buf + nm->len, s, len);
    nm->buf[nm->len + len] = '\0';
    nm->at[nm->n] = nm->len;
    nm->len += len + 1;
    strmap_put(&nm->index, s, len, (int64_t)nm->n, NULL);
    *added = 1;
    return nm->n++;
}

const char *names_get(const struct names *nm, size_t i)
{
    return nm->buf + nm->at[i];
}

void names_free(struct names *nm)
{
    free(nm->buf);
    free(nm->at);
    strmap_free(&nm->index);
}
