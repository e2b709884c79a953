#include "mail/TicketMailValues.h"

namespace helpdesk::TicketMailValues {

TemplateValues forTicket(const Ticket &ticket, const Staff &agent, const MailSettings &mail)
{
    TemplateValues values{
        {QStringLiteral("customer.name"), ticket.requesterName},
        {QStringLiteral("customer.email"), ticket.requesterEmail},
        {QStringLiteral("agent.name"), agent.displayName},
        {QStringLiteral("agent.signature"),
         agent.signature.isNull() ? QStringLiteral("") : agent.signature},
        {QStringLiteral("ticket.number"), ticketNumberText(ticket.id)},
        {QStringLiteral("ticket.subject"), ticket.subject},
    };
    if (!mail.fromName.isEmpty())
        values.insert(QStringLiteral("company.name"), mail.fromName);
    return values;
}

} // namespace helpdesk::TicketMailValues
