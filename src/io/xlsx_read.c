#include "io/xlsx_read.h"

#include <expat.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zip.h>

#include "base/buf.h"
#include "base/i18n.h"
#include "base/strtonum.h"
#include "base/xmalloc.h"

#define XLSX_MAX_ENTRIES 10000
#define XLSX_MAX_PART (1ull << 30)
#define XLSX_RATIO_FLOOR (1ull << 20)
#define XLSX_MAX_RATIO 200
#define XLSX_MAX_SHEETS 10000
/* Bounds the shared-string index (8 bytes each) independently of the text size. */
#define XLSX_MAX_STRINGS (16u * 1024 * 1024)
#define XLSX_CHUNK (64 * 1024)
/* Expat reports names as "namespace-uri<SEP>local-name". */
#define XLSX_NS_SEP '\x01'

enum xlsx_ctype { CT_NUM, CT_SST, CT_INLINE, CT_STR, CT_BOOL, CT_ERR };

struct xlsx_part {
    zip_file_t *zf;
    const char *entry;
    uint64_t size, comp, inflated;
};

struct xlsx_sst_ref {
    uint32_t off, len;
};

struct xlsx_reader {
    char *name;
    zip_t *zip;
    XML_Parser xp; /* the parser currently running */
    int handler_failed;
    struct merit_error herr; /* what a handler hit, reported after XML_Parse returns */

    /* workbook.xml and its .rels */
    char **sheet_names, **sheet_rids;
    size_t nsheets;
    const char *want_rid;
    char *sheet_target, *sst_target;

    /* shared strings: text back to back, NUL-separated */
    struct buf sst_pool;
    struct xlsx_sst_ref *sst;
    size_t nsst, sst_cap;
    int in_si, in_t, rph_depth;
    size_t si_start;

    /* the sheet being streamed */
    struct xlsx_part sheet;
    char *chunk;
    int suspended, final_fed, done, failed;
    int in_row, in_cell, in_v, in_is, row_ready;
    enum xlsx_ctype ctype;
    long rowno, last_rowno;
    size_t col, next_col;
    struct buf cv;     /* text of the current cell */
    struct buf rowbuf; /* cells of the current row, NUL-separated */
    size_t ncells, cells_cap;
    size_t *offs; /* SIZE_MAX marks an empty gap cell */
    size_t *lens;
    const char **cells;
};

static const char *xlsx_local(const char *name)
{
    const char *s = strrchr(name, XLSX_NS_SEP);

    return s ? s + 1 : name;
}

static const char *xlsx_attr(const char **atts, const char *local, int namespaced)
{
    for (size_t i = 0; atts[i]; i += 2) {
        const char *sep = strrchr(atts[i], XLSX_NS_SEP);

        if (namespaced ? (sep && strcmp(sep + 1, local) == 0) : strcmp(atts[i], local) == 0)
            return atts[i + 1];
    }
    return NULL;
}

static int xlsx_invalid(struct xlsx_reader *x, struct merit_error *err, const char *why)
{
    return err_set(err, MERIT_EFORMAT,
                   T("%s: bukan workbook XLSX yang sah (%s)", "%s: not a valid XLSX workbook (%s)"),
                   x->name, why);
}

/* Records an error from inside an expat handler and aborts the parse. */
static void xlsx_handler_fail(struct xlsx_reader *x, enum merit_err code, long row, const char *fmt,
                              ...) __attribute__((format(printf, 4, 5)));
static void xlsx_handler_fail(struct xlsx_reader *x, enum merit_err code, long row, const char *fmt,
                              ...)
{
    va_list ap;

    if (x->handler_failed)
        return;
    x->handler_failed = 1;
    va_start(ap, fmt);
    err_vset(&x->herr, code, fmt, ap);
    va_end(ap);
    x->herr.row = row;
    XML_StopParser(x->xp, XML_FALSE);
}

static void XMLCALL xlsx_on_doctype(void *ud, const XML_Char *name, const XML_Char *sysid,
                                    const XML_Char *pubid, int has_internal)
{
    struct xlsx_reader *x = ud;

    /* OOXML parts never carry a DTD; refusing one rules out entity expansion tricks */
    xlsx_handler_fail(
        x, MERIT_EFORMAT, 0,
        T("%s: bukan workbook XLSX yang sah (DOCTYPE)", "%s: not a valid XLSX workbook (DOCTYPE)"),
        x->name);
}

