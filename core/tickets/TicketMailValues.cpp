#include "tickets/TicketMailValues.h"

#include "mail/TemplateRenderer.h"
#include "tickets/TicketStore.h"

namespace helpdesk::TicketMailValues {

namespace {
TemplateValues agentValues(const Staff &agent)
{
    const QString name = agent.displayName.isEmpty() ? agent.login : agent.displayName;
    return {{QStringLiteral("agent.name"), name},
            {QStringLiteral("agent.signature"), TemplateRenderer::signOff(name, agent.signature)}};
}
} // namespace

TemplateValues forTicket(const Ticket &ticket, const Staff &agent)
{
    TemplateValues values = agentValues(agent);
    values.insert(QStringLiteral("customer.name"), ticket.requesterName);
    values.insert(QStringLiteral("customer.email"), ticket.requesterEmail);
    values.insert(QStringLiteral("ticket.number"), ticketNumberText(ticket.id));
    values.insert(QStringLiteral("ticket.subject"), ticket.subject);
    return values;
}

Result<TemplateValues> forPreview(QSqlDatabase &db, qint64 ticketId, const Staff &agent)
{
    // Without a ticket only the agent (and the sender) are known.
    if (ticketId <= 0)
        return agentValues(agent);
    HD_TRY_ASSIGN(const Ticket ticket, TicketStore(db).ticket(ticketId));
    return forTicket(ticket, agent);
}

} // namespace helpdesk::TicketMailValues
