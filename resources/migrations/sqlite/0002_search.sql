-- Full-text search over ticket subjects and the timeline text people write: the customer's
-- message (kind 'created'), replies and internal notes. TicketSearch owns the queries.
--
-- Layout: two external-content FTS5 tables, so the text itself is stored once (in tickets and
-- ticket_events) and only the index is added:
--   ticket_subject_search  rowid = tickets.id, column subject, content read from tickets
--   ticket_event_search    rowid = ticket_events.id, column body, content read from the view
--                          ticket_event_search_docs (only the kinds above, so 'rebuild' and
--                          'integrity-check' see exactly the indexed rows)
-- Rowids are the source ids: "newest matches first" is ORDER BY rowid DESC inside FTS5, and an
-- event hit finds its ticket by primary key.
--
-- Words: tokenizer unicode61 without diacritic removal. A word is a run of Unicode letters and
-- digits, case-folded; everything else separates words. "café" and "cafe" stay different words,
-- exactly as with PostgreSQL's 'simple' configuration (no stemming, no stop words, no accent
-- folding on either side).
-- prefix='3' adds an index of 3-character prefixes, so "acc" typed into the search box reads one
-- list instead of merging every word that starts that way (60-130 ms on a million tickets).
-- Longer prefixes are narrow enough for the main index. SearchQuery treats a last word of one or
-- two characters as a whole word; a 2-character prefix index would cost another ~15 s per
-- million seeded tickets for results that are mostly noise.
--
-- Merging: every INSERT statement into tickets or ticket_events flushes FTS5's pending terms
-- into a new small segment (FTS5 flushes at each statement savepoint), so bulk writers
-- such as the demo seeder (7 tickets per statement) create hundreds of thousands of segments.
-- automerge 16 (default 4) merges them in wider, fewer passes, which saves a little seeding
-- time without slowing queries. crisismerge must stay above automerge.
--
-- Triggers keep both indexes in step. An external-content 'delete' must repeat exactly the
-- values that were indexed, which OLD.* does as long as every change goes through these tables.

CREATE VIEW ticket_event_search_docs AS
    SELECT id, body FROM ticket_events WHERE kind IN ('created', 'reply', 'note');

CREATE VIRTUAL TABLE ticket_subject_search USING fts5(
    subject,
    content = 'tickets', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3'
);

CREATE VIRTUAL TABLE ticket_event_search USING fts5(
    body,
    content = 'ticket_event_search_docs', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 0', prefix = '3'
);

INSERT INTO ticket_subject_search (ticket_subject_search, rank) VALUES ('automerge', 16);
INSERT INTO ticket_subject_search (ticket_subject_search, rank) VALUES ('crisismerge', 64);
INSERT INTO ticket_event_search (ticket_event_search, rank) VALUES ('automerge', 16);
INSERT INTO ticket_event_search (ticket_event_search, rank) VALUES ('crisismerge', 64);

-- The words each index holds, for expanding a typed prefix ("passw") into the words it stands
-- for ("password", "passwords"): FTS5 then reads their lists one row at a time, where a prefix
-- query (and bm25's document count for it) first merges every list that starts that way.
CREATE VIRTUAL TABLE ticket_subject_search_words USING fts5vocab(ticket_subject_search, instance);
CREATE VIRTUAL TABLE ticket_event_search_words USING fts5vocab(ticket_event_search, instance);

-- Rows written before this migration.
INSERT INTO ticket_subject_search (rowid, subject) SELECT id, subject FROM tickets;
INSERT INTO ticket_event_search (rowid, body) SELECT id, body FROM ticket_event_search_docs;

CREATE TRIGGER tickets_search_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO ticket_subject_search (rowid, subject) VALUES (NEW.id, NEW.subject);
END;

CREATE TRIGGER tickets_search_update AFTER UPDATE OF id, subject ON tickets
WHEN OLD.id IS NOT NEW.id OR OLD.subject IS NOT NEW.subject
BEGIN
    INSERT INTO ticket_subject_search (ticket_subject_search, rowid, subject)
        VALUES ('delete', OLD.id, OLD.subject);
    INSERT INTO ticket_subject_search (rowid, subject) VALUES (NEW.id, NEW.subject);
END;

CREATE TRIGGER tickets_search_delete AFTER DELETE ON tickets
BEGIN
    INSERT INTO ticket_subject_search (ticket_subject_search, rowid, subject)
        VALUES ('delete', OLD.id, OLD.subject);
END;

CREATE TRIGGER ticket_events_search_insert AFTER INSERT ON ticket_events
WHEN NEW.kind IN ('created', 'reply', 'note')
BEGIN
    INSERT INTO ticket_event_search (rowid, body) VALUES (NEW.id, NEW.body);
END;

-- Covers edits of the text and an event changing kind into or out of the searchable ones.
CREATE TRIGGER ticket_events_search_update AFTER UPDATE OF id, kind, body ON ticket_events
WHEN OLD.id IS NOT NEW.id OR OLD.kind IS NOT NEW.kind OR OLD.body IS NOT NEW.body
BEGIN
    INSERT INTO ticket_event_search (ticket_event_search, rowid, body)
        SELECT 'delete', OLD.id, OLD.body WHERE OLD.kind IN ('created', 'reply', 'note');
    INSERT INTO ticket_event_search (rowid, body)
        SELECT NEW.id, NEW.body WHERE NEW.kind IN ('created', 'reply', 'note');
END;

-- Also fires for the events removed by ON DELETE CASCADE when a ticket goes.
CREATE TRIGGER ticket_events_search_delete AFTER DELETE ON ticket_events
WHEN OLD.kind IN ('created', 'reply', 'note')
BEGIN
    INSERT INTO ticket_event_search (ticket_event_search, rowid, body)
        VALUES ('delete', OLD.id, OLD.body);
END;
