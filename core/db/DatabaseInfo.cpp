#include "db/DatabaseInfo.h"

#include "db/Database.h"
#include "db/DbWorker.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace helpdesk {

QString DatabaseInfo::text() const
{
    return version.isEmpty() ? product : product + u' ' + version;
}

Result<DatabaseInfo> DatabaseInfoQuery::read(QSqlDatabase &db)
{
    DatabaseInfo info;
    const bool sqlite = Database::dialect(db) == Dialect::SQLite;
    info.product = sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL");
    HD_TRY_ASSIGN(const QVariant version,
                  Database::scalar(db, sqlite ? QStringLiteral("SELECT sqlite_version()")
                                              : QStringLiteral("SHOW server_version")));
    info.version = version.toString();
    return info;
}

QFuture<Result<DatabaseInfo>> DatabaseInfoQuery::load(DbWorker *worker)
{
    return worker->run([](QSqlDatabase &db) { return read(db); });
}

QList<QPair<QString, QString>> DatabaseInfoQuery::locations(const ConnectionSettings &settings)
{
    QList<QPair<QString, QString>> where;
    if (settings.dialect == Dialect::SQLite)
        where.append({tr("Database file"), QDir::toNativeSeparators(settings.sqlitePath)});
    else
        where.append({tr("Database server"), settings.displayUrl()});
    where.append(
        {tr("Settings of this computer"), QDir::toNativeSeparators(QSettings().fileName())});
    where.append({tr("App data folder"), QDir::toNativeSeparators(QStandardPaths::writableLocation(
                                             QStandardPaths::AppDataLocation))});
    return where;
}

} // namespace helpdesk
