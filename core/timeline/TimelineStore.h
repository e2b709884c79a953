#pragma once
// The one writer of ticket_events, a ticket's timeline, and its reader. An event is written in
// the transaction of the change it tells about; on PostgreSQL it also sends the change notice
// other clients refresh the ticket on (SQLite clients see the write through data_version).
// Actions reach it through the write path's record step (write/Recorder).

#include "common/Result.h"
#include "db/BulkInsert.h"
#include "staff/Actor.h"
#include "timeline/TicketEvent.h"
#include "vocabulary/EventKind.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <memory>

namespace helpdesk {

struct NewTicketEvent
{
    qint64 ticketId = 0;
    TicketEventKind kind = TicketEventKind::Note;
    QString body;
    QJsonObject data; // structured details of the change; never a secret
};

class TimelineStore
{
public:
    explicit TimelineStore(QSqlDatabase &db) : m_db(db) {}

    // Returns the new event's id.
    Result<qint64> add(qint64 atMs, const Actor &actor, const NewTicketEvent &event);
    // Replaces an event's data, for what is known only after the event was written (the mail
    // it caused); in the same transaction.
    Result<void> setData(qint64 eventId, const QJsonObject &data);

    // Past events written in bulk (demo data, imports), in the caller's transaction: each row
    // is ticket_id, at (ms), staff_id (or null), kind key, body, data (JSON text). Sends no
    // change notice; the caller announces the batch once.
    static std::unique_ptr<BulkInsert> historyWriter(QSqlDatabase &db);

    // The ticket's timeline, oldest first, with the staff members' names.
    Result<QList<TicketEvent>> events(qint64 ticketId);
    // The name of the staff member who wrote the ticket's latest event; empty when none did.
    Result<QString> lastAuthorName(qint64 ticketId);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
