#pragma once
// Escalates tickets whose SLA is breached: status escalated, escalation level + 1, a timeline
// event and an audit row, as the system actor "sla-monitor". Idempotent on the database, so
// every running client (EscalationMonitor, `helpdesk-admin escalate`) may run it: a ticket
// escalates once per breach.

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace helpdesk {

class Escalation
{
public:
    static constexpr const char *Actor = "sla-monitor";

    // Returns the ids of the tickets this call escalated (empty when another client was first).
    static Result<QList<qint64>> escalateBreached(QSqlDatabase &db, qint64 nowMs);
};

} // namespace helpdesk
