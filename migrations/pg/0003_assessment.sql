-- Assessment: scoring policies, waves, participants, assessors, evidence,
-- integration, results and corrections. PostgreSQL dialect; keep in step with
-- sqlite/0003_assessment.sql. Levels are stored in tenths (35 = level 3.5) so
-- half levels fit in an integer; JPM figures in basis points (9630 = 96.30 %).

-- Versioned policy data (scoring now; talent, rules and committee later).
-- body is JSON validated by the domain before it is stored; a policy that
-- anything has used is never edited: a change is a new version.
CREATE TABLE policy (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    kind TEXT NOT NULL CHECK (kind IN ('scoring', 'talent', 'rules', 'committee')),
    version INTEGER NOT NULL CHECK (version >= 1),
    name TEXT NOT NULL,
    effective_from DATE NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'adopted')),
    body TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    adopted_at TEXT,
    UNIQUE (tenant_id, kind, version)
);

-- Assessors: internal (an employee of the agency) or external (an institute).
CREATE TABLE assessor (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('internal', 'external')),
    employee_id BIGINT REFERENCES employee(id),
    organisation TEXT,
    accreditation TEXT,
    accredited_until DATE,
    UNIQUE (tenant_id, code),
    CHECK (kind = 'external' OR employee_id IS NOT NULL)
);
-- Declared relations between an assessor and an employee (kinship, marriage, ...).
CREATE TABLE assessor_relation (
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    assessor_id BIGINT NOT NULL REFERENCES assessor(id) ON DELETE CASCADE,
    employee_id BIGINT NOT NULL REFERENCES employee(id) ON DELETE CASCADE,
    relation TEXT NOT NULL,
    PRIMARY KEY (assessor_id, employee_id)
);

CREATE TABLE wave (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    purpose TEXT NOT NULL CHECK (purpose IN ('pemetaan', 'seleksi', 'promosi')),
    provider_kind TEXT NOT NULL CHECK (provider_kind IN ('internal', 'lembaga')),
    provider_name TEXT,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    venue TEXT,
    policy_id BIGINT NOT NULL REFERENCES policy(id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    finalised_at TEXT,
    UNIQUE (tenant_id, code),
    CHECK (end_date >= start_date)
);
CREATE TABLE wave_method (
    wave_id BIGINT NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('simulasi', 'wawancara', 'psikometri', 'intelegensi',
                                       'integritas', 'tes_tertulis', 'lainnya')),
    PRIMARY KEY (wave_id, code)
);
-- the method x competency matrix: which method evidences which competency or potential aspect
CREATE TABLE wave_matrix (
    wave_id BIGINT NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
    method_code TEXT NOT NULL,
    target_code TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('kompetensi', 'potensi')),
    PRIMARY KEY (wave_id, method_code, target_code),
    FOREIGN KEY (wave_id, method_code) REFERENCES wave_method(wave_id, code) ON DELETE CASCADE
);
CREATE TABLE wave_target (
    wave_id BIGINT NOT NULL REFERENCES wave(id) ON DELETE CASCADE,
    position_id BIGINT NOT NULL REFERENCES position(id),
    PRIMARY KEY (wave_id, position_id)
);

