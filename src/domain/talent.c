#include "domain/talent.h"

#include <string.h>

#include "base/civil.h"

/* REGULATIONS.md 3.4: numbering, labels and follow-ups identical in >= 5
 * independent agency implementations [I], consistent with BKN's summary of
 * the regulation's annex [S]. Grid rows (performance) top to bottom above /
 * meets / below, columns (potential) low / middle / high: 4 7 9 / 2 5 8 / 1 3 6. */
static const struct talent_box boxes[9] = {
    {1, TALENT_LOW, TALENT_LOW, "Kinerja di bawah ekspektasi dan potensial rendah",
     "Performance below expectation, low potential",
     "Diproses sesuai ketentuan peraturan perundang-undangan",
     "Handled under the disciplinary and performance rules"},
    {2, TALENT_MID, TALENT_LOW, "Kinerja sesuai ekspektasi dan potensial rendah",
     "Performance meets expectation, low potential",
     "Bimbingan kinerja; pengembangan kompetensi; penempatan yang sesuai",
     "Performance coaching; competency development; suitable placement"},
    {3, TALENT_LOW, TALENT_MID, "Kinerja di bawah ekspektasi dan potensial menengah",
     "Performance below expectation, middle potential",
     "Bimbingan kinerja; konseling kinerja; pengembangan kompetensi; penempatan yang sesuai",
     "Performance coaching; performance counselling; competency development; suitable "
     "placement"},
    {4, TALENT_HIGH, TALENT_LOW, "Kinerja di atas ekspektasi dan potensial rendah",
     "Performance above expectation, low potential", "Rotasi; pengembangan kompetensi",
     "Rotation; competency development"},
    {5, TALENT_MID, TALENT_MID, "Kinerja sesuai ekspektasi dan potensial menengah",
     "Performance meets expectation, middle potential",
     "Penempatan yang sesuai; bimbingan kinerja; pengembangan kompetensi",
     "Suitable placement; performance coaching; competency development"},
    {6, TALENT_LOW, TALENT_HIGH, "Kinerja di bawah ekspektasi dan potensial tinggi",
     "Performance below expectation, high potential",
     "Penempatan yang sesuai; bimbingan kinerja; konseling kinerja",
     "Suitable placement; performance coaching; performance counselling"},
    {7, TALENT_HIGH, TALENT_MID, "Kinerja di atas ekspektasi dan potensial menengah",
     "Performance above expectation, middle potential",
     "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi/pengayaan jabatan; "
     "pengembangan kompetensi; tugas belajar",
     "Retain; agency succession pool; rotation/job enrichment; competency development; study "
     "assignment"},
    {8, TALENT_MID, TALENT_HIGH, "Kinerja sesuai ekspektasi dan potensial tinggi",
     "Performance meets expectation, high potential",
     "Dipertahankan; masuk kelompok rencana suksesi instansi; rotasi/perluasan jabatan; "
     "bimbingan kinerja",
     "Retain; agency succession pool; rotation/job enlargement; performance coaching"},
    {9, TALENT_HIGH, TALENT_HIGH, "Kinerja di atas ekspektasi dan potensial tinggi",
     "Performance above expectation, high potential",
     "Dipromosikan dan dipertahankan; masuk kelompok rencana suksesi instansi/nasional; "
     "penghargaan",
     "Promote and retain; agency/national succession pool; recognition"},
};

const char *talent_box_source(void)
{
    return "PermenPAN-RB 3/2020 jo. 20/2025 (Ps 17, lampiran); REGULATIONS.md 3.4 [I/S]";
}

const struct talent_box *talent_box_at(enum talent_level performance, enum talent_level potential)
{
    for (int i = 0; i < 9; i++)
        if (boxes[i].performance == performance && boxes[i].potential == potential)
            return &boxes[i];
    return NULL;
}

const struct talent_box *talent_box_get(int box)
{
    return box >= 1 && box <= 9 ? &boxes[box - 1] : NULL;
}

enum talent_level talent_cut(const struct talent_cuts *c, int64_t score_bp)
{
    if (score_bp >= c->high_bp)
        return TALENT_HIGH;
    if (score_bp >= c->mid_bp)
        return TALENT_MID;
    return TALENT_LOW;
}

