-- When the current assignee got the ticket: the lead's escalation queue shows how long each
-- ticket has been held.
ALTER TABLE tickets ADD COLUMN assigned_at BIGINT;
UPDATE tickets SET assigned_at = updated_at WHERE assignee_id IS NOT NULL;
