#include "db/Database.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

constexpr int kConnectTimeoutS = 10;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// SQLite's primary result codes that opening can end with (sqlite3.h).
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADatabase = 26,
};

// What the file system says about the path, from metadata only. Nothing here opens the file:
// POSIX advisory locks belong to the process, and closing any other descriptor of a live
// SQLite file drops all of this process's locks on it, so that the next process may think it
// is the last user and remove the WAL under a writer. Whether the file is a database, damaged
// or from a newer version is asked of SQLite itself (sqliteOpenError, Migrator).
Result<void> checkSqlitePath(const ConnectionSettings &settings)
{
    const QString &path = settings.sqlitePath;
    const QString folder = QFileInfo(path).absolutePath();
    if (!QFileInfo::exists(folder)) {
        if (!settings.createFolder)
            return Error::make(Error::Code::DatabaseOpen,
                               tr("The folder %1 does not exist. Create it first, or give "
                                  "another path with --database.")
                                   .arg(native(folder)));
        if (!QDir().mkpath(folder))
            return Error::make(Error::Code::DatabaseOpen,
                               tr("Cannot create the folder %1. Check that you may write there, "
                                  "or choose another location with --database.")
                                   .arg(native(folder)));
    }
    const QFileInfo dir(folder);
    if (!dir.isDir())
        return Error::make(Error::Code::DatabaseOpen,
                           tr("%1 is a file, not a folder, so the database cannot be kept in it. "
                              "Give another path with --database.")
                               .arg(native(folder)));
    const QFileInfo info(path);
    if (info.isDir())
        return Error::make(Error::Code::NotADatabase,
                           tr("%1 is a folder, not a database file.").arg(native(path)));
    if (!info.exists() && !dir.isWritable())
        return Error::make(Error::Code::DatabaseOpen,
                           tr("The folder %1 is read-only, so the database cannot be created "
                              "there. Check the folder's permissions or choose another location "
                              "with --database.")
                               .arg(native(folder)));
    if (info.exists() && !info.isReadable())
        return Error::make(Error::Code::DatabaseOpen,
                           tr("You may not read the database %1. Check the file's permissions.")
                               .arg(native(path)));
    // SQLite would open it read-only and fail at the first change, after the agent typed it.
    if (info.exists() && !info.isWritable())
        return Error::make(
            Error::Code::DatabaseOpen,
            tr("The database %1 is read-only. Check the file's permissions.").arg(native(path)));
    return {};
}

// Turns what SQLite said while opening or first reading the file into the message for the
// user, with the file system's metadata to tell the read-only cases apart.
Error sqliteOpenError(const ConnectionSettings &settings, const QSqlError &err, const QString &step)
{
    const QString path = native(settings.sqlitePath);
    const QString detail = step + QStringLiteral(": ") + err.text();
    const int code = err.nativeErrorCode().toInt();
    if (code == SqliteNotADatabase)
        return Error::make(Error::Code::NotADatabase,
                           tr("%1 is not a Helpdesk database (it is not an SQLite file). It was "
                              "left untouched; choose another file.")
                               .arg(path),
                           detail);
    if (code == SqliteCorrupt)
        return Error::make(Error::Code::NotADatabase,
                           tr("The database %1 is damaged. It was left untouched; restore it "
                              "from a backup, or choose another file.")
                               .arg(path),
                           detail);
    if (code == SqliteBusy || code == SqliteLocked)
        return Error::make(Error::Code::Unavailable,
                           tr("The database %1 is locked by another program. Try again in a "
                              "moment.")
                               .arg(path),
                           detail);
    const QFileInfo info(settings.sqlitePath);
    const QFileInfo dir(info.absolutePath());
    if (!dir.isWritable())
        return Error::make(Error::Code::DatabaseOpen,
                           tr("The folder %1 is read-only. SQLite keeps its journal files (-wal "
                              "and -shm) next to the database, so it must be able to write "
                              "there. Check the folder's permissions.")
                               .arg(native(dir.absoluteFilePath())),
                           detail);
    if (code == SqliteReadOnly || (info.exists() && !info.isWritable()))
        return Error::make(
            Error::Code::DatabaseOpen,
            tr("The database %1 is read-only. Check the file's permissions.").arg(path), detail);
    return Error::make(
        Error::Code::DatabaseOpen,
        tr("Cannot open the database %1 (%2). Check the file and its folder.")
            .arg(path, err.databaseText().isEmpty() ? err.text() : err.databaseText()),
        detail);
}

