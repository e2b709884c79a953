#include "timeline/TimelineStore.h"

#include "common/EpochMs.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace helpdesk {

namespace {
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}
} // namespace

std::unique_ptr<BulkInsert> TimelineStore::historyWriter(QSqlDatabase &db)
{
    return std::make_unique<BulkInsert>(
        db, QStringLiteral("ticket_events"),
        QStringList{QStringLiteral("ticket_id"), QStringLiteral("at"), QStringLiteral("staff_id"),
                    QStringLiteral("kind"), QStringLiteral("body"), QStringLiteral("data")});
}

Result<qint64> TimelineStore::add(qint64 atMs, const Actor &actor, const NewTicketEvent &event)
{
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(m_db,
                       QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, kind, "
                                      "body, data) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                       {QVariant::fromValue(event.ticketId), QVariant::fromValue(atMs),
                        actor.staffIdValue(), Vocabulary::key(event.kind),
                        // The drivers bind a null QString as NULL; the column is NOT NULL.
                        event.body.isNull() ? QStringLiteral("") : event.body, json(event.data)}));
    if (!q.next())
        return Error::make(
            Error::Code::DatabaseQuery,
            QCoreApplication::translate("TimelineStore", "Recording the timeline event failed."));
    const qint64 id = q.value(0).toLongLong();
    q.finish(); // SQLite cannot commit while a RETURNING statement is open
    if (Database::dialect(m_db) == Dialect::PostgreSQL)
        HD_TRY(Database::exec(m_db, QStringLiteral("SELECT pg_notify('helpdesk_ticket', ?)"),
                              {QString::number(event.ticketId)}));
    return id;
}

Result<void> TimelineStore::setData(qint64 eventId, const QJsonObject &data)
{
    HD_TRY(Database::exec(m_db, QStringLiteral("UPDATE ticket_events SET data = ? WHERE id = ?"),
                          {json(data), QVariant::fromValue(eventId)}));
    return {};
}

Result<QList<TicketEvent>> TimelineStore::events(qint64 ticketId)
{
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(m_db,
                       QStringLiteral("SELECT e.id, e.ticket_id, e.at, e.staff_id, s.display_name, "
                                      "e.kind, e.body, e.data FROM ticket_events e LEFT JOIN "
                                      "staff s ON s.id = e.staff_id WHERE e.ticket_id = ? ORDER "
                                      "BY e.at, e.id"),
                       {QVariant::fromValue(ticketId)}));
    QList<TicketEvent> out;
    while (q.next()) {
        TicketEvent e;
        e.id = q.value(0).toLongLong();
        e.ticketId = q.value(1).toLongLong();
        e.at = fromEpochMs(q.value(2));
        if (!q.value(3).isNull())
            e.staffId = q.value(3).toLongLong();
        e.staffName = q.value(4).toString();
        e.kind = q.value(5).toString();
        e.body = q.value(6).toString();
        e.data = q.value(7).toString();
        out.append(e);
    }
    return out;
}

Result<QString> TimelineStore::lastAuthorName(qint64 ticketId)
{
    HD_TRY_ASSIGN(
        const QVariant name,
        Database::scalar(m_db,
                         QStringLiteral("SELECT s.display_name FROM ticket_events e JOIN staff s "
                                        "ON s.id = e.staff_id WHERE e.ticket_id = ? ORDER BY "
                                        "e.at DESC, e.id DESC LIMIT 1"),
                         {QVariant::fromValue(ticketId)}));
    return name.toString();
}

} // namespace helpdesk
