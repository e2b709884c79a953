#pragma once
// Where the database is: an embedded SQLite file or a shared PostgreSQL server, parsed from a URL.

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace helpdesk {

enum class Dialect { SQLite, PostgreSQL };

struct ConnectionSettings
{
    Dialect dialect = Dialect::SQLite;
    QString sqlitePath; // absolute path of the SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString databaseName;
    // Held in memory only (from the keychain or a prompt); never written to settings or logs.
    QString password;
    // Whether opening may create the SQLite file's folder: only for the app's own locations
    // (embeddedDefault, demo). A folder named on the command line must exist already, so that a
    // typo does not quietly make a new, empty database somewhere else.
    bool createFolder = false;
    // PostgreSQL: the longest a statement may run (0: no limit) and the longest it may wait for a
    // lock, in milliseconds. A stuck server or a forgotten lock then ends as a clear error.
    int statementTimeoutMs = 60'000;
    int lockTimeoutMs = 15'000;
    // PostgreSQL connection options from the URL's query (sslmode, sslrootcert, ...), in order.
    // Only the libpq options listed in supportedOptions(); never a password.
    QList<QPair<QString, QString>> options;

    // Accepts sqlite:///abs/path.db, a plain file path, or postgresql://user@host:port/dbname
    // (postgres:// also works) with libpq options in the query, e.g.
    // ?sslmode=verify-full&sslrootcert=/etc/helpdesk/ca.pem. A password inside the URL is
    // refused: it belongs in the keychain.
    static Result<ConnectionSettings> fromUrl(const QString &url);
    static const QStringList &supportedOptions();
    // The options as libpq connection parameters: key='value' pairs separated by ';' (QPSQL).
    QString libpqOptions() const;

    // The user's own embedded database and the demo database, both in the app-data folder.
    static ConnectionSettings embeddedDefault();
    static ConnectionSettings demo();

    // The URL without any secret, for the status bar and logs.
    QString displayUrl() const;
    // Key for the password in the OS keychain: one entry per server, database and user.
    QString keychainKey() const;
};

} // namespace helpdesk
