-- The selection committee (pansel) of the JPT competency test: members with
-- roles and conflict-of-interest declarations, the officials tested, each
-- member's scores, and one result per official. SQLite dialect.

CREATE TABLE committee (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    as_of TEXT NOT NULL,
    policy_id INTEGER NOT NULL REFERENCES policy(id),  -- the committee policy in force on as_of
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'final')),
    created_at TEXT NOT NULL,
    finalised_at TEXT,
    finalised_by TEXT,
    UNIQUE (tenant_id, code)
);
CREATE TABLE committee_member (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    committee_id INTEGER NOT NULL REFERENCES committee(id),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member')),
    organisation TEXT,
    declaration TEXT,               -- the signed statement; NULL until declared
    declared_at TEXT,
    UNIQUE (committee_id, code)
);
CREATE TABLE committee_conflict (
    member_id INTEGER NOT NULL REFERENCES committee_member(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    reason TEXT NOT NULL,
    PRIMARY KEY (member_id, employee_id)
);
CREATE TABLE committee_candidate (
    committee_id INTEGER NOT NULL REFERENCES committee(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    position_id INTEGER REFERENCES position(id),
    PRIMARY KEY (committee_id, employee_id)
);
CREATE TABLE committee_score (
    committee_id INTEGER NOT NULL REFERENCES committee(id),
    member_id INTEGER NOT NULL REFERENCES committee_member(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    component TEXT NOT NULL,
    score_bp INTEGER NOT NULL CHECK (score_bp BETWEEN 0 AND 10000),
    PRIMARY KEY (member_id, employee_id, component)
);
CREATE TABLE committee_result (
    committee_id INTEGER NOT NULL REFERENCES committee(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    aggregate_bp INTEGER,
    recommendation TEXT,
    status TEXT NOT NULL,           -- ok | no_quorum | missing_record
    detail TEXT NOT NULL,           -- JSON: every component's score and source
    PRIMARY KEY (committee_id, employee_id)
);

-- a final committee's record no longer changes
CREATE TRIGGER committee_final BEFORE UPDATE ON committee WHEN OLD.status = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
CREATE TRIGGER committee_score_final_i BEFORE INSERT ON committee_score
WHEN (SELECT status FROM committee WHERE id = NEW.committee_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
CREATE TRIGGER committee_score_final_u BEFORE UPDATE ON committee_score
WHEN (SELECT status FROM committee WHERE id = OLD.committee_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
CREATE TRIGGER committee_score_final_d BEFORE DELETE ON committee_score
WHEN (SELECT status FROM committee WHERE id = OLD.committee_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
CREATE TRIGGER committee_result_final_i BEFORE INSERT ON committee_result
WHEN (SELECT status FROM committee WHERE id = NEW.committee_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
CREATE TRIGGER committee_result_final_u BEFORE UPDATE ON committee_result
WHEN (SELECT status FROM committee WHERE id = OLD.committee_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
CREATE TRIGGER committee_result_final_d BEFORE DELETE ON committee_result
WHEN (SELECT status FROM committee WHERE id = OLD.committee_id) = 'final'
BEGIN SELECT RAISE(ABORT, 'merit: the committee is final'); END;
