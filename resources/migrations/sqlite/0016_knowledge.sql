-- Knowledge base, canned replies and macros (core/knowledge), and a wider ticket search.
-- Times are UTC milliseconds since the epoch.
--
-- kb_articles holds the current text of each article; kb_article_versions keeps every saved
-- state (who, when, what changed), so an old version can be restored; kb_article_uses records
-- which article an agent put into a reply on which ticket ("resolved with article" counts join
-- the ticket's status). Macros shipped with the app live in resources/knowledge/macros.json;
-- the macros table holds the ones staff write (owner NULL: shared with everyone) and shipped
-- ones edited here (same key).

CREATE TABLE kb_articles (
    id               INTEGER PRIMARY KEY,
    slug             TEXT NOT NULL UNIQUE,
    title            TEXT NOT NULL,
    body             TEXT NOT NULL,
    category         TEXT NOT NULL CHECK (category IN ('login', 'recovery', 'security', 'other')),
    tags             TEXT NOT NULL DEFAULT '',
    audience         TEXT NOT NULL CHECK (audience IN ('public', 'internal')),
    status           TEXT NOT NULL CHECK (status IN ('proposed', 'published', 'archived')),
    author_id        INTEGER REFERENCES staff (id),
    created_at       INTEGER NOT NULL,
    updated_by       INTEGER REFERENCES staff (id),
    updated_at       INTEGER NOT NULL,
    reviewed_by      INTEGER REFERENCES staff (id),
    reviewed_at      INTEGER,
    source_ticket_id INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX kb_articles_category ON kb_articles (category, status, title);

CREATE TABLE kb_article_versions (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    version    INTEGER NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    category   TEXT NOT NULL,
    tags       TEXT NOT NULL,
    audience   TEXT NOT NULL,
    status     TEXT NOT NULL,
    changed_by INTEGER REFERENCES staff (id),
    changed_at INTEGER NOT NULL,
    change     TEXT NOT NULL DEFAULT '',
    UNIQUE (article_id, version)
);

CREATE TABLE kb_article_uses (
    id         INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES kb_articles (id) ON DELETE CASCADE,
    ticket_id  INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    staff_id   INTEGER REFERENCES staff (id),
    event_id   INTEGER,
    at         INTEGER NOT NULL
);
CREATE INDEX kb_article_uses_article ON kb_article_uses (article_id, at);
CREATE INDEX kb_article_uses_ticket ON kb_article_uses (ticket_id);

CREATE TABLE macros (
    id         INTEGER PRIMARY KEY,
    key        TEXT UNIQUE,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL DEFAULT '',
    changes    TEXT NOT NULL DEFAULT '{}',
    owner_id   INTEGER REFERENCES staff (id),
    updated_by INTEGER REFERENCES staff (id),
    updated_at INTEGER NOT NULL
);
CREATE INDEX macros_owner ON macros (owner_id);

-- Article search: the same layout and word rules as 0002_search.sql (external content,
-- unicode61 without diacritic removal, 3-character prefixes, a vocabulary for prefix expansion).
CREATE VIRTUAL TABLE kb_article_search USING fts5(
    title, body, tags,
    content = 'kb_articles', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3'
);
CREATE VIRTUAL TABLE kb_article_search_words USING fts5vocab(kb_article_search, instance);

CREATE TRIGGER kb_articles_search_insert AFTER INSERT ON kb_articles
BEGIN
    INSERT INTO kb_article_search (rowid, title, body, tags)
        VALUES (NEW.id, NEW.title, NEW.body, NEW.tags);
END;

CREATE TRIGGER kb_articles_search_update AFTER UPDATE OF id, title, body, tags ON kb_articles
WHEN OLD.id IS NOT NEW.id OR OLD.title IS NOT NEW.title OR OLD.body IS NOT NEW.body
     OR OLD.tags IS NOT NEW.tags
BEGIN
    INSERT INTO kb_article_search (kb_article_search, rowid, title, body, tags)
        VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.tags);
    INSERT INTO kb_article_search (rowid, title, body, tags)
        VALUES (NEW.id, NEW.title, NEW.body, NEW.tags);
END;

CREATE TRIGGER kb_articles_search_delete AFTER DELETE ON kb_articles
BEGIN
    INSERT INTO kb_article_search (kb_article_search, rowid, title, body, tags)
        VALUES ('delete', OLD.id, OLD.title, OLD.body, OLD.tags);
END;

-- Ticket search learns what agents type into it: the customer's name and e-mail address (next
-- to the subject, in the same row of the subject index), the notes an agent typed into a
-- troubleshooting step (data.notes of 'wizard_step') and the comment a lead gives when
-- de-escalating (a 'status' event from 'escalated' to 'open', which always carries one).
-- Both indexes are rebuilt once from their tables.

DROP TRIGGER tickets_search_insert;
DROP TRIGGER tickets_search_update;
DROP TRIGGER tickets_search_delete;
DROP TABLE ticket_subject_search_words;
DROP TABLE ticket_subject_search;

