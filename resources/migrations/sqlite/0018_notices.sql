-- Proactive notices to customers on account events, the mail-text fixes and the template
-- editor's history (issue 17, part B). Times are UTC milliseconds since the epoch.

-- ---- The mail texts -----------------------------------------------------------------------------
-- {{agent.signature}} is now the whole sign-off (the signature, with the agent's name when the
-- signature does not carry it), and {{expires.in}} says a link's lifetime in words. Templates an
-- administrator edited keep their words but lose the doubled name and the bare minutes;
-- templates nobody edited take the new shipped text when the app seeds them
-- (TemplateStore::seedMissing).
UPDATE templates
   SET text_body = replace(text_body, '{{agent.name}}' || char(10) || '{{agent.signature}}',
                           '{{agent.signature}}'),
       html_body = replace(replace(html_body,
                                   '{{agent.name}}<br>' || char(10) || '{{agent.signature}}',
                                   '{{agent.signature}}'),
                           '{{agent.name}}<br>{{agent.signature}}', '{{agent.signature}}')
 WHERE text_body LIKE '%{{agent.name}}%' OR html_body LIKE '%{{agent.name}}%';
UPDATE templates
   SET text_body = replace(text_body, 'expires in {{expires.minutes}} minutes',
                           'works for {{expires.in}}'),
       html_body = replace(html_body, 'expires in {{expires.minutes}} minutes',
                           'works for {{expires.in}}')
 WHERE text_body LIKE '%{{expires.minutes}}%' OR html_body LIKE '%{{expires.minutes}}%';

-- ---- Proactive notices --------------------------------------------------------------------------
-- The customer's own choice (set by the platform, e.g. from the account's settings page): 1
-- switches off the notices that are not about security (unlocked, recovered, email address
-- verified, links revoked). Security notices (locked, unusual sign-in, MFA changed, email
-- address changed) are sent whatever this says.
ALTER TABLE accounts ADD COLUMN notices_opt_out INTEGER NOT NULL DEFAULT 0
    CHECK (notices_opt_out IN (0, 1));

-- One row per notice decided, written in the transaction of the event that caused it, with the
-- mail it queued (outbox_id) or why none went (skipped: 'opted_out'). The unique key is what
-- makes a notice happen once: an unusual sign-in's key is its device and UTC day, so two
-- watchers, or a watch run repeated, find the row and send nothing.
CREATE TABLE account_notices (
    id             INTEGER PRIMARY KEY,
    account_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('locked', 'unlocked', 'recovered',
                                                  'email_verified', 'links_revoked',
                                                  'unusual_sign_in')),
    notice_key     TEXT NOT NULL,
    security       INTEGER NOT NULL CHECK (security IN (0, 1)),
    outbox_id      INTEGER REFERENCES outbox (id),
    skipped        TEXT CHECK (skipped IN ('opted_out')),
    login_event_id INTEGER,
    ticket_id      INTEGER REFERENCES tickets (id) ON DELETE SET NULL,
    created_at     INTEGER NOT NULL,
    UNIQUE (account_id, kind, notice_key),
    CHECK (security = 0 OR skipped IS NULL) -- the opt-out is for the other notices only
);
CREATE INDEX account_notices_outbox ON account_notices (outbox_id);

-- How far `accounts watch` has read login_events (by id). Starts at the newest event that is
-- there now: what happened before the upgrade is history, not news.
CREATE TABLE notice_watermarks (
    name       TEXT PRIMARY KEY,
    last_id    INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO notice_watermarks (name, last_id, updated_at)
    SELECT 'sign_ins', COALESCE(MAX(id), 0), 0 FROM login_events;
-- 'locks' is a time (ms): the platform's lockouts before it are history, not news.
INSERT INTO notice_watermarks (name, last_id, updated_at)
    VALUES ('locks', CAST(strftime('%s', 'now') AS INTEGER) * 1000, 0);
-- One sign-in watch per desk among the running apps (SignInWatch::claimLease).
INSERT INTO desk_leases (name, holder, until_ms) VALUES ('sign-in-watch', '', 0);
-- The watch's look for the platform's recent lockouts (SignInWatch::platformLocks).
CREATE INDEX accounts_locked_at ON accounts (locked_at) WHERE status = 'locked';

-- ---- The template editor's history (Settings › Mail Templates) ----------------------------------
-- Every saved state of a template, the newest last: the text before the first edit
-- ('before_edit', usually the shipped text), each save ('edit'), a return to the shipped text
-- ('revert') and an earlier version brought back ('restore'). Written with each change, never
-- rewritten.
CREATE TABLE template_versions (
    id           INTEGER PRIMARY KEY,
    template_key TEXT NOT NULL,
    subject      TEXT NOT NULL,
    text_body    TEXT NOT NULL,
    html_body    TEXT NOT NULL,
    changed_by   INTEGER REFERENCES staff (id),
    changed_at   INTEGER NOT NULL,
    change       TEXT NOT NULL CHECK (change IN ('before_edit', 'edit', 'revert', 'restore'))
);
CREATE INDEX template_versions_key ON template_versions (template_key, id);
