/*
 * skp.h - the annual performance rating of PermenPAN-RB 6/2022 (SKP).
 *
 * Two ratings, hasil kerja (work results) and perilaku kerja (behaviour),
 * each di bawah / sesuai / di atas ekspektasi, combine into one of five
 * predikat through a 3x3 matrix. The matrix is policy data (REGULATIONS.md
 * section 6 marks it [I]: known from implementations, not from the primary
 * text), so it is a value the caller passes in - normally loaded from
 * ref_skp_predikat - and skp_matrix_default only supplies the values that
 * migrations/ref/0002_reference.sql also contains.
 *
 * Pure: no I/O, no allocation. Codes are the strings stored in hist_skp and
 * ref_skp_predikat.
 */
#ifndef MERIT_DOMAIN_SKP_H
#define MERIT_DOMAIN_SKP_H

#include <stddef.h>

enum skp_rating {
    SKP_DI_BAWAH = 1,
    SKP_SESUAI = 2,
    SKP_DI_ATAS = 3,
};

enum skp_predikat {
    SKP_PREDIKAT_NONE = 0, /* an unset matrix cell, or invalid input */
    SKP_SANGAT_BAIK,
    SKP_BAIK,
    SKP_BUTUH_PERBAIKAN,
    SKP_KURANG, /* "Kurang/Misconduct" */
    SKP_SANGAT_KURANG,
};

/** cell[hasil - 1][perilaku - 1]; a zeroed matrix has every cell unset. */
struct skp_matrix {
    enum skp_predikat cell[3][3];
};

/**
 * Parses a rating as typed: "di atas ekspektasi", "Di Atas Ekspektasi",
 * "di_atas", "diatas", "above (expectations)", "sesuai (ekspektasi)",
 * "meets", "di bawah", "below"; case, spaces and underscores do not matter.
 * Returns 0 and sets *out, or -1.
 */
int skp_rating_parse(const char *s, size_t len, enum skp_rating *out);
/** "di_atas" / "sesuai" / "di_bawah", or NULL for an invalid value. */
const char *skp_rating_code(enum skp_rating r);
/** "Di Atas Ekspektasi" / "Sesuai Ekspektasi" / "Di Bawah Ekspektasi", or NULL. */
const char *skp_rating_name(enum skp_rating r);

/**
 * Parses a predikat from its code or name: "sangat_baik", "Sangat Baik",
 * "Baik", "Butuh Perbaikan", "Kurang", "Misconduct", "Kurang/Misconduct",
 * "Sangat Kurang". "Cukup" is read as Butuh Perbaikan, the equivalence
 * REGULATIONS.md section 6 records ("Butuh Perbaikan (Cukup)"). Returns 0 and
 * sets *out, or -1.
 */
int skp_predikat_parse(const char *s, size_t len, enum skp_predikat *out);
/** "sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang", or NULL. */
const char *skp_predikat_code(enum skp_predikat p);
/** "Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang/Misconduct", "Sangat Kurang", or NULL. */
const char *skp_predikat_name(enum skp_predikat p);

/** Fills m with the PermenPAN-RB 6/2022 matrix of REGULATIONS.md section 6. */
void skp_matrix_default(struct skp_matrix *m);
/** Sets one cell; returns -1 (m unchanged) if a rating or p is invalid. */
int skp_matrix_set(struct skp_matrix *m, enum skp_rating hasil, enum skp_rating perilaku,
                   enum skp_predikat p);
/** 1 when all nine cells are set, else 0. */
int skp_matrix_complete(const struct skp_matrix *m);
/** The predikat of a rating pair; SKP_PREDIKAT_NONE for invalid ratings or an unset cell. */
enum skp_predikat skp_predikat_of(const struct skp_matrix *m, enum skp_rating hasil,
                                  enum skp_rating perilaku);

#endif
