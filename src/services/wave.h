/*
 * wave.h - an assessment wave (gelombang) from planning to finalised results:
 * methods and the method x competency matrix, target positions, enrolment,
 * groups, attendance, assessor assignment with conflict-of-interest checks,
 * evidence, integration and finalisation.
 *
 * Lifecycle of a participant: registered -> present -> assessed ->
 * integrated -> final, or absent / withdrawn (with a reason) from any state
 * before final. Every function runs in one transaction: on error nothing is
 * written. Functions take the tenant id; nothing of another tenant is read or
 * written.
 *
 * Errors: MERIT_ENOTFOUND (unknown wave, NIP, assessor, method, competency),
 * MERIT_EINVAL (a bad value, naming the field), MERIT_ECONFLICT (the state
 * forbids it: a final participant, an open second opinion, a conflict of
 * interest without justification, ...).
 */
#ifndef MERIT_SERVICES_WAVE_H
#define MERIT_SERVICES_WAVE_H

#include <jansson.h>
#include <stddef.h>
#include <stdint.h>

#include "db/db.h"

struct wave_spec {
    const char *code, *name;
    const char *purpose;       /* pemetaan | seleksi | promosi */
    const char *provider_kind; /* internal | lembaga */
    const char *provider_name;
    const char *start_date, *end_date; /* ISO */
    const char *venue;
    int policy_version; /* 0: the adopted scoring policy in force on start_date */
};

int wave_create(struct db *db, int64_t tenant, const struct wave_spec *spec, int64_t *id,
                struct merit_error *err);
/** The wave's id by code. */
int wave_find(struct db *db, int64_t tenant, const char *code, int64_t *id,
              struct merit_error *err);

/**
 * Adds (or replaces) a method and the competencies / potential aspects it
 * evidences. kind: simulasi | wawancara | psikometri | intelegensi |
 * integritas | tes_tertulis | lainnya. targets are competency codes (M.01,
 * SK.01, a technical code of the agency) or potential aspect codes.
 */
int wave_method_set(struct db *db, int64_t tenant, int64_t wave, const char *code, const char *name,
                    const char *kind, const char *const *targets, size_t ntargets,
                    struct merit_error *err);

/** A matrix warning: a target evidenced by fewer methods than the policy asks. */
struct wave_matrix_warning {
    const char *target;
    int methods, required;
};
/** Calls fn for each warning; *nwarn gets their count. */
int wave_matrix_check(struct db *db, int64_t tenant, int64_t wave,
                      void (*fn)(void *, const struct wave_matrix_warning *), void *ctx, int *nwarn,
                      struct merit_error *err);

int wave_target_add(struct db *db, int64_t tenant, int64_t wave, const char *position_code,
                    struct merit_error *err);

/** Who to enrol: a list of NIPs, or a filter (every field optional, ANDed). */
struct wave_enrol_filter {
    const char *const *nips;
    size_t nnips;
    const char *unit;    /* unit code: that unit and everything under it */
    const char *jenjang; /* jenjang of the current position */
    const char *eselon;  /* eselon of the current position */
    const char *golongan_min, *golongan_max;
    int tenure_min_years; /* years in the current position (TMT jabatan) as of today */
    const char *today;
    long limit;                  /* at most this many new participants (NIP order); 0 = all */
    const char *target_position; /* NULL: each participant's current position */
};
/** Enrols; already enrolled employees are left as they are. */
int wave_enrol(struct db *db, int64_t tenant, int64_t wave, const struct wave_enrol_filter *f,
               long *enrolled, long *skipped, struct merit_error *err);

/**
 * Enrols the employees listed in a CSV/XLSX file: a nip column and an
 * optional jabatan_target column (a position code; empty = the current
 * position). Every bad row (unknown NIP, unknown target, no position) is
 * reported through on_error and nothing is written. Employees already
 * enrolled are counted in *already and left as they are.
 */
int wave_enrol_file(struct db *db, int64_t tenant, int64_t wave, const char *path,
                    void (*on_error)(void *, const struct merit_error *), void *ctx, long *enrolled,
                    long *already, struct merit_error *err);

/**
 * Splits the active participants into groups of `size` (4..8) in unit and
 * NIP order, so colleagues sit together, and spreads the groups over the
 * wave's working days, Monday to Friday (slot = the date), at most per_day
 * groups a day.
 */
int wave_group(struct db *db, int64_t tenant, int64_t wave, int size, int per_day, long *ngroups,
               struct merit_error *err);

