-- Queue refresh at team scale (issue 13): indexes that match every sortable order including the
-- id tie-breaker, counters the database keeps per (status, assignee), and change notifications
-- that say which ticket changed and to which version.

-- Every sortable order as (sort key, id): ties on the key come out of the index in order.
DROP INDEX tickets_subject;
DROP INDEX tickets_requester_name;
DROP INDEX tickets_category;
DROP INDEX tickets_priority;
DROP INDEX tickets_status;
DROP INDEX tickets_resolution_due;
DROP INDEX tickets_updated_cover;
DROP INDEX tickets_status_updated;
DROP INDEX tickets_assignee_status;
CREATE INDEX tickets_order_subject ON tickets (subject, id);
CREATE INDEX tickets_order_requester ON tickets (requester_name, id);
CREATE INDEX tickets_order_category ON tickets (category, id);
CREATE INDEX tickets_order_priority ON tickets (priority, id);
CREATE INDEX tickets_order_status ON tickets (status, id);
-- Due sorts empty values last in both directions: the store orders by (due IS NULL, due, id).
CREATE INDEX tickets_order_due ON tickets ((resolution_due IS NULL), resolution_due, id);
CREATE INDEX tickets_order_due_desc ON tickets ((resolution_due IS NULL), resolution_due DESC, id DESC);
CREATE INDEX tickets_order_updated ON tickets (updated_at, id, status, assignee_id);
CREATE INDEX tickets_status_updated ON tickets (status, updated_at, id);
CREATE INDEX tickets_assignee_status ON tickets (assignee_id, status, updated_at, id);

-- How many tickets have each (status, assignee): every queue count but the time-dependent
-- "Breaching SLA" is a sum over these few rows. assignee_id 0 means unassigned.
CREATE TABLE queue_counts (
    status      TEXT NOT NULL,
    assignee_id BIGINT NOT NULL,
    n           BIGINT NOT NULL,
    PRIMARY KEY (status, assignee_id)
);
INSERT INTO queue_counts (status, assignee_id, n)
    SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM tickets
    GROUP BY status, COALESCE(assignee_id, 0);

-- Once per statement, from its transition tables: a bulk insert of 10,000 tickets is one
-- grouped upsert, and an update that moves no ticket between (status, assignee) writes nothing.
-- Rows are upserted in key order, so two transactions lock counters in the same order.
CREATE FUNCTION tickets_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO queue_counts AS c (status, assignee_id, n)
            SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM new_rows
            GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (status, assignee_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO queue_counts AS c (status, assignee_id, n)
            SELECT status, COALESCE(assignee_id, 0), -COUNT(*) FROM old_rows
            GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (status, assignee_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSE
        INSERT INTO queue_counts AS c (status, assignee_id, n)
            SELECT status, a, SUM(k) FROM (
                SELECT status, COALESCE(assignee_id, 0) AS a, 1 AS k FROM new_rows
                UNION ALL
                SELECT status, COALESCE(assignee_id, 0), -1 FROM old_rows) d
            GROUP BY 1, 2 HAVING SUM(k) <> 0 ORDER BY 1, 2
            ON CONFLICT (status, assignee_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    END IF;
    RETURN NULL;
END;
$$;
CREATE TRIGGER tickets_count_insert AFTER INSERT ON tickets
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_count_change();
CREATE TRIGGER tickets_count_update AFTER UPDATE ON tickets
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_count_change();
CREATE TRIGGER tickets_count_delete AFTER DELETE ON tickets
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION tickets_count_change();

-- The payload is "id:version" (ids only: NOTIFY has no permissions, clients re-read the row).
CREATE OR REPLACE FUNCTION notify_ticket_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('helpdesk_ticket', NEW.id::text || ':' || NEW.version::text);
    RETURN NULL;
END;
$$;

ANALYZE tickets;
