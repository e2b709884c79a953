#include "tickets/TicketMilestones.h"

#include "db/Database.h"

#include <QCoreApplication>

namespace helpdesk::TicketMilestones {

QString causeKey(EscalationCause cause)
{
    switch (cause) {
    case EscalationCause::Sla:
        return QStringLiteral("sla");
    case EscalationCause::Manual:
        return QStringLiteral("manual");
    case EscalationCause::Wizard:
        return QStringLiteral("wizard");
    }
    return QStringLiteral("manual");
}

std::optional<EscalationCause> causeFromKey(const QString &key)
{
    for (EscalationCause c : allCauses())
        if (causeKey(c) == key)
            return c;
    return std::nullopt;
}

QString causeLabel(EscalationCause cause)
{
    switch (cause) {
    case EscalationCause::Sla:
        return QCoreApplication::translate("TicketMilestones", "SLA breach");
    case EscalationCause::Manual:
        return QCoreApplication::translate("TicketMilestones", "By staff");
    case EscalationCause::Wizard:
        return QCoreApplication::translate("TicketMilestones", "Troubleshooting guide");
    }
    return {};
}

QList<EscalationCause> allCauses()
{
    return {EscalationCause::Sla, EscalationCause::Manual, EscalationCause::Wizard};
}

Result<void> firstOutbound(QSqlDatabase &db, qint64 ticketId, qint64 nowMs)
{
    HD_TRY(Database::exec(
        db,
        QStringLiteral("UPDATE tickets SET first_responded_at = ?, first_response_breached = "
                       "CASE WHEN first_response_due IS NOT NULL AND first_response_due < ? THEN "
                       "TRUE ELSE first_response_breached END WHERE id = ? AND first_responded_at "
                       "IS NULL"),
        {QVariant::fromValue(nowMs), QVariant::fromValue(nowMs), QVariant::fromValue(ticketId)}));
    return {};
}

} // namespace helpdesk::TicketMilestones
