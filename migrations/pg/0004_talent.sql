-- Talent mapping: periods, each person's place on the 9-box with the scores
-- and reasons behind it, and the calibration trail. PostgreSQL dialect; keep
-- in step with sqlite/0004_talent.sql. Scores in basis points of 0-100.

CREATE TABLE talent_period (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2199),
    as_of DATE NOT NULL,
    policy_id BIGINT NOT NULL REFERENCES policy(id),
    status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'reviewed', 'set')),
    computed_at TEXT NOT NULL,
    set_at TEXT,
    set_by TEXT,
    UNIQUE (tenant_id, code)
);

CREATE TABLE talent_placement (
    period_id BIGINT NOT NULL REFERENCES talent_period(id) ON DELETE CASCADE,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    perf_bp INTEGER,
    pot_bp INTEGER,
    computed_box INTEGER CHECK (computed_box BETWEEN 1 AND 9),
    box INTEGER CHECK (box BETWEEN 1 AND 9),
    eligible INTEGER NOT NULL CHECK (eligible IN (0, 1)),
    reasons TEXT NOT NULL,
    detail TEXT NOT NULL,
    PRIMARY KEY (period_id, employee_id)
);
CREATE INDEX talent_placement_box ON talent_placement(period_id, box);

CREATE TABLE talent_calibration (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    period_id BIGINT NOT NULL REFERENCES talent_period(id),
    employee_id BIGINT REFERENCES employee(id),
    from_box INTEGER,
    to_box INTEGER,
    stage TEXT NOT NULL CHECK (stage IN ('proposed', 'reviewed', 'set')),
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TRIGGER talent_calibration_append_only BEFORE UPDATE OR DELETE ON talent_calibration
    FOR EACH ROW EXECUTE FUNCTION merit_refuse('the calibration trail is append-only');
CREATE TRIGGER talent_calibration_truncate BEFORE TRUNCATE ON talent_calibration
    FOR EACH STATEMENT EXECUTE FUNCTION merit_refuse('the calibration trail is append-only');
CREATE FUNCTION merit_refuse_if_period_set() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN pid := NEW.period_id; ELSE pid := OLD.period_id; END IF;
    IF (SELECT status FROM talent_period WHERE id = pid) = 'set' THEN
        RAISE EXCEPTION 'merit: the talent period is set' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER talent_placement_set BEFORE INSERT OR UPDATE OR DELETE ON talent_placement
    FOR EACH ROW EXECUTE FUNCTION merit_refuse_if_period_set();
CREATE TRIGGER talent_period_set BEFORE UPDATE ON talent_period
    FOR EACH ROW WHEN (OLD.status = 'set') EXECUTE FUNCTION merit_refuse('the talent period is set');