static XML_Parser xlsx_parser_new(struct xlsx_reader *x)
{
    XML_Parser xp = XML_ParserCreateNS(NULL, XLSX_NS_SEP);

    if (!xp)
        abort();
    XML_SetUserData(xp, x);
    XML_SetStartDoctypeDeclHandler(xp, xlsx_on_doctype);
    x->xp = xp;
    x->handler_failed = 0;
    return xp;
}

/* ---- zip entries under the bomb limits ---- */

static int xlsx_part_check(struct xlsx_reader *x, const struct xlsx_part *pt, uint64_t size,
                           struct merit_error *err)
{
    if (size > XLSX_MAX_PART)
        return err_set(err, MERIT_ELIMIT,
                       T("%s: bagian %s mengembang lebih dari 1 GiB",
                         "%s: part %s inflates to more than 1 GiB"),
                       x->name, pt->entry);
    if (size > XLSX_RATIO_FLOOR && size / XLSX_MAX_RATIO > pt->comp)
        return err_set(err, MERIT_ELIMIT,
                       T("%s: bagian %s dimampatkan lebih dari %d:1 (bom zip?)",
                         "%s: part %s has a compression ratio above %d:1 (zip bomb?)"),
                       x->name, pt->entry, XLSX_MAX_RATIO);
    return 0;
}

/* Returns 0 with the entry open, 1 if it does not exist, -1 on error. */
static int xlsx_part_open(struct xlsx_reader *x, const char *entry, struct xlsx_part *pt,
                          struct merit_error *err)
{
    zip_int64_t idx = zip_name_locate(x->zip, entry, 0);
    zip_stat_t zs;

    memset(pt, 0, sizeof(*pt));
    pt->entry = entry;
    if (idx < 0)
        return 1;
    zip_stat_init(&zs);
    if (zip_stat_index(x->zip, (zip_uint64_t)idx, 0, &zs) != 0 ||
        (zs.valid & (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) != (ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))
        return xlsx_invalid(x, err, zip_strerror(x->zip));
    pt->size = zs.size;
    pt->comp = zs.comp_size;
    if (xlsx_part_check(x, pt, pt->size, err) < 0)
        return -1;
    pt->zf = zip_fopen_index(x->zip, (zip_uint64_t)idx, 0);
    if (!pt->zf)
        return xlsx_invalid(x, err, zip_strerror(x->zip));
    return 0;
}

/* Reads inflated bytes, counting them: the sizes in the directory may lie. */
static zip_int64_t xlsx_part_read(struct xlsx_reader *x, struct xlsx_part *pt, char *dst, size_t n,
                                  struct merit_error *err)
{
    zip_int64_t got = zip_fread(pt->zf, dst, n);

    if (got < 0)
        return xlsx_invalid(x, err, zip_file_strerror(pt->zf));
    pt->inflated += (uint64_t)got;
    if (pt->inflated > pt->size)
        return err_set(err, MERIT_ELIMIT,
                       T("%s: bagian %s lebih besar dari ukuran yang dinyatakan (bom zip?)",
                         "%s: part %s inflates to more than its declared size (zip bomb?)"),
                       x->name, pt->entry);
    if (xlsx_part_check(x, pt, pt->inflated, err) < 0)
        return -1;
    return got;
}

static void xlsx_part_close(struct xlsx_part *pt)
{
    if (pt->zf)
        zip_fclose(pt->zf);
    pt->zf = NULL;
}

static int xlsx_xml_error(struct xlsx_reader *x, const char *entry, struct merit_error *err)
{
    char why[256];

    if (x->handler_failed) {
        *err = x->herr;
        return -1;
    }
    snprintf(why, sizeof(why), "%s: %s, line %lu", entry, XML_ErrorString(XML_GetErrorCode(x->xp)),
             (unsigned long)XML_GetCurrentLineNumber(x->xp));
    return xlsx_invalid(x, err, why);
}

/*
 * Streams a whole (small or bounded) part through a fresh parser with the given
 * handlers. Returns 0, 1 if the part is missing, -1 on error.
 */
static int xlsx_parse_part(struct xlsx_reader *x, const char *entry, XML_StartElementHandler start,
                           XML_EndElementHandler end, XML_CharacterDataHandler text,
                           struct merit_error *err)
{
    struct xlsx_part pt;
    char *chunk = NULL;
    int rc = xlsx_part_open(x, entry, &pt, err);

