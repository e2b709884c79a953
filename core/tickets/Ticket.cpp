#include "tickets/Ticket.h"

namespace helpdesk {

QString ticketNumberText(qint64 id)
{
    return QStringLiteral("#%1").arg(id);
}

} // namespace helpdesk
