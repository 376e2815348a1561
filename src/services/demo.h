/*
 * demo.h - a synthetic, deterministic kabupaten written into the database.
 *
 * demo_run creates (or reuses) a tenant and fills it with OPD, their bidang,
 * subbagian, seksi and UPTD units, structural / functional / pelaksana
 * positions with requirements and SKJ, employees with valid NIPs, and their
 * golongan, position, SKP, sanction and training histories.
 *
 * Determinism: the same employee count and seed give byte-identical rows on
 * every run and engine (ids aside). All randomness comes from a private
 * PRNG seeded per OPD and per employee; dates are relative to the fixed
 * reference day DEMO_TODAY, never the clock.
 *
 * Memory does not grow with the employee count: the data is generated and
 * written OPD by OPD (units, positions, then that OPD's employees), and the
 * number of OPD grows with the count instead of their size.
 *
 * Everything is written in one transaction: on any error nothing is kept.
 */
#ifndef MERIT_SERVICES_DEMO_H
#define MERIT_SERVICES_DEMO_H

#include <stdint.h>

#include "db/db.h"

#define DEMO_DEFAULT_EMPLOYEES 6500L
#define DEMO_MIN_EMPLOYEES 100L
#define DEMO_MAX_EMPLOYEES 10000000L
#define DEMO_DEFAULT_SEED 1ULL
#define DEMO_DEFAULT_NAME "Kabupaten Contoh"
/* The reference "today" every generated date is relative to. */
#define DEMO_TODAY_Y 2026
#define DEMO_TODAY_M 1
#define DEMO_TODAY_D 1

struct demo_options {
    long employees;          /* DEMO_MIN_EMPLOYEES..DEMO_MAX_EMPLOYEES */
    uint64_t seed;           /* any value */
    const char *tenant_code; /* created when absent */
    const char *tenant_name; /* NULL: DEMO_DEFAULT_NAME */
    /* Called every few hundred employees and once at the end; may be NULL. */
    void (*progress)(long done, long total, void *user);
    void *progress_user;
};

struct demo_summary {
    int64_t tenant_id;
    long opd;   /* top-level units */
    long units; /* all units, OPD included */
    long positions;
    long structural;        /* structural positions */
    long vacant;            /* structural positions left without a holder */
    long tech_competencies; /* tech_competency rows inserted for the tenant */
    long skj_items;
    long employees, pns, pppk;
    long structural_holders, jf, pelaksana;
    long women;
    long hist_golongan, hist_position, hist_skp, hist_sanction, hist_training;
};

/**
 * Generates the demo kabupaten into db for opt->tenant_code.
 * Fails with MERIT_EINVAL for an employee count out of range, with
 * MERIT_ECONFLICT (and a message saying what to do) when the tenant already
 * holds employees, units or positions, or with the database error. On
 * failure the transaction is rolled back and *out is unspecified.
 */
int demo_run(struct db *db, const struct demo_options *opt, struct demo_summary *out,
             struct merit_error *err);

#define DEMO_WAVE_SIZE 600L

/**
 * Runs the demo's assessment wave "ASM-2026-01" for size participants (by
 * jenjang, most senior first; two more are enrolled and marked absent and
 * withdrawn) through the wave services, ending finalised. Deterministic for
 * a seed. *finalised gets the number of results.
 */
int demo_wave(struct db *db, int64_t tenant, long size, uint64_t seed, long *finalised,
              struct merit_error *err);

/** How many OPD demo_run creates for n employees (about one per 185, at least 3). */
long demo_opd_count(long employees);

#endif
