#pragma once
// Where the database is: an embedded SQLite file or a shared PostgreSQL server, parsed from a URL.

#include "common/Result.h"

#include <QString>

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

    // Accepts sqlite:///abs/path.db, a plain file path, or postgresql://user@host:port/dbname
    // (postgres:// also works). A password inside the URL is refused: it belongs in the keychain.
    static Result<ConnectionSettings> fromUrl(const QString &url);

    // The user's own embedded database and the demo database, both in the app-data folder.
    static ConnectionSettings embeddedDefault();
    static ConnectionSettings demo();

    // The URL without any secret, for the status bar and logs.
    QString displayUrl() const;
    // Key for the password in the OS keychain: one entry per server, database and user.
    QString keychainKey() const;
};

} // namespace helpdesk