CREATE VIRTUAL TABLE ticket_subject_search USING fts5(
    subject, requester_name, requester_email,
    content = 'tickets', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3'
);
INSERT INTO ticket_subject_search (ticket_subject_search, rank) VALUES ('automerge', 16);
INSERT INTO ticket_subject_search (ticket_subject_search, rank) VALUES ('crisismerge', 64);
CREATE VIRTUAL TABLE ticket_subject_search_words USING fts5vocab(ticket_subject_search, instance);
INSERT INTO ticket_subject_search (ticket_subject_search) VALUES ('rebuild');

CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO ticket_subject_search (rowid, subject, requester_name, requester_email)
        VALUES (NEW.id, NEW.subject, NEW.requester_name, NEW.requester_email);
END;

CREATE TRIGGER tickets_search_update
AFTER UPDATE OF id, subject, requester_name, requester_email ON tickets
WHEN OLD.id IS NOT NEW.id OR OLD.subject IS NOT NEW.subject
     OR OLD.requester_name IS NOT NEW.requester_name
     OR OLD.requester_email IS NOT NEW.requester_email
BEGIN
    INSERT INTO ticket_subject_search (ticket_subject_search, rowid, subject, requester_name,
                                       requester_email)
        VALUES ('delete', OLD.id, OLD.subject, OLD.requester_name, OLD.requester_email);
    INSERT INTO ticket_subject_search (rowid, subject, requester_name, requester_email)
        VALUES (NEW.id, NEW.subject, NEW.requester_name, NEW.requester_email);
END;

CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets
BEGIN
    INSERT INTO ticket_subject_search (ticket_subject_search, rowid, subject, requester_name,
                                       requester_email)
        VALUES ('delete', OLD.id, OLD.subject, OLD.requester_name, OLD.requester_email);
END;

-- The event index: the searched text of an event is what the view below says: the body of
-- messages, replies and notes, the notes of a troubleshooting step, the comment of a
-- de-escalation, nothing otherwise. json_extract runs only for the two kinds that always carry
-- JSON written by the app (CASE evaluates its branches lazily). The view is outside any trigger
-- body, where the migration splitter would read CASE ... END as the trigger's end.
DROP TRIGGER ticket_events_search_insert;
DROP TRIGGER ticket_events_search_update;
DROP TRIGGER ticket_events_search_delete;
DROP TABLE ticket_event_search_words;
DROP TABLE ticket_event_search;
DROP VIEW ticket_event_search_docs;

CREATE VIEW ticket_event_search_docs AS
    SELECT id, body FROM (
        SELECT id, CASE
            WHEN kind IN ('created', 'reply', 'note') THEN body
            WHEN kind = 'wizard_step' THEN NULLIF(json_extract(data, '$.notes'), '')
            WHEN kind = 'status' THEN CASE WHEN json_extract(data, '$.from') = 'escalated'
                                            AND json_extract(data, '$.to') = 'open'
                                           THEN body END
        END AS body FROM ticket_events
        WHERE kind IN ('created', 'reply', 'note', 'wizard_step', 'status'))
    WHERE body IS NOT NULL;

CREATE VIRTUAL TABLE ticket_event_search USING fts5(
    body,
    content = 'ticket_event_search_docs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3'
);
INSERT INTO ticket_event_search (ticket_event_search, rank) VALUES ('automerge', 16);
INSERT INTO ticket_event_search (ticket_event_search, rank) VALUES ('crisismerge', 64);
CREATE VIRTUAL TABLE ticket_event_search_words USING fts5vocab(ticket_event_search, instance);
INSERT INTO ticket_event_search (rowid, body) SELECT id, body FROM ticket_event_search_docs;

CREATE TRIGGER ticket_events_search_insert AFTER INSERT ON ticket_events
WHEN NEW.kind IN ('created', 'reply', 'note', 'wizard_step', 'status')
BEGIN
    INSERT INTO ticket_event_search (rowid, body)
        SELECT id, body FROM ticket_event_search_docs WHERE id = NEW.id;
END;

-- An external-content 'delete' must repeat what was indexed, so the old entry is removed before
-- the row changes (the view still reads it as it was) and the new one added after; the rule is
-- written once, in the view.
CREATE TRIGGER ticket_events_search_unindex BEFORE UPDATE OF id, kind, body, data ON ticket_events
WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.body IS NOT NEW.body
     OR OLD.data IS NOT NEW.data
BEGIN
    INSERT INTO ticket_event_search (ticket_event_search, rowid, body)
        SELECT 'delete', id, body FROM ticket_event_search_docs WHERE id = OLD.id;
END;

CREATE TRIGGER ticket_events_search_update AFTER UPDATE OF id, kind, body, data ON ticket_events
WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.body IS NOT NEW.body
     OR OLD.data IS NOT NEW.data
BEGIN
    INSERT INTO ticket_event_search (rowid, body)
        SELECT id, body FROM ticket_event_search_docs WHERE id = NEW.id;
END;

-- Also fires for the events removed by ON DELETE CASCADE when a ticket goes.
CREATE TRIGGER ticket_events_search_delete BEFORE DELETE ON ticket_events
WHEN OLD.kind IN ('created', 'reply', 'note', 'wizard_step', 'status')
BEGIN
    INSERT INTO ticket_event_search (ticket_event_search, rowid, body)
        SELECT 'delete', id, body FROM ticket_event_search_docs WHERE id = OLD.id;
END;