    if (rc != 0)
        return rc;
    rc = -1;
    chunk = xmalloc(XLSX_CHUNK);
    xlsx_parser_new(x);
    XML_SetElementHandler(x->xp, start, end);
    XML_SetCharacterDataHandler(x->xp, text);
    for (;;) {
        zip_int64_t n = xlsx_part_read(x, &pt, chunk, XLSX_CHUNK, err);

        if (n < 0)
            goto out;
        if (XML_Parse(x->xp, chunk, (int)n, n == 0) != XML_STATUS_OK) {
            xlsx_xml_error(x, entry, err);
            goto out;
        }
        if (n == 0)
            break;
    }
    rc = 0;
out:
    XML_ParserFree(x->xp);
    x->xp = NULL;
    xlsx_part_close(&pt);
    free(chunk);
    return rc;
}

/* ---- OOXML string escapes ---- */

static int xlsx_hex4(const char *s, unsigned *out)
{
    unsigned v = 0;

    for (int i = 0; i < 4; i++) {
        char c = s[i];

        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

/*
 * Decodes the _xHHHH_ escapes of ST_Xstring in b from offset `from` on, in
 * place (an escape is longer than its UTF-8). Writers use them for characters
 * XML cannot carry as is, such as CR (_x000D_), and for a literal "_x"
 * (_x005F_). NUL and lone surrogates stay as written.
 */
static void xlsx_unescape(struct buf *b, size_t from)
{
    char *p = b->data + from, *end = b->data + b->len, *w;

    /* most text has no escape at all: find the first candidate quickly */
    while ((p = memchr(p, '_', (size_t)(end - p))) != NULL && p + 1 < end && p[1] != 'x')
        p++;
    if (!p || p + 1 >= end)
        return;
    for (w = p; p < end;) {
        unsigned cp;

        if (end - p >= 7 && p[0] == '_' && p[1] == 'x' && p[6] == '_' && xlsx_hex4(p + 2, &cp) &&
            cp != 0 && (cp < 0xD800 || cp > 0xDFFF)) {
            if (cp < 0x80) {
                *w++ = (char)cp;
            } else if (cp < 0x800) {
                *w++ = (char)(0xC0 | cp >> 6);
                *w++ = (char)(0x80 | (cp & 0x3F));
            } else {
                *w++ = (char)(0xE0 | cp >> 12);
                *w++ = (char)(0x80 | ((cp >> 6) & 0x3F));
                *w++ = (char)(0x80 | (cp & 0x3F));
            }
            p += 7;
        } else {
            *w++ = *p++;
        }
    }
    b->len = (size_t)(w - b->data);
    b->data[b->len] = '\0';
}

/* ---- xl/workbook.xml ---- */

static void XMLCALL xlsx_wb_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xlsx_reader *x = ud;
    const char *sname, *rid;

    if (strcmp(xlsx_local(name), "sheet") != 0)
        return;
    sname = xlsx_attr(atts, "name", 0);
    rid = xlsx_attr(atts, "id", 1);
    if (!sname || !rid)
        return;
    if (x->nsheets == XLSX_MAX_SHEETS) {
        xlsx_handler_fail(x, MERIT_ELIMIT, 0,
                          T("%s: lebih dari %d lembar kerja", "%s: more than %d sheets"), x->name,
                          XLSX_MAX_SHEETS);
        return;
    }
    x->sheet_names = xreallocarray(x->sheet_names, x->nsheets + 1, sizeof(char *));
    x->sheet_rids = xreallocarray(x->sheet_rids, x->nsheets + 1, sizeof(char *));
    x->sheet_names[x->nsheets] = xstrdup(sname);
    x->sheet_rids[x->nsheets] = xstrdup(rid);
    x->nsheets++;
}

/* ---- xl/_rels/workbook.xml.rels ---- */

/* Targets are relative to xl/ unless absolute within the package. */
static char *xlsx_resolve(const char *target)
{
    struct buf b = BUF_INIT;

    if (target[0] == '/')
        buf_puts(&b, target + 1);
    else
        buf_printf(&b, "xl/%s", strncmp(target, "./", 2) == 0 ? target + 2 : target);
    return buf_detach(&b, NULL);
}

static int xlsx_ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);

