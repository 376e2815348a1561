-- Move proposals: a package of moves (one move or a whole rotation), each
-- checked against the rules when added and again when submitted, an
-- approval chain (operator -> head of BKPSDM -> PPK) kept append-only, and
-- the execution that updates the histories and records the decree (SK).
-- PostgreSQL dialect; keep in step with sqlite/0005_moves.sql.

CREATE TABLE move_package (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'reviewed', 'approved', 'executed', 'rejected')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sk_number TEXT,
    sk_date DATE,
    executed_at TEXT,
    UNIQUE (tenant_id, code)
);

CREATE TABLE move (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    package_id BIGINT NOT NULL REFERENCES move_package(id) ON DELETE CASCADE,
    employee_id BIGINT NOT NULL REFERENCES employee(id),
    kind TEXT NOT NULL CHECK (kind IN ('mutasi', 'rotasi', 'promosi', 'demosi', 'uji')),
    from_position_id BIGINT REFERENCES position(id),
    to_position_id BIGINT NOT NULL REFERENCES position(id),
    effective_date DATE NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('allowed', 'warning', 'needs_approval', 'blocked')),
    verdicts TEXT NOT NULL,          -- JSON: every rule's verdict, article and facts when checked
    UNIQUE (package_id, employee_id)
);

CREATE TABLE move_approval (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
    package_id BIGINT NOT NULL REFERENCES move_package(id),
    step TEXT NOT NULL CHECK (step IN ('submitted', 'reviewed', 'approved', 'rejected', 'executed')),
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TRIGGER move_approval_append_only BEFORE UPDATE OR DELETE ON move_approval
    FOR EACH ROW EXECUTE FUNCTION merit_refuse('the approval trail is append-only');
CREATE FUNCTION merit_refuse_if_not_draft() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid BIGINT;
BEGIN
    IF TG_OP = 'INSERT' THEN pid := NEW.package_id; ELSE pid := OLD.package_id; END IF;
    IF (SELECT status FROM move_package WHERE id = pid) <> 'draft' THEN
        RAISE EXCEPTION 'merit: the package is no longer a draft' USING ERRCODE = 'P0001';
    END IF;
    IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER move_locked BEFORE INSERT OR UPDATE OR DELETE ON move
    FOR EACH ROW EXECUTE FUNCTION merit_refuse_if_not_draft();
CREATE TRIGGER move_package_executed BEFORE UPDATE ON move_package
    FOR EACH ROW WHEN (OLD.status IN ('executed', 'rejected'))
    EXECUTE FUNCTION merit_refuse('the package is closed');
