#include "Fixtures.h"

#include "db/Database.h"

#include <QtTest>

namespace helpdesk::test {

namespace {
qint64 insertReturningId(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    auto q = Database::exec(db, sql + QStringLiteral(" RETURNING id"), values);
    if (!q || !q.value().next())
        qFatal("fixture insert failed: %s", q ? "no row" : qPrintable(q.error().toString()));
    return q.value().value(0).toLongLong();
}

QVariant optionalValue(const std::optional<qint64> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

qint64 addStaff(QSqlDatabase &db, const QString &login, const QString &name, const QString &role)
{
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO staff (login, display_name, email, role) "
                                            "VALUES (?, ?, ?, ?)"),
                             {login, name, login + QStringLiteral("@support.example.com"), role});
}

qint64 addTicket(QSqlDatabase &db, const TicketRow &r)
{
    return insertReturningId(
        db,
        QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, category, "
                       "priority, status, channel, assignee_id, created_at, updated_at, "
                       "resolution_due) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.subject, r.requesterEmail, r.requesterName, r.category, r.priority, r.status, r.channel,
         optionalValue(r.assigneeId), QVariant::fromValue(r.createdAt),
         QVariant::fromValue(r.updatedAt), optionalValue(r.resolutionDue)});
}

qint64 addEvent(QSqlDatabase &db, qint64 ticketId, qint64 at, const QString &kind,
                const QString &body, std::optional<qint64> staffId)
{
    return insertReturningId(db,
                             QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, "
                                            "kind, body) VALUES (?, ?, ?, ?, ?)"),
                             {QVariant::fromValue(ticketId), QVariant::fromValue(at),
                              optionalValue(staffId), kind, body});
}

} // namespace helpdesk::test
