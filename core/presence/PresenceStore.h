#pragma once
// The SQL behind presence (the presence table of migration 0012): one row per running client.
// Runs on the DB worker. Every value is bound.

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace helpdesk {

enum class PresenceActivity { Viewing, Replying };

struct PresenceEntry
{
    QString clientId;
    qint64 staffId = 0;
    QString staffName;
    qint64 ticketId = 0;
    PresenceActivity activity = PresenceActivity::Viewing;
    qint64 seenAt = 0;
};

class PresenceStore
{
public:
    explicit PresenceStore(QSqlDatabase &db) : m_db(db) {}

    // This client is on the ticket (a heartbeat renews seen_at); ticketId 0 removes its row.
    Result<void> publish(const QString &clientId, qint64 staffId, qint64 ticketId,
                         PresenceActivity activity, qint64 nowMs);
    Result<void> remove(const QString &clientId);
    // Every row seen since `sinceMs`, with the staff member's display name.
    Result<QList<PresenceEntry>> live(qint64 sinceMs);
    // Rows of clients long gone (seen before `beforeMs`).
    Result<void> prune(qint64 beforeMs);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
