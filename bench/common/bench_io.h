/*
 * bench_io.h - what the bench drivers share: die/now, a buffered CSV writer,
 * a block reader for the strict CSV files the benches write themselves, the
 * deterministic level derivation (derive_lki) both benches document, the
 * golongan/education ranks and the SKJ columns of the positions export.
 * Not part of merit: only the bench drivers use it.
 */
#ifndef MERIT_BENCH_IO_H
#define MERIT_BENCH_IO_H

#include <stddef.h>
#include <stdio.h>
#include <stdint.h>

#include "base/strmap.h"
#include "io/table.h"

/* the program's name, for messages (each driver sets it) */
extern const char *bench_name;

#define OUT_BUF (1u << 20)

struct out {
    FILE *f;
    const char *path;
    char *buf;
    size_t len;
};

struct rd {
    int fd;
    const char *path;
    char *buf;
    size_t cap, beg, end;
    int eof;
    long lineno;
};

struct fields {
    const char *p, *end;
    struct rd *r;
};

struct names {
    char *buf;
    size_t len, cap;
    size_t *at; /* offset of name i */
    size_t n, ncap;
    struct strmap index;
};

_Noreturn void die(const char *fmt, ...);
double now(void);
void out_open(struct out *o, const char *path);
void out_flush(struct out *o);
void out_row_done(struct out *o);
void out_str(struct out *o, const char *s, size_t n);
void out_cstr(struct out *o, const char *s);
void out_int(struct out *o, int64_t v);
void out_sep(struct out *o);
void out_close(struct out *o);
void rd_open(struct rd *r, const char *path);
int rd_line(struct rd *r, const char **line, size_t *len);
int rd_block(struct rd *r, const char **p, const char **end);
void rd_close(struct rd *r);
void rd_header(struct rd *r, const char *want);
void fields_start(struct fields *f, struct rd *r, const char *line, size_t len);
size_t field_str(struct fields *f, const char **s);
int64_t field_int(struct fields *f, int64_t max);
void fields_end(struct fields *f);
uint64_t mix64(uint64_t z);
uint64_t fnv1a(const char *s, size_t n);
int derive_lki(const char *nip, size_t nlen, const char *comp, int lkj);
int golongan_rank(const char *s);
int education_rank(const char *s);
int col_find(const struct table_row *h, const char *name);
const char *cell(const struct table_row *row, int col);
char *path_join(const char *dir, const char *name);
void names_init(struct names *nm);
size_t names_add(struct names *nm, const char *s, size_t len, int *added);
const char *names_get(const struct names *nm, size_t i);
void names_free(struct names *nm);
extern const char *const skj_col[9];
extern const char *const skj_code[9];

#endif