    return n >= m && strcmp(s + n - m, suffix) == 0;
}

static void XMLCALL xlsx_rels_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xlsx_reader *x = ud;
    const char *id, *target, *type;

    if (strcmp(xlsx_local(name), "Relationship") != 0)
        return;
    id = xlsx_attr(atts, "Id", 0);
    target = xlsx_attr(atts, "Target", 0);
    type = xlsx_attr(atts, "Type", 0);
    if (!id || !target || !*target)
        return;
    if (!x->sheet_target && strcmp(id, x->want_rid) == 0)
        x->sheet_target = xlsx_resolve(target);
    else if (!x->sst_target && type && xlsx_ends_with(type, "/sharedStrings"))
        x->sst_target = xlsx_resolve(target);
}

/* ---- shared strings ---- */

static void XMLCALL xlsx_sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xlsx_reader *x = ud;
    const char *l = xlsx_local(name);

    if (strcmp(l, "si") == 0) {
        x->in_si = 1;
        x->rph_depth = 0;
        x->si_start = x->sst_pool.len;
    } else if (x->in_si && strcmp(l, "rPh") == 0) {
        x->rph_depth++;
    } else if (x->in_si && !x->rph_depth && strcmp(l, "t") == 0) {
        x->in_t = 1;
    }
}

static void XMLCALL xlsx_sst_end(void *ud, const XML_Char *name)
{
    struct xlsx_reader *x = ud;
    const char *l = xlsx_local(name);

    if (strcmp(l, "t") == 0) {
        x->in_t = 0;
    } else if (strcmp(l, "rPh") == 0 && x->rph_depth) {
        x->rph_depth--;
    } else if (strcmp(l, "si") == 0 && x->in_si) {
        x->in_si = 0;
        xlsx_unescape(&x->sst_pool, x->si_start);
        if (x->nsst == XLSX_MAX_STRINGS) {
            xlsx_handler_fail(
                x, MERIT_ELIMIT, 0,
                T("%s: lebih dari %u teks bersama", "%s: more than %u shared strings"), x->name,
                XLSX_MAX_STRINGS);
            return;
        }
        if (x->nsst == x->sst_cap) {
            x->sst_cap = x->sst_cap ? x->sst_cap * 2 : 1024;
            x->sst = xreallocarray(x->sst, x->sst_cap, sizeof(*x->sst));
        }
        x->sst[x->nsst].off = (uint32_t)x->si_start;
        x->sst[x->nsst].len = (uint32_t)(x->sst_pool.len - x->si_start);
        x->nsst++;
        buf_append(&x->sst_pool, "", 1);
    }
}

static void XMLCALL xlsx_sst_text(void *ud, const XML_Char *s, int len)
{
    struct xlsx_reader *x = ud;

    if (!x->in_t)
        return;
    if (x->sst_pool.len - x->si_start + (size_t)len > TABLE_MAX_CELL) {
        xlsx_handler_fail(
            x, MERIT_ELIMIT, 0,
            T("%s: teks bersama lebih dari %d byte", "%s: a shared string is larger than %d bytes"),
            x->name, TABLE_MAX_CELL);
        return;
    }
    buf_append(&x->sst_pool, s, (size_t)len);
}

/* ---- the worksheet ---- */

/* "C5" -> column 2; returns -1 if ref does not start with a column name. */
static long xlsx_ref_col(const char *ref)
{
    long col = 0;
    size_t i = 0;

    for (; ref[i] >= 'A' && ref[i] <= 'Z'; i++) {
        col = col * 26 + (ref[i] - 'A' + 1);
        if (col > 16384) /* beyond XFD, Excel's last column */
            return -1;
    }
    if (i == 0)
        return -1;
    return col - 1;
}

