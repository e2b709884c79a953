-- Reports: what the lead's reports need, stored when it happens instead of being pieced
-- together from the timeline later. first_responded_at (0001) is the first reply or mail to the
-- customer; resolved_at (0001) the resolution. Times are UTC milliseconds since the epoch.
--   first_response_breached / resolution_breached: the target was missed (set by the reply or
--     mail that came too late, the resolution that came too late, or the escalation scan);
--   escalation_cause: why the latest escalation happened — 'sla' (the scan), 'manual' (a staff
--     member), 'wizard' (a troubleshooting guide's escalate step);
--   escalated_at / escalated_by: when and by whom (NULL for the SLA monitor);
--   deescalated_at: when the latest escalation ended (de-escalated, resolved or closed);
--   reply_count / reopen_count: staff replies so far, and how often a resolved or closed ticket
--     was opened again (the workload report's one-touch and reopen rates).
ALTER TABLE tickets ADD COLUMN first_response_breached BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN resolution_breached BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE tickets ADD COLUMN escalation_cause TEXT CHECK (escalation_cause IN ('sla', 'manual', 'wizard'));
ALTER TABLE tickets ADD COLUMN escalated_at BIGINT;
ALTER TABLE tickets ADD COLUMN escalated_by BIGINT REFERENCES staff (id);
ALTER TABLE tickets ADD COLUMN reply_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN reopen_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN deescalated_at BIGINT;

-- Backfill from the timeline. A mail the customer got before the first reply (the wizard's
-- steps, a reset or activation link) was the first response.
UPDATE tickets SET first_responded_at = (
    SELECT MIN(e.at) FROM ticket_events e
    WHERE e.ticket_id = tickets.id AND e.kind IN ('reply', 'wizard_email_steps', 'account_link_sent'))
WHERE EXISTS (
    SELECT 1 FROM ticket_events e
    WHERE e.ticket_id = tickets.id AND e.kind IN ('wizard_email_steps', 'account_link_sent')
      AND e.at < COALESCE(tickets.first_responded_at, 9223372036854775807));

UPDATE tickets SET first_response_breached = TRUE
WHERE (first_responded_at IS NOT NULL AND first_response_due IS NOT NULL
       AND first_responded_at > first_response_due)
   OR EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'escalation'
              AND (e.data::jsonb ->> 'breach') = 'first_response');

UPDATE tickets SET resolution_breached = TRUE
WHERE (resolved_at IS NOT NULL AND resolution_due IS NOT NULL AND resolved_at > resolution_due)
   OR EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'escalation'
              AND (e.data::jsonb ->> 'breach') = 'resolution');

-- The latest escalation of every ticket that has one (an escalation event, or a status change
-- to escalated as older clients and the demo data recorded it).
UPDATE tickets SET escalated_at = (
    SELECT MAX(e.at) FROM ticket_events e WHERE e.ticket_id = tickets.id AND (e.kind = 'escalation' OR (e.kind = 'status' AND (e.data::jsonb ->> 'to') = 'escalated')))
WHERE escalation_level > 0;
UPDATE tickets SET
    escalated_by = (SELECT e.staff_id FROM ticket_events e
                    WHERE e.ticket_id = tickets.id AND (e.kind = 'escalation' OR (e.kind = 'status' AND (e.data::jsonb ->> 'to') = 'escalated')) AND e.at = tickets.escalated_at
                    ORDER BY e.id DESC LIMIT 1),
    escalation_cause = CASE
        WHEN EXISTS (SELECT 1 FROM ticket_events e
                     WHERE e.ticket_id = tickets.id AND e.kind = 'escalation' AND e.at = tickets.escalated_at
                       AND (e.data::jsonb ->> 'breach') IS NOT NULL) THEN 'sla'
        WHEN EXISTS (SELECT 1 FROM troubleshooting_runs r
                     WHERE r.ticket_id = tickets.id AND r.result = 'escalated'
                       AND r.finished_at BETWEEN tickets.escalated_at - 1000 AND tickets.escalated_at + 1000) THEN 'wizard'
        ELSE 'manual' END
WHERE escalated_at IS NOT NULL;
UPDATE tickets SET deescalated_at = COALESCE(
    (SELECT MIN(e.at) FROM ticket_events e
     WHERE e.ticket_id = tickets.id AND e.kind = 'status' AND e.at >= tickets.escalated_at
       AND (e.data::jsonb ->> 'from') = 'escalated'),
    resolved_at, updated_at)
WHERE escalated_at IS NOT NULL AND status <> 'escalated';

UPDATE tickets SET reply_count = (
    SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'reply')
WHERE EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'reply');
UPDATE tickets SET reopen_count = (
    SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'status'
      AND (e.data::jsonb ->> 'from') IN ('resolved', 'closed'))
WHERE EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = tickets.id AND e.kind = 'status'
              AND (e.data::jsonb ->> 'from') IN ('resolved', 'closed'));

-- The reports read tickets by when they were created, resolved and escalated.
CREATE INDEX tickets_created ON tickets (created_at);
CREATE INDEX tickets_resolved ON tickets (resolved_at) WHERE resolved_at IS NOT NULL;
CREATE INDEX tickets_escalated ON tickets (escalated_at) WHERE escalated_at IS NOT NULL;
CREATE INDEX account_tokens_issued ON account_tokens (issued_at);
CREATE INDEX troubleshooting_runs_started ON troubleshooting_runs (started_at);
ANALYZE tickets;
