#pragma once
// The placeholder values that a ticket and the agent writing give a mail template: the same for
// a reply that is queued, the wizard's steps mail and the template preview in the GUI.

#include "common/Result.h"
#include "mail/Template.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QSqlDatabase>

namespace helpdesk::TicketMailValues {

// customer.*, agent.* and ticket.*. Values that are unknown are left out, so that
// TemplateRenderer names them as missing; company.name comes from the mail settings
// (Outbox::queueTemplate, MailSettings::senderValues).
TemplateValues forTicket(const Ticket &ticket, const Staff &agent);

// What the template preview shows for ticket ticketId written by agent: forTicket(), or with
// ticketId 0 the agent's values only (MailSetupService asks this).
Result<TemplateValues> forPreview(QSqlDatabase &db, qint64 ticketId, const Staff &agent);

} // namespace helpdesk::TicketMailValues
