#include "TestDatabase.h"

#include "db/Database.h"
#include "db/Migrator.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace helpdesk::test {

namespace {
QAtomicInteger<int> s_serial;

QString nextName(const QString &prefix)
{
    return QStringLiteral("%1_%2_%3")
        .arg(prefix)
        .arg(QCoreApplication::applicationPid())
        .arg(++s_serial);
}

bool adminExec(const QString &sql, QString *error)
{
    auto admin = ConnectionSettings::fromUrl(TestDatabase::pgAdminUrl());
    if (!admin) {
        *error = admin.error().message;
        return false;
    }
    const QString name = nextName(QStringLiteral("pgadmin"));
    bool ok = false;
    {
        auto db = Database::open(admin.value(), name);
        if (!db) {
            *error = db.error().toString();
        } else {
            QSqlQuery q(db.value());
            ok = q.exec(sql);
            if (!ok)
                *error = q.lastError().text();
        }
    }
    Database::close(name);
    return ok;
}
} // namespace

void addDialectRows()
{
    QTest::addColumn<QString>("dialect");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

bool TestDatabase::pgRequired()
{
    return qEnvironmentVariable("HELPDESK_REQUIRE_PG") == QLatin1String("1");
}

QString TestDatabase::pgAdminUrl()
{
    return qEnvironmentVariable("HELPDESK_TEST_PG_URL");
}

TestDatabase::TestDatabase(const QString &dialect)
    : m_connectionName(nextName(QStringLiteral("testdb")))
{
    if (dialect == QLatin1String("postgresql")) {
        const QString adminUrl = pgAdminUrl();
        if (adminUrl.isEmpty()) {
            m_available = false;
            m_skipReason = QStringLiteral("HELPDESK_TEST_PG_URL is not set: run tests/run.sh to "
                                          "start PostgreSQL");
            return;
        }
        m_pgDatabase = nextName(QStringLiteral("hd_test")).toLower();
        QString error;
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase), &error)) {
            m_available = false;
            m_skipReason = QStringLiteral("cannot create a PostgreSQL test database: ") + error;
            m_pgDatabase.clear();
            return;
        }
        m_settings = ConnectionSettings::fromUrl(adminUrl).value();
        m_settings.databaseName = m_pgDatabase;
    } else {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings.dialect = Dialect::SQLite;
        m_settings.sqlitePath = m_dir->filePath(QStringLiteral("test.db"));
    }
}

TestDatabase::~TestDatabase()
{
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
    for (const QString &name : std::as_const(m_extraConnections))
        Database::close(name);
    if (!m_pgDatabase.isEmpty()) {
        QString error;
        if (!adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase),
                       &error))
            qWarning("could not drop test database %s: %s", qPrintable(m_pgDatabase),
                     qPrintable(error));
    }
}

QSqlDatabase &TestDatabase::db()
{
    if (!m_db.isOpen()) {
        auto opened = Database::open(m_settings, m_connectionName);
        if (!opened)
            qFatal("cannot open test database %s: %s", qPrintable(url()),
                   qPrintable(opened.error().toString()));
        m_db = opened.value();
        auto migrated = Migrator::migrate(m_db);
        if (!migrated)
            qFatal("cannot migrate test database: %s", qPrintable(migrated.error().toString()));
    }
    return m_db;
}

void TestDatabase::closeConnections()
{
    m_db = QSqlDatabase();
    Database::close(m_connectionName);
    for (const QString &name : std::as_const(m_extraConnections))
        Database::close(name);
    m_extraConnections.clear();
}

QSqlDatabase TestDatabase::openSecondConnection()
{
    db();
    const QString name = nextName(QStringLiteral("testdb_extra"));
    m_extraConnections.append(name);
    auto opened = Database::open(m_settings, name);
    if (!opened)
        qFatal("cannot open second connection: %s", qPrintable(opened.error().toString()));
    return opened.value();
}

} // namespace helpdesk::test
