#pragma once
// A desk lease: one row of desk_leases per job that only one client of a desk should run at a
// time (the SLA escalation scan, the sign-in watch). claim() takes the named lease, or renews it
// for its holder, when it has run out; it returns whether this holder has it now.

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace helpdesk::DeskLease {

Result<bool> claim(QSqlDatabase &db, const QString &name, const QString &holder, qint64 nowMs,
                   qint64 leaseMs);

} // namespace helpdesk::DeskLease
