-- Queue refresh at team scale (issue 13): indexes that match every sortable order including the
-- id tie-breaker, counters the database keeps per (status, assignee), and a short log of ticket
-- changes so other clients re-read only the tickets that changed.

-- Every sortable order as (sort key, id): ties on the key (a bulk change gives thousands of
-- tickets the same updated_at) come out of the index in order instead of a temporary B-tree.
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
CREATE INDEX tickets_order_due ON tickets (resolution_due IS NULL, resolution_due, id);
CREATE INDEX tickets_order_due_desc ON tickets (resolution_due IS NULL, resolution_due DESC, id DESC);
-- The status queues filter inside the index (no table look-ups) while reading it in order.
CREATE INDEX tickets_order_updated ON tickets (updated_at, id, status, assignee_id);
CREATE INDEX tickets_status_updated ON tickets (status, updated_at, id);
CREATE INDEX tickets_assignee_status ON tickets (assignee_id, status, updated_at, id);

-- How many tickets have each (status, assignee): every queue count but the time-dependent
-- "Breaching SLA" is a sum over these few rows. assignee_id 0 means unassigned.
CREATE TABLE queue_counts (
    status      TEXT NOT NULL,
    assignee_id INTEGER NOT NULL,
    n           INTEGER NOT NULL,
    PRIMARY KEY (status, assignee_id)
) WITHOUT ROWID;
INSERT INTO queue_counts (status, assignee_id, n)
    SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM tickets
    GROUP BY status, COALESCE(assignee_id, 0);

CREATE TRIGGER tickets_count_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO queue_counts (status, assignee_id, n)
        VALUES (NEW.status, COALESCE(NEW.assignee_id, 0), 1)
        ON CONFLICT (status, assignee_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tickets_count_update AFTER UPDATE OF status, assignee_id ON tickets
WHEN OLD.status IS NOT NEW.status OR OLD.assignee_id IS NOT NEW.assignee_id
BEGIN
    UPDATE queue_counts SET n = n - 1
        WHERE status = OLD.status AND assignee_id = COALESCE(OLD.assignee_id, 0);
    INSERT INTO queue_counts (status, assignee_id, n)
        VALUES (NEW.status, COALESCE(NEW.assignee_id, 0), 1)
        ON CONFLICT (status, assignee_id) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER tickets_count_delete AFTER DELETE ON tickets
BEGIN
    UPDATE queue_counts SET n = n - 1
        WHERE status = OLD.status AND assignee_id = COALESCE(OLD.assignee_id, 0);
END;

-- SQLite's data_version says that another connection committed, not what: each ticket insert
-- or update leaves (ticket, version) here, and a client reads the rows after the last sequence
-- number it saw (a primary-key range). The newest 10,000 are kept; a client that fell further
-- behind sees the gap and reloads its queue once.
CREATE TABLE ticket_changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    ticket_id INTEGER NOT NULL,
    version   INTEGER NOT NULL
);

CREATE TRIGGER tickets_change_insert AFTER INSERT ON tickets
BEGIN
    INSERT INTO ticket_changes (ticket_id, version) VALUES (NEW.id, NEW.version);
END;

CREATE TRIGGER tickets_change_update AFTER UPDATE ON tickets
BEGIN
    INSERT INTO ticket_changes (ticket_id, version) VALUES (NEW.id, NEW.version);
END;

CREATE TRIGGER ticket_changes_prune AFTER INSERT ON ticket_changes
WHEN NEW.seq % 1000 = 0
BEGIN
    DELETE FROM ticket_changes WHERE seq <= NEW.seq - 10000;
END;

ANALYZE tickets;
