-- Assessment: scoring policies, waves, participants, assessors, evidence,
-- integration, results and corrections. SQLite dialect; keep in step with
-- pg/0003_assessment.sql. Levels are stored in tenths (35 = level 3.5) so
-- half levels fit in an integer; JPM figures in basis points (9630 = 96.30 %).

-- Versioned policy data (scoring now; talent, rules and committee later).
-- body is JSON validated by the domain before it is stored; a policy that
-- anything has used is never edited: a change is a new version.
CREATE TABLE policy (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    kind TEXT NOT NULL CHECK (kind IN ('scoring', 'talent', 'rules', 'committee')),
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL,
    effective_from TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'adopted')),
    body TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    adopted_at TEXT,
    UNIQUE (tenant_id, kind, version)
);

-- Assessors: internal (an employee of the agency) or external (an institute).
CREATE TABLE assessor (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'external')),
    employee_id INTEGER REFERENCES employee(id),
    organisation TEXT,
    accreditation TEXT,
    accredited_until TEXT,
    UNIQUE (tenant_id, code),
    CHECK (kind = 'external' OR employee_id IS NOT NULL)
);
-- Declared relations between an assessor and an employee (kinship, marriage, ...).
CREATE TABLE assessor_relation (
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    assessor_id INTEGER NOT NULL REFERENCES assessor(id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    PRIMARY KEY (assessor_id, employee_id)
);

CREATE TABLE wave (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('pemetaan', 'seleksi', 'promosi')),
    provider_kind TEXT NOT NULL CHECK (provider_kind IN ('internal', 'lembaga')),
    provider_name TEXT,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    venue TEXT,
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    finalised_at TEXT,
    UNIQUE (tenant_id, code),
    CHECK (end_date >= start_date)
);
CREATE TABLE wave_method (
    wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('simulasi', 'wawancara', 'psikometri', 'intelegensi',
                                       'integritas', 'tes_tertulis', 'lainnya')),
    PRIMARY KEY (wave_id, code)
);
-- the method x competency matrix: which method evidences which competency or potential aspect
CREATE TABLE wave_matrix (
    wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
    method_code TEXT NOT NULL,
    target_code TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('kompetensi', 'potensi')),
    PRIMARY KEY (wave_id, method_code, target_code),
    FOREIGN KEY (wave_id, method_code) REFERENCES wave_method(wave_id, code) ON DELETE CASCADE
);
CREATE TABLE wave_target (
    wave_id INTEGER NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
    position_id INTEGER NOT NULL REFERENCES position(id),
    PRIMARY KEY (wave_id, position_id)
);

CREATE TABLE participant (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    wave_id INTEGER NOT NULL REFERENCES wave(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    target_position_id INTEGER NOT NULL REFERENCES position(id),
    group_no INTEGER CHECK (group_no >= 1),
    slot TEXT,
    status TEXT NOT NULL DEFAULT 'registered'
        CHECK (status IN ('registered', 'present', 'assessed', 'integrated', 'final', 'absent', 'withdrawn')),
    status_reason TEXT,
    UNIQUE (wave_id, employee_id),
    CHECK (status NOT IN ('absent', 'withdrawn') OR status_reason IS NOT NULL)
);
CREATE INDEX participant_employee ON participant(employee_id);

CREATE TABLE assignment (
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id INTEGER NOT NULL REFERENCES assessor(id),
    conflict TEXT,                 -- the conflict of interest found, if any
    justification TEXT,            -- why it was overridden; required when conflict is set
    PRIMARY KEY (participant_id, assessor_id),
    CHECK (conflict IS NULL OR justification IS NOT NULL)
);
CREATE INDEX assignment_assessor ON assignment(assessor_id);

-- one observation: assessor x method x competency (or potential aspect)
CREATE TABLE evidence (
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id INTEGER NOT NULL REFERENCES assessor(id),
    method_code TEXT NOT NULL,
    target_code TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 10 AND 50),
    raw_score TEXT,                -- instrument raw score, when the level came from a norm table
    indicators TEXT,
    note TEXT,
    PRIMARY KEY (participant_id, assessor_id, method_code, target_code)
);