static void xlsx_row_reset(struct xlsx_reader *x)
{
    buf_reset(&x->rowbuf);
    x->ncells = 0;
    x->next_col = 0;
}

static void xlsx_row_push(struct xlsx_reader *x, size_t off, size_t len)
{
    if (x->ncells == x->cells_cap) {
        x->cells_cap = x->cells_cap ? x->cells_cap * 2 : 32;
        x->offs = xreallocarray(x->offs, x->cells_cap, sizeof(*x->offs));
        x->lens = xreallocarray(x->lens, x->cells_cap, sizeof(*x->lens));
        x->cells = xreallocarray(x->cells, x->cells_cap, sizeof(*x->cells));
    }
    x->offs[x->ncells] = off;
    x->lens[x->ncells] = len;
    x->ncells++;
}

static void xlsx_sheet_start_row(struct xlsx_reader *x, const XML_Char **atts)
{
    const char *r = xlsx_attr(atts, "r", 0);
    int64_t n;
    const char *why;

    x->in_row = 1;
    xlsx_row_reset(x);
    if (!r) {
        x->rowno = x->last_rowno + 1;
        return;
    }
    if (strtonum_s(r, 1, INT32_MAX, &n, &why) < 0 || n <= x->last_rowno) {
        xlsx_handler_fail(x, MERIT_EFORMAT, x->last_rowno + 1,
                          T("%s: bukan workbook XLSX yang sah (nomor baris \"%s\" tidak sah)",
                            "%s: not a valid XLSX workbook (bad row number \"%s\")"),
                          x->name, r);
        return;
    }
    x->rowno = (long)n;
}

static void xlsx_sheet_start_cell(struct xlsx_reader *x, const XML_Char **atts)
{
    const char *ref = xlsx_attr(atts, "r", 0);
    const char *t = xlsx_attr(atts, "t", 0);
    long col = ref ? xlsx_ref_col(ref) : (long)x->next_col;

    x->in_cell = 1;
    buf_reset(&x->cv);
    if (col < 0 || (size_t)col < x->next_col) {
        xlsx_handler_fail(x, MERIT_EFORMAT, x->rowno,
                          T("%s: baris %ld: bukan workbook XLSX yang sah (referensi sel \"%s\")",
                            "%s: row %ld: not a valid XLSX workbook (cell reference \"%s\")"),
                          x->name, x->rowno, ref ? ref : "");
        return;
    }
    if (col >= TABLE_MAX_COLS) {
        xlsx_handler_fail(
            x, MERIT_ELIMIT, x->rowno,
            T("%s: baris %ld: lebih dari %d kolom", "%s: row %ld: more than %d columns"), x->name,
            x->rowno, TABLE_MAX_COLS);
        return;
    }
    x->col = (size_t)col;
    x->next_col = x->col + 1;
    x->ctype = CT_NUM;
    if (!t || strcmp(t, "n") == 0 || strcmp(t, "d") == 0)
        x->ctype = CT_NUM;
    else if (strcmp(t, "s") == 0)
        x->ctype = CT_SST;
    else if (strcmp(t, "inlineStr") == 0)
        x->ctype = CT_INLINE;
    else if (strcmp(t, "str") == 0)
        x->ctype = CT_STR;
    else if (strcmp(t, "b") == 0)
        x->ctype = CT_BOOL;
    else if (strcmp(t, "e") == 0)
        x->ctype = CT_ERR;
}

static void XMLCALL xlsx_sheet_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    struct xlsx_reader *x = ud;
    const char *l = xlsx_local(name);

    if (strcmp(l, "row") == 0)
        xlsx_sheet_start_row(x, atts);
    else if (!x->in_row)
        return;
    else if (strcmp(l, "c") == 0)
        xlsx_sheet_start_cell(x, atts);
    else if (!x->in_cell)
        return;
    else if (strcmp(l, "v") == 0)
        x->in_v = 1;
    else if (strcmp(l, "is") == 0)
        x->in_is = 1;
    else if (x->in_is && strcmp(l, "rPh") == 0)
        x->rph_depth++;
    else if (x->in_is && !x->rph_depth && strcmp(l, "t") == 0)
        x->in_t = 1;
}

