/*
 * forecast.h - when a position falls vacant: its holder reaching the
 * retirement age (batas usia pensiun, BUP) of the position's jenjang, or a
 * JPT holder reaching the 5-year cap in one post (UU 5/2014 Ps 117).
 *
 * Retirement: a civil servant is honourably discharged at the end of the
 * month in which they reach the BUP, so the pension (and the vacancy) starts
 * on the first day of the following month (PP 11/2017 Ps 239-240 as
 * practised by BKN; confidence [S]). The ages are policy data
 * (talent policy "retirement"); defaults in talent_default().
 * Pure: dates in, dates out.
 */
#ifndef MERIT_DOMAIN_FORECAST_H
#define MERIT_DOMAIN_FORECAST_H

#include "base/civil.h"

/**
 * The first day of the month after the one in which a person born on
 * `birth` reaches `age` years (a birthday on 29 February counts as the
 * 28th in common years). Returns 0, or -1 for an age outside 40..75.
 */
int forecast_retirement(struct civil_date birth, int age, struct civil_date *out);

/** The day a JPT holder inaugurated on `since` reaches `years` in the post (0 < years <= 10). */
int forecast_jpt_cap(struct civil_date since, int years, struct civil_date *out);

/** Whole months from a to b (b after a; day of month respected), 0 when b <= a. */
int forecast_months_between(struct civil_date a, struct civil_date b);

#endif