-- the integration meeting: one row per competency / aspect of a participant
CREATE TABLE integration (
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    participant_id INTEGER NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    target_code TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('kompetensi', 'potensi')),
    proposed INTEGER NOT NULL CHECK (proposed BETWEEN 10 AND 50),
    n_levels INTEGER NOT NULL,
    decided INTEGER CHECK (decided BETWEEN 10 AND 50),
    justification TEXT,
    second_opinion TEXT,           -- the request's reason while it is open
    second_opinion_note TEXT,      -- how it was resolved
    PRIMARY KEY (participant_id, target_code),
    CHECK (decided IS NULL OR decided = proposed OR justification IS NOT NULL)
);

-- Results are insert-only. Revision 1 is written at finalisation; a
-- correction row is written first, then the next revision that names it. The figures are
-- computed under policy_id against the standards snapshot in result_item.
CREATE TABLE result (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    wave_id INTEGER NOT NULL REFERENCES wave(id),
    position_id INTEGER NOT NULL REFERENCES position(id),
    jenjang TEXT NOT NULL,         -- the target position's jenjang then (it decides the weighting)
    revision INTEGER NOT NULL CHECK (revision >= 1),
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    sum_lki INTEGER NOT NULL,
    sum_lkj INTEGER NOT NULL,
    jpm_bp INTEGER NOT NULL,
    jpm_cap_bp INTEGER NOT NULL,
    score_bp INTEGER NOT NULL,     -- the figure categorised: capped JPM, or weighted when the policy weights
    category TEXT NOT NULL,
    potential_bp INTEGER,
    potential_category TEXT,
    detail TEXT NOT NULL,          -- JSON: strengths, development areas, IDP, weights used
    finalised_at TEXT NOT NULL,
    valid_until TEXT NOT NULL,
    n_items INTEGER NOT NULL CHECK (n_items >= 1),  -- result_item rows it was written with
    correction_id INTEGER UNIQUE REFERENCES correction(id),  -- the correction that made this revision (NULL: revision 1)
    UNIQUE (participant_id, revision)
);
CREATE INDEX result_employee ON result(employee_id);
CREATE INDEX result_wave ON result(wave_id);
CREATE TABLE result_item (
    result_id INTEGER NOT NULL REFERENCES result(id),
    target_code TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('manajerial', 'sosial_kultural', 'teknis', 'potensi')),
    lkj INTEGER NOT NULL,
    lki INTEGER NOT NULL,
    PRIMARY KEY (result_id, target_code)
);
CREATE TABLE correction (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    participant_id INTEGER NOT NULL REFERENCES participant(id),
    result_id INTEGER NOT NULL UNIQUE REFERENCES result(id),  -- the revision corrected, once
    target_code TEXT NOT NULL,
    old_level INTEGER NOT NULL,
    new_level INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) >= 10),
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL       -- ISO UTC, from the service's clock
);

