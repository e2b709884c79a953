-- Troubleshooting wizard: one row per run of a flow on a ticket, and one row per step a run
-- reached, with its answer. The run state lives here (not in the client) so that a run can be
-- paused and resumed by the same or another agent; the steps table is what the wizard funnel
-- report counts. Times are UTC milliseconds since the epoch.

CREATE TABLE troubleshooting_runs (
    id            INTEGER PRIMARY KEY,
    ticket_id     INTEGER NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
    flow_id       TEXT NOT NULL,
    flow_version  INTEGER NOT NULL,
    flow_title    TEXT NOT NULL,
    status        TEXT NOT NULL CHECK (status IN ('active', 'paused', 'finished', 'abandoned')),
    current_step  TEXT NOT NULL,
    -- Actions already performed at the current step, so that a retry after a failed action
    -- does not send a second link.
    step_actions  TEXT NOT NULL DEFAULT '[]',
    -- Who is performing the current step's actions right now (staff login), so that two agents
    -- confirming the same step at once do not both send a link. Cleared when the run moves on.
    claimed_by    TEXT,
    claimed_at    INTEGER,
    terminal_step TEXT,
    resolved_step TEXT,
    result        TEXT CHECK (result IN ('resolved', 'escalated', 'pending_customer', 'ended')),
    started_by    INTEGER REFERENCES staff (id),
    started_at    INTEGER NOT NULL,
    updated_by    INTEGER REFERENCES staff (id),
    updated_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX troubleshooting_runs_ticket ON troubleshooting_runs (ticket_id, started_at);
CREATE INDEX troubleshooting_runs_flow ON troubleshooting_runs (flow_id, started_at);
-- At most one open (active or paused) run per ticket, even with two agents starting at once.
CREATE UNIQUE INDEX troubleshooting_runs_one_open ON troubleshooting_runs (ticket_id)
    WHERE status IN ('active', 'paused');

CREATE TABLE troubleshooting_run_steps (
    run_id      INTEGER NOT NULL REFERENCES troubleshooting_runs (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    step_id     TEXT NOT NULL,
    step_title  TEXT NOT NULL,
    step_kind   TEXT NOT NULL,
    reached_at  INTEGER NOT NULL,
    reached_by  INTEGER REFERENCES staff (id),
    outcome     TEXT,
    notes       TEXT NOT NULL DEFAULT '',
    answered_at INTEGER,
    answered_by INTEGER REFERENCES staff (id),
    event_id    INTEGER,
    details     TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (run_id, seq)
);
CREATE INDEX troubleshooting_run_steps_step ON troubleshooting_run_steps (step_id, outcome);
