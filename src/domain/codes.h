/*
 * codes.h - from what operators type to the canonical codes merit stores.
 *
 * Spreadsheets from BKD/BKPSDM offices spell the same thing many ways
 * ("III/a", "IIIa", "3a", "Penata Muda"); every importer and API handler goes
 * through these normalisers so the database only ever sees the canonical
 * codes, which are the primary keys of the ref_* tables
 * (migrations/ref/0002_reference.sql).
 *
 * Every *_normalize function reads s[0..len) (not NUL-terminated; NULL s or
 * len 0 is refused), ignores case, spaces, punctuation and a non-breaking
 * space, and returns 0 with *out pointing at a static canonical string, or
 * -1 (leaving *out untouched) when the text is not recognised. Non-ASCII
 * bytes other than U+00A0 are refused. Pure: no I/O, no allocation.
 *
 * The lookups (*_rank, *_name, *_kind) take canonical codes only and compare
 * them exactly; unknown codes give 0 or NULL.
 */
#ifndef MERIT_DOMAIN_CODES_H
#define MERIT_DOMAIN_CODES_H

#include <stddef.h>

#define GOLONGAN_COUNT 17
#define PPPK_GRADE_COUNT 17
#define ESELON_COUNT 9
#define JENJANG_COUNT 14
#define EDUCATION_COUNT 10

/**
 * PNS golongan/ruang: "III/a", "III a", "IIIa", "III-A", "3a", "3/a",
 * "Golongan III/a", the pangkat name ("Penata Muda", "Penata Muda Tk. I") or
 * both ("Penata Muda Tk. I (III/b)", "III/b, Penata Muda Tingkat I") ->
 * "I/a" .. "IV/e".
 */
int golongan_normalize(const char *s, size_t len, const char **out);
/** 1 (I/a) .. 17 (IV/e); 0 for anything that is not a canonical code. */
int golongan_rank(const char *code);
/** The canonical code of rank 1..17, or NULL. */
const char *golongan_by_rank(int rank);
/** Pangkat of a canonical golongan ("III/a" -> "Penata Muda"), or NULL. */
const char *golongan_pangkat(const char *code);

/** PPPK grade (golongan I..XVII): "IX", "ix", "9", "Golongan IX" -> "IX". */
int pppk_grade_normalize(const char *s, size_t len, const char **out);
/** 1 .. 17, or 0. */
int pppk_grade_rank(const char *code);
const char *pppk_grade_by_rank(int rank);

/** Eselon: "II.a", "IIa", "II/a", "2a", "II A", "2.a", "Eselon II.a" -> "II.a". */
int eselon_normalize(const char *s, size_t len, const char **out);
/** 1 (I.a, most senior) .. 9 (V.a), following the eselon numbering; or 0. */
int eselon_rank(const char *code);
const char *eselon_by_rank(int rank);

/**
 * Jenjang jabatan: canonical codes jpt_utama, jpt_madya, jpt_pratama,
 * administrator, pengawas, pelaksana, ahli_utama, ahli_madya, ahli_muda,
 * ahli_pertama, penyelia, mahir, terampil, pemula. Accepts the codes and the
 * display names with or without "Jabatan", "Fungsional", "JF" in front
 * ("JPT Pratama", "Jabatan Pimpinan Tinggi Pratama", "Fungsional Ahli
 * Muda"); "Fungsional Umum"/"JFU" is pelaksana.
 */
int jenjang_normalize(const char *s, size_t len, const char **out);
/** Display name ("jpt_pratama" -> "JPT Pratama"), or NULL. */
const char *jenjang_name(const char *code);
/**
 * The ref_jenjang.kind of a code: "jpt", "administrasi",
 * "fungsional_keahlian" or "fungsional_keterampilan"; NULL if unknown.
 */
const char *jenjang_kind(const char *code);
/** Canonical code at index 0 .. JENJANG_COUNT-1 (the order above), or NULL. */
const char *jenjang_by_index(int i);

/**
 * Education level: SD; SMP (SLTP); SMA (SLTA, SMK, SMU, MA); D1..D4 (also
 * "D-IV", "Diploma IV"); S1 ("S-1", "Sarjana"); S2 ("Magister", "Master");
 * S3 ("Doktor") -> "SD" "SMP" "SMA" "D1" "D2" "D3" "D4" "S1" "S2" "S3".
 */
int education_normalize(const char *s, size_t len, const char **out);
/** 1 (SD) .. 10 (S3), so that "at least D3" is a comparison; 0 if unknown. */
int education_rank(const char *code);
const char *education_by_rank(int rank);

/** "L", "P", "Laki-laki", "Pria", "Perempuan", "Wanita", "M", "F", "1", "2" -> "L"/"P". */
int sex_normalize(const char *s, size_t len, const char **out);
/** "PNS", "CPNS" (still PNS for merit's purposes), "PPPK", "P3K" -> "PNS"/"PPPK". */
int status_normalize(const char *s, size_t len, const char **out);
/**
 * Jenis jabatan: "struktural", "fungsional", "pelaksana", the SIASN
 * jenisJabatan numbers 1/2/4, "JFT" (fungsional), "JFU"/"Fungsional Umum"
 * (pelaksana).
 */
int jenis_jabatan_normalize(const char *s, size_t len, const char **out);
/**
 * Unit kind: opd, bidang, seksi, subbagian, uptd, lainnya; also "dinas",
 * "badan", "sekretariat", "kantor", "kecamatan", "inspektorat" (opd),
 * "bagian" (bidang), "subbag"/"sub bagian" (subbagian), "upt" (uptd).
 */
int unit_kind_normalize(const char *s, size_t len, const char **out);
/**
 * Disciplinary sanction level (PP 94/2021): "ringan"/"light", "sedang"/
 * "moderate", "berat"/"heavy", optionally after "hukuman disiplin"/"hukdis".
 */
int sanction_level_normalize(const char *s, size_t len, const char **out);
/**
 * Training kind: struktural, manajerial, teknis, fungsional, lainnya;
 * leadership courses ("Diklatpim II", "PKA", "PKP", "PKN Tk. II") are
 * manajerial; a leading "Diklat"/"Pelatihan" is ignored.
 */
int training_kind_normalize(const char *s, size_t len, const char **out);

/** ya/tidak, yes/no, y/n, true/false, benar/salah, bukan, t, 1/0, x (a ticked cell) -> 1 or 0. */
int bool_normalize(const char *s, size_t len, int *out);

#endif