/* Turns the collected text into the cell's value and places it at its column. */
static void xlsx_sheet_end_cell(struct xlsx_reader *x)
{
    const char *s = x->cv.data;
    size_t len = x->cv.len;
    int64_t idx;
    const char *why;

    x->in_cell = x->in_v = x->in_is = x->in_t = x->rph_depth = 0;
    if (x->ctype == CT_INLINE || x->ctype == CT_STR) {
        xlsx_unescape(&x->cv, 0);
        s = x->cv.data;
        len = x->cv.len;
    }
    switch (x->ctype) {
    case CT_SST:
        if (len == 0)
            break;
        if (strtonum_n(s, len, 0, (int64_t)x->nsst - 1, &idx, &why) < 0) {
            xlsx_handler_fail(x, MERIT_EFORMAT, x->rowno,
                              T("%s: baris %ld: bukan workbook XLSX yang sah (indeks teks "
                                "bersama \"%s\")",
                                "%s: row %ld: not a valid XLSX workbook (shared string index "
                                "\"%s\")"),
                              x->name, x->rowno, s);
            return;
        }
        s = x->sst_pool.data + x->sst[idx].off;
        len = x->sst[idx].len;
        break;
    case CT_BOOL:
        if (len) {
            int truth = strcmp(s, "1") == 0 || strcasecmp(s, "true") == 0;

            s = truth ? "1" : "0";
            len = 1;
        }
        break;
    case CT_ERR:
        len = 0;
        break;
    default:
        break;
    }
    if (len == 0)
        return;
    while (x->ncells < x->col)
        xlsx_row_push(x, SIZE_MAX, 0);
    xlsx_row_push(x, x->rowbuf.len, len);
    buf_append(&x->rowbuf, s, len);
    buf_append(&x->rowbuf, "", 1);
}

static void XMLCALL xlsx_sheet_end(void *ud, const XML_Char *name)
{
    struct xlsx_reader *x = ud;
    const char *l = xlsx_local(name);

    if (!x->in_row)
        return;
    if (strcmp(l, "row") == 0) {
        x->in_row = 0;
        x->last_rowno = x->rowno;
        if (x->ncells) {
            x->row_ready = 1;
            XML_StopParser(x->xp, XML_TRUE);
        }
    } else if (!x->in_cell) {
        return;
    } else if (strcmp(l, "c") == 0) {
        xlsx_sheet_end_cell(x);
    } else if (strcmp(l, "v") == 0) {
        x->in_v = 0;
    } else if (strcmp(l, "is") == 0) {
        x->in_is = 0;
    } else if (strcmp(l, "rPh") == 0 && x->rph_depth) {
        x->rph_depth--;
    } else if (strcmp(l, "t") == 0) {
        x->in_t = 0;
    }
}

static void XMLCALL xlsx_sheet_text(void *ud, const XML_Char *s, int len)
{
    struct xlsx_reader *x = ud;

    if (!x->in_v && !x->in_t)
        return;
    if (x->cv.len + (size_t)len > TABLE_MAX_CELL) {
        xlsx_handler_fail(x, MERIT_ELIMIT, x->rowno,
                          T("%s: baris %ld, kolom %zu: sel lebih dari %d byte",
                            "%s: row %ld, column %zu: a cell is larger than %d bytes"),
                          x->name, x->rowno, x->col + 1, TABLE_MAX_CELL);
        return;
    }
    buf_append(&x->cv, s, (size_t)len);
}

/* ---- opening ---- */

