-- Sharing one desk (issue 13): the "Breaching SLA" count from counters, one SLA monitor per desk
-- instead of one per client, and presence (who is viewing or replying to a ticket).

-- How many tickets whose SLA clock runs (new, open, escalated) are due in each hour
-- (resolution_due / 3600000). "Breaching SLA" (due before now + the warning window) is the sum
-- of the whole hours before that bound plus an index range over the one hour it falls in: no
-- scan of the tickets that breached long ago.
CREATE TABLE sla_due_counts (
    bucket BIGINT PRIMARY KEY,
    n      BIGINT NOT NULL
);
INSERT INTO sla_due_counts (bucket, n)
    SELECT resolution_due / 3600000, COUNT(*) FROM tickets
    WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
    GROUP BY 1;

-- Once per statement, from its transition tables, like queue_counts (0011); buckets in order.
CREATE FUNCTION tickets_due_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO sla_due_counts AS c (bucket, n)
            SELECT resolution_due / 3600000, COUNT(*) FROM new_rows
            WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
            GROUP BY 1 ORDER BY 1
            ON CONFLICT (bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO sla_due_counts AS c (bucket, n)
            SELECT resolution_due / 3600000, -COUNT(*) FROM old_rows
            WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
            GROUP BY 1 ORDER BY 1
            ON CONFLICT (bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSE
        INSERT INTO sla_due_counts AS c (bucket, n)
            SELECT b, SUM(k) FROM (
                SELECT resolution_due / 3600000 AS b, 1 AS k FROM new_rows
                WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
                UNION ALL
                SELECT resolution_due / 3600000, -1 FROM old_rows
                WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL) d
            GROUP BY 1 HAVING SUM(k) <> 0 ORDER BY 1
            ON CONFLICT (bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tickets_due_count_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_due_count_change();
CREATE TRIGGER tickets_due_count_update AFTER UPDATE ON tickets
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_due_count_change();
CREATE TRIGGER tickets_due_count_delete AFTER DELETE ON tickets
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_due_count_change();

-- Work one client does for the whole desk (the SLA escalation scan): the client whose claim
-- moves until_ms runs it; the holder renews its lease every interval, another client takes over
-- once a lease has run out (the holder quit).
CREATE TABLE desk_leases (
    name     TEXT PRIMARY KEY,
    holder   TEXT NOT NULL,
    until_ms BIGINT NOT NULL
);
INSERT INTO desk_leases (name, holder, until_ms) VALUES ('sla-monitor', '', 0);

-- Presence: one row per running client, the ticket it shows and whether its agent is
-- composing on it. Heartbeats move seen_at; a row older than the expiry counts as gone.
CREATE TABLE presence (
    client_id TEXT PRIMARY KEY,
    staff_id  BIGINT NOT NULL,
    ticket_id BIGINT NOT NULL,
    activity  TEXT NOT NULL CHECK (activity IN ('viewing', 'replying')),
    seen_at   BIGINT NOT NULL
);
CREATE INDEX presence_ticket ON presence (ticket_id);

-- Other clients hear which ticket's presence changed (ids only); a heartbeat that only moves
-- seen_at is not told, unless the row had expired.
CREATE FUNCTION notify_presence_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('helpdesk_presence', OLD.ticket_id::text);
    ELSE
        IF TG_OP = 'UPDATE' AND OLD.ticket_id <> NEW.ticket_id THEN
            PERFORM pg_notify('helpdesk_presence', OLD.ticket_id::text);
        END IF;
        PERFORM pg_notify('helpdesk_presence', NEW.ticket_id::text);
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER presence_notify_change AFTER INSERT OR DELETE ON presence
    FOR EACH ROW EXECUTE FUNCTION notify_presence_change();
CREATE TRIGGER presence_notify_update AFTER UPDATE ON presence
    FOR EACH ROW WHEN (OLD.ticket_id <> NEW.ticket_id OR OLD.activity <> NEW.activity
                       OR NEW.seen_at - OLD.seen_at > 60000)
    EXECUTE FUNCTION notify_presence_change();
