#include "db/AuditLog.h"

#include "db/Database.h"
#include "staff/Staff.h"

#include <QJsonDocument>

namespace helpdesk {

Result<void> AuditLog::append(QSqlDatabase &db, qint64 at, const Staff &actor,
                              const QString &entityType, qint64 entityId, const QString &action,
                              const QJsonObject &details)
{
    auto q = Database::exec(
        db,
        QStringLiteral("INSERT INTO audit_log (at, staff_id, actor, entity_type, entity_id, "
                       "action, details) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {QVariant::fromValue(at),
         actor.id > 0 ? QVariant::fromValue(actor.id) : QVariant(QMetaType::fromType<qint64>()),
         actor.login, entityType, QVariant::fromValue(entityId), action,
         QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact))});
    if (!q)
        return q.error();
    return {};
}

} // namespace helpdesk
