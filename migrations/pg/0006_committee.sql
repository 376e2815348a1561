-- The selection committee (pansel) of the JPT competency test: members with
-- roles and conflict-of-interest declarations, the officials tested, each
-- member's scores, and one result per official. PostgreSQL dialect.

CREATE TABLE committee (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    as_of DATE NOT NULL,
    policy_id BIGINT NOT NULL REFERENCES policy(id),  -- the committee policy in force on as_of
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')),
    created_at TEXT NOT NULL,
    finalised_at TEXT,
    finalised_by TEXT,
    UNIQUE (tenant_id, code)
);
CREATE TABLE committee_member (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    committee_id BIGINT NOT NULL REFERENCES committee(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
    organisation TEXT,
    declaration TEXT,               -- the signed statement; NULL until declared
    declared_at TEXT,
    UNIQUE (committee_id, code)
);
CREATE TABLE committee_conflict (
    member_id BIGINT NOT NULL REFERENCES committee_member(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    reason TEXT NOT NULL,
    PRIMARY KEY (member_id, employee_id)
);
CREATE TABLE committee_candidate (
    committee_id BIGINT NOT NULL REFERENCES committee(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    position_id BIGINT REFERENCES position(id),
    PRIMARY KEY (committee_id, employee_id)
);
CREATE TABLE committee_score (
    committee_id BIGINT NOT NULL REFERENCES committee(id),
    member_id BIGINT NOT NULL REFERENCES committee_member(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    component TEXT NOT NULL,
    score_bp INTEGER NOT NULL CHECK (score_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (member_id, employee_id, component)
);
CREATE TABLE committee_result (
    committee_id BIGINT NOT NULL REFERENCES committee(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    aggregate_bp INTEGER,
    recommendation TEXT,
    status TEXT NOT NULL,           -- ok | no_quorum | missing_record
    detail TEXT NOT NULL,           -- JSON: every component's score and source
    PRIMARY KEY (committee_id, employee_id)
);

CREATE TRIGGER committee_final BEFORE UPDATE ON committee
    FOR EACH ROW WHEN (OLD.status = 'final') EXECUTE FUNCTION merit_refuse('the committee is final');
CREATE FUNCTION merit_refuse_if_committee_final() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE cid BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN cid := NEW.committee_id; ELSE cid := OLD.committee_id; END IF;
    IF (SELECT status FROM committee WHERE id = cid) = 'final' THEN
        RAISE EXCEPTION 'merit: the committee is final' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER committee_score_final BEFORE INSERT OR UPDATE OR DELETE ON committee_score
    FOR EACH ROW EXECUTE FUNCTION merit_refuse_if_committee_final();
CREATE TRIGGER committee_result_final BEFORE INSERT OR UPDATE OR DELETE ON committee_result
    FOR EACH ROW EXECUTE FUNCTION merit_refuse_if_committee_final();
