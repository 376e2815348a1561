/*
 * demo_names.h - the private PRNG and the Indonesian name tables of the demo
 * generator (services/demo.c). Not a public interface.
 *
 * The PRNG is xoshiro256** seeded through splitmix64: small, fast and the
 * same on every platform, so a seed always gives the same kabupaten (rand()
 * would differ between C libraries).
 */
#ifndef MERIT_SERVICES_DEMO_NAMES_H
#define MERIT_SERVICES_DEMO_NAMES_H

#include <stdint.h>

#include "base/buf.h"

struct demo_rng {
    uint64_t s[4];
};

/** Seeds from a seed and up to two stream numbers (e.g. OPD and employee index). */
void demo_rng_seed(struct demo_rng *r, uint64_t seed, uint64_t a, uint64_t b);
uint64_t demo_rng_next(struct demo_rng *r);
/** Uniform in [0, n), n > 0 (Lemire's multiply-shift; the bias is negligible for small n). */
uint32_t demo_rng_below(struct demo_rng *r, uint32_t n);
/** Uniform in [lo, hi]. */
int demo_rng_range(struct demo_rng *r, int lo, int hi);
/** 1 with probability permille / 1000. */
int demo_rng_chance(struct demo_rng *r, int permille);

/**
 * Appends a full personal name (without academic titles) to out: Javanese,
 * Sundanese, Malay/Sumatran Muslim, Batak, Balinese, Bugis/Makassar or
 * eastern Christian, in proportions like a kabupaten's register.
 */
void demo_name_person(struct demo_rng *r, int female, struct buf *out);

/** Place names for kecamatan and UPTD; index wraps. */
const char *demo_name_place(long i);
long demo_name_place_count(void);

#endif
