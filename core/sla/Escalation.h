#pragma once
// Escalates tickets whose SLA is breached: status escalated, escalation level + 1, a timeline
// event and an audit row, as the system actor "sla-monitor". Idempotent on the database, so
// any client may run it (`helpdesk-admin escalate`): a ticket escalates once per breach. The
// running clients do not all scan: EscalationMonitor first claims the desk's lease
// (claimLease), and only the holder scans, once per interval.

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

    static constexpr const char *LeaseName = "sla-monitor";
    // Takes or renews the desk's SLA-monitor lease for `holder` until nowMs + leaseMs: true when
    // this client holds it now (it had run out, or this client held it already). One short
    // conditional UPDATE of one row, in its own transaction, on both dialects.
    static Result<bool> claimLease(QSqlDatabase &db, const QString &holder, qint64 nowMs,
                                   qint64 leaseMs);
};

} // namespace helpdesk
