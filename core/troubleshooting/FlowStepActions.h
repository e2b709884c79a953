#pragma once
// FlowStepActions: carries out the actions of the step a troubleshooting run is at, for
// FlowRunner. The step is claimed first, so of two agents confirming it at once only one acts;
// then each action not done yet runs in its own transaction — account actions through the
// FlowActionHandler, the ticket's status through TicketActions, the steps mail here — and the
// run records it as done at once, so a retry after a failure does not repeat it.

#include "common/Result.h"
#include "staff/Staff.h"
#include "troubleshooting/Flow.h"
#include "troubleshooting/FlowActionHandler.h"
#include "troubleshooting/FlowRun.h"
#include "write/WritePath.h"

#include <QSqlDatabase>

#include <functional>

namespace helpdesk {

class FlowStepActions
{
public:
    // conflict: what to tell the agent when the run moved on meanwhile (FlowRunner's message).
    FlowStepActions(QSqlDatabase &db, const Staff &actor, qint64 nowMs,
                    FlowActionHandler *accountActions, WritePath &write,
                    std::function<Error(const FlowRun &current)> conflict);

    // Performs the step's actions not yet done, recording progress after each one. A failure
    // gives the claim back and says which actions were already done.
    Result<void> perform(FlowRun &run, const Flow &flow, const FlowStep &step,
                         const QString &outcome, const QString &notes);
    // "Email these steps to the customer": the steps still to try from `from`, rendered with the
    // login troubleshooting template and queued, in one transaction with its
    // 'wizard_email_steps' event; asAction: the step's actions record it in the same
    // transaction. From a terminal step (an escalation), its customer text instead, as a reply
    // on the ticket (the ticket reply template).
    Result<FlowActionResult> emailSteps(FlowRun &run, const Flow &flow, const FlowStep &from,
                                        bool asAction);

private:
    Result<FlowActionResult> ticketStatus(FlowRun &run, const Flow &flow, FlowAction action,
                                          const FlowStep &step, const QString &notes);
    Result<FlowActionResult> accountAction(const FlowRun &run, const Flow &flow, FlowAction action,
                                           const FlowStep &step, const QString &outcome,
                                           const QString &notes);
    // Records run.stepActions without moving the run (claimed: only while this actor holds the
    // claim).
    Result<void> saveProgress(FlowRun &run, bool claimed);
    Error conflictNow(qint64 runId);

    QSqlDatabase &m_db;
    const Staff &m_actor;
    QString m_login; // as the claim records it
    qint64 m_now;
    FlowActionHandler *m_accountActions;
    WritePath &m_write;
    std::function<Error(const FlowRun &)> m_conflict;
};

} // namespace helpdesk
