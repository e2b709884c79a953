#pragma once
// The placeholder values that a ticket, the agent writing and the mail settings give a mail
// template: the same for a reply that is queued and for the template preview in the GUI.

#include "mail/MailSettings.h"
#include "mail/Template.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

namespace helpdesk::TicketMailValues {

// customer.*, agent.*, ticket.* and company.name (when the sender name is set). Values that are
// unknown are left out, so that TemplateRenderer names them as missing.
TemplateValues forTicket(const Ticket &ticket, const Staff &agent, const MailSettings &mail);

} // namespace helpdesk::TicketMailValues
