#pragma once
// The append-only record of who did what to which ticket or account. Written in the same
// transaction as the change it describes.

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace helpdesk {

struct Staff;

class AuditLog
{
public:
    static Result<void> append(QSqlDatabase &db, qint64 at, const Staff &actor,
                               const QString &entityType, qint64 entityId, const QString &action,
                               const QJsonObject &details = {});
};

} // namespace helpdesk
