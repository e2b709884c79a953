#pragma once
// What sending a reply with a staged macro does to the ticket after the reply itself: the
// macro's note, category, priority, assignee and status, in that order (the status last, so a
// resolving macro resolves the ticket as it finally is), each through TicketActions with its
// usual rules. A change the ticket already has is skipped.

#include "common/Result.h"
#include "knowledge/Macro.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"
#include "tickets/TicketActions.h"

#include <QSqlDatabase>

namespace helpdesk::MacroApply {

// `ticket` as the caller last saw it (its version is checked by every step). Returns the ticket
// after the last change; the first refused step stops there and its Error comes back (the
// changes before it stay, each being its own write, and the message says which step failed).
Result<Ticket> apply(QSqlDatabase &db, TicketActions &actions, const Staff &actor, Ticket ticket,
                     const MacroChanges &changes);

} // namespace helpdesk::MacroApply
