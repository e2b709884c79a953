#pragma once
// FlowRunStore: the SQL behind troubleshooting runs (troubleshooting_runs and
// troubleshooting_run_steps, migration 0008) and the wizard funnel query. Synchronous on the
// connection it is given, no rules and no transactions of its own: FlowRunner owns those.
// Every value is bound.

#include "common/Result.h"
#include "troubleshooting/Flow.h"
#include "troubleshooting/FlowRun.h"

#include <QSqlDatabase>

#include <limits>
#include <optional>

namespace helpdesk {

// The customer account linked to a ticket, as the account check reads it.
struct TicketAccount
{
    std::optional<qint64> accountId;
    QString status; // accounts.status; empty when the ticket has no account
};

class FlowRunStore
{
public:
    // A claim on a step's actions older than this is void: its agent's client crashed.
    static constexpr qint64 ClaimTimeoutMs = 5 * 60 * 1000;

    explicit FlowRunStore(QSqlDatabase &db) : m_db(db) {}

    // Inserts the run (version 1) and returns its id. Conflict when the ticket already has an
    // open run (the unique index decides between two agents starting at once).
    Result<qint64> insertRun(const FlowRun &run);
    // Writes the run's state if its version is still expectedVersion and nobody else holds a
    // live claim on it (see claim()), counts the version up and clears the claim. False (and
    // nothing written) otherwise.
    Result<bool> updateRun(const FlowRun &run, int expectedVersion, const QString &actorLogin,
                           qint64 claimsStaleBeforeMs);
    // Claims the current step's actions for actorLogin while the version is still
    // expectedVersion and the step is not claimed by someone else (a claim older than
    // claimsStaleBeforeMs is void: its agent crashed). False when that is not so.
    Result<bool> claim(qint64 runId, int expectedVersion, const QString &actorLogin, qint64 nowMs,
                       qint64 claimsStaleBeforeMs);
    // Gives a claim back (after a failed action); nothing happens if actorLogin does not hold it.
    Result<void> release(qint64 runId, const QString &actorLogin);
    // Records the actions done so far at the current step (run.stepActions) without moving the
    // run: only while the version is still expectedVersion and, if claimant is not empty, the
    // claim is still claimant's.
    Result<bool> saveProgress(const FlowRun &run, int expectedVersion, const QString &claimant);
    Result<void> insertStep(qint64 runId, const FlowRunStep &step);
    // The answer columns of an existing step row (outcome, notes, answered, event, details).
    Result<void> updateStep(qint64 runId, const FlowRunStep &step);

    // A run with its steps. NotFound when it does not exist.
    Result<FlowRun> run(qint64 id);
    // The ticket's active or paused run, if any.
    Result<std::optional<FlowRun>> openRun(qint64 ticketId);
    // Every run on the ticket, newest first, with their steps.
    Result<QList<FlowRun>> runs(qint64 ticketId);

    Result<TicketAccount> ticketAccount(qint64 ticketId);

    // The funnel of runs of flowId started in [fromMs, toMs): runs per status and result, per
    // step how many runs reached it, the answers given there and how many runs it resolved.
    // With the flow, steps come in the flow's order (steps no run reached count 0); without,
    // in the order runs first reached them.
    Result<FlowFunnel> funnel(const QString &flowId, const Flow *flow = nullptr, qint64 fromMs = 0,
                              qint64 toMs = std::numeric_limits<qint64>::max());

private:
    Result<QList<FlowRun>> select(const QString &where, const QVariantList &values);
    Result<void> loadSteps(FlowRun &run);

    QSqlDatabase &m_db;
};

} // namespace helpdesk