static int xlsx_pick_sheet(struct xlsx_reader *x, const char *sheet, struct merit_error *err)
{
    struct buf list = BUF_INIT;
    size_t i;

    if (!sheet || !*sheet) {
        x->want_rid = x->sheet_rids[0];
        return 0;
    }
    for (i = 0; i < x->nsheets; i++) {
        if (strcmp(x->sheet_names[i], sheet) == 0) {
            x->want_rid = x->sheet_rids[i];
            return 0;
        }
    }
    /* Excel treats sheet names case-insensitively */
    for (i = 0; i < x->nsheets; i++) {
        if (strcasecmp(x->sheet_names[i], sheet) == 0) {
            x->want_rid = x->sheet_rids[i];
            return 0;
        }
    }
    for (i = 0; i < x->nsheets; i++)
        buf_printf(&list, "%s\"%s\"", i ? ", " : "", x->sheet_names[i]);
    err_set(err, MERIT_ENOTFOUND,
            T("%s: tidak ada lembar kerja \"%s\"; lembar yang ada: %s",
              "%s: no sheet named \"%s\"; the workbook has: %s"),
            x->name, sheet, list.data);
    buf_release(&list);
    return -1;
}

/* Other zip-based office files are common uploads by mistake: say what they are. */
static int xlsx_not_workbook(struct xlsx_reader *x, struct merit_error *err)
{
    const char *what = NULL;

    if (zip_name_locate(x->zip, "content.xml", 0) >= 0 &&
        zip_name_locate(x->zip, "mimetype", 0) >= 0)
        what = T("lembar kerja OpenDocument (.ods)", "an OpenDocument spreadsheet (.ods)");
    else if (zip_name_locate(x->zip, "word/document.xml", 0) >= 0)
        what = T("dokumen Word (.docx)", "a Word document (.docx)");
    if (what)
        return err_set(err, MERIT_EFORMAT,
                       T("%s: berkas ini %s; simpan sebagai .xlsx atau CSV",
                         "%s: this is %s; save it as .xlsx or CSV"),
                       x->name, what);
    return xlsx_invalid(x, err, "xl/workbook.xml is missing");
}

static int xlsx_load(struct xlsx_reader *x, const char *sheet, struct merit_error *err)
{
    zip_int64_t nent = zip_get_num_entries(x->zip, 0);
    int rc;

    if (nent > XLSX_MAX_ENTRIES)
        return err_set(err, MERIT_ELIMIT,
                       T("%s: arsip berisi lebih dari %d entri", "%s: the archive has more than %d "
                                                                 "entries"),
                       x->name, XLSX_MAX_ENTRIES);
    rc = xlsx_parse_part(x, "xl/workbook.xml", xlsx_wb_start, NULL, NULL, err);
    if (rc > 0)
        return xlsx_not_workbook(x, err);
    if (rc < 0)
        return -1;
    if (x->nsheets == 0)
        return xlsx_invalid(x, err, "no sheets in xl/workbook.xml");
    if (xlsx_pick_sheet(x, sheet, err) < 0)
        return -1;
    rc = xlsx_parse_part(x, "xl/_rels/workbook.xml.rels", xlsx_rels_start, NULL, NULL, err);
    if (rc > 0)
        return xlsx_invalid(x, err, "xl/_rels/workbook.xml.rels is missing");
    if (rc < 0)
        return -1;
    if (!x->sheet_target)
        return xlsx_invalid(x, err, "the sheet has no relationship");
    rc = xlsx_parse_part(x, x->sst_target ? x->sst_target : "xl/sharedStrings.xml", xlsx_sst_start,
                         xlsx_sst_end, xlsx_sst_text, err);
    if (rc < 0)
        return -1;
    x->in_t = x->rph_depth = 0;

    rc = xlsx_part_open(x, x->sheet_target, &x->sheet, err);
    if (rc > 0)
        return xlsx_invalid(x, err, "the worksheet part is missing");
    if (rc < 0)
        return -1;
    x->chunk = xmalloc(XLSX_CHUNK);
    xlsx_parser_new(x);
    XML_SetElementHandler(x->xp, xlsx_sheet_start, xlsx_sheet_end);
    XML_SetCharacterDataHandler(x->xp, xlsx_sheet_text);
    return 0;
}

static struct xlsx_reader *xlsx_new(const char *name)
{
    struct xlsx_reader *x = xcalloc(1, sizeof(*x));

    x->name = xstrdup(name);
    buf_init(&x->sst_pool);
    buf_init(&x->cv);
    buf_init(&x->rowbuf);
    return x;
}

