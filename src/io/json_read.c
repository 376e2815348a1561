#include "io/json_read.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>

#include "base/arena.h"
#include "base/i18n.h"
#include "base/xmalloc.h"

struct json_reader {
    json_t *doc;
    char *name;
    size_t ncols;
    const char **keys; /* header: the first object's keys */
    size_t next;       /* index of the next element; the header is emitted first */
    int header_done;
    const char **cells;
    size_t *lens;
    struct arena cell_arena; /* numbers turned into text, per row */
};

int json_reader_open_mem(const void *data, size_t len, const char *name, struct json_reader **out,
                         struct merit_error *err)
{
    struct json_reader *r;
    json_error_t jerr;
    json_t *doc, *first;
    const char *key;
    json_t *val;
    size_t i = 0;

    *out = NULL;
    if (len > JSON_READ_MAX)
        return err_set(err, MERIT_ELIMIT,
                       T("%s: berkas JSON lebih dari %u MiB; impor sebagai CSV atau XLSX",
                         "%s: JSON files above %u MiB are not read; import CSV or XLSX instead"),
                       name, JSON_READ_MAX >> 20);
    /* Excel-minded tools add a BOM even to JSON */
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data = (const char *)data + 3;
        len -= 3;
    }
    doc = json_loadb(data, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!doc)
        return err_set_at(err, MERIT_EFORMAT, jerr.line, "",
                          T("%s:%d: JSON tidak sah: %s", "%s:%d: invalid JSON: %s"), name,
                          jerr.line, jerr.text);
    if (!json_is_array(doc) || (json_array_size(doc) && !json_is_object(json_array_get(doc, 0)))) {
        json_decref(doc);
        return err_set(
            err, MERIT_EFORMAT,
            T("%s: JSON harus berupa larik objek, seperti hasil 'merit export --format "
              "json'",
              "%s: the JSON must be an array of objects, as 'merit export --format json' "
              "writes"),
            name);
    }
    r = xcalloc(1, sizeof(*r));
    r->doc = doc;
    r->name = xstrdup(name);
    arena_init(&r->cell_arena, 4096);
    first = json_array_get(doc, 0);
    r->ncols = first ? json_object_size(first) : 0;
    if (r->ncols > TABLE_MAX_COLS) {
        json_reader_close(r);
        return err_set(err, MERIT_ELIMIT, T("%s: lebih dari %d kolom", "%s: more than %d columns"),
                       name, TABLE_MAX_COLS);
    }
    r->keys = xcalloc(r->ncols + 1, sizeof(*r->keys));
    r->cells = xcalloc(r->ncols + 1, sizeof(*r->cells));
    r->lens = xcalloc(r->ncols + 1, sizeof(*r->lens));
    if (first)
        json_object_foreach(first, key, val) r->keys[i++] = key;
    *out = r;
    return 0;
}

static int json_reader_cell(struct json_reader *r, json_t *v, long rowno, const char *key,
                            const char **out, struct merit_error *err)
{
    if (!v || json_is_null(v))
        *out = "";
    else if (json_is_string(v))
        *out = json_string_value(v);
    else if (json_is_true(v))
        *out = "1";
    else if (json_is_false(v))
        *out = "0";
    else if (json_is_integer(v))
        *out = arena_printf(&r->cell_arena, "%" JSON_INTEGER_FORMAT, json_integer_value(v));
    else if (json_is_real(v))
        *out = arena_printf(&r->cell_arena, "%.17g", json_real_value(v));
    else
        return err_set_at(err, MERIT_EINVAL, rowno, key,
                          T("%s:%ld: nilai '%s' bukan teks, angka atau null",
                            "%s:%ld: the value of '%s' is not text, a number or null"),
                          r->name, rowno, key);
    if (strlen(*out) > TABLE_MAX_CELL)
        return err_set_at(err, MERIT_ELIMIT, rowno, key,
                          T("%s:%ld: isi '%s' lebih dari %d byte",
                            "%s:%ld: the value of '%s' is longer than %d bytes"),
                          r->name, rowno, key, TABLE_MAX_CELL);
    return 0;
}

int json_reader_next(struct json_reader *r, struct table_row *row, struct merit_error *err)
{
    json_t *obj;
    const char *key;
    json_t *val;

    arena_reset(&r->cell_arena);
    if (!r->header_done) {
        r->header_done = 1;
        if (r->ncols == 0)
            return 0;
        for (size_t i = 0; i < r->ncols; i++) {
            r->cells[i] = r->keys[i];
            r->lens[i] = strlen(r->keys[i]);
        }
        row->rowno = 1;
    } else {
        long rowno;
        int blank;

    again:
        if (r->next >= json_array_size(r->doc))
            return 0;
        rowno = (long)r->next + 2;
        obj = json_array_get(r->doc, r->next++);
        if (!json_is_object(obj))
            return err_set_at(err, MERIT_EINVAL, rowno, "",
                              T("%s:%ld: elemen ini bukan objek", "%s:%ld: this element is not "
                                                                  "an object"),
                              r->name, rowno);
        /* every key must be one of the header's, or its value would be lost silently */
        json_object_foreach(obj, key, val)
        {
            size_t i;

            for (i = 0; i < r->ncols && strcmp(r->keys[i], key) != 0; i++)
                ;
            if (i == r->ncols)
                return err_set_at(err, MERIT_EINVAL, rowno, key,
                                  T("%s:%ld: kunci '%s' tidak ada pada objek pertama",
                                    "%s:%ld: key '%s' is not in the first object"),
                                  r->name, rowno, key);
        }
        blank = 1;
        for (size_t i = 0; i < r->ncols; i++) {
            if (json_reader_cell(r, json_object_get(obj, r->keys[i]), rowno, r->keys[i],
                                 &r->cells[i], err) != 0)
                return -1;
            r->lens[i] = strlen(r->cells[i]);
            blank &= r->lens[i] == 0;
        }
        /* like a blank spreadsheet row: skipped, still counted in the numbering */
        if (blank)
            goto again;
        row->rowno = rowno;
    }
    row->ncells = r->ncols;
    row->cells = r->cells;
    row->lens = r->lens;
    return 1;
}

void json_reader_progress(const struct json_reader *r, uint64_t *done, uint64_t *total)
{
    *done = r->next;
    *total = json_array_size(r->doc);
}

void json_reader_close(struct json_reader *r)
{
    if (!r)
        return;
    json_decref(r->doc);
    free(r->name);
    free(r->keys);
    free(r->cells);
    free(r->lens);
    arena_free(&r->cell_arena);
    free(r);
}
