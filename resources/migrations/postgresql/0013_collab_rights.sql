-- What staff may do with the live-collaboration objects of 0011 and 0012 (issue 13), on the
-- security boundary of 0009 and 0010 (docs/security.md).
--
-- The counters (queue_counts, sla_due_counts) are kept by triggers on tickets. The trigger
-- functions run as their owner, so a staff login may read the counters but never write them:
-- a count on every agent's screen cannot be set by hand.
-- (Pinned search path, every name schema-qualified, like every definer function: 0009.)
CREATE OR REPLACE FUNCTION tickets_count_change() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.queue_counts AS c (status, assignee_id, n)
            SELECT status, COALESCE(assignee_id, 0), COUNT(*) FROM new_rows
            GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (status, assignee_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO public.queue_counts AS c (status, assignee_id, n)
            SELECT status, COALESCE(assignee_id, 0), -COUNT(*) FROM old_rows
            GROUP BY 1, 2 ORDER BY 1, 2
            ON CONFLICT (status, assignee_id) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSE
        INSERT INTO public.queue_counts AS c (status, assignee_id, n)
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

CREATE OR REPLACE FUNCTION tickets_due_count_change() RETURNS trigger LANGUAGE plpgsql
    SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO public.sla_due_counts AS c (bucket, n)
            SELECT resolution_due / 3600000, COUNT(*) FROM new_rows
            WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
            GROUP BY 1 ORDER BY 1
            ON CONFLICT (bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO public.sla_due_counts AS c (bucket, n)
            SELECT resolution_due / 3600000, -COUNT(*) FROM old_rows
            WHERE status IN ('new', 'open', 'escalated') AND resolution_due IS NOT NULL
            GROUP BY 1 ORDER BY 1
            ON CONFLICT (bucket) DO UPDATE SET n = c.n + EXCLUDED.n;
    ELSE
        INSERT INTO public.sla_due_counts AS c (bucket, n)
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

-- The new tables and functions belong to helpdesk_owner like every other (0010).
CALL helpdesk.adopt_objects();

GRANT SELECT ON queue_counts, sla_due_counts, desk_leases, presence TO helpdesk_staff;

-- The SLA monitor's lease: any client may take it over once it has run out.
GRANT UPDATE (holder, until_ms) ON desk_leases TO helpdesk_staff;

-- Presence: everyone sees who is on which ticket; a staff login announces only itself, and
-- removes its own rows or rows that have expired (a client that quit without a word).
GRANT INSERT, UPDATE, DELETE ON presence TO helpdesk_staff;
ALTER TABLE presence ENABLE ROW LEVEL SECURITY;
ALTER TABLE presence FORCE ROW LEVEL SECURITY;
CREATE POLICY presence_read ON presence FOR SELECT USING (true);
CREATE POLICY presence_announce ON presence FOR INSERT
    WITH CHECK (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id());
CREATE POLICY presence_renew ON presence FOR UPDATE
    USING (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id())
    WITH CHECK (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id());
CREATE POLICY presence_leave ON presence FOR DELETE
    USING (NOT helpdesk.is_staff_session() OR staff_id = helpdesk.current_staff_id()
           OR seen_at < helpdesk.now_ms() - 60000);
