-- The shared deployment, part two (part one is 0009_security): staff logins managed with their
-- staff rows, one-time links minted inside the database, what each group may do, and every
-- object handed to helpdesk_owner. See docs/security.md.

-- ---- Staff logins ------------------------------------------------------------------------------
-- helpdesk-admin staff add/set-role/disable/enable and Tools › Staff call these. Each creates or
-- alters a LOGIN role named after staff.login in the group of its staff role. CREATE ROLE takes
-- no bind parameters: names go through %I and the password verifier through %L. The password
-- arrives as a SCRAM-SHA-256 verifier computed by the client, so the clear text never reaches
-- the server (nor its statement log).

CREATE FUNCTION helpdesk.require_admin() RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'helpdesk_admin', 'MEMBER') THEN
        PERFORM helpdesk.refuse('only an administrator manages staff');
    END IF;
END;
$$;

-- The login of a staff member this database manages, or a refusal.
CREATE FUNCTION helpdesk.managed_login(p_login text) RETURNS text
    LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.staff s WHERE s.login = p_login) THEN
        RAISE EXCEPTION USING ERRCODE = 'no_data_found',
            MESSAGE = pg_catalog.format('there is no staff member %s', p_login);
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login
               AND (r.rolsuper OR NOT pg_catalog.pg_has_role(p_login, 'helpdesk_staff', 'MEMBER')))
    THEN
        PERFORM helpdesk.refuse(pg_catalog.format(
            'the database role %s is not a staff login; it is left alone', p_login));
    END IF;
    RETURN p_login;
END;
$$;

CREATE FUNCTION helpdesk.staff_grant_role(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    g text;
BEGIN
    FOREACH g IN ARRAY ARRAY['agent', 'lead', 'admin'] LOOP
        IF g <> p_role AND EXISTS (
               SELECT 1 FROM pg_catalog.pg_auth_members m
               WHERE m.roleid = ('helpdesk_' || g)::regrole AND m.member = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = p_login)) THEN
            EXECUTE pg_catalog.format('REVOKE %I FROM %I', 'helpdesk_' || g, p_login);
        END IF;
    END LOOP;
    EXECUTE pg_catalog.format('GRANT %I TO %I', 'helpdesk_' || p_role, p_login);
END;
$$;

