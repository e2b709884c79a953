#pragma once
// What a timeline event says, in words: its kind ("note" -> "Internal note"), who did it (a
// staff member, the customer, or the system) and its text, told from its data when it was
// recorded without words ("Status: New → Pending customer", "Assigned to Maria Kowalski").

#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <optional>

namespace helpdesk {

// Display names for the staff ids and logins that event data holds.
class StaffNames
{
    Q_DECLARE_TR_FUNCTIONS(StaffNames)
public:
    void set(const QList<Staff> &staff);
    // The display name of a staff id (a number) or login (a string); the login itself, or
    // "staff member 7", for someone not in the directory.
    QString name(const QJsonValue &idOrLogin) const;

private:
    QHash<qint64, Staff> m_byId;
    QHash<QString, Staff> m_byLogin;
};

class TimelineText
{
    Q_DECLARE_TR_FUNCTIONS(TimelineText)
public:
    // Who: the staff member, else the requester (for what customers write), else "System".
    static QString author(const TicketEvent &event, const std::optional<Ticket> &ticket);
    // The event's words, or a sentence made from its data; empty when there is nothing to say.
    static QString text(const TicketEvent &event, const StaffNames &staff);
};

} // namespace helpdesk
