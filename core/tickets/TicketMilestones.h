#pragma once
// The moments the reports count, stored on the ticket when they happen (migration 0015): the
// first reply or mail to the customer, a missed target, and why and by whom a ticket was
// escalated. TicketActions and Escalation write them in their own updates; actions elsewhere
// that mail the customer about a ticket (account links, the wizard's steps) call
// firstOutbound() inside their transaction.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace helpdesk {

enum class EscalationCause { Sla, Manual, Wizard };

namespace TicketMilestones {
QString causeKey(EscalationCause cause); // "sla", "manual", "wizard"
std::optional<EscalationCause> causeFromKey(const QString &key);
QString causeLabel(EscalationCause cause); // translated
QList<EscalationCause> allCauses();

// The customer got a mail about the ticket at `nowMs`: the first response, unless an earlier
// reply or mail was; then first_response_breached says whether it came after the due time.
// Leaves version and updated_at alone, so an agent's open copy of the ticket stays current.
Result<void> firstOutbound(QSqlDatabase &db, qint64 ticketId, qint64 nowMs);
} // namespace TicketMilestones

} // namespace helpdesk