CREATE FUNCTION helpdesk.staff_add(p_login text, p_name text, p_email text, p_role text,
                                   p_verifier text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    new_id bigint;
BEGIN
    PERFORM helpdesk.require_admin();
    IF p_login !~ '^[a-z][a-z0-9._-]{0,62}$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a login is 1 to 63 lower-case letters, digits, dots, dashes or underscores, '
                      'starting with a letter';
    END IF;
    IF p_role NOT IN ('agent', 'lead', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'the role is agent, lead or admin';
    END IF;
    IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'the password must arrive as a SCRAM-SHA-256 verifier';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        PERFORM helpdesk.refuse(pg_catalog.format(
            'a database role named %s exists already; choose another login', p_login));
    END IF;
    IF p_verifier IS NULL THEN
        EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN', p_login);
    ELSE
        EXECUTE pg_catalog.format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_verifier);
    END IF;
    PERFORM helpdesk.staff_grant_role(p_login, p_role);
    -- A staff row without a login (from the single-user days or the demo) is linked, not doubled.
    UPDATE public.staff SET display_name = p_name, email = p_email, role = p_role, active = true
        WHERE login = p_login RETURNING id INTO new_id;
    IF new_id IS NULL THEN
        INSERT INTO public.staff (login, display_name, email, role, active)
            VALUES (p_login, p_name, p_email, p_role, true) RETURNING id INTO new_id;
    END IF;
    RETURN new_id;
END;
$$;

CREATE FUNCTION helpdesk.staff_set_role(p_login text, p_role text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    PERFORM helpdesk.require_admin();
    IF p_role NOT IN ('agent', 'lead', 'admin') THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'the role is agent, lead or admin';
    END IF;
    IF p_login = session_user::text AND p_role <> 'admin' THEN
        PERFORM helpdesk.refuse('another administrator must take away your own admin role');
    END IF;
    PERFORM helpdesk.managed_login(p_login);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        PERFORM helpdesk.staff_grant_role(p_login, p_role);
    END IF;
    UPDATE public.staff SET role = p_role WHERE login = p_login;
END;
$$;

-- Disabling takes the login away and ends the member's open sessions at once.
CREATE FUNCTION helpdesk.staff_set_active(p_login text, p_active boolean) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    ended integer := 0;
    session record;
BEGIN
    PERFORM helpdesk.require_admin();
    IF p_login = session_user::text AND NOT p_active THEN
        PERFORM helpdesk.refuse('another administrator must disable your own login');
    END IF;
    PERFORM helpdesk.managed_login(p_login);
    IF EXISTS (SELECT 1 FROM pg_catalog.pg_roles r WHERE r.rolname = p_login) THEN
        EXECUTE pg_catalog.format(CASE WHEN p_active THEN 'ALTER ROLE %I LOGIN'
                                       ELSE 'ALTER ROLE %I NOLOGIN' END, p_login);
        IF NOT p_active THEN
            -- One by one: in a single WHERE the planner may try other users' sessions first.
            FOR session IN
                SELECT a.pid FROM pg_catalog.pg_stat_activity a
                WHERE a.usename = p_login AND a.pid <> pg_catalog.pg_backend_pid()
            LOOP
                IF pg_catalog.pg_terminate_backend(session.pid) THEN
                    ended := ended + 1;
                END IF;
            END LOOP;
        END IF;
    END IF;
    UPDATE public.staff SET active = p_active WHERE login = p_login;
    RETURN ended;
END;
$$;

CREATE FUNCTION helpdesk.staff_set_password(p_login text, p_verifier text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_login <> session_user::text THEN
        PERFORM helpdesk.require_admin();
    END IF;
    PERFORM helpdesk.managed_login(p_login);
    IF p_verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'the password must arrive as a SCRAM-SHA-256 verifier';
    END IF;
    EXECUTE pg_catalog.format('ALTER ROLE %I PASSWORD %L', p_login, p_verifier);
END;
$$;

-- ---- One-time links minted in the database -----------------------------------------------------
-- The token is made here, its SHA-256 stored, and the whole link (portal address from the
-- settings, which only admins change) kept in outbox_secrets for the mailer, which puts it where
-- the queued mail holds the placeholder. Staff never see the token and cannot create a token row
-- whose token they know. The link only goes into a queued mail to the account's own address.

CREATE FUNCTION helpdesk.mint_link(p_account_id bigint, p_kind text, p_ticket_id bigint,
                                   p_outbox_id bigint, p_minutes integer) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    placeholder constant text := 'https://one-time-link.invalid/';
    account_email text;
    mail public.outbox%ROWTYPE;
    token text;
    base text;
    token_id bigint;
BEGIN
    IF p_kind NOT IN ('reset', 'activation') OR p_minutes NOT BETWEEN 1 AND 10080 THEN
        RAISE EXCEPTION USING ERRCODE = 'invalid_parameter_value',
            MESSAGE = 'a link is reset or activation and lasts 1 minute to 7 days';
    END IF;
    SELECT a.email INTO account_email FROM public.accounts a WHERE a.id = p_account_id;
    SELECT * INTO mail FROM public.outbox o WHERE o.id = p_outbox_id FOR UPDATE;
    IF account_email IS NULL OR mail.id IS NULL OR mail.status <> 'queued' OR NOT mail.has_secret
       OR mail.needs_mailer
       OR pg_catalog.lower(mail.to_address) <> pg_catalog.lower(account_email)
       OR pg_catalog.strpos(mail.text_body, placeholder) = 0 THEN
        PERFORM helpdesk.refuse('a link goes only into a new queued mail to the account''s own '
                                'address');
    END IF;
    token := pg_catalog.rtrim(pg_catalog.translate(
        pg_catalog.encode(helpdesk_crypto.gen_random_bytes(32), 'base64'), '+/', '-_'), '=');
    SELECT pg_catalog.rtrim(COALESCE(
               (SELECT s.value FROM public.settings s WHERE s.key = 'accounts/portal_url'), ''), '/')
        INTO base;
    IF base = '' THEN
        base := 'https://portal.example.com';
    END IF;
    INSERT INTO public.account_tokens (account_id, kind, token_sha256, issued_by, issued_at,
                                       expires_at, ticket_id, outbox_id)
        VALUES (p_account_id, p_kind,
                pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(token, 'UTF8')), 'hex'),
                helpdesk.current_staff_id(), helpdesk.now_ms(),
                helpdesk.now_ms() + p_minutes::bigint * 60000, p_ticket_id, p_outbox_id)
        RETURNING id INTO token_id;
    INSERT INTO public.outbox_secrets (outbox_id, link)
        VALUES (p_outbox_id, base || CASE p_kind WHEN 'reset' THEN '/reset?token='
                                                 ELSE '/activate?token=' END || token);
    UPDATE public.outbox SET needs_mailer = true WHERE id = p_outbox_id;
    RETURN token_id;
END;
$$;

-- ---- Ownership ---------------------------------------------------------------------------------
-- Every table, sequence and function of the schema goes to helpdesk_owner. Migrate calls this
-- after each run, so objects a later migration creates (as the database admin) follow.
CREATE PROCEDURE helpdesk.adopt_objects()
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    o record;
BEGIN
    FOR o IN
        SELECT c.oid::regclass::text AS name, c.relkind FROM pg_catalog.pg_class c
        JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'helpdesk') AND c.relkind IN ('r', 'p', 'v', 'm')
          AND c.relowner <> 'helpdesk_owner'::regrole
    LOOP
        EXECUTE pg_catalog.format('ALTER TABLE %s OWNER TO helpdesk_owner', o.name);
    END LOOP;
    FOR o IN
        SELECT p.oid::regprocedure::text AS name, p.prokind FROM pg_catalog.pg_proc p
        JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
        WHERE n.nspname IN ('public', 'helpdesk') AND p.proowner <> 'helpdesk_owner'::regrole
          AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                          WHERE d.classid = 'pg_catalog.pg_proc'::regclass AND d.objid = p.oid
                            AND d.deptype = 'e')
    LOOP
        EXECUTE pg_catalog.format(CASE WHEN o.prokind = 'p' THEN 'ALTER PROCEDURE %s OWNER TO '
                                       'helpdesk_owner' ELSE 'ALTER FUNCTION %s OWNER TO '
                                       'helpdesk_owner' END, o.name);
        EXECUTE pg_catalog.format(CASE WHEN o.prokind = 'p' THEN 'REVOKE ALL ON PROCEDURE %s '
                                       'FROM PUBLIC' ELSE 'REVOKE ALL ON FUNCTION %s FROM PUBLIC'
                                       END, o.name);
    END LOOP;
