#include "presence/PresenceStore.h"

#include "db/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace helpdesk {

namespace {
QString activityKey(PresenceActivity activity)
{
    return activity == PresenceActivity::Replying ? QStringLiteral("replying")
                                                  : QStringLiteral("viewing");
}
} // namespace

Result<void> PresenceStore::publish(const QString &clientId, qint64 staffId, qint64 ticketId,
                                    PresenceActivity activity, qint64 nowMs)
{
    if (ticketId <= 0)
        return remove(clientId);
    // One upsert, the same on both dialects; on PostgreSQL the row trigger tells the others
    // when the ticket or the activity changed (not for a plain heartbeat).
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(m_db,
                       QStringLiteral("INSERT INTO presence (client_id, staff_id, "
                                      "ticket_id, activity, seen_at) VALUES (?, ?, ?, "
                                      "?, ?) ON CONFLICT (client_id) DO UPDATE SET "
                                      "staff_id = excluded.staff_id, ticket_id = "
                                      "excluded.ticket_id, activity = "
                                      "excluded.activity, seen_at = excluded.seen_at"),
                       {clientId, QVariant::fromValue(staffId), QVariant::fromValue(ticketId),
                        activityKey(activity), QVariant::fromValue(nowMs)}));
    q.finish();
    return {};
}

Result<void> PresenceStore::remove(const QString &clientId)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db, QStringLiteral("DELETE FROM presence WHERE client_id = ?"),
                                 {clientId}));
    q.finish();
    return {};
}

Result<QList<PresenceEntry>> PresenceStore::live(qint64 sinceMs)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db,
                                 QStringLiteral("SELECT p.client_id, p.staff_id, s.display_name, "
                                                "p.ticket_id, p.activity, p.seen_at FROM presence "
                                                "p LEFT JOIN staff s ON s.id = p.staff_id WHERE "
                                                "p.seen_at >= ? ORDER BY p.seen_at"),
                                 {QVariant::fromValue(sinceMs)}));
    QList<PresenceEntry> out;
    while (q.next()) {
        PresenceEntry e;
        e.clientId = q.value(0).toString();
        e.staffId = q.value(1).toLongLong();
        e.staffName = q.value(2).toString();
        e.ticketId = q.value(3).toLongLong();
        e.activity = q.value(4).toString() == QLatin1String("replying") ? PresenceActivity::Replying
                                                                        : PresenceActivity::Viewing;
        e.seenAt = q.value(5).toLongLong();
        out.append(e);
    }
    q.finish();
    return out;
}

Result<void> PresenceStore::prune(qint64 beforeMs)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db, QStringLiteral("DELETE FROM presence WHERE seen_at < ?"),
                                 {QVariant::fromValue(beforeMs)}));
    q.finish();
    return {};
}

} // namespace helpdesk
