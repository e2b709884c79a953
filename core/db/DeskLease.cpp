#include "db/DeskLease.h"

#include "db/Database.h"

namespace helpdesk::DeskLease {

Result<bool> claim(QSqlDatabase &db, const QString &name, const QString &holder, qint64 nowMs,
                   qint64 leaseMs)
{
    HD_TRY_ASSIGN(QSqlQuery q,
                  Database::exec(db,
                                 QStringLiteral("UPDATE desk_leases SET holder = ?, until_ms = ? "
                                                "WHERE name = ? AND (until_ms <= ? OR holder = ?) "
                                                "RETURNING name"),
                                 {holder, QVariant::fromValue(nowMs + leaseMs), name,
                                  QVariant::fromValue(nowMs), holder}));
    const bool claimed = q.next();
    q.finish();
    return claimed;
}

} // namespace helpdesk::DeskLease
