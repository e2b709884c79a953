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
    // a release day whose evening deployment broke sign-ins for a day and a half (a flood of
    // login problems the reports show).
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
    qint64 m_spikeStart = 0; // the release's sign-in trouble: arrivals from then...
    qint64 m_spikeEnd = 0;   // ...until then are mostly login problems
};

} // namespace helpdesk