-- Invariant 1 (docs/architecture.md): a finalised result is never
-- overwritten. The services never try; these triggers make sure nothing else
-- (a script, a console session) does it quietly either.
CREATE TRIGGER result_no_update BEFORE UPDATE ON result
BEGIN SELECT RAISE(ABORT, 'merit: finalised results are immutable; record a correction'); END;
CREATE TRIGGER result_no_delete BEFORE DELETE ON result
BEGIN SELECT RAISE(ABORT, 'merit: finalised results are immutable; record a correction'); END;
CREATE TRIGGER result_item_no_update BEFORE UPDATE ON result_item
BEGIN SELECT RAISE(ABORT, 'merit: finalised results are immutable; record a correction'); END;
CREATE TRIGGER result_item_no_delete BEFORE DELETE ON result_item
BEGIN SELECT RAISE(ABORT, 'merit: finalised results are immutable; record a correction'); END;
CREATE TRIGGER correction_no_update BEFORE UPDATE ON correction
BEGIN SELECT RAISE(ABORT, 'merit: corrections are append-only'); END;
CREATE TRIGGER correction_no_delete BEFORE DELETE ON correction
BEGIN SELECT RAISE(ABORT, 'merit: corrections are append-only'); END;
-- once a participant is final, the evidence and the integration behind the result are locked too
CREATE TRIGGER evidence_lock_i BEFORE INSERT ON evidence
WHEN (SELECT status FROM participant WHERE id = NEW.participant_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final; evidence is locked'); END;
CREATE TRIGGER evidence_lock_u BEFORE UPDATE ON evidence
WHEN (SELECT status FROM participant WHERE id = OLD.participant_id) = 'final'
  OR (SELECT status FROM participant WHERE id = NEW.participant_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final; evidence is locked'); END;
CREATE TRIGGER evidence_lock_d BEFORE DELETE ON evidence
WHEN (SELECT status FROM participant WHERE id = OLD.participant_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final; evidence is locked'); END;
CREATE TRIGGER integration_lock_i BEFORE INSERT ON integration
WHEN (SELECT status FROM participant WHERE id = NEW.participant_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final; integration is locked'); END;
CREATE TRIGGER integration_lock_u BEFORE UPDATE ON integration
WHEN (SELECT status FROM participant WHERE id = OLD.participant_id) = 'final'
  OR (SELECT status FROM participant WHERE id = NEW.participant_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final; integration is locked'); END;
CREATE TRIGGER integration_lock_d BEFORE DELETE ON integration
WHEN (SELECT status FROM participant WHERE id = OLD.participant_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final; integration is locked'); END;
CREATE TRIGGER participant_final BEFORE UPDATE ON participant
WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final'); END;
-- a policy a wave or a result uses can no longer change
CREATE TRIGGER policy_adopted BEFORE UPDATE ON policy
WHEN OLD.status = 'adopted'
BEGIN SELECT RAISE(ABORT, 'merit: an adopted policy is never edited; make a new version'); END;
-- REPLACE (INSERT OR REPLACE, REPLACE INTO) deletes the row an insert conflicts with without
-- firing delete triggers (recursive_triggers is off), then inserts: an "insert" onto the key of
-- a locked row would overwrite it quietly. Refuse those inserts (a plain INSERT with such a key
-- fails anyway, on its UNIQUE constraint). PostgreSQL has no REPLACE; its upsert is an UPDATE.
CREATE TRIGGER result_no_replace BEFORE INSERT ON result
WHEN EXISTS (SELECT 1 FROM result WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM result WHERE participant_id = NEW.participant_id AND revision = NEW.revision)
BEGIN SELECT RAISE(ABORT, 'merit: finalised results are immutable; record a correction'); END;
CREATE TRIGGER result_item_no_replace BEFORE INSERT ON result_item
WHEN EXISTS (SELECT 1 FROM result_item WHERE result_id = NEW.result_id AND target_code = NEW.target_code)
BEGIN SELECT RAISE(ABORT, 'merit: finalised results are immutable; record a correction'); END;
CREATE TRIGGER correction_no_replace BEFORE INSERT ON correction
WHEN EXISTS (SELECT 1 FROM correction WHERE id = NEW.id)
  OR EXISTS (SELECT 1 FROM correction WHERE result_id = NEW.result_id)
BEGIN SELECT RAISE(ABORT, 'merit: corrections are append-only'); END;
CREATE TRIGGER participant_final_no_replace BEFORE INSERT ON participant
WHEN EXISTS (SELECT 1 FROM participant WHERE id = NEW.id AND status = 'final')
  OR EXISTS (SELECT 1 FROM participant WHERE wave_id = NEW.wave_id AND employee_id = NEW.employee_id
             AND status = 'final')
BEGIN SELECT RAISE(ABORT, 'merit: the participant is final'); END;
CREATE TRIGGER policy_adopted_no_replace BEFORE INSERT ON policy
WHEN EXISTS (SELECT 1 FROM policy WHERE id = NEW.id AND status = 'adopted')
  OR EXISTS (SELECT 1 FROM policy WHERE tenant_id = NEW.tenant_id AND kind = NEW.kind
             AND version = NEW.version AND status = 'adopted')
BEGIN SELECT RAISE(ABORT, 'merit: an adopted policy is never edited; make a new version'); END;
-- a revision above 1 exists only with the correction of the revision before it, and a
-- result has exactly the items it was written with: no quiet extra revision or item
CREATE TRIGGER result_revision BEFORE INSERT ON result
WHEN (NEW.revision = 1 AND NEW.correction_id IS NOT NULL)
  OR (NEW.revision > 1 AND NOT EXISTS (
      SELECT 1 FROM correction c JOIN result prev ON prev.id = c.result_id
      WHERE c.id = NEW.correction_id AND prev.participant_id = NEW.participant_id
        AND prev.revision = NEW.revision - 1))
BEGIN SELECT RAISE(ABORT, 'merit: a new revision of a result needs its correction record'); END;
CREATE TRIGGER result_item_count BEFORE INSERT ON result_item
WHEN (SELECT COUNT(*) FROM result_item WHERE result_id = NEW.result_id)
  >= (SELECT n_items FROM result WHERE id = NEW.result_id)
BEGIN SELECT RAISE(ABORT, 'merit: a result has exactly the items it was written with'); END;