/**
 * Sets a participant's status: present, absent or withdrawn (reason
 * required for the last two). nip NULL applies "present" to every
 * registered participant.
 */
int wave_status_set(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                    const char *status, const char *reason, long *changed, struct merit_error *err);

struct assessor_spec {
    const char *code, *name;
    const char *kind; /* internal | external */
    const char *nip;  /* internal: the employee */
    const char *organisation, *accreditation, *accredited_until;
};
int assessor_add(struct db *db, int64_t tenant, const struct assessor_spec *spec,
                 struct merit_error *err);
/** Declares a relation (kinship, marriage, ...) between an assessor and an employee. */
int assessor_relation_add(struct db *db, int64_t tenant, const char *assessor, const char *nip,
                          const char *relation, struct merit_error *err);

/**
 * Assigns an assessor to a participant. A conflict of interest (self, same
 * unit, reporting line, declared relation) is refused (MERIT_ECONFLICT, the
 * reason in the message) unless justification is given; then the conflict
 * and the justification are recorded with the assignment.
 */
int wave_assign(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *assessor,
                const char *justification, struct merit_error *err);
/**
 * Gives every active participant `per` assessors (at least the policy's
 * minimum), balancing the load across the roster and skipping conflicts.
 * Fails (nothing written) when some participant cannot get enough
 * conflict-free assessors.
 */
int wave_assign_auto(struct db *db, int64_t tenant, int64_t wave, int per, long *made,
                     struct merit_error *err);

/**
 * Imports evidence rows from a CSV/XLSX sheet with the columns nip, asesor,
 * metode, kompetensi (or aspect), level or skor_mentah, indikator, catatan.
 * Every row is checked (the participant is active and assigned to that
 * assessor; the method evidences that competency in the matrix; the level is
 * on the policy's grid; a raw score maps through the policy's norm table)
 * and every problem reported through on_error; nothing is written unless
 * the whole sheet is valid. Rows are upserted. Participants whose evidence
 * is complete become "assessed".
 */
int wave_evidence_import(struct db *db, int64_t tenant, int64_t wave, const char *path,
                         void (*on_error)(void *, const struct merit_error *), void *ctx,
                         long *rows, long *assessed, struct merit_error *err);
/** The same from a file in memory (an upload, the demo); name is used in messages. */
int wave_evidence_import_mem(struct db *db, int64_t tenant, int64_t wave, const void *data,
                             size_t len, const char *name,
                             void (*on_error)(void *, const struct merit_error *), void *ctx,
                             long *rows, long *assessed, struct merit_error *err);
/** Writes the evidence sheet to fill in (one row per participant x assessor x method x target). */
int wave_evidence_template(struct db *db, int64_t tenant, int64_t wave, const char *path,
                           long *rows, struct merit_error *err);

/**
 * Proposes the final level of every target of every assessed participant
 * from the evidence (the policy's median / mode / mean); with accept, the
 * meeting takes every proposal not yet decided. Participants whose every
 * target is decided become "integrated".
 */
int wave_integrate(struct db *db, int64_t tenant, int64_t wave, int accept, long *proposed,
                   long *integrated, struct merit_error *err);
/** The meeting's decision on one target; a departure from the proposal needs a justification. */
int wave_decide(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *target,
                int level, const char *justification, struct merit_error *err);
/** Opens a second-opinion request (blocks finalisation until a decision resolves it). */
int wave_second_opinion(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                        const char *target, const char *reason, struct merit_error *err);

/**
 * Finalises every integrated participant: computes the result under the
 * wave's policy against the target position's SKJ (snapshotted), writes it
 * (revision 1) and locks the participant. Refused while a participant is
 * neither integrated nor absent/withdrawn, or a second opinion is open.
 */
int wave_finalise(struct db *db, int64_t tenant, int64_t wave, const char *now, long *finalised,
                  struct merit_error *err);

/*
 * The same changes with an actor: each writes an audit entry (actor, action "wave.ACTION",
 * object "wave:CODE[/...]") inside its transaction. The plain functions above keep what they
 * always did: no entry, or actor "operator" for decide, finalise and an overridden conflict.
 */
int wave_create_as(struct db *db, int64_t tenant, const struct wave_spec *spec, const char *actor,
                   int64_t *id, struct merit_error *err);
int wave_method_set_as(struct db *db, int64_t tenant, int64_t wave, const char *code,
                       const char *name, const char *kind, const char *const *targets,
                       size_t ntargets, const char *actor, struct merit_error *err);