static int map_score(const struct talent_perf_policy *p, const char *code, int64_t *out)
{
    for (size_t i = 0; code && i < p->nmap; i++)
        if (strcmp(p->map[i].code, code) == 0) {
            *out = p->map[i].score_bp;
            return 0;
        }
    return -1;
}

int talent_performance(const struct talent_perf_policy *p, int period_year,
                       const struct talent_skp *skp, size_t n, int64_t *score_bp)
{
    int64_t sum = 0, best = 0, latest = 0, v;
    int used = 0, latest_year = 0;

    for (size_t i = 0; i < n; i++) {
        if (skp[i].year < period_year - p->years || skp[i].year >= period_year)
            continue;
        if (map_score(p, p->source == TALENT_PERF_RATING ? skp[i].rating_hasil : skp[i].predikat,
                      &v) != 0)
            return -1;
        if (used == 0 || v < best)
            best = v;
        if (skp[i].year > latest_year) {
            latest_year = skp[i].year;
            latest = v;
        }
        sum += v;
        used++;
    }
    if (used == 0)
        return 0;
    switch (p->combine) {
    case TALENT_COMBINE_LATEST:
        *score_bp = latest;
        break;
    case TALENT_COMBINE_MIN:
        *score_bp = best;
        break;
    default:
        *score_bp = (2 * sum + used) / (2 * used);
        break;
    }
    return used;
}

int talent_potential(const struct talent_pot_policy *p, const struct talent_inputs *in,
                     int64_t *score_bp, enum talent_component *missing)
{
    int64_t sum = 0;
    int total = 0;

    for (size_t i = 0; i < p->nweights; i++) {
        enum talent_component c = p->weights[i].component;
        if (c < 1 || c >= TALENT_C_COUNT || !in->has[c]) {
            if (missing)
                *missing = c;
            return -1;
        }
        sum += in->score[c] * p->weights[i].weight_pct;
        total += p->weights[i].weight_pct;
    }
    if (total <= 0)
        return -1;
    *score_bp = (2 * sum + total) / (2 * total);
    return 0;
}

static int level_blocks(const struct talent_elig_policy *p, const char *level)
{
    if (!level)
        return 0;
    if (strcmp(level, "berat") == 0)
        return p->block_berat;
    if (strcmp(level, "sedang") == 0)
        return p->block_sedang;
    if (strcmp(level, "ringan") == 0)
        return p->block_ringan;
    return 0;
}

int talent_sanction_blocks(const struct talent_elig_policy *p, const char *date,
                           const struct talent_sanction *s, size_t n, size_t *which)
{
    struct civil_date d, from, a, b;
    const char *why;

    if (!date || civil_parse(date, strlen(date), 0, &d, &why) != 0)
        return 0;
    from = civil_add_months(d, -p->lookback_months);
    for (size_t i = 0; i < n; i++) {
        if (!level_blocks(p, s[i].level) || !s[i].start ||
            civil_parse(s[i].start, strlen(s[i].start), 0, &a, &why) != 0)
            continue;
        /* an open sanction runs to this day */
        if (!s[i].end || !*s[i].end || civil_parse(s[i].end, strlen(s[i].end), 0, &b, &why) != 0)
            b = d;
        /* [a, b] overlaps [from, d] */
        if (civil_cmp(a, d) <= 0 && civil_cmp(b, from) >= 0) {
            if (which)
                *which = i;
            return 1;
        }
    }
    return 0;
}

int talent_moves_up(const struct talent_cuts *perf, const struct talent_cuts *pot, int64_t perf_bp,
                    int64_t pot_bp, struct talent_gap out[2])
{
    int k = 0;
    const struct talent_cuts *c[2] = {perf, pot};
    int64_t s[2] = {perf_bp, pot_bp};

    for (int axis = 0; axis < 2; axis++) {
        enum talent_level l = talent_cut(c[axis], s[axis]);
        if (l == TALENT_HIGH)
            continue;
        out[k].axis = axis;
        out[k].score_bp = s[axis];
        out[k].needed_bp = l == TALENT_LOW ? c[axis]->mid_bp : c[axis]->high_bp;
        k++;
    }
    return k;
}

