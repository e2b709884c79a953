-- The notice "two-step sign-in on your account changed" (issue 17). Nothing in the helpdesk
-- turns MFA on or off: the platform does, in its own transaction. A trigger on accounts writes
-- each change into account_changes there; the sign-in watch (SignInWatch) reads them after a
-- watermark and queues one mfa_changed notice per change (its key: "mfa:<change id>"). It is a
-- security notice, sent whatever notices_opt_out says.
CREATE TABLE account_changes (
    id          INTEGER PRIMARY KEY,
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    mfa_enabled INTEGER NOT NULL,
    mfa_method  TEXT,
    at          INTEGER NOT NULL
);
CREATE TRIGGER accounts_mfa_changed AFTER UPDATE OF mfa_enabled, mfa_method ON accounts
    WHEN OLD.mfa_enabled IS NOT NEW.mfa_enabled OR OLD.mfa_method IS NOT NEW.mfa_method
BEGIN
    INSERT INTO account_changes (account_id, mfa_enabled, mfa_method, at)
    VALUES (NEW.id, NEW.mfa_enabled, NEW.mfa_method,
            CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER));
END;
INSERT INTO notice_watermarks (name, last_id, updated_at) VALUES ('account_changes', 0, 0);

-- account_notices takes the new kind. SQLite cannot change a CHECK, so the table (new in 0018,
-- referenced by nothing) is copied into one that allows it.
CREATE TABLE account_notices_new (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('locked', 'unlocked', 'recovered',
                                                  'email_verified', 'links_revoked',
                                                  'unusual_sign_in', 'mfa_changed')),
    notice_key     TEXT NOT NULL,
    security       INTEGER NOT NULL CHECK (security IN (0, 1)),
    outbox_id      INTEGER REFERENCES outbox (id),
    skipped        TEXT CHECK (skipped IN ('opted_out')),
    login_event_id INTEGER,
    ticket_id      INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    created_at     INTEGER NOT NULL,
    UNIQUE (account_id, kind, notice_key),
    CHECK (security = 0 OR skipped IS NULL) -- the opt-out is for the other notices only
);
INSERT INTO account_notices_new SELECT id, account_id, kind, notice_key, security, outbox_id,
    skipped, login_event_id, ticket_id, created_at FROM account_notices;
DROP TABLE account_notices;
ALTER TABLE account_notices_new RENAME TO account_notices;
CREATE INDEX account_notices_outbox ON account_notices (outbox_id);
