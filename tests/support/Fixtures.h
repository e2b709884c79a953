#pragma once
// Small, explicit rows for store tests (the demo seeder makes the big realistic data sets).

#include "common/Result.h"
#include "tickets/Ticket.h"

#include <QSqlDatabase>

namespace helpdesk::test {

qint64 addStaff(QSqlDatabase &db, const QString &login, const QString &name,
                const QString &role = QStringLiteral("agent"));

struct TicketRow
{
    QString subject = QStringLiteral("Cannot sign in");
    QString requesterEmail = QStringLiteral("pat@example.com");
    QString requesterName = QStringLiteral("Pat Doe");
    QString category = QStringLiteral("login");
    int priority = 1;
    QString status = QStringLiteral("open");
    QString channel = QStringLiteral("email");
    std::optional<qint64> assigneeId;
    qint64 createdAt = 1'700'000'000'000;
    qint64 updatedAt = 1'700'000'000'000;
    std::optional<qint64> resolutionDue;
};

qint64 addTicket(QSqlDatabase &db, const TicketRow &row);
qint64 addEvent(QSqlDatabase &db, qint64 ticketId, qint64 at, const QString &kind,
                const QString &body, std::optional<qint64> staffId = std::nullopt);

} // namespace helpdesk::test