CREATE TABLE participant (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    wave_id BIGINT NOT NULL REFERENCES wave(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    target_position_id BIGINT NOT NULL REFERENCES position(id),
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
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id BIGINT NOT NULL REFERENCES assessor(id),
    conflict TEXT,                 -- the conflict of interest found, if any
    justification TEXT,            -- why it was overridden; required when conflict is set
    PRIMARY KEY (participant_id, assessor_id),
    CHECK (conflict IS NULL OR justification IS NOT NULL)
);
CREATE INDEX assignment_assessor ON assignment(assessor_id);

-- one observation: assessor x method x competency (or potential aspect)
CREATE TABLE evidence (
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
    assessor_id BIGINT NOT NULL REFERENCES assessor(id),
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
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    participant_id BIGINT NOT NULL REFERENCES participant(id) ON DELETE CASCADE,
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
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    participant_id BIGINT NOT NULL REFERENCES participant(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    wave_id BIGINT NOT NULL REFERENCES wave(id),
    position_id BIGINT NOT NULL REFERENCES position(id),
    jenjang TEXT NOT NULL,         -- the target position's jenjang then (it decides the weighting)
    revision INTEGER NOT NULL CHECK (revision >= 1),
    policy_id BIGINT NOT NULL REFERENCES policy(id),
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
    valid_until DATE NOT NULL,
    n_items INTEGER NOT NULL CHECK (n_items >= 1),  -- result_item rows it was written with
    correction_id BIGINT UNIQUE,  -- the correction that made this revision (NULL: revision 1)
    UNIQUE (participant_id, revision)
);
CREATE INDEX result_employee ON result(employee_id);
CREATE INDEX result_wave ON result(wave_id);
CREATE TABLE result_item (
    result_id BIGINT NOT NULL REFERENCES result(id),
    target_code TEXT NOT NULL,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('manajerial', 'sosial_kultural', 'teknis', 'potensi')),
    lkj INTEGER NOT NULL,
    lki INTEGER NOT NULL,
    PRIMARY KEY (result_id, target_code)
);
CREATE TABLE correction (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    participant_id BIGINT NOT NULL REFERENCES participant(id),
    result_id BIGINT NOT NULL UNIQUE REFERENCES result(id),  -- the revision corrected, once
    target_code TEXT NOT NULL,
    old_level INTEGER NOT NULL,
    new_level INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (length(reason) >= 10),
    actor TEXT NOT NULL,
    created_at TEXT NOT NULL       -- ISO UTC, from the service's clock
);
ALTER TABLE result ADD FOREIGN KEY (correction_id) REFERENCES correction(id);

-- Invariant 1 (docs/architecture.md): a finalised result is never
-- overwritten. The services never try; these triggers make sure nothing else
-- (a script, a console session) does it quietly either.
CREATE FUNCTION merit_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'merit: %', TG_ARGV[0] USING ERRCODE = 'P0001';
END $$;
CREATE FUNCTION merit_refuse_if_final() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN pid := NEW.participant_id; ELSE pid := OLD.participant_id; END IF;
    IF (SELECT status FROM participant WHERE id = pid) = 'final' THEN
        RAISE EXCEPTION 'merit: the participant is final; % is locked', TG_TABLE_NAME USING ERRCODE = 'P0001';
    END IF;
    -- nor may an update move a row to a final participant
    IF TG_OP = 'UPDATE' THEN
        IF (SELECT status FROM participant WHERE id = NEW.participant_id) = 'final' THEN
            RAISE EXCEPTION 'merit: the participant is final; % is locked', TG_TABLE_NAME USING ERRCODE = 'P0001';
        END IF;
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER result_immutable BEFORE UPDATE OR DELETE ON result
    FOR EACH ROW EXECUTE FUNCTION merit_refuse('finalised results are immutable; record a correction');
CREATE TRIGGER result_item_immutable BEFORE UPDATE OR DELETE ON result_item
    FOR EACH ROW EXECUTE FUNCTION merit_refuse('finalised results are immutable; record a correction');
CREATE TRIGGER correction_append_only BEFORE UPDATE OR DELETE ON correction
    FOR EACH ROW EXECUTE FUNCTION merit_refuse('corrections are append-only');
CREATE TRIGGER result_truncate BEFORE TRUNCATE ON result
    FOR EACH STATEMENT EXECUTE FUNCTION merit_refuse('finalised results are immutable; record a correction');
CREATE TRIGGER result_item_truncate BEFORE TRUNCATE ON result_item
    FOR EACH STATEMENT EXECUTE FUNCTION merit_refuse('finalised results are immutable; record a correction');
CREATE TRIGGER correction_truncate BEFORE TRUNCATE ON correction
    FOR EACH STATEMENT EXECUTE FUNCTION merit_refuse('corrections are append-only');
-- once a participant is final, the evidence and the integration behind the result are locked too
CREATE TRIGGER evidence_lock BEFORE INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH ROW EXECUTE FUNCTION merit_refuse_if_final();
CREATE TRIGGER integration_lock BEFORE INSERT OR UPDATE OR DELETE ON integration
    FOR EACH ROW EXECUTE FUNCTION merit_refuse_if_final();
CREATE TRIGGER participant_final BEFORE UPDATE ON participant
    FOR EACH ROW WHEN (OLD.status = 'final') EXECUTE FUNCTION merit_refuse('the participant is final');
-- a policy a wave or a result uses can no longer change
CREATE TRIGGER policy_adopted BEFORE UPDATE ON policy
    FOR EACH ROW WHEN (OLD.status = 'adopted')
    EXECUTE FUNCTION merit_refuse('an adopted policy is never edited; make a new version');
-- a revision above 1 exists only with the correction of the revision before it, and a
-- result has exactly the items it was written with: no quiet extra revision or item
CREATE FUNCTION merit_result_revision() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.revision = 1 AND NEW.correction_id IS NOT NULL)
       OR (NEW.revision > 1 AND NOT EXISTS (
           SELECT 1 FROM correction c JOIN result prev ON prev.id = c.result_id
           WHERE c.id = NEW.correction_id AND prev.participant_id = NEW.participant_id
             AND prev.revision = NEW.revision - 1)) THEN
        RAISE EXCEPTION 'merit: a new revision of a result needs its correction record'
            USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER result_revision BEFORE INSERT ON result
    FOR EACH ROW EXECUTE FUNCTION merit_result_revision();
CREATE FUNCTION merit_result_item_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT COUNT(*) FROM result_item WHERE result_id = NEW.result_id)
       >= (SELECT n_items FROM result WHERE id = NEW.result_id) THEN
        RAISE EXCEPTION 'merit: a result has exactly the items it was written with'
            USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER result_item_count BEFORE INSERT ON result_item
    FOR EACH ROW EXECUTE FUNCTION merit_result_item_count();
