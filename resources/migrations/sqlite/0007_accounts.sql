-- Customer accounts: one-time links (reset and activation; only a token's SHA-256 is stored),
-- the identity checks recorded on a ticket before a recovery action, unlock requests for the
-- four-eyes rule, and how a lock came about. Times are UTC milliseconds since the epoch.

-- Why an account is locked: 'failed_sign_ins' (an agent may lift it) or 'security' (lifting it
-- needs a second staff member with the lead role). NULL for a lock set outside the helpdesk;
-- see AccountLock in core/accounts for how such a lock is classified.
ALTER TABLE accounts ADD COLUMN lock_kind TEXT CHECK (lock_kind IN ('failed_sign_ins', 'security'));

-- The Accounts screen searches by the beginning of an email address or name (LIKE 'x%' uses a
-- NOCASE index in SQLite).
CREATE INDEX accounts_email_nocase ON accounts (email COLLATE NOCASE);
CREATE INDEX accounts_name_nocase ON accounts (display_name COLLATE NOCASE);

-- A one-time link for an account. The token itself exists only in the mail (and there only
-- until the relay accepted it); the customer portal hashes what it is given and marks the
-- matching unexpired, unused, unrevoked row used in one UPDATE.
CREATE TABLE account_tokens (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('reset', 'activation')),
    token_sha256  TEXT NOT NULL UNIQUE CHECK (length(token_sha256) = 64),
    issued_by     INTEGER REFERENCES staff (id),
    issued_at     INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER,
    revoked_at    INTEGER,
    revoked_by    INTEGER REFERENCES staff (id),
    revoke_reason TEXT CHECK (revoke_reason IN ('reissued', 'locked', 'revoked')),
    ticket_id     INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    outbox_id     INTEGER REFERENCES outbox (id) ON DELETE SET NULL
);
CREATE INDEX account_tokens_account ON account_tokens (account_id, issued_at);
CREATE INDEX account_tokens_outbox ON account_tokens (outbox_id);

-- The recovery checklist: each identity check an agent made on a ticket, with its result.
CREATE TABLE identity_checks (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    method     TEXT NOT NULL
               CHECK (method IN ('email_code', 'phone_code', 'registration_details', 'recent_activity')),
    passed     INTEGER NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    staff_id   INTEGER REFERENCES staff (id),
    at         INTEGER NOT NULL
);
CREATE INDEX identity_checks_ticket ON identity_checks (ticket_id, account_id, at);

-- Lifting a security lock: one staff member asks, a different one with the lead role decides.
CREATE TABLE account_unlock_requests (
    id            INTEGER PRIMARY KEY,
    account_id    INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    ticket_id     INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    requested_by  INTEGER NOT NULL REFERENCES staff (id),
    requested_at  INTEGER NOT NULL,
    reason        TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'pending'
                  CHECK (status IN ('pending', 'approved', 'rejected', 'cancelled')),
    decided_by    INTEGER REFERENCES staff (id),
    decided_at    INTEGER,
    decision_note TEXT NOT NULL DEFAULT '',
    -- Four eyes, also for a client that skips its own checks.
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE UNIQUE INDEX account_unlock_requests_pending ON account_unlock_requests (account_id)
    WHERE status = 'pending';
