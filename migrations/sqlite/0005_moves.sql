-- Move proposals: a package of moves (one move or a whole rotation), each
-- checked against the rules when added and again when submitted, an
-- approval chain (operator -> head of BKPSDM -> PPK) kept append-only, and
-- the execution that updates the histories and records the decree (SK).
-- SQLite dialect; keep in step with pg/0005_moves.sql.

CREATE TABLE move_package (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    code TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'submitted', 'reviewed', 'approved', 'executed', 'rejected')),
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sk_number TEXT,
    sk_date TEXT,
    executed_at TEXT,
    UNIQUE (tenant_id, code)
);

CREATE TABLE move (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    package_id INTEGER NOT NULL REFERENCES move_package(id) ON DELETE CASCADE,
    employee_id INTEGER NOT NULL REFERENCES employee(id),
    kind TEXT NOT NULL CHECK (kind IN ('mutasi', 'rotasi', 'promosi', 'demosi', 'uji')),
    from_position_id INTEGER REFERENCES position(id),
    to_position_id INTEGER NOT NULL REFERENCES position(id),
    effective_date TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ('allowed', 'warning', 'needs_approval', 'blocked')),
    verdicts TEXT NOT NULL,          -- JSON: every rule's verdict, article and facts when checked
    UNIQUE (package_id, employee_id)
);

CREATE TABLE move_approval (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    package_id INTEGER NOT NULL REFERENCES move_package(id),
    step TEXT NOT NULL CHECK (step IN ('submitted', 'reviewed', 'approved', 'rejected', 'executed')),
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TRIGGER move_approval_no_update BEFORE UPDATE ON move_approval
BEGIN SELECT RAISE(ABORT, 'merit: the approval trail is append-only'); END;
CREATE TRIGGER move_approval_no_delete BEFORE DELETE ON move_approval
BEGIN SELECT RAISE(ABORT, 'merit: the approval trail is append-only'); END;
-- once submitted, the moves of a package no longer change; an executed package is final
CREATE TRIGGER move_locked_i BEFORE INSERT ON move
WHEN (SELECT status FROM move_package WHERE id = NEW.package_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'merit: the package is no longer a draft'); END;
CREATE TRIGGER move_locked_u BEFORE UPDATE ON move
WHEN (SELECT status FROM move_package WHERE id = OLD.package_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'merit: the package is no longer a draft'); END;
CREATE TRIGGER move_locked_d BEFORE DELETE ON move
WHEN (SELECT status FROM move_package WHERE id = OLD.package_id) <> 'draft'
BEGIN SELECT RAISE(ABORT, 'merit: the package is no longer a draft'); END;
CREATE TRIGGER move_package_executed BEFORE UPDATE ON move_package
WHEN OLD.status IN ('executed', 'rejected')
BEGIN SELECT RAISE(ABORT, 'merit: the package is closed'); END;
