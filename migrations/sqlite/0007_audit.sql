-- The audit log: append-only and hash-chained per tenant. Each entry's hash
-- covers its fields and the previous entry's hash, so an edited, deleted or
-- reordered entry breaks the chain (merit audit verify). A second entry on
-- the same previous hash (a fork from two concurrent writers) is refused.

CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    before_value TEXT,
    after_value TEXT,
    reason TEXT,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE,
    UNIQUE (tenant_id, prev_hash)
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'merit: the audit log is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'merit: the audit log is append-only'); END;
