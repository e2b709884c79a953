#pragma once
// One entry of a ticket's timeline as stored in ticket_events; its kind is a key of the
// event-kind vocabulary (vocabulary/EventKind.h) or one this version does not know.

#include <QDateTime>
#include <QString>

#include <optional>

namespace helpdesk {

struct TicketEvent
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QDateTime at;
    std::optional<qint64> staffId;
    QString staffName;
    QString kind; // Vocabulary::key(TicketEventKind): created, reply, note, status, ...
    QString body;
    QString data; // JSON with the structured details of the change
};

} // namespace helpdesk
