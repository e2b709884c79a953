-- Follow-up surveys after resolution and their answers (core/followup, issue 17). Times are UTC
-- milliseconds since the epoch.
--
-- surveys: one row per ticket, written by the due job when the delay after Resolved has passed:
-- either the survey mail was queued (state 'queued', its outbox row) or it was decided not to
-- send one (state 'skipped' and why). A row written before that (reason 'no_survey') marks the
-- ticket as one that gets no survey. The UNIQUE ticket_id is the claim that makes each survey
-- exactly once when several clients run the job at the same moment.
CREATE TABLE surveys (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL UNIQUE REFERENCES tickets (id) ON DELETE CASCADE,
    email       TEXT NOT NULL,
    assignee_id INTEGER REFERENCES staff (id),
    category    TEXT NOT NULL,
    resolved_at INTEGER,
    decided_at  INTEGER NOT NULL,
    decided_by  TEXT NOT NULL DEFAULT '',
    state       TEXT NOT NULL CHECK (state IN ('queued', 'skipped')),
    skip_reason TEXT NOT NULL DEFAULT ''
                CHECK (skip_reason IN ('', 'no_survey', 'staff', 'sampling', 'cooldown',
                                       'no_address')),
    outbox_id   INTEGER REFERENCES outbox (id) ON DELETE SET NULL
);
-- The cooldown: the surveys an address was sent lately.
CREATE INDEX surveys_email ON surveys (lower(email), decided_at) WHERE state = 'queued';
-- report csat by the day the survey went; the outbox side of a survey mail (cancel on reopen).
CREATE INDEX surveys_decided ON surveys (decided_at) WHERE state = 'queued';
CREATE INDEX surveys_outbox ON surveys (outbox_id) WHERE outbox_id IS NOT NULL;

-- The survey link's token: only its SHA-256 (lowercase hex of the token's ASCII text, as
-- account_tokens), and when it stops working.
CREATE TABLE survey_tokens (
    survey_id    INTEGER PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    token_sha256 TEXT NOT NULL UNIQUE,
    expires_at   INTEGER NOT NULL
);

-- An answer: at most one per survey (the primary key makes a second submit record nothing).
-- A score of 1 or 2 comes with a comment. handled_at/follow_up: what the helpdesk did with it
-- ('reopened' for the assignee, 'lead' for the lead's view, 'none').
CREATE TABLE survey_answers (
    survey_id   INTEGER PRIMARY KEY REFERENCES surveys (id) ON DELETE CASCADE,
    score       INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
    comment     TEXT NOT NULL DEFAULT '',
    working     INTEGER CHECK (working IN (0, 1)),
    answered_at INTEGER NOT NULL,
    handled_at  INTEGER,
    follow_up   TEXT NOT NULL DEFAULT '' CHECK (follow_up IN ('', 'reopened', 'lead', 'none')),
    CHECK (score >= 3 OR length(trim(comment)) > 0)
);
CREATE INDEX survey_answers_unhandled ON survey_answers (answered_at) WHERE handled_at IS NULL;
