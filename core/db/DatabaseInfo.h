#pragma once
// What Help › About says about the data: the database server's product and version (asked of
// the server, on the DbWorker) and where this computer keeps the database, its settings and
// the app's own files.

#include "common/Result.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace helpdesk {

class DbWorker;

struct DatabaseInfo
{
    QString product; // "SQLite", "PostgreSQL"
    QString version; // as the server reports it: "3.40.1", "15.5 (Debian 15.5-0+deb12u1)"

    // "SQLite 3.40.1"
    QString text() const;
};

class DatabaseInfoQuery
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseInfo)
public:
    // Asks the server (sqlite_version(), SHOW server_version) on the connection given.
    static Result<DatabaseInfo> read(QSqlDatabase &db);
    // The same on the worker's thread.
    static QFuture<Result<DatabaseInfo>> load(DbWorker *worker);

    // Where the data lives, as translated "what: where" pairs: the database (its file, or the
    // server and database name), this computer's settings file, the app's data folder (extra
    // flows, the embedded and demo databases).
    static QList<QPair<QString, QString>> locations(const ConnectionSettings &settings);
};

} // namespace helpdesk
