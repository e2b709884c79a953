#pragma once
// FlowActionHandler: how the flow runner performs the customer-account actions (reset link,
// activation link, lock, cancelling links, the identity checklist). The runner itself owns no
// account rules: the integrator plugs in an implementation that calls the real account actions
// with their usual checks, so nothing in the wizard bypasses them. Tests plug in a recorder.
//
// Contract:
//  - perform() is called on the thread that owns `db` (the DbWorker's thread in the GUI),
//    outside any transaction of the runner: the implementation opens and commits its own,
//    like TicketActions does, and writes its own timeline event and audit row.
//  - An Error refuses the action; its message is shown to the agent as it is (say what to do
//    next). The runner then records nothing for the step, and the agent may retry, or answer
//    "skipped" where the flow allows it. Actions of the same step that were already performed
//    are not performed again on the retry.
//  - For verify_identity, request.outcome is the agent's answer ("verified" or "not_verified");
//    the implementation may refuse "verified" when the checklist is not complete.

#include "common/Result.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"
#include "troubleshooting/Flow.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace helpdesk {

struct FlowActionRequest
{
    FlowAction action = FlowAction::SendResetLink;
    Ticket ticket;                   // as loaded just before the action
    std::optional<qint64> accountId; // the ticket's customer account; empty when not linked
    qint64 runId = 0;
    QString flowId;
    QString stepId;
    QString outcome; // the agent's answer to the step ("done", or verified/not_verified)
    QString notes;   // the agent's notes on the step
    Staff actor;
    qint64 nowMs = 0;
};

struct FlowActionResult
{
    QString summary;  // one translated line for the timeline, e.g. "Reset link sent to a@b.c"
    QJsonObject data; // structured details kept with the step (ids, never a raw token)
};

class FlowActionHandler
{
public:
    virtual ~FlowActionHandler() = default;
    virtual Result<FlowActionResult> perform(QSqlDatabase &db,
                                             const FlowActionRequest &request) = 0;
};

} // namespace helpdesk
