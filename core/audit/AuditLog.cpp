#include "audit/AuditLog.h"

#include "db/Database.h"

#include <QJsonDocument>

namespace helpdesk {

Result<void> AuditLog::append(qint64 atMs, const Actor &actor, const AuditEntry &entry)
{
    HD_TRY(Database::exec(
        m_db,
        QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, entity_type, entity_id, "
                       "action, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QVariant::fromValue(atMs), actor.staffIdValue(), actor.name, entry.entityType,
         QVariant::fromValue(entry.entityId), entry.action,
         QString::fromUtf8(QJsonDocument(entry.details).toJson(QJsonDocument::Compact))}));
    return {};
}

} // namespace helpdesk
