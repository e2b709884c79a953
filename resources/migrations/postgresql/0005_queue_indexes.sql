-- Indexes that let every sortable queue column return its first page without sorting the
-- whole table, and let the status queues filter inside the index (no table look-ups).
CREATE INDEX tickets_subject ON tickets (subject);
CREATE INDEX tickets_requester_name ON tickets (requester_name);
CREATE INDEX tickets_category ON tickets (category);
CREATE INDEX tickets_priority ON tickets (priority);
CREATE INDEX tickets_status ON tickets (status);
CREATE INDEX tickets_resolution_due ON tickets (resolution_due);
DROP INDEX tickets_updated;
CREATE INDEX tickets_updated_cover ON tickets (updated_at, status, assignee_id);

-- Fresh statistics so the planner uses the new indexes on large existing databases.
ANALYZE tickets;
