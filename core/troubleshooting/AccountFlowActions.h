#pragma once
// AccountFlowActions: the wizard's account steps performed by the real account actions
// (core/accounts/AccountActions), with their role checks, rate limits, verification rules,
// timeline events, audit rows and customer mail. Nothing in a flow can bypass those rules.

#include "troubleshooting/FlowActionHandler.h"

#include <functional>

namespace helpdesk {

class AccountFlowActions : public FlowActionHandler
{
public:
    // mailQueued: called after an action committed a customer mail (to wake the outbox sender).
    explicit AccountFlowActions(std::function<void(qint64 outboxId)> mailQueued = {});

    Result<FlowActionResult> perform(QSqlDatabase &db, const FlowActionRequest &request) override;

private:
    std::function<void(qint64)> m_mailQueued;
};

} // namespace helpdesk
