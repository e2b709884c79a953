-- Inbound mail: every received message is stored raw before it is parsed, so nothing is lost
-- when parsing fails or the process dies; attachments are kept beside it (size-limited); IMAP
-- folders remember their UIDVALIDITY and the last UID handled, and claims with a lease make sure
-- exactly one client or job processes each message. Times are UTC milliseconds since the epoch.

-- One row per message received (MTA pipe, IMAP, or logged by an agent from a call or chat).
-- outcome 'received' means stored but not processed yet (or processing died): the unprocessed
-- list for admins shows those and 'unprocessed' (could not be read). raw_sha256 is unique: the
-- same bytes delivered twice are one row. dedup_key (the Message-ID, or "sha256:..." without
-- one) is set when the message is processed and unique, so two processes cannot both thread it.
CREATE TABLE inbound_messages (
    id           INTEGER PRIMARY KEY,
    received_at  INTEGER NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('pipe', 'imap', 'agent', 'api')),
    raw_sha256   TEXT NOT NULL UNIQUE,
    raw_size     INTEGER NOT NULL,
    message_id   TEXT,
    dedup_key    TEXT UNIQUE,
    from_address TEXT NOT NULL DEFAULT '',
    subject      TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT 'received'
                 CHECK (outcome IN ('received', 'created', 'added', 'ignored', 'duplicate',
                                    'bounce', 'unprocessed')),
    reason       TEXT NOT NULL DEFAULT '',
    ticket_id    INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    event_id     INTEGER,
    processed_at INTEGER
);
CREATE INDEX inbound_messages_message_id ON inbound_messages (message_id);
CREATE INDEX inbound_messages_outcome ON inbound_messages (outcome, received_at);
CREATE INDEX inbound_messages_ticket ON inbound_messages (ticket_id);

-- The raw bytes of each received message, beside its row rather than in it: recording the
-- outcome updates inbound_messages, and a row holding a 30 MB message would be read and written
-- again whole for that (SQLite keeps a row as one record).
CREATE TABLE inbound_raw (
    inbound_id INTEGER PRIMARY KEY REFERENCES inbound_messages (id) ON DELETE CASCADE,
    raw        BLOB NOT NULL
);

-- Attachments and inline parts of a received message, listed on the ticket's timeline. A part
-- over the size limit is listed with omitted = 1 and no data.
CREATE TABLE inbound_attachments (
    id          INTEGER PRIMARY KEY,
    inbound_id  INTEGER NOT NULL REFERENCES inbound_messages (id) ON DELETE CASCADE,
    ticket_id   INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    event_id    INTEGER,
    file_name   TEXT NOT NULL DEFAULT '',
    mime_type   TEXT NOT NULL DEFAULT 'application/octet-stream',
    content_id  TEXT NOT NULL DEFAULT '',
    inline_part INTEGER NOT NULL DEFAULT 0,
    size        INTEGER NOT NULL,
    omitted     INTEGER NOT NULL DEFAULT 0,
    data        BLOB
);
CREATE INDEX inbound_attachments_ticket ON inbound_attachments (ticket_id);
CREATE INDEX inbound_attachments_inbound ON inbound_attachments (inbound_id);

-- Per IMAP mailbox ("user@host/INBOX"): the folder's UIDVALIDITY and the highest UID handled.
CREATE TABLE imap_sync_state (
    mailbox      TEXT PRIMARY KEY,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL DEFAULT 0,
    updated_at   INTEGER NOT NULL
);

-- One row per IMAP message a client took on: claimed_by/lease_until like the outbox's lease;
-- done_at once it was stored and processed (then no client takes it again).
CREATE TABLE imap_claims (
    mailbox      TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    uid          INTEGER NOT NULL,
    claimed_by   TEXT NOT NULL,
    lease_until  INTEGER NOT NULL,
    inbound_id   INTEGER REFERENCES inbound_messages (id) ON DELETE SET NULL,
    done_at      INTEGER,
    PRIMARY KEY (mailbox, uid_validity, uid)
);

-- A customer's message the assignee has not looked at yet (the queue shows it in bold).
ALTER TABLE tickets ADD COLUMN unread_since INTEGER;

-- A delivery status notification for a sent message: when it came back and why.
ALTER TABLE outbox ADD COLUMN bounced_at INTEGER;
ALTER TABLE outbox ADD COLUMN bounce_reason TEXT;
