#include "sla/Escalation.h"

#include "common/Logging.h"
#include "db/Database.h"
#include "db/DeskLease.h"
#include "vocabulary/TicketVocabulary.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace helpdesk {

namespace {
// Each records the breach and the escalation's cause (migration 0015) for the reports.
// Tickets whose clock runs (not pending_customer) and whose due time has passed.
const QString kResolutionBreach = QStringLiteral(
    "UPDATE tickets SET status = ?, escalation_level = escalation_level + 1, version = version + "
    "1, updated_at = ?, resolution_breached = TRUE, escalation_cause = 'sla', escalated_at = ?, "
    "escalated_by = NULL, deescalated_at = NULL WHERE status IN (?, ?) AND resolution_due < ? "
    "RETURNING id");
const QString kFirstResponseBreach = QStringLiteral(
    "UPDATE tickets SET status = ?, escalation_level = escalation_level + 1, version = version + "
    "1, updated_at = ?, first_response_breached = TRUE, escalation_cause = 'sla', escalated_at = "
    "?, escalated_by = NULL, deescalated_at = NULL WHERE status IN (?, ?) AND first_responded_at "
    "IS NULL AND first_response_due < ? RETURNING id");

Result<QList<qint64>> runUpdate(QSqlDatabase &db, const QString &sql, qint64 nowMs)
{
    HD_TRY_ASSIGN(
        QSqlQuery q,
        Database::exec(db, sql,
                       {Vocabulary::key(TicketStatus::Escalated), QVariant::fromValue(nowMs),
                        QVariant::fromValue(nowMs), Vocabulary::key(TicketStatus::New),
                        Vocabulary::key(TicketStatus::Open), QVariant::fromValue(nowMs)}));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    q.finish();
    return ids;
}

QString breachText(bool resolution)
{
    return resolution ? QCoreApplication::translate("Escalation",
                                                    "Escalated automatically: the resolution time "
                                                    "agreed in the SLA has passed.")
                      : QCoreApplication::translate("Escalation",
                                                    "Escalated automatically: the customer has "
                                                    "waited longer than the SLA allows for a first "
                                                    "response.");
}
} // namespace

Result<QList<qint64>> Escalation::escalateBreached(QSqlDatabase &db, qint64 nowMs)
{
    WritePath write(db, helpdesk::Actor::system(QString::fromLatin1(Actor)), nowMs);
    auto escalated = write.run([&](Recorder &record) -> Result<QList<qint64>> {
        // Two statements rather than one OR, so each uses its index.
        HD_TRY_ASSIGN(const QList<qint64> resolution, runUpdate(db, kResolutionBreach, nowMs));
        HD_TRY_ASSIGN(const QList<qint64> firstResponse,
                      runUpdate(db, kFirstResponseBreach, nowMs));
        QList<qint64> ids;
        for (const bool isResolution : {true, false}) {
            for (qint64 id : isResolution ? resolution : firstResponse) {
                const QJsonObject data{
                    {QStringLiteral("breach"), isResolution ? QStringLiteral("resolution")
                                                            : QStringLiteral("first_response")},
                    {QStringLiteral("to"), QStringLiteral("escalated")}};
                HD_TRY(
                    record.event(id, TicketEventKind::Escalation, breachText(isResolution), data));
                HD_TRY(
                    record.audit(QStringLiteral("ticket"), id, QStringLiteral("escalate"), data));
                ids.append(id);
            }
        }
        return ids;
    });
    if (escalated && !escalated.value().isEmpty())
        qCInfo(lcTickets) << "escalated" << escalated.value().size()
                          << "tickets after an SLA breach";
    return escalated;
}

Result<bool> Escalation::claimLease(QSqlDatabase &db, const QString &holder, qint64 nowMs,
                                    qint64 leaseMs)
{
    return DeskLease::claim(db, QString::fromLatin1(LeaseName), holder, nowMs, leaseMs);
}

} // namespace helpdesk