// libpq's words for the ways a login can fail, turned into what the user can do about it.
Error postgresOpenError(const ConnectionSettings &settings, const QString &detail)
{
    const QString server = settings.displayUrl();
    const auto says = [&detail](const char *words) {
        return detail.contains(QLatin1String(words), Qt::CaseInsensitive);
    };
    QString message;
    if (says("role \"") && says("does not exist"))
        message = tr("The server %1 has no database user named \"%2\". Check the user name in "
                     "the URL, or ask your administrator to add you (helpdesk-admin staff add).")
                      .arg(server, settings.user);
    else if (says("password authentication failed") || says("authentication failed"))
        message = tr("The server %1 refused the password for \"%2\". Check the password; "
                     "your administrator can reset it.")
                      .arg(server, settings.user);
    else if (says("no password supplied") || says("password is required"))
        message = tr("The server %1 needs a password for \"%2\".").arg(server, settings.user);
    else if (says("database \"") && says("does not exist"))
        message = tr("The database \"%1\" does not exist on %2. Ask your administrator to "
                     "create it, then run helpdesk-admin migrate.")
                      .arg(settings.databaseName, server);
    else if (says("no pg_hba.conf entry") || says("not permitted to log in") ||
             says("permission denied for database"))
        message = tr("The server %1 does not let \"%2\" log in to this database. Ask your "
                     "administrator to allow it.")
                      .arg(server, settings.user);
    else if (says("SSL") || says("certificate") || says("TLS"))
        message = tr("The encrypted (TLS) connection to %1 failed. Check sslmode and sslrootcert "
                     "in the database URL, and that the server's certificate is valid for this "
                     "host name.")
                      .arg(server);
    else if (says("timeout expired"))
        message = tr("The server %1 did not answer within %2 s. Check that it is running and "
                     "reachable.")
                      .arg(server)
                      .arg(kConnectTimeoutS);
    else if (says("too many clients") || says("remaining connection slots"))
        return Error::make(Error::Code::Unavailable,
                           tr("The server %1 has no free connections. Try again in a moment, "
                              "or ask your administrator to raise max_connections.")
                               .arg(server),
                           detail);
    else if (says("starting up") || says("shutting down") || says("in recovery mode"))
        return Error::make(Error::Code::Unavailable,
                           tr("The server %1 is starting or stopping. Helpdesk tries again in a "
                              "moment.")
                               .arg(server),
                           detail);
    else
        message = tr("Cannot connect to %1. Check that the server is running and the address is "
                     "right.")
                      .arg(server);
    return Error::make(Error::Code::DatabaseOpen, message, detail);
}

} // namespace

Result<QSqlDatabase> Database::open(const ConnectionSettings &settings,
                                    const QString &connectionName)
{
    if (settings.dialect == Dialect::SQLite) {
        if (Result<void> st = checkSqlitePath(settings); !st)
            return st.error();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(settings.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        const auto giveUp = [&db, &connectionName] {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
        };
        if (!db.open()) {
            const Error e = sqliteOpenError(settings, db.lastError(), QStringLiteral("open"));
            giveUp();
            return e;
        }
        // Reading the schema is where SQLite finds out whether the file is a database at all,
        // and catches a damaged one, before anything writes to it.
        {
            QSqlQuery probe(db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
                const Error e = sqliteOpenError(settings, probe.lastError(),
                                                QStringLiteral("reading the schema"));
                probe = QSqlQuery();
                giveUp();
                return e;
            }
            probe.finish(); // an unfinished statement would hold a read transaction open
        }
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
              "PRAGMA busy_timeout=10000", "PRAGMA cache_size=-32000"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma))) {
                const Error e =
                    sqliteOpenError(settings, q.lastError(), QString::fromLatin1(pragma));
                q = QSqlQuery();
                giveUp();
                return e;
            }
        }
        qCDebug(lcDb) << "opened" << settings.displayUrl();
        return db;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.databaseName);
    db.setUserName(settings.user);
    // An empty password lets libpq use PGPASSWORD or ~/.pgpass itself.
    if (!settings.password.isEmpty())
        db.setPassword(settings.password);
    // Keepalives find a server that went away without closing the connection (a pulled cable,
    // a killed VM) within about a minute instead of the kernel's two hours.
    // The URL's own options (sslmode, ...) come last, so that they win.
    QString options = QStringLiteral("connect_timeout=%1;application_name=helpdesk;"
                                     "keepalives=1;keepalives_idle=30;keepalives_interval=10;"
                                     "keepalives_count=3")
                          .arg(kConnectTimeoutS);
    if (!settings.options.isEmpty())
        options += u';' + settings.libpqOptions();
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return postgresOpenError(settings, detail);
    }
    // Times are UTC milliseconds everywhere; the timeouts give every statement a deadline.
    for (const QString &sql :
         {QStringLiteral("SET TIME ZONE 'UTC'"),
          QStringLiteral("SET statement_timeout = %1")
              .arg(std::max(0, settings.statementTimeoutMs)),
          QStringLiteral("SET lock_timeout = %1").arg(std::max(0, settings.lockTimeoutMs))}) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            const QString detail = sql + QStringLiteral(": ") + q.lastError().text();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Error::make(
                Error::Code::DatabaseOpen,
                tr("Cannot prepare the connection to %1.").arg(settings.displayUrl()), detail);
        }
    }
    qCDebug(lcDb) << "opened" << settings.displayUrl();
    return db;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