int wave_target_add_as(struct db *db, int64_t tenant, int64_t wave, const char *position_code,
                       const char *actor, struct merit_error *err);
int wave_enrol_as(struct db *db, int64_t tenant, int64_t wave, const struct wave_enrol_filter *f,
                  const char *actor, long *enrolled, long *skipped, struct merit_error *err);
int wave_group_as(struct db *db, int64_t tenant, int64_t wave, int size, int per_day,
                  const char *actor, long *ngroups, struct merit_error *err);
int wave_status_set_as(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                       const char *status, const char *reason, const char *actor, long *changed,
                       struct merit_error *err);
/** Also records a conflict-free assignment ("wave.assign"). */
int wave_assign_as(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                   const char *assessor, const char *justification, const char *actor,
                   struct merit_error *err);
int wave_assign_auto_as(struct db *db, int64_t tenant, int64_t wave, int per, const char *actor,
                        long *made, struct merit_error *err);
int wave_evidence_import_mem_as(struct db *db, int64_t tenant, int64_t wave, const void *data,
                                size_t len, const char *name,
                                void (*on_error)(void *, const struct merit_error *), void *ctx,
                                const char *actor, long *rows, long *assessed,
                                struct merit_error *err);
int wave_integrate_as(struct db *db, int64_t tenant, int64_t wave, int accept, const char *actor,
                      long *proposed, long *integrated, struct merit_error *err);
int wave_decide_as(struct db *db, int64_t tenant, int64_t wave, const char *nip, const char *target,
                   int level, const char *justification, const char *actor,
                   struct merit_error *err);
int wave_second_opinion_as(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                           const char *target, const char *reason, const char *actor,
                           struct merit_error *err);
int wave_finalise_as(struct db *db, int64_t tenant, int64_t wave, const char *now,
                     const char *actor, long *finalised, struct merit_error *err);

/**
 * Publishes a final wave's results to its participants (employees see their own results only
 * from then on): one append-only wave_publication row and the audit entry "wave.publish", in
 * one transaction. MERIT_ECONFLICT when the wave is not final or already published.
 */
int wave_publish(struct db *db, int64_t tenant, int64_t wave, const char *actor, const char *now,
                 struct merit_error *err);

/* Reading back (wave_report.c): new JSON values, owned by the caller. */
/** Every wave: code, name, purpose, start, end, status, participants. */
int wave_list_json(struct db *db, int64_t tenant, json_t **out, struct merit_error *err);
/** One wave: its fields, policy version, participants by status, methods, assignment and
 * conflict counts, assessors whose accreditation lapses before the end, matrix warnings. */
int wave_show_json(struct db *db, int64_t tenant, int64_t wave, json_t **out,
                   struct merit_error *err);
/** The participants in group order: status, reason, group, slot, target, assessors. */
int wave_participants_json(struct db *db, int64_t tenant, int64_t wave, json_t **out,
                           struct merit_error *err);
/** The assessor roster. */
int assessor_list_json(struct db *db, int64_t tenant, json_t **out, struct merit_error *err);
/** The waves one assessor is assigned in (assessor 0: every wave, as wave_list_json). */
int wave_list_for_json(struct db *db, int64_t tenant, int64_t assessor, json_t **out,
                       struct merit_error *err);
/** The participants assessed by one assessor (0: all), each with only that assessor listed. */
int wave_participants_for_json(struct db *db, int64_t tenant, int64_t wave, int64_t assessor,
                               json_t **out, struct merit_error *err);
/**
 * One participant (as in wave_participants_json, assessors limited to `assessor` unless 0)
 * with the integration rows (proposed, decided, second opinion). MERIT_ENOTFOUND when nip is
 * not enrolled; *out = JSON null when `assessor` does not assess them. *employee: their id.
 */
int wave_participant_json(struct db *db, int64_t tenant, int64_t wave, const char *nip,
                          int64_t assessor, int64_t *employee, json_t **out,
                          struct merit_error *err);
/** The assessors assigned in a wave: roster fields, participants, conflicts overridden. */
int wave_assessors_json(struct db *db, int64_t tenant, int64_t wave, json_t **out,
                        struct merit_error *err);
/** One assessor by code: roster fields, waves with load, declared relations; 404 if absent. */
int assessor_show_json(struct db *db, int64_t tenant, const char *code, json_t **out,
                       struct merit_error *err);

#endif