long talent_sensitivity(const struct talent_cuts *perf, const struct talent_cuts *pot,
                        const int64_t (*scores)[2], size_t n, int which, int64_t delta_bp)
{
    struct talent_cuts p2 = *perf, q2 = *pot;
    long changed = 0;

    switch (which) {
    case 0:
        p2.mid_bp += delta_bp;
        break;
    case 1:
        p2.high_bp += delta_bp;
        break;
    case 2:
        q2.mid_bp += delta_bp;
        break;
    case 3:
        q2.high_bp += delta_bp;
        break;
    default:
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        const struct talent_box *a =
            talent_box_at(talent_cut(perf, scores[i][0]), talent_cut(pot, scores[i][1]));
        const struct talent_box *b =
            talent_box_at(talent_cut(&p2, scores[i][0]), talent_cut(&q2, scores[i][1]));
        if (a != b)
            changed++;
    }
    return changed;
}

void talent_default(struct talent_policy *p)
{
    memset(p, 0, sizeof(*p));
    p->perf.years = 2; /* Buleleng SIMATA: SKP of the last 2 years [S] */
    p->perf.source = TALENT_PERF_RATING;
    p->perf.combine = TALENT_COMBINE_MEAN;
    p->perf.nmap = 3;
    p->perf.map[0] = (struct talent_map_entry){"di_bawah", 0};
    p->perf.map[1] = (struct talent_map_entry){"sesuai", 5000};
    p->perf.map[2] = (struct talent_map_entry){"di_atas", 10000};
    p->perf.cuts = (struct talent_cuts){5000, 10000};
    p->pot.nweights = 2; /* REGULATIONS.md 3.5 variant 1 [I] */
    p->pot.weights[0] = (struct talent_weight){TALENT_C_JPM, 50};
    p->pot.weights[1] = (struct talent_weight){TALENT_C_POTENTIAL, 50};
    p->pot.cuts = (struct talent_cuts){7800, 9000};
    p->elig.lookback_months = 24; /* REGULATIONS.md 3.2 [S] */
    p->elig.block_sedang = 1;
    p->elig.block_berat = 1;
    p->pool_min_box = 7; /* REGULATIONS.md 3.4: boxes 7-9 [I/S] */
    /* BUP: UU 5/2014 Ps 90 (58 administrasi, 60 JPT) and PP 11/2017 Ps 239 (JF: 65 Ahli
     * Utama, 60 Ahli Madya, 58 the rest) [S: not in REGULATIONS.md; keep as data] */
    p->nbup = 6;
    p->bup[0] = (struct talent_bup){"jpt_utama", 60};
    p->bup[1] = (struct talent_bup){"jpt_madya", 60};
    p->bup[2] = (struct talent_bup){"jpt_pratama", 60};
    p->bup[3] = (struct talent_bup){"ahli_utama", 65};
    p->bup[4] = (struct talent_bup){"ahli_madya", 60};
    p->bup[5] = (struct talent_bup){"administrator", 58};
    p->default_bup = 58;
    p->jpt_cap_years = 5; /* UU 5/2014 Ps 117 [S] */
    /* readiness is agency practice [U]: ready now at the Optimal JPM (90) from box 7, in 1-2
     * years from the Cukup Optimal JPM (78) */
    p->ready = (struct talent_ready_policy){9000, 7, 7800, 5};
    p->source = "PermenPAN-RB 3/2020 jo. 20/2025; REGULATIONS.md 3.2-3.5";
}

static int cuts_ok(const struct talent_cuts *c)
{
    return c->mid_bp >= 0 && c->mid_bp < c->high_bp && c->high_bp <= 10000;
}