int xlsx_reader_open_file(const char *path, const char *sheet, struct xlsx_reader **out,
                          struct merit_error *err)
{
    struct xlsx_reader *x = xlsx_new(path);
    int zerr = 0;

    *out = NULL;
    x->zip = zip_open(path, ZIP_RDONLY, &zerr);
    if (!x->zip) {
        zip_error_t ze;

        zip_error_init_with_code(&ze, zerr);
        xlsx_invalid(x, err, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        goto fail;
    }
    if (xlsx_load(x, sheet, err) < 0)
        goto fail;
    *out = x;
    return 0;
fail:
    xlsx_reader_close(x);
    return -1;
}

int xlsx_reader_open_mem(const void *data, size_t len, const char *name, const char *sheet,
                         struct xlsx_reader **out, struct merit_error *err)
{
    struct xlsx_reader *x = xlsx_new(name);
    zip_error_t ze;
    zip_source_t *src;

    *out = NULL;
    zip_error_init(&ze);
    src = zip_source_buffer_create(data, len, 0, &ze);
    if (src) {
        x->zip = zip_open_from_source(src, ZIP_RDONLY, &ze);
        if (!x->zip)
            zip_source_free(src);
    }
    if (!x->zip) {
        xlsx_invalid(x, err, zip_error_strerror(&ze));
        zip_error_fini(&ze);
        goto fail;
    }
    zip_error_fini(&ze);
    if (xlsx_load(x, sheet, err) < 0)
        goto fail;
    *out = x;
    return 0;
fail:
    xlsx_reader_close(x);
    return -1;
}

static void xlsx_emit(struct xlsx_reader *x, struct table_row *row)
{
    for (size_t i = 0; i < x->ncells; i++)
        x->cells[i] = x->offs[i] == SIZE_MAX ? "" : x->rowbuf.data + x->offs[i];
    row->rowno = x->rowno;
    row->ncells = x->ncells;
    row->cells = x->cells;
    row->lens = x->lens;
}

int xlsx_reader_next(struct xlsx_reader *x, struct table_row *row, struct merit_error *err)
{
    if (x->failed)
        return err_set(err, MERIT_EINTERNAL, "%s: xlsx reader used after a fatal error", x->name);
    x->row_ready = 0;
    while (!x->done) {
        enum XML_Status st;

        if (x->suspended) {
            st = XML_ResumeParser(x->xp);
        } else {
            zip_int64_t n = xlsx_part_read(x, &x->sheet, x->chunk, XLSX_CHUNK, err);

            if (n < 0)
                goto fail;
            x->final_fed = n == 0;
            st = XML_Parse(x->xp, x->chunk, (int)n, x->final_fed);
        }
        x->suspended = st == XML_STATUS_SUSPENDED;
        if (st == XML_STATUS_ERROR) {
            xlsx_xml_error(x, x->sheet.entry, err);
            goto fail;
        }
        if (st == XML_STATUS_OK && x->final_fed)
            x->done = 1;
        if (x->row_ready) {
            xlsx_emit(x, row);
            return 1;
        }
    }
    return 0;
fail:
    x->failed = 1;
    return -1;
}

void xlsx_reader_progress(const struct xlsx_reader *x, uint64_t *done, uint64_t *total)
{
    if (done)
        *done = x->sheet.inflated;
    if (total)
        *total = x->sheet.size;
}

void xlsx_reader_close(struct xlsx_reader *x)
{
    if (!x)
        return;
    if (x->xp)
        XML_ParserFree(x->xp);
    xlsx_part_close(&x->sheet);
    if (x->zip)
        zip_discard(x->zip);
    for (size_t i = 0; i < x->nsheets; i++) {
        free(x->sheet_names[i]);
        free(x->sheet_rids[i]);
    }
    free(x->sheet_names);
    free(x->sheet_rids);
    free(x->sheet_target);
    free(x->sst_target);
    buf_release(&x->sst_pool);
    free(x->sst);
    free(x->chunk);
    buf_release(&x->cv);
    buf_release(&x->rowbuf);
    free(x->offs);
    free(x->lens);
    free(x->cells);
    free(x->name);
    free(x);
}