END;
$$;
ALTER SCHEMA helpdesk OWNER TO helpdesk_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE helpdesk_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;

-- ---- What each group may do --------------------------------------------------------------------

GRANT USAGE ON SCHEMA public, helpdesk TO helpdesk_staff, helpdesk_mailer;
GRANT USAGE ON SCHEMA helpdesk_crypto TO helpdesk_owner;

GRANT SELECT ON staff, accounts, login_events, tickets, ticket_events, audit_log, settings,
    outbox, templates, account_tokens, identity_checks, account_unlock_requests,
    troubleshooting_runs, troubleshooting_run_steps, lifecycle_transitions, schema_version
    TO helpdesk_staff;
GRANT INSERT, UPDATE ON tickets, troubleshooting_runs, troubleshooting_run_steps TO helpdesk_staff;
GRANT INSERT ON ticket_events, audit_log, outbox, identity_checks, account_unlock_requests
    TO helpdesk_staff;
GRANT UPDATE (data) ON ticket_events TO helpdesk_staff;
GRANT UPDATE (status, lock_reason, locked_by, locked_at, lock_kind, failed_login_count,
              email_verified, updated_at) ON accounts TO helpdesk_staff;
GRANT UPDATE (status, decided_by, decided_at, decision_note) ON account_unlock_requests
    TO helpdesk_staff;
GRANT UPDATE (revoked_at, revoked_by, revoke_reason) ON account_tokens TO helpdesk_staff;
-- The desktop's sender claims, records outcomes and removes a sent link; cancel and retry.
GRANT UPDATE (status, attempts, next_attempt_at, claimed_by, lease_until, last_error,
              server_reply, sent_at, text_body, html_body, redacted) ON outbox TO helpdesk_staff;

-- Staff, settings (mail relay, portal address, SLA) and templates: administrators only.
GRANT INSERT, UPDATE, DELETE ON settings, templates TO helpdesk_admin;
GRANT UPDATE (display_name, email, signature) ON staff TO helpdesk_admin;

-- The mailer sends everything, the links included.
GRANT SELECT ON outbox, outbox_secrets, settings, templates, tickets, staff, accounts,
    account_tokens, schema_version TO helpdesk_mailer;
GRANT UPDATE (status, attempts, next_attempt_at, claimed_by, lease_until, last_error,
              server_reply, sent_at, text_body, html_body, redacted) ON outbox TO helpdesk_mailer;
GRANT SELECT, INSERT ON ticket_events, audit_log TO helpdesk_mailer;
GRANT DELETE ON outbox_secrets TO helpdesk_mailer;

CALL helpdesk.adopt_objects();

GRANT EXECUTE ON FUNCTION helpdesk.refuse(text) TO helpdesk_staff, helpdesk_mailer;
GRANT EXECUTE ON FUNCTION helpdesk.is_staff_session(), helpdesk.current_staff_id(),
    helpdesk.session_role(), helpdesk.now_ms() TO helpdesk_staff, helpdesk_mailer;
GRANT EXECUTE ON FUNCTION helpdesk.mint_link(bigint, text, bigint, bigint, integer),
    helpdesk.staff_set_password(text, text) TO helpdesk_staff;
GRANT EXECUTE ON FUNCTION helpdesk.staff_add(text, text, text, text, text),
    helpdesk.staff_set_role(text, text), helpdesk.staff_set_active(text, boolean)
    TO helpdesk_admin;