const char *talent_check(const struct talent_policy *p)
{
    int total = 0;

    if (p->perf.years < 1 || p->perf.years > 10)
        return "performance.years";
    if (p->perf.source != TALENT_PERF_RATING && p->perf.source != TALENT_PERF_PREDIKAT)
        return "performance.source";
    if (p->perf.combine < TALENT_COMBINE_LATEST || p->perf.combine > TALENT_COMBINE_MIN)
        return "performance.combine";
    if (p->perf.nmap == 0 || p->perf.nmap > TALENT_MAX_MAP)
        return "performance.map";
    for (size_t i = 0; i < p->perf.nmap; i++)
        if (!p->perf.map[i].code || p->perf.map[i].score_bp < 0 || p->perf.map[i].score_bp > 10000)
            return "performance.map";
    if (!cuts_ok(&p->perf.cuts))
        return "performance.cuts";
    if (p->pot.nweights == 0 || p->pot.nweights > TALENT_MAX_WEIGHTS)
        return "potential.weights";
    for (size_t i = 0; i < p->pot.nweights; i++) {
        if (p->pot.weights[i].component < 1 || p->pot.weights[i].component >= TALENT_C_COUNT ||
            p->pot.weights[i].weight_pct <= 0)
            return "potential.weights";
        for (size_t j = 0; j < i; j++)
            if (p->pot.weights[j].component == p->pot.weights[i].component)
                return "potential.weights";
        total += p->pot.weights[i].weight_pct;
    }
    if (total != 100)
        return "potential.weights";
    if (!cuts_ok(&p->pot.cuts))
        return "potential.cuts";
    if (p->elig.lookback_months < 0 || p->elig.lookback_months > 120)
        return "eligibility.lookback_months";
    if (p->pool_min_box < 1 || p->pool_min_box > 9)
        return "pool_min_box";
    if (p->nbup > TALENT_MAX_BUP)
        return "retirement";
    for (size_t i = 0; i < p->nbup; i++)
        if (!p->bup[i].jenjang || p->bup[i].age < 40 || p->bup[i].age > 75)
            return "retirement";
    if (p->default_bup < 40 || p->default_bup > 75)
        return "retirement";
    if (p->jpt_cap_years < 1 || p->jpt_cap_years > 10)
        return "jpt_cap_years";
    if (p->ready.now_jpm_bp < p->ready.soon_jpm_bp || p->ready.soon_jpm_bp < 0 ||
        p->ready.now_jpm_bp > 10000 || p->ready.now_min_box < 1 || p->ready.now_min_box > 9 ||
        p->ready.slate_size < 1 || p->ready.slate_size > 50)
        return "readiness";
    return NULL;
}

int talent_bup_for(const struct talent_policy *p, const char *jenjang)
{
    for (size_t i = 0; jenjang && i < p->nbup; i++)
        if (strcmp(p->bup[i].jenjang, jenjang) == 0)
            return p->bup[i].age;
    return p->default_bup;
}

enum talent_readiness talent_readiness(const struct talent_ready_policy *p, int64_t jpm_bp, int box,
                                       int requirements_met)
{
    if (jpm_bp >= p->now_jpm_bp && box >= p->now_min_box && requirements_met)
        return TALENT_READY_NOW;
    if (jpm_bp >= p->soon_jpm_bp)
        return TALENT_READY_SOON;
    return TALENT_READY_LATER;
}

int talent_perf_year_to_raise(const struct talent_perf_policy *p, int period_year,
                              const struct talent_skp *skp, size_t n, const char *code,
                              int64_t target_bp)
{
    struct talent_skp trial[16];
    int64_t score;

    if (n > 16)
        return 0;
    /* the latest year first: the most recent record is the one a person can still change */
    for (size_t k = n; k-- > 0;) {
        if (skp[k].year < period_year - p->years || skp[k].year >= period_year)
            continue;
        memcpy(trial, skp, n * sizeof(*skp));
        if (p->source == TALENT_PERF_RATING)
            trial[k].rating_hasil = code;
        else
            trial[k].predikat = code;
        if (talent_performance(p, period_year, trial, n, &score) > 0 && score >= target_bp)
            return skp[k].year;
    }
    return 0;
}

int talent_component_needed(const struct talent_pot_policy *p, const struct talent_inputs *in,
                            enum talent_component c, int64_t target_bp, int64_t *needed_bp)
{
    int64_t others = 0, total = 0, w = 0, need;

    for (size_t i = 0; i < p->nweights; i++) {
        enum talent_component k = p->weights[i].component;
        total += p->weights[i].weight_pct;
        if (k == c)
            w = p->weights[i].weight_pct;
        else if (k > 0 && k < TALENT_C_COUNT && in->has[k])
            others += in->score[k] * p->weights[i].weight_pct;
        else
            return -1;
    }
    if (w == 0 || total <= 0)
        return -1;
    /* smallest x with round_half_up((others + x*w) / total) >= target:
     * 2*(others + x*w) + total >= 2*target*total */
    need = 2 * target_bp * total - total - 2 * others;
    need = need <= 0 ? 0 : (need + 2 * w - 1) / (2 * w);
    if (need > 10000)
        return -1;
    *needed_bp = need;
    return 0;
}
