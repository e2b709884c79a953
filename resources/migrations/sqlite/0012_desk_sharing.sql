-- Sharing one desk (issue 13): the "Breaching SLA" count from counters, one SLA monitor per desk
-- instead of one per client, and presence (who is viewing or replying to a ticket).

-- How many tickets whose SLA clock runs (new, open, escalated) are due in each hour
-- (resolution_due / 3600000). "Breaching SLA" (due before now + the warning window) is the sum
-- of the whole hours before that bound plus an index range over the one hour it falls in: no
-- scan of the tickets that breached long ago.
CREATE TABLE sla_due_counts (
    bucket INTEGER PRIMARY KEY,
    n      INTEGER NOT NULL
);
INSERT INTO sla_due_counts (bucket, n)
    SELECT resolution_due / 3600000, COUNT(*) FROM tickets
    WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
    GROUP BY 1;

CREATE TRIGGER tickets_due_count_insert AFTER INSERT ON tickets
WHEN NEW.status IN ('new', 'open', 'escalated') AND NEW.resolution_due IS NOT NULL
BEGIN
    INSERT INTO sla_due_counts (bucket, n) VALUES (NEW.resolution_due / 3600000, 1)
        ON CONFLICT (bucket) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tickets_due_count_update_old AFTER UPDATE OF status, resolution_due ON tickets
WHEN OLD.status IN ('new', 'open', 'escalated') AND OLD.resolution_due IS NOT NULL
    AND (OLD.status IS NOT NEW.status OR OLD.resolution_due IS NOT NEW.resolution_due)
BEGIN
    UPDATE sla_due_counts SET n = n - 1 WHERE bucket = OLD.resolution_due / 3600000;
END;

CREATE TRIGGER tickets_due_count_update_new AFTER UPDATE OF status, resolution_due ON tickets
WHEN NEW.status IN ('new', 'open', 'escalated') AND NEW.resolution_due IS NOT NULL
    AND (OLD.status IS NOT NEW.status OR OLD.resolution_due IS NOT NEW.resolution_due)
BEGIN
    INSERT INTO sla_due_counts (bucket, n) VALUES (NEW.resolution_due / 3600000, 1)
        ON CONFLICT (bucket) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tickets_due_count_delete AFTER DELETE ON tickets
WHEN OLD.status IN ('new', 'open', 'escalated') AND OLD.resolution_due IS NOT NULL
BEGIN
    UPDATE sla_due_counts SET n = n - 1 WHERE bucket = OLD.resolution_due / 3600000;
END;

-- Work one client does for the whole desk (the SLA escalation scan): the client whose claim
-- moves until_ms runs it; the holder renews its lease every interval, another client takes over
-- once a lease has run out (the holder quit).
CREATE TABLE desk_leases (
    name     TEXT PRIMARY KEY,
    holder   TEXT NOT NULL,
    until_ms INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO desk_leases (name, holder, until_ms) VALUES ('sla-monitor', '', 0);

-- Presence: one row per running client, the ticket it shows and whether its agent is
-- composing on it. Heartbeats move seen_at; a row older than the expiry counts as gone. Other
-- clients notice through PRAGMA data_version (the ChangeNotifier) and read these few rows.
CREATE TABLE presence (
    client_id TEXT PRIMARY KEY,
    staff_id  INTEGER NOT NULL,
    ticket_id INTEGER NOT NULL,
    activity  TEXT NOT NULL CHECK (activity IN ('viewing', 'replying')),
    seen_at   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX presence_ticket ON presence (ticket_id);

-- A timeline entry another client adds (a reply, a note, an account action recorded on the
-- ticket) without changing the ticket row: logged as version -1, so the clients showing that
-- ticket re-read its timeline (PostgreSQL: the events trigger NOTIFYs the ticket id).
CREATE TRIGGER ticket_events_change_insert AFTER INSERT ON ticket_events
BEGIN
    INSERT INTO ticket_changes (ticket_id, version) VALUES (NEW.ticket_id, -1);
END;
