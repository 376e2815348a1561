-- The audit log: append-only and hash-chained per tenant. Each entry's hash
-- covers its fields and the previous entry's hash, so an edited, deleted or
-- reordered entry breaks the chain (merit audit verify). A second entry on
-- the same previous hash (a fork from two concurrent writers) is refused.

CREATE TABLE audit (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenant(id),
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
CREATE TRIGGER audit_append_only BEFORE UPDATE OR DELETE ON audit
    FOR EACH ROW EXECUTE FUNCTION merit_refuse('the audit log is append-only');
CREATE TRIGGER audit_truncate BEFORE TRUNCATE ON audit
    FOR EACH STATEMENT EXECUTE FUNCTION merit_refuse('the audit log is append-only');
