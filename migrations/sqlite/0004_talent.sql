-- Talent mapping: periods, each person's place on the 9-box with the scores
-- and reasons behind it, and the calibration trail. SQLite dialect; keep in
-- step with pg/0004_talent.sql. Scores in basis points of 0-100.

CREATE TABLE talent_period (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2199),  -- SKP years before it count
    as_of TEXT NOT NULL,            -- results valid and sanctions looked back from this day
    policy_id INTEGER NOT NULL REFERENCES policy(id),
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'reviewed', 'set')),
    computed_at TEXT NOT NULL,
    set_at TEXT,
    set_by TEXT,
    UNIQUE (tenant_id, code)
);

-- one row per employee of the agency: nobody is left out silently; who cannot
-- be placed says why (reasons, JSON array of codes)
CREATE TABLE talent_placement (
    period_id INTEGER NOT NULL REFERENCES talent_period(id) ON DELETE CASCADE,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    perf_bp INTEGER,
    pot_bp INTEGER,
    computed_box INTEGER CHECK (computed_box BETWEEN 1 AND 9),
    box INTEGER CHECK (box BETWEEN 1 AND 9),   -- after calibration
    eligible INTEGER NOT NULL CHECK (eligible IN (0, 1)),
    reasons TEXT NOT NULL,
    detail TEXT NOT NULL,           -- JSON: the inputs (result, SKP years, sanction) behind the scores
    PRIMARY KEY (period_id, employee_id)
);
CREATE INDEX talent_placement_box ON talent_placement(period_id, box);

-- calibration: proposed -> reviewed -> set by the PPK; every change kept
CREATE TABLE talent_calibration (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    period_id INTEGER NOT NULL REFERENCES talent_period(id),
    employee_id INTEGER REFERENCES employee(id),  -- NULL: a stage change of the whole period
    from_box INTEGER,
    to_box INTEGER,
    stage TEXT NOT NULL CHECK (stage IN ('proposed', 'reviewed', 'set')),
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TRIGGER talent_calibration_no_update BEFORE UPDATE ON talent_calibration
BEGIN SELECT RAISE(ABORT, 'merit: the calibration trail is append-only'); END;
CREATE TRIGGER talent_calibration_no_delete BEFORE DELETE ON talent_calibration
BEGIN SELECT RAISE(ABORT, 'merit: the calibration trail is append-only'); END;
-- a period the PPK has set is final: its placements no longer change
CREATE TRIGGER talent_placement_set_u BEFORE UPDATE ON talent_placement
WHEN (SELECT status FROM talent_period WHERE id = OLD.period_id) = 'set'
BEGIN SELECT RAISE(ABORT, 'merit: the talent period is set'); END;
CREATE TRIGGER talent_placement_set_d BEFORE DELETE ON talent_placement
WHEN (SELECT status FROM talent_period WHERE id = OLD.period_id) = 'set'
BEGIN SELECT RAISE(ABORT, 'merit: the talent period is set'); END;
CREATE TRIGGER talent_placement_set_i BEFORE INSERT ON talent_placement
WHEN (SELECT status FROM talent_period WHERE id = NEW.period_id) = 'set'
BEGIN SELECT RAISE(ABORT, 'merit: the talent period is set'); END;
CREATE TRIGGER talent_period_set BEFORE UPDATE ON talent_period
WHEN OLD.status = 'set'
BEGIN SELECT RAISE(ABORT, 'merit: the talent period is set'); END;
