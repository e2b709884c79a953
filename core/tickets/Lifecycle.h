#pragma once
// The ticket state machine: which status may follow which, and which role may make each move.
// Every status change in the product goes through allowed(); the table is the single source.

#include "common/Result.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QList>

namespace helpdesk {

class Lifecycle
{
public:
    struct Transition
    {
        TicketStatus from;
        TicketStatus to;
        QList<StaffRole> roles; // who may make the move
        const char *rule;       // the rule's name, shown when a move is refused
    };

    static const QList<Transition> &table();
    // Ok, or a PermissionDenied / InvalidInput error whose message names the rule.
    static Result<void> allowed(TicketStatus from, TicketStatus to, StaffRole role);
    // The statuses a member of `role` may move a ticket in `from` to.
    static QList<TicketStatus> nextStatuses(TicketStatus from, StaffRole role);
};

} // namespace helpdesk
