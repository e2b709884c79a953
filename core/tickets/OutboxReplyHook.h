#pragma once
// OutboxReplyHook: when an agent replies on a ticket, renders the "ticket reply" template for
// the ticket's requester and queues the mail in the reply's own transaction (see
// TicketActions' ReplyMailHook). If the mail cannot be queued, the reply is not saved either.

#include "tickets/TicketActions.h"

#include <functional>

namespace helpdesk {

class OutboxReplyHook : public ReplyMailHook
{
public:
    // queued: called on the worker thread after a mail was queued (before the reply commits);
    // to act once it is committed, use TicketActions::setMailQueued.
    explicit OutboxReplyHook(std::function<void(qint64 outboxId)> queued = {});

    Result<void> replyAdded(Recorder &record, const Ticket &ticket, qint64 eventId,
                            const QString &body, const Staff &actor) override;

private:
    std::function<void(qint64)> m_queued;
};

} // namespace helpdesk
