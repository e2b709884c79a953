#include "tickets/OutboxReplyHook.h"

#include "mail/Outbox.h"
#include "tickets/TicketMailValues.h"

namespace helpdesk {

OutboxReplyHook::OutboxReplyHook(std::function<void(qint64)> queued) : m_queued(std::move(queued))
{}

Result<void> OutboxReplyHook::replyAdded(Recorder &record, const Ticket &ticket, qint64 eventId,
                                         const QString &body, const Staff &actor)
{
    TemplateMail mail;
    mail.templateKey = TemplateKeys::TicketReply;
    mail.to = MailAddress(ticket.requesterEmail, ticket.requesterName);
    mail.values = TicketMailValues::forTicket(ticket, actor);
    mail.values.insert(QStringLiteral("reply.body"), body);
    mail.ticketId = ticket.id;
    mail.eventId = eventId;
    HD_TRY_ASSIGN(const QueuedMail queued, Outbox::queueTemplate(record, mail));
    if (m_queued)
        m_queued(queued.id);
    return {};
}

} // namespace helpdesk
