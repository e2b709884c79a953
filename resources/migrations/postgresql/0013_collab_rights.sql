-- What staff may do with the live-collaboration objects of 0011 and 0012 (issue 13), on the
-- security boundary of 0009 and 0010 (docs/security.md).
--
-- The counters (queue_counts, sla_due_counts) are kept by triggers on tickets. The trigger
-- functions run as their owner, so a staff login may read the counters but never write them:
-- a count on every agent's screen cannot be set by hand.
ALTER FUNCTION tickets_count_change() SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp;
ALTER FUNCTION tickets_due_count_change() SECURITY DEFINER SET search_path = public, pg_catalog, pg_temp;

-- The new tables and functions belong to helpdesk_owner like every other (0010).
CALL helpdesk.adopt_objects();

GRANT SELECT ON queue_counts, sla_due_counts, desk_leases, presence TO helpdesk_staff;

-- The SLA monitor's lease: any client may take it over once it has run out.
GRANT UPDATE (holder, until_ms) ON desk_leases TO helpdesk_staff;

-- Presence: everyone sees who is on which ticket; a staff login announces only itself, and
-- removes its own rows or rows that have expired (a client that quit without a word).
GRANT INSERT, UPDATE, DELETE ON presence TO helpdesk_staff;
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
CREATE POLICY presence_read ON presence FOR SELECT USING (true);
CREATE POLICY presence_announce ON presence FOR INSERT
    WITH CHECK (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id());
CREATE POLICY presence_renew ON presence FOR UPDATE
    USING (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id())
    WITH CHECK (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id());
CREATE POLICY presence_leave ON presence FOR DELETE
    USING (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id()
           OR seen_at < helpdesk.now_ms() - 60000);
