-- The shared deployment's security boundary (issue 12, docs/security.md). A desktop client can be
-- changed by its user, so what protects customers' accounts and the record of what staff did is
-- enforced here, against plain SQL from any staff login:
--
--   helpdesk_owner   NOLOGIN; owns every table and function (owners skip row-level security
--                    and may disable triggers, so no login owns anything)
--   helpdesk_staff   what every staff member may do; helpdesk_agent, helpdesk_lead and
--                    helpdesk_admin are members of it, each higher one of the lower ones
--   helpdesk_mailer  the server-side `helpdesk-admin outbox run`: the only login that reads the
--                    one-time links waiting in outbox_secrets
--
-- A staff session is a login that is a member of helpdesk_staff and not a superuser. For staff
-- sessions the triggers below take who and when from the session (session_user, the server's
-- clock); other sessions (the database admin running migrate, demo seeding, the test suite) are
-- trusted with the values they send.
--
-- The role names are cluster-wide, so they are created only when missing; several databases of
-- one cluster may run this migration at the same moment.

DO $$
DECLARE
    r text;
BEGIN
    -- Serialises role changes across the cluster (advisory locks are per database).
    BEGIN
        LOCK TABLE pg_catalog.pg_authid IN SHARE ROW EXCLUSIVE MODE;
    EXCEPTION WHEN insufficient_privilege THEN
        NULL;
    END;
    FOREACH r IN ARRAY ARRAY['helpdesk_owner', 'helpdesk_staff', 'helpdesk_agent', 'helpdesk_lead',
                             'helpdesk_admin', 'helpdesk_mailer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE pg_catalog.format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;
            END;
        END IF;
    END LOOP;
    -- The owner creates and alters staff logins (through the staff_* functions only) and ends a
    -- disabled login's sessions.
    ALTER ROLE helpdesk_owner NOLOGIN CREATEROLE;
    IF NOT pg_catalog.pg_has_role('helpdesk_owner', 'pg_signal_backend', 'MEMBER') THEN
        GRANT pg_signal_backend TO helpdesk_owner;
    END IF;
    IF NOT pg_catalog.pg_has_role('helpdesk_agent', 'helpdesk_staff', 'MEMBER') THEN
        GRANT helpdesk_staff TO helpdesk_agent;
    END IF;
    IF NOT pg_catalog.pg_has_role('helpdesk_lead', 'helpdesk_agent', 'MEMBER') THEN
        GRANT helpdesk_agent TO helpdesk_lead;
    END IF;
    IF NOT pg_catalog.pg_has_role('helpdesk_admin', 'helpdesk_lead', 'MEMBER') THEN
        GRANT helpdesk_lead TO helpdesk_admin;
    END IF;
END
$$;

-- pgcrypto's random bytes mint the one-time tokens; its functions live in their own schema that
-- no staff role can use.
CREATE SCHEMA IF NOT EXISTS helpdesk_crypto;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA helpdesk_crypto;
REVOKE ALL ON SCHEMA helpdesk_crypto FROM PUBLIC;
CREATE SCHEMA helpdesk;

-- Nobody but the groups connects; nobody creates objects or temporary tables.
DO $$
BEGIN
    EXECUTE pg_catalog.format('REVOKE ALL ON DATABASE %I FROM PUBLIC', pg_catalog.current_database());
    EXECUTE pg_catalog.format('GRANT CONNECT ON DATABASE %I TO helpdesk_staff, helpdesk_mailer',
                              pg_catalog.current_database());
END
$$;
REVOKE CREATE ON SCHEMA public FROM PUBLIC;

-- ---- Columns the rules below need --------------------------------------------------------------

-- The transaction that wrote a row, so that a check can ask "was it written by this one".
ALTER TABLE audit_log ADD COLUMN tx_id BIGINT;
ALTER TABLE audit_log ADD COLUMN db_role TEXT;
CREATE INDEX audit_log_tx ON audit_log (tx_id) WHERE tx_id IS NOT NULL;
ALTER TABLE ticket_events ADD COLUMN tx_id BIGINT;
ALTER TABLE account_unlock_requests ADD COLUMN decided_tx BIGINT;
-- A queued mail whose one-time link waits in outbox_secrets: only the mailer can send it.
ALTER TABLE outbox ADD COLUMN needs_mailer BOOLEAN NOT NULL DEFAULT FALSE;

-- The raw one-time link of a queued mail, until the relay accepted (or the mail was cancelled).
CREATE TABLE outbox_secrets (
    outbox_id BIGINT PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
    link      TEXT NOT NULL
);

-- The ticket lifecycle as the database enforces it: the same rows as core/tickets/Lifecycle
-- (tst_security compares them, so a change to one without the other fails the test run).
CREATE TABLE lifecycle_transitions (
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    roles       TEXT[] NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO lifecycle_transitions (from_status, to_status, roles) VALUES
    ('new', 'open', '{agent,lead,admin}'),
    ('new', 'pending_customer', '{agent,lead,admin}'),
    ('open', 'pending_customer', '{agent,lead,admin}'),
    ('pending_customer', 'open', '{agent,lead,admin}'),
    ('new', 'escalated', '{agent,lead,admin}'),
    ('open', 'escalated', '{agent,lead,admin}'),
    ('pending_customer', 'escalated', '{agent,lead,admin}'),
    ('escalated', 'open', '{lead,admin}'),
    ('new', 'resolved', '{agent,lead,admin}'),
    ('open', 'resolved', '{agent,lead,admin}'),
    ('pending_customer', 'resolved', '{agent,lead,admin}'),
    ('escalated', 'resolved', '{agent,lead,admin}'),
    ('resolved', 'open', '{agent,lead,admin}'),
    ('resolved', 'closed', '{agent,lead,admin}'),
    ('closed', 'open', '{lead,admin}');

-- ---- Who the session is ------------------------------------------------------------------------

CREATE FUNCTION helpdesk.is_staff_session() RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'helpdesk_staff', 'MEMBER')
           AND NOT COALESCE((SELECT r.rolsuper FROM pg_catalog.pg_roles r
                             WHERE r.rolname = session_user), false)
$$;

CREATE FUNCTION helpdesk.current_staff_id() RETURNS bigint
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT s.id FROM public.staff s WHERE s.login = session_user::text
$$;

-- The highest staff role the session's login holds: 'admin', 'lead', 'agent' or NULL.
CREATE FUNCTION helpdesk.session_role() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT CASE
        WHEN pg_catalog.pg_has_role(session_user, 'helpdesk_admin', 'MEMBER') THEN 'admin'
        WHEN pg_catalog.pg_has_role(session_user, 'helpdesk_lead', 'MEMBER') THEN 'lead'
        WHEN pg_catalog.pg_has_role(session_user, 'helpdesk_agent', 'MEMBER') THEN 'agent'
    END
$$;

-- The server's clock in UTC milliseconds (the transaction's start, like the client's "now").
CREATE FUNCTION helpdesk.now_ms() RETURNS bigint
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT (pg_catalog.date_part('epoch', pg_catalog.now()) * 1000)::bigint
$$;

-- A refusal the app turns into "your role does not allow this" (SQLSTATE 42501).
CREATE FUNCTION helpdesk.refuse(message text) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = message;
END;
$$;

-- ---- The audit log: append-only, who and when from the session ---------------------------------

CREATE FUNCTION helpdesk.audit_log_stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.tx_id := pg_catalog.txid_current();
    NEW.db_role := session_user::text;
    IF helpdesk.is_staff_session() THEN
        NEW.at := helpdesk.now_ms();
        NEW.staff_id := helpdesk.current_staff_id();
        NEW.actor := session_user::text;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log
    FOR EACH ROW EXECUTE FUNCTION helpdesk.audit_log_stamp();

CREATE FUNCTION helpdesk.refuse_statement() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
        MESSAGE = pg_catalog.format('%s on %s is not allowed', TG_OP, TG_TABLE_NAME);
END;
$$;
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION helpdesk.refuse_statement();

-- A change a staff session made without recording it: at commit, when the transaction wrote no
-- audit row, the database writes one naming the table and row. The app always records, so only
-- changes made around it show up this way; a client cannot skip its audit row.
CREATE FUNCTION helpdesk.audit_unrecorded() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    r jsonb;
BEGIN
    IF EXISTS (SELECT 1 FROM public.audit_log a WHERE a.tx_id = pg_catalog.txid_current()) THEN
        RETURN NULL;
    END IF;
    r := pg_catalog.to_jsonb(CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END);
    INSERT INTO public.audit_log (at, actor, entity_type, entity_id, action, details)
    VALUES (helpdesk.now_ms(), session_user::text, TG_TABLE_NAME,
            COALESCE((r ->> 'id')::bigint, 0), 'unrecorded_' || pg_catalog.lower(TG_OP),
            pg_catalog.jsonb_build_object('table', TG_TABLE_NAME, 'key', r -> 'key')::text);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['tickets', 'accounts', 'staff', 'settings', 'templates',
                             'account_tokens', 'identity_checks', 'account_unlock_requests'] LOOP
        EXECUTE pg_catalog.format(
            'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON public.%I '
            'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW '
            'WHEN (pg_catalog.current_setting(''is_superuser'') = ''off'' '
            'AND helpdesk.is_staff_session()) EXECUTE FUNCTION helpdesk.audit_unrecorded()',
            t || '_audited', t);
    END LOOP;
END
$$;
-- A cancelled mail is recorded; the sender's own claims and outcomes are not audit events.
CREATE CONSTRAINT TRIGGER outbox_cancel_audited AFTER UPDATE ON outbox
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.status = 'cancelled' AND OLD.status <> 'cancelled'
          AND pg_catalog.current_setting('is_superuser') = 'off' AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.audit_unrecorded();

-- ---- The timeline: attributed to the session, never changed ------------------------------------

CREATE FUNCTION helpdesk.ticket_event_stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.staff_id := helpdesk.current_staff_id();
    NEW.at := helpdesk.now_ms();
    NEW.tx_id := pg_catalog.txid_current();
    RETURN NEW;
END;
$$;
CREATE TRIGGER ticket_events_stamp BEFORE INSERT ON ticket_events
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.ticket_event_stamp();

-- The write that recorded an event may still add what it learnt later (the mail's id), in the
-- same transaction; nothing else changes an event.
CREATE FUNCTION helpdesk.ticket_event_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.tx_id = pg_catalog.txid_current()
       AND (NEW.id, NEW.ticket_id, NEW.at, NEW.staff_id, NEW.kind, NEW.body, NEW.tx_id)
           IS NOT DISTINCT FROM (OLD.id, OLD.ticket_id, OLD.at, OLD.staff_id, OLD.kind, OLD.body,
                                 OLD.tx_id) THEN
        RETURN NEW;
    END IF;
    PERFORM helpdesk.refuse('timeline entries cannot be changed or deleted');
    RETURN NULL;
END;
$$;
CREATE TRIGGER ticket_events_guard BEFORE UPDATE OR DELETE ON ticket_events
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.ticket_event_guard();
CREATE TRIGGER ticket_events_no_truncate BEFORE TRUNCATE ON ticket_events
    FOR EACH STATEMENT EXECUTE FUNCTION helpdesk.refuse_statement();

-- ---- Tickets: the lifecycle's lead-only moves ---------------------------------------------------

CREATE FUNCTION helpdesk.ticket_transition_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    allowed text[];
BEGIN
    SELECT l.roles INTO allowed FROM public.lifecycle_transitions l
        WHERE l.from_status = OLD.status AND l.to_status = NEW.status;
    IF allowed IS NULL THEN
        PERFORM helpdesk.refuse(pg_catalog.format('a ticket cannot move from %s to %s',
                                                  OLD.status, NEW.status));
    ELSIF NOT COALESCE(helpdesk.session_role() = ANY (allowed), false) THEN
        PERFORM helpdesk.refuse(pg_catalog.format(
            'moving a ticket from %s to %s needs the role %s', OLD.status, NEW.status,
            pg_catalog.array_to_string(allowed, ' or ')));
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER tickets_transition_guard BEFORE UPDATE OF status ON tickets
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status
                       AND pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.ticket_transition_guard();

-- ---- Accounts: security locks, unlock requests, identity checks ---------------------------------

CREATE FUNCTION helpdesk.account_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    failed_sign_ins boolean;
BEGIN
    -- As AccountLock classifies a lock: failed sign-ins only when stored so, or set by the
    -- platform after enough failures; every other lock is a security lock.
    failed_sign_ins := OLD.lock_kind = 'failed_sign_ins'
        OR (OLD.lock_kind IS NULL AND pg_catalog.lower(COALESCE(OLD.locked_by, '')) = 'system'
            AND OLD.failed_login_count >= 5);
    IF OLD.status = 'locked' AND NEW.status <> 'locked' AND NOT failed_sign_ins
       AND NOT EXISTS (
           SELECT 1 FROM public.account_unlock_requests r
           WHERE r.account_id = OLD.id AND r.status = 'approved'
             AND r.decided_tx = pg_catalog.txid_current()
             AND r.decided_by = helpdesk.current_staff_id()
             AND r.decided_by <> r.requested_by) THEN
        PERFORM helpdesk.refuse('lifting a security lock needs a team lead to approve an unlock '
                                'request made by someone else');
    END IF;
    IF OLD.status = 'locked' AND NEW.status = 'locked'
       AND (NEW.lock_kind IS DISTINCT FROM OLD.lock_kind
            OR NEW.locked_by IS DISTINCT FROM OLD.locked_by
            OR NEW.failed_login_count IS DISTINCT FROM OLD.failed_login_count)
       AND COALESCE(NEW.lock_kind, '') <> 'security' THEN
        PERFORM helpdesk.refuse('a lock can only be made a security lock, not lifted this way');
    END IF;
    IF NEW.status = 'locked' AND (OLD.status <> 'locked' OR NEW.lock_kind IS DISTINCT FROM
                                  OLD.lock_kind) THEN
        NEW.locked_by := session_user::text;
        NEW.locked_at := helpdesk.now_ms();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER accounts_guard BEFORE UPDATE ON accounts
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.account_guard();

CREATE FUNCTION helpdesk.unlock_request_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        NEW.requested_by := helpdesk.current_staff_id();
        NEW.requested_at := helpdesk.now_ms();
        NEW.status := 'pending';
        NEW.decided_by := NULL;
        NEW.decided_at := NULL;
        NEW.decided_tx := NULL;
        RETURN NEW;
    END IF;
    IF OLD.status <> 'pending' OR NEW.account_id <> OLD.account_id
       OR NEW.requested_by <> OLD.requested_by OR NEW.requested_at <> OLD.requested_at
       OR NEW.reason <> OLD.reason THEN
        PERFORM helpdesk.refuse('a decided unlock request cannot be changed');
    END IF;
    IF NEW.status IN ('approved', 'rejected') THEN
        IF COALESCE(helpdesk.session_role(), 'agent') = 'agent' THEN
            PERFORM helpdesk.refuse('only a team lead decides an unlock request');
        END IF;
        NEW.decided_by := helpdesk.current_staff_id();
        IF NEW.decided_by IS NULL OR NEW.decided_by = OLD.requested_by THEN
            PERFORM helpdesk.refuse('an unlock request is decided by a team lead other than '
                                    'the one who asked');
        END IF;
    ELSE
        NEW.decided_by := NULL;
    END IF;
    NEW.decided_at := helpdesk.now_ms();
    NEW.decided_tx := pg_catalog.txid_current();
    RETURN NEW;
END;
$$;
CREATE TRIGGER account_unlock_requests_guard BEFORE INSERT OR UPDATE ON account_unlock_requests
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.unlock_request_guard();

CREATE FUNCTION helpdesk.identity_check_stamp() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    NEW.staff_id := helpdesk.current_staff_id();
    NEW.at := helpdesk.now_ms();
    RETURN NEW;
END;
$$;
CREATE TRIGGER identity_checks_stamp BEFORE INSERT ON identity_checks
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.identity_check_stamp();

-- Revoking a link is the only change staff make to one; who and when come from the session.
CREATE FUNCTION helpdesk.token_guard() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF OLD.revoked_at IS NOT NULL OR NEW.revoked_at IS NULL THEN
        PERFORM helpdesk.refuse('a link can only be revoked, once');
    END IF;
    NEW.revoked_at := helpdesk.now_ms();
    NEW.revoked_by := helpdesk.current_staff_id();
    RETURN NEW;
END;
$$;
CREATE TRIGGER account_tokens_guard BEFORE UPDATE ON account_tokens
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.token_guard();

-- ---- The outbox: staff queue, send and cancel; nobody redirects ---------------------------------

CREATE FUNCTION helpdesk.outbox_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF (NEW.text_body IS DISTINCT FROM OLD.text_body OR NEW.html_body IS DISTINCT FROM OLD.html_body)
       AND NOT (OLD.has_secret AND NEW.redacted AND NEW.status IN ('sent', 'cancelled')) THEN
        PERFORM helpdesk.refuse('a queued mail cannot be rewritten');
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status AND NOT (
           NEW.status = 'cancelled' AND OLD.status IN ('queued', 'failed')
        OR NEW.status = 'sending' AND OLD.status IN ('queued', 'sending')
        OR NEW.status IN ('sent', 'queued', 'failed') AND OLD.status = 'sending'
        OR NEW.status = 'queued' AND OLD.status = 'failed') THEN
        PERFORM helpdesk.refuse(pg_catalog.format('a mail cannot go from %s to %s', OLD.status,
                                                  NEW.status));
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER outbox_guard BEFORE UPDATE ON outbox
    FOR EACH ROW WHEN (pg_catalog.current_setting('is_superuser') = 'off'
                       AND helpdesk.is_staff_session())
    EXECUTE FUNCTION helpdesk.outbox_guard();

-- No raw link stays once its mail is sent, cancelled or given up.
CREATE FUNCTION helpdesk.outbox_forget_secret() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    DELETE FROM public.outbox_secrets s WHERE s.outbox_id = NEW.id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER outbox_forget_secret AFTER UPDATE OF status ON outbox
    FOR EACH ROW WHEN (NEW.needs_mailer AND NEW.status IN ('sent', 'cancelled', 'failed'))
    EXECUTE FUNCTION helpdesk.outbox_forget_secret();

ALTER TABLE outbox_secrets ENABLE ROW LEVEL SECURITY;
ALTER TABLE outbox_secrets FORCE ROW LEVEL SECURITY;
CREATE POLICY outbox_secrets_mailer ON outbox_secrets TO helpdesk_mailer, helpdesk_owner
    USING (true) WITH CHECK (true);
