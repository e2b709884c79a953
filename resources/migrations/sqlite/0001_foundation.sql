-- Foundation schema: staff, customer accounts and their sign-ins, tickets with their
-- timelines, the audit log and shared settings. Times are UTC milliseconds since the epoch.

CREATE TABLE staff (
    id           INTEGER PRIMARY KEY,
    login        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    email        TEXT NOT NULL,
    role         TEXT NOT NULL CHECK (role IN ('agent', 'lead', 'admin')),
    active       INTEGER NOT NULL DEFAULT 1,
    signature    TEXT NOT NULL DEFAULT ''
);

CREATE TABLE accounts (
    id                 INTEGER PRIMARY KEY,
    email              TEXT NOT NULL UNIQUE,
    display_name       TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('active', 'inactive', 'pending_activation', 'locked', 'suspended')),
    lock_reason        TEXT,
    locked_by          TEXT,
    locked_at          INTEGER,
    mfa_enabled        INTEGER NOT NULL DEFAULT 0,
    mfa_method         TEXT,
    email_verified     INTEGER NOT NULL DEFAULT 0,
    phone              TEXT,
    failed_login_count INTEGER NOT NULL DEFAULT 0,
    last_login_at      INTEGER,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL
);
CREATE INDEX accounts_display_name ON accounts (display_name);

CREATE TABLE login_events (
    id         INTEGER PRIMARY KEY,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    at         INTEGER NOT NULL,
    success    INTEGER NOT NULL,
    ip         TEXT,
    user_agent TEXT,
    device     TEXT,
    browser    TEXT,
    country    TEXT,
    city       TEXT
);
CREATE INDEX login_events_account_at ON login_events (account_id, at);

CREATE TABLE tickets (
    id                 INTEGER PRIMARY KEY,
    subject            TEXT NOT NULL,
    requester_email    TEXT NOT NULL,
    requester_name     TEXT NOT NULL,
    account_id         INTEGER REFERENCES accounts (id),
    category           TEXT NOT NULL CHECK (category IN ('login', 'recovery', 'security', 'other')),
    priority           INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 3),
    status             TEXT NOT NULL CHECK (status IN ('new', 'open', 'pending_customer', 'escalated', 'resolved', 'closed')),
    channel            TEXT NOT NULL CHECK (channel IN ('phone', 'email', 'chat', 'portal')),
    assignee_id        INTEGER REFERENCES staff (id),
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    first_response_due INTEGER,
    first_responded_at INTEGER,
    resolution_due     INTEGER,
    resolved_at        INTEGER,
    escalation_level   INTEGER NOT NULL DEFAULT 0,
    version            INTEGER NOT NULL DEFAULT 1
);
-- Queue look-ups: by status (and assignee), newest activity first, and each sortable column.
CREATE INDEX tickets_status_updated ON tickets (status, updated_at);
CREATE INDEX tickets_assignee_status ON tickets (assignee_id, status, updated_at);
CREATE INDEX tickets_updated ON tickets (updated_at);
CREATE INDEX tickets_status_due ON tickets (status, resolution_due);
CREATE INDEX tickets_account ON tickets (account_id);

CREATE TABLE ticket_events (
    id        INTEGER PRIMARY KEY,
    ticket_id INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    staff_id  INTEGER REFERENCES staff (id),
    kind      TEXT NOT NULL,
    body      TEXT NOT NULL DEFAULT '',
    data      TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX ticket_events_ticket_at ON ticket_events (ticket_id, at);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          INTEGER NOT NULL,
    staff_id    INTEGER REFERENCES staff (id),
    actor       TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    action      TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, at);

-- The audit log is append-only.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
