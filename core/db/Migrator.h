#pragma once
// Applies the numbered SQL migrations shipped in resources/migrations/<dialect>/, one
// transaction each, recording every applied version in schema_version.

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QSqlDatabase>
#include <QStringList>

namespace helpdesk {

class Migrator
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    // The migrations this build knows for a dialect, sorted by version.
    static QList<Migration> available(Dialect dialect);
    static int latestVersion(Dialect dialect);

    // 0 for an empty database.
    static Result<int> currentVersion(QSqlDatabase &db);

    // Brings the schema up to date. Refuses a database newer than this build knows.
    static Result<int> migrate(QSqlDatabase &db);

    // Splits a migration file into statements: semicolons end statements except inside
    // quotes, comments, dollar-quoted bodies and CREATE TRIGGER ... END blocks.
    static QStringList splitStatements(const QString &sql);
};

} // namespace helpdesk