Dialect Database::dialect(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Dialect::PostgreSQL : Dialect::SQLite;
}

namespace {
thread_local quint64 t_failures = 0;
thread_local quint64 t_statements = 0;

bool isPostgres(const QSqlQuery &query)
{
    return query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}
} // namespace

quint64 Database::failureCount()
{
    return t_failures;
}

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    ++t_failures;
    const QSqlError err = query.lastError();
    const QString detail = what + QStringLiteral(": ") + err.text();
    qCWarning(lcDb) << "query failed:" << detail;
    const QString native = err.nativeErrorCode();
    if (!query.driver() || !query.driver()->isOpen())
        return Error::make(Error::Code::Unavailable, lostConnectionMessage(), detail);
    if (isPostgres(query)) {
        // SQLSTATE classes: 08 connection exception; 57P0x the server is shutting down or
        // restarting. libpq reports a connection that died mid-statement without a SQLSTATE.
        const QString text = err.text();
        if (native.startsWith(QLatin1String("08")) || native.startsWith(QLatin1String("57P")) ||
            err.type() == QSqlError::ConnectionError ||
            text.contains(QLatin1String("server closed the connection")) ||
            text.contains(QLatin1String("no connection to the server")) ||
            text.contains(QLatin1String("terminating connection")) ||
            text.contains(QLatin1String("could not send data")) ||
            text.contains(QLatin1String("could not receive data")))
            return Error::make(Error::Code::Unavailable, lostConnectionMessage(), detail);
        if (native == QLatin1String("57014")) // statement_timeout
            return Error::make(Error::Code::Unavailable,
                               tr("The database did not finish in time, so the operation was "
                                  "stopped. Nothing was changed; try again in a moment."),
                               detail);
        if (native == QLatin1String("40001") || native == QLatin1String("40P01") ||
            native == QLatin1String("55P03"))
            return Error::make(Error::Code::Unavailable,
                               tr("The database is busy. Try again in a moment."), detail);
        if (native == QLatin1String("42501"))
            // The shared deployment's rules (0009_security) refuse with this code; the reason
            // the database gives is English and goes into the detail.
            return Error::make(Error::Code::PermissionDenied,
                               tr("Your role does not allow this, so nothing was changed. A team "
                                  "lead can do it (an administrator for staff and settings), or "
                                  "an administrator can change your role."),
                               detail);
        if (native == QLatin1String("53100"))
            return Error::make(Error::Code::DatabaseQuery,
                               tr("The database server's disk is full. Nothing was changed; tell "
                                  "your administrator."),
                               detail);
        return Error::make(Error::Code::DatabaseQuery, tr("A database operation failed."), detail);
    }
    switch (native.toInt()) {
    case SqliteBusy:
    case SqliteLocked:
        return Error::make(Error::Code::Unavailable,
                           tr("The database is busy. Try again in a moment."), detail);
    case SqliteReadOnly:
        return Error::make(Error::Code::DatabaseOpen,
                           tr("The database file has become read-only, so nothing could be "
                              "saved. Check the permissions of the file and its folder."),
                           detail);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return Error::make(Error::Code::NotADatabase,
                           tr("The database file is damaged, so nothing was saved. Stop "
                              "Helpdesk and restore the file from a backup."),
                           detail);
    case SqliteFull:
        return Error::make(Error::Code::DatabaseQuery,
                           tr("The disk is full, so nothing was saved. Free some space, then "
                              "try again."),
                           detail);
    default:
        break;
    }
    return Error::make(Error::Code::DatabaseQuery, tr("A database operation failed."), detail);
}

QString Database::lostConnectionMessage()
{
    return tr("The connection to the database was lost. Helpdesk reconnects by itself; try "
              "again in a moment.");
}

quint64 Database::statementCount()
{
    return t_statements;
}

Result<QSqlQuery> Database::exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    ++t_statements;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (values.isEmpty()) {
        // Nothing to bind: run it directly (QPSQL cannot PREPARE DDL statements).
        if (!q.exec(sql))
            return queryError(q, sql);
        return q;
    }
    if (!q.prepare(sql))
        return queryError(q, sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return queryError(q, sql);
    return q;
}

Result<QVariant> Database::scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    HD_TRY_ASSIGN(auto q, exec(db, sql, values));
    if (!q.next())
        return QVariant();
    return q.value(0);
}

Transaction::Transaction(QSqlDatabase &db, Mode mode) : m_db(db), m_mode(mode) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<void> Transaction::begin()
{
    QSqlQuery q(m_db);
    QString sql = QStringLiteral("BEGIN");
    if (Database::dialect(m_db) == Dialect::SQLite && m_mode == Mode::Write)
        sql = QStringLiteral("BEGIN IMMEDIATE");
    if (!q.exec(sql))
        return Database::queryError(q, sql);
    m_active = true;
    return {};
}

Result<void> Transaction::commit()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = Database::queryError(q, QStringLiteral("COMMIT"));
        rollback();
        return e;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace helpdesk
