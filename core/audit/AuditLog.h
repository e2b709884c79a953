#pragma once
// The one writer of audit_log, the append-only record of who did what to which ticket, account
// or setting. Written in the same transaction as the change it describes; actions reach it
// through the write path's record step (write/Recorder), never directly.

#include "common/Result.h"
#include "staff/Actor.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace helpdesk {

struct AuditEntry
{
    QString entityType; // "ticket", "account", "settings"
    qint64 entityId = 0;
    QString action; // "take", "send_reset_link", "escalate", ...
    QJsonObject details;
};

class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase &db) : m_db(db) {}

    Result<void> append(qint64 atMs, const Actor &actor, const AuditEntry &entry);

private:
    QSqlDatabase &m_db;
};

} // namespace helpdesk
