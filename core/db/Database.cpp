#include "db/Database.h"

#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Database", text);
}

// The 16-byte header every SQLite 3 database file starts with.
constexpr char kSqliteHeader[] = "SQLite format 3";

Result<void> checkSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    const QDir dir = info.absoluteDir();
    if (!dir.exists() && !QDir().mkpath(dir.absolutePath()))
        return Error::make(Error::Code::DatabaseOpen,
                           tr("Cannot create the folder %1. Check that you may write there, or "
                              "choose another location with --database.")
                               .arg(QDir::toNativeSeparators(dir.absolutePath())));
    if (!info.exists()) {
        const QFileInfo dirInfo(dir.absolutePath());
        if (!dirInfo.isWritable())
            return Error::make(Error::Code::DatabaseOpen,
                               tr("The folder %1 is not writable, so the database cannot be "
                                  "created there. Choose another location with --database.")
                                   .arg(QDir::toNativeSeparators(dir.absolutePath())));
        return {};
    }
    if (info.isDir())
        return Error::make(
            Error::Code::NotADatabase,
            tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (info.size() == 0)
        return {}; // an empty file is a valid, empty SQLite database
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(Error::Code::DatabaseOpen,
                           tr("Cannot read %1: %2. Check the file's permissions.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray header = file.read(16);
    if (header.size() < 16 || !header.startsWith(kSqliteHeader) || header.at(15) != '\0')
        return Error::make(Error::Code::NotADatabase,
                           tr("%1 is not a Helpdesk database (it is not an SQLite file). It was "
                              "left untouched; choose another file.")
                               .arg(QDir::toNativeSeparators(path)));
    if (!info.isWritable())
        return Error::make(Error::Code::DatabaseOpen,
                           tr("The database %1 is read-only. Check the file's permissions.")
                               .arg(QDir::toNativeSeparators(path)));
    return {};
}

Result<void> runPragma(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Database::queryError(q, sql);
    return {};
}
} // namespace

Result<QSqlDatabase> Database::open(const ConnectionSettings &settings,
                                    const QString &connectionName)
{
    if (settings.dialect == Dialect::SQLite) {
        if (Result<void> st = checkSqliteFile(settings.sqlitePath); !st)
            return st.error();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(settings.sqlitePath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString detail = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Error::make(Error::Code::DatabaseOpen,
                               tr("Cannot open the database %1.")
                                   .arg(QDir::toNativeSeparators(settings.sqlitePath)),
                               detail);
        }
        // Reading the schema catches corrupt files before anything writes to them.
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            const QString detail = probe.lastError().text();
            probe = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return Error::make(Error::Code::NotADatabase,
                               tr("%1 is damaged or not a Helpdesk database. It was left "
                                  "untouched; restore it from a backup or choose another file.")
                                   .arg(QDir::toNativeSeparators(settings.sqlitePath)),
                               detail);
        }
        probe.finish(); // an unfinished statement would hold a read transaction open
        for (const char *pragma :
             {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
              "PRAGMA busy_timeout=10000", "PRAGMA cache_size=-32000"}) {
            if (Result<void> st = runPragma(db, QString::fromLatin1(pragma)); !st) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connectionName);
                return Error::make(Error::Code::DatabaseOpen,
                                   tr("Cannot prepare the database %1 for use.")
                                       .arg(QDir::toNativeSeparators(settings.sqlitePath)),
                                   st.error().detail);
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
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=helpdesk"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        QString message;
        if (detail.contains(QLatin1String("password"), Qt::CaseInsensitive))
            message = tr("The server %1 refused the login. Check the user name and password.")
                          .arg(settings.displayUrl());
        else if (detail.contains(QLatin1String("does not exist")))
            message = tr("The database on %1 does not exist. Ask your administrator to create "
                         "it, then run helpdesk-admin migrate.")
                          .arg(settings.displayUrl());
        else
            message = tr("Cannot connect to %1. Check that the server is running and the "
                         "address is right.")
                          .arg(settings.displayUrl());
        return Error::make(Error::Code::DatabaseOpen, message, detail);
    }
    QSqlQuery tz(db);
    tz.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
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

Error Database::queryError(const QSqlQuery &query, const QString &what)
{
    const QSqlError err = query.lastError();
    const QString detail = what + QStringLiteral(": ") + err.text();
    qCWarning(lcDb) << "query failed:" << detail;
    const QString native = err.nativeErrorCode();
    // SQLITE_BUSY/LOCKED, PostgreSQL serialization failure or lock timeout.
    if (native == QLatin1String("5") || native == QLatin1String("6") ||
        native == QLatin1String("40001") || native == QLatin1String("55P03"))
        return Error::make(Error::Code::Unavailable,
                           tr("The database is busy. Try again in a moment."), detail);
    // QSQLITE reports any failed step as a ConnectionError, so only trust that type on
    // PostgreSQL, where it really means the server went away.
    if (err.type() == QSqlError::ConnectionError && query.driver() &&
        query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
        return Error::make(Error::Code::Unavailable,
                           tr("The connection to the database was lost. Helpdesk will "
                              "reconnect; try again in a moment."),
                           detail);
    return Error::make(Error::Code::DatabaseQuery, tr("A database operation failed."), detail);
}

Result<QSqlQuery> Database::exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
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
    auto q = exec(db, sql, values);
    if (!q)
        return q.error();
    if (!q.value().next())
        return QVariant();
    return q.value().value(0);
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
