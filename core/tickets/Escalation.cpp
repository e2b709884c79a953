#include "tickets/Escalation.h"

#include "common/Futures.h"
#include "common/Logging.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace helpdesk {

namespace {
// Tickets whose clock runs (not pending_customer) and whose due time has passed.
const QString kResolutionBreach = QStringLiteral(
    "UPDATE tickets SET status = ?, escalation_level = escalation_level + 1, version = version + "
    "1, updated_at = ? WHERE status IN (?, ?) AND resolution_due < ? RETURNING id");
const QString kFirstResponseBreach = QStringLiteral(
    "UPDATE tickets SET status = ?, escalation_level = escalation_level + 1, version = version + "
    "1, updated_at = ? WHERE status IN (?, ?) AND first_responded_at IS NULL AND "
    "first_response_due < ? RETURNING id");

Result<QList<qint64>> runUpdate(QSqlDatabase &db, const QString &sql, qint64 nowMs)
{
    auto q = Database::exec(db, sql,
                            {Vocabulary::key(TicketStatus::Escalated), QVariant::fromValue(nowMs),
                             Vocabulary::key(TicketStatus::New),
                             Vocabulary::key(TicketStatus::Open), QVariant::fromValue(nowMs)});
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids.append(q.value().value(0).toLongLong());
    q.value().finish();
    return ids;
}
} // namespace

Result<QList<qint64>> Escalation::escalateBreached(QSqlDatabase &db, qint64 nowMs)
{
    Transaction tx(db);
    if (auto st = tx.begin(); !st)
        return st.error();
    // Two statements rather than one OR, so each uses its index.
    auto resolution = runUpdate(db, kResolutionBreach, nowMs);
    if (!resolution)
        return resolution.error();
    auto firstResponse = runUpdate(db, kFirstResponseBreach, nowMs);
    if (!firstResponse)
        return firstResponse.error();

    QList<std::pair<qint64, QString>> escalated;
    for (qint64 id : resolution.value())
        escalated.append({id, QStringLiteral("resolution")});
    for (qint64 id : firstResponse.value())
        escalated.append({id, QStringLiteral("first_response")});

    QSqlQuery event(db);
    event.prepare(QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, kind, body, "
                                 "data) VALUES (?, ?, NULL, ?, ?, ?)"));
    QSqlQuery audit(db);
    audit.prepare(QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, entity_type, "
                                 "entity_id, action, details) VALUES (?, NULL, ?, ?, ?, ?, ?)"));
    QList<qint64> ids;
    for (const auto &[id, target] : escalated) {
        const QString body =
            target == QLatin1String("resolution")
                ? QCoreApplication::translate("Escalation",
                                              "Escalated automatically: the resolution time "
                                              "agreed in the SLA has passed.")
                : QCoreApplication::translate("Escalation",
                                              "Escalated automatically: the customer has waited "
                                              "longer than the SLA allows for a first response.");
        const QString data = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("breach"), target},
                                      {QStringLiteral("to"), QStringLiteral("escalated")}})
                .toJson(QJsonDocument::Compact));
        event.addBindValue(QVariant::fromValue(id));
        event.addBindValue(QVariant::fromValue(nowMs));
        event.addBindValue(QStringLiteral("escalation"));
        event.addBindValue(body);
        event.addBindValue(data);
        if (!event.exec())
            return Database::queryError(event, QStringLiteral("escalation event"));
        audit.addBindValue(QVariant::fromValue(nowMs));
        audit.addBindValue(QString::fromLatin1(Actor));
        audit.addBindValue(QStringLiteral("ticket"));
        audit.addBindValue(QVariant::fromValue(id));
        audit.addBindValue(QStringLiteral("escalate"));
        audit.addBindValue(data);
        if (!audit.exec())
            return Database::queryError(audit, QStringLiteral("escalation audit"));
        ids.append(id);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    if (!ids.isEmpty())
        qCInfo(lcTickets) << "escalated" << ids.size() << "tickets after an SLA breach";
    return ids;
}

EscalationMonitor::EscalationMonitor(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{
    connect(&m_timer, &QTimer::timeout, this, &EscalationMonitor::runOnce);
}

void EscalationMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runOnce();
}

void EscalationMonitor::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    auto scan = m_worker->run([](QSqlDatabase &db) {
        return Escalation::escalateBreached(db, QDateTime::currentMSecsSinceEpoch());
    });
    whenDone(scan, this, [this](const Result<QList<qint64>> &r) {
        m_running = false;
        if (!r) {
            emit errorOccurred(r.error().message);
            return;
        }
        if (!r.value().isEmpty())
            emit escalated(r.value());
    });
}

} // namespace helpdesk
