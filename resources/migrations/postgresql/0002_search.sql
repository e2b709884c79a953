-- Full-text search over ticket subjects and the timeline text people write: the customer's
-- message (kind 'created'), replies and internal notes. TicketSearch owns the queries.
--
-- Layout: a stored generated tsvector column on tickets (subject) and on ticket_events (body,
-- NULL for kinds that are not searched), each with a GIN index. Ranking reads the stored
-- vectors; snippets come from ts_headline over the original text.
--
-- Words must match SQLite's FTS5 unicode61 tokenizer (see the SQLite 0002_search.sql): a word is
-- a run of letters and digits, case-folded, accents kept, no stemming, no stop words. The
-- 'simple' configuration does the folding without stemming or stop words; replacing every
-- character that is not a letter or digit with a space first keeps the default parser from
-- making single tokens of e-mail addresses, host names, paths, decimals and hyphenated words
-- (which FTS5 splits into words). Letter classes and lower-casing follow the database's
-- LC_CTYPE, so the database needs a UTF-8 locale (C.UTF-8, en_US.UTF-8, ...), not plain C.
--
-- Adding a stored column rewrites both tables once (the backfill); on a large shared database
-- run helpdesk-admin migrate in a quiet hour.

ALTER TABLE tickets ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    to_tsvector('simple'::regconfig, regexp_replace(subject, '[^[:alnum:]]+', ' ', 'g'))
) STORED;

ALTER TABLE ticket_events ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (
    CASE WHEN kind IN ('created', 'reply', 'note')
         THEN to_tsvector('simple'::regconfig, regexp_replace(body, '[^[:alnum:]]+', ' ', 'g'))
    END
) STORED;

CREATE INDEX tickets_search ON tickets USING gin (search_vector);
CREATE INDEX ticket_events_search ON ticket_events USING gin (search_vector)
    WHERE search_vector IS NOT NULL;
