-- SLA clocks: each ticket keeps the running/paused segments of its resolution clock (JSON), so
-- due times can be recomputed after a policy change. The due columns stay as the queue's
-- sortable copy of the result; resolution_due is NULL while the clock is paused.
ALTER TABLE tickets ADD COLUMN sla_segments TEXT NOT NULL DEFAULT '';

-- The escalation scan looks for unanswered tickets past their first-response due time.
CREATE INDEX tickets_first_response_open ON tickets (first_response_due) WHERE first_responded_at IS NULL;
