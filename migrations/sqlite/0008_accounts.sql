-- Accounts, sessions and login throttling for the HTTP API; the
-- publication of a wave's results to its employees; API import runs.
-- Times are ISO-8601 UTC text written by merit ("2026-11-23T10:00:00Z"), so
-- they compare as text on both engines.

CREATE TABLE account (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id), -- a super_admin's home agency
    username TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('super_admin', 'admin', 'operator', 'assessor',
                                       'committee', 'head', 'employee')),
    employee_id INTEGER REFERENCES employee(id),
    assessor_id INTEGER REFERENCES assessor(id),
    password_hash TEXT NOT NULL,      -- libsodium crypto_pwhash_str (argon2id)
    must_change INTEGER NOT NULL DEFAULT 0,
    disabled INTEGER NOT NULL DEFAULT 0,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    password_changed_at TEXT NOT NULL,
    CHECK (role <> 'employee' OR employee_id IS NOT NULL),
    CHECK (role <> 'assessor' OR assessor_id IS NOT NULL)
);
CREATE INDEX account_tenant ON account (tenant_id);

-- The committee seats an account holds (role committee).
CREATE TABLE account_member (
    account_id INTEGER NOT NULL REFERENCES account(id),
    member_id INTEGER NOT NULL UNIQUE REFERENCES committee_member(id),
    PRIMARY KEY (account_id, member_id)
);

-- Only a hash of the session token is stored: a copy of the table opens no session.
CREATE TABLE session (
    token_hash TEXT PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES account(id),
    csrf_token TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL
);
CREATE INDEX session_account ON session (account_id);

CREATE TABLE login_failure (
    id INTEGER PRIMARY KEY,
    ip TEXT NOT NULL,
    username TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX login_failure_ip ON login_failure (ip, at);

-- Employees see their own results of a wave only once it is published.
CREATE TABLE wave_publication (
    wave_id INTEGER PRIMARY KEY REFERENCES wave(id),
    published_at TEXT NOT NULL,
    actor TEXT NOT NULL
);
CREATE TRIGGER wave_publication_no_update BEFORE UPDATE ON wave_publication
BEGIN SELECT RAISE(ABORT, 'merit: a publication is final'); END;
CREATE TRIGGER wave_publication_no_delete BEFORE DELETE ON wave_publication
BEGIN SELECT RAISE(ABORT, 'merit: a publication is final'); END;

-- Imports uploaded through the API: state and outcome readable from any process.
CREATE TABLE import_run (
    id INTEGER PRIMARY KEY,
    tenant_id INTEGER NOT NULL REFERENCES tenant(id),
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    rows_total INTEGER NOT NULL DEFAULT 0,
    rows_done INTEGER NOT NULL DEFAULT 0,
    summary TEXT,                     -- JSON: counts when done
    errors TEXT,                      -- JSON: [{code, message, field, row}] when failed
    created_by TEXT NOT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT
);
CREATE INDEX import_run_tenant ON import_run (tenant_id, id);

-- the profile reads an employee's latest box
CREATE INDEX talent_placement_employee ON talent_placement (employee_id);
