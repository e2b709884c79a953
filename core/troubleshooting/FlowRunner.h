#pragma once
// FlowRunner: walks a ticket through a troubleshooting flow and records every step on it.
// Synchronous on the connection it is given, like TicketActions (TroubleshootingService runs
// it on the DB worker; tests and the CLI run it directly).
//
// Each answer is one transaction of the write path (write/WritePath.h): a 'wizard_step' timeline
// event (JSON data: run, flow, step, outcome, notes, ...), an audit row, the step's row in
// troubleshooting_run_steps and the run's new state. The run state lives in troubleshooting_runs,
// so a run survives the wizard being closed and can be resumed by any agent; its version guards
// against two agents answering the same step. Actions are performed when an action step is answered
// (not "skipped") or a terminal step is finished: account actions through the injected
// FlowActionHandler, the ticket-side ones (email_steps, set_pending_customer, escalate, resolve) by
// FlowStepActions, each in its own transaction; a failed action leaves the step unanswered and a
// retry does not repeat the actions that already succeeded. The texts are FlowRunText's.

#include "common/Result.h"
#include "staff/Staff.h"
#include "troubleshooting/FlowActionHandler.h"
#include "troubleshooting/FlowLibrary.h"
#include "troubleshooting/FlowRun.h"
#include "troubleshooting/FlowRunStore.h"
#include "troubleshooting/FlowStepActions.h"
#include "write/WritePath.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <limits>

namespace helpdesk {

class FlowRunner
{
public:
    // accountActions may be null: account actions are then refused (Unavailable).
    FlowRunner(QSqlDatabase &db, const FlowLibrary &flows, Staff actor, qint64 nowMs,
               FlowActionHandler *accountActions = nullptr);

    // Called after a mail was queued and committed (e.g. to wake the OutboxSender).
    void setMailQueued(std::function<void(qint64 outboxId)> queued)
    {
        m_write.setMailQueued(std::move(queued));
    }

    // Starts a run on an open ticket with flowId, or (empty) the flow suggested for the
    // ticket's category. Conflict when the ticket already has an open run.
    Result<FlowRun> start(qint64 ticketId, const QString &flowId = {});

    // Answers the current step. outcome is one of the step's outcome keys. For an
    // account-check step it may be empty: the branch is then the status of the ticket's
    // account; a status given by the caller must match the account's (Conflict otherwise),
    // and is taken as it is only when the ticket has no account linked. On a terminal step,
    // answer() is finish(). expectedVersion is the run version the agent saw.
    Result<FlowRun> answer(qint64 runId, int expectedVersion, const QString &outcome,
                           const QString &notes = {});
    // At a terminal step: performs its actions and ends the run ('finished' on the timeline).
    Result<FlowRun> finish(qint64 runId, int expectedVersion, const QString &notes = {});
    // "Email these steps to the customer": renders the login troubleshooting template with the
    // steps still to try from the current step (Flow::stepsToTry) and queues it through the
    // outbox, in one transaction with its 'wizard_email_steps' event.
    Result<FlowRun> emailSteps(qint64 runId, int expectedVersion);

    // Closing the wizard midway: everything answered is already recorded; this marks the run
    // paused so that the queue and the next agent see it.
    Result<FlowRun> pause(qint64 runId, int expectedVersion, const QString &notes = {});
    // Continues a paused run, as this runner's actor (who may differ from who paused it).
    Result<FlowRun> resume(qint64 runId, int expectedVersion);
    // Ends an open run without finishing it; what was recorded stays.
    Result<FlowRun> abandon(qint64 runId, int expectedVersion, const QString &reason = {});

    Result<FlowRun> run(qint64 runId);
    Result<std::optional<FlowRun>> openRun(qint64 ticketId);
    Result<QList<FlowRun>> runs(qint64 ticketId);
    // The account an account-check step reads (the live status panel shows the same).
    Result<TicketAccount> ticketAccount(qint64 ticketId);
    // The wizard funnel of one flow (see FlowRunStore::funnel), in the flow's step order.
    Result<FlowFunnel> funnel(const QString &flowId, qint64 fromMs = 0,
                              qint64 toMs = std::numeric_limits<qint64>::max());

private:
    struct Loaded
    {
        FlowRun run;
        const Flow *flow = nullptr;
        const FlowStep *step = nullptr;
    };
    enum class Need { Open, Active };
    Result<Loaded> load(qint64 runId, int expectedVersion, Need need);
    Error conflictError(const FlowRun &current);
    Result<FlowRun> fresh(qint64 runId);
    void decorate(FlowRun &run) const;

    Error conflictNow(qint64 runId);
    FlowStepActions stepActions();

    Result<QString> accountBranch(const FlowRun &run, const FlowStep &step, const QString &given,
                                  QJsonObject &details);
    // Moves the run: version check (and no live claim of another agent), version + 1, claim
    // cleared.
    Result<void> saveRun(FlowRun &run);
    Result<FlowRun> recordAnswer(FlowRun &run, const Flow &flow, const FlowStep &step,
                                 const QString &outcome, const QString &notes, QJsonObject details);
    // The plan of an answer: the run moves on (or finishes), its step rows, the event and the
    // audit row. next is null when the run finishes.
    Result<void> recordAnswerIn(Recorder &record, FlowRun &run, const Flow &flow,
                                const FlowStep &step, const FlowStep *next, const QString &outcome,
                                const QString &notes, const QJsonObject &details);
    Result<FlowRun> recordRunEvent(FlowRun &run, FlowRunStatus newStatus, TicketEventKind kind,
                                   const QString &auditAction, const QString &body,
                                   QJsonObject data);

    QSqlDatabase &m_db;
    const FlowLibrary &m_flows;
    Staff m_actor;
    qint64 m_now;
    FlowActionHandler *m_accountActions;
    WritePath m_write;
};

} // namespace helpdesk
