-- Mail: the durable outbox and the editable mail templates. Times are UTC milliseconds since
-- the epoch. Templates are seeded from resources/templates by TemplateStore on first use, so a
-- later release can add a template without a migration.

-- One row per outgoing message, written in the same transaction as the action that caused it.
-- The sender claims rows with a lease (claimed_by, lease_until): a client that dies while
-- sending leaves rows in 'sending' whose lease runs out, and another sender takes them over.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    ticket_id       INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    event_id        INTEGER,
    template_key    TEXT,
    from_address    TEXT NOT NULL DEFAULT '',
    from_name       TEXT NOT NULL DEFAULT '',
    reply_to        TEXT NOT NULL DEFAULT '',
    to_address      TEXT NOT NULL,
    to_name         TEXT NOT NULL DEFAULT '',
    subject         TEXT NOT NULL,
    text_body       TEXT NOT NULL DEFAULT '',
    html_body       TEXT NOT NULL DEFAULT '',
    headers         TEXT NOT NULL DEFAULT '[]',
    message_id      TEXT NOT NULL UNIQUE,
    status          TEXT NOT NULL DEFAULT 'queued'
                    CHECK (status IN ('queued', 'sending', 'sent', 'failed', 'cancelled')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_by      TEXT,
    lease_until     INTEGER,
    last_error      TEXT,
    server_reply    TEXT,
    created_at      INTEGER NOT NULL,
    sent_at         INTEGER,
    has_secret      INTEGER NOT NULL DEFAULT 0,
    redacted        INTEGER NOT NULL DEFAULT 0
);
-- The sender's claim: due queued rows, and sending rows whose lease ran out.
CREATE INDEX outbox_status_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_status_lease ON outbox (status, lease_until);
CREATE INDEX outbox_ticket ON outbox (ticket_id);

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    subject    TEXT NOT NULL,
    text_body  TEXT NOT NULL,
    html_body  TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by TEXT
);
