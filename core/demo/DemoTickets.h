#pragma once
// DemoTickets: the demo's tickets and their timelines: when they arrive over the 90 days, who
// writes in about what, who works them and how far each got by now.

#include "demo/DemoWorld.h"
#include "tickets/Ticket.h"

#include <QString>
#include <QStringList>

#include <array>
#include <vector>

namespace helpdesk {

class BulkInsert;

class DemoTickets
{
public:
    // count tickets get ids from firstId on. Needs the world's staff and accounts.
    DemoTickets(DemoWorld &world, qint64 count, qint64 firstId);

    // The creation times of all tickets, oldest first: office hours, weekdays, slow growth and
    // one sign-in outage that brought a flood of tickets.
    std::vector<qint64> arrivalTimes();
    // Adds ticket number `index` (0 = the oldest) and its timeline; returns how many events.
    qint64 write(qint64 index, qint64 createdAt, BulkInsert &tickets, BulkInsert &events);

    static QStringList ticketColumns();

private:
    DemoWorld &m_world;
    qint64 m_count;
    qint64 m_firstId;
    std::array<std::array<QString, 6>, 6> m_statusData; // {"from":..,"to":..} by status pair
    std::array<QString, 4> m_channelData;               // {"channel":..} by channel
    QString m_subjectWithContext;
    QString m_replyPrefix;
    QString m_urgentPrefix;
};

} // namespace helpdesk
