// Opening and migrating databases on both dialects, and refusing what must not be touched.
#include "MailTestUtil.h"
#include "PgServer.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;
using helpdesk::test::TestDatabase;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

ConnectionSettings sqliteAt(const QString &path)
{
    ConnectionSettings s;
    s.sqlitePath = path;
    return s;
}
} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT
private slots:
    void migrateCreatesSchema_data() { test::addDialectRows(); }
    void migrateCreatesSchema()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db(); // opened and migrated
        const auto tables = db.tables();
        for (const char *t : {"staff", "accounts", "login_events", "tickets", "ticket_events",
                              "audit_log", "settings", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
        auto version = Migrator::currentVersion(db);
        QVERIFY(version.ok());
        QCOMPARE(version.value(), Migrator::latestVersion(Database::dialect(db)));
        // Migrating again is a no-op.
        auto again = Migrator::migrate(db);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), version.value());
        auto rows = Database::scalar(db, QStringLiteral("SELECT COUNT(*) FROM schema_version"));
        QCOMPARE(rows.value().toInt(), Migrator::available(Database::dialect(db)).size());
    }

    void bothDialectsShipTheSameVersions()
    {
        QList<int> sqlite, pg;
        for (const auto &m : Migrator::available(Dialect::SQLite))
            sqlite.append(m.version);
        for (const auto &m : Migrator::available(Dialect::PostgreSQL))
            pg.append(m.version);
        QVERIFY(!sqlite.isEmpty());
        QCOMPARE(sqlite, pg);
    }

    void newerSchemaIsRefused_data() { test::addDialectRows(); }
    void newerSchemaIsRefused()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        QVERIFY(Database::exec(db,
                               QStringLiteral("INSERT INTO schema_version (version, name, "
                                              "applied_at) VALUES (?, ?, ?)"),
                               {9999, QStringLiteral("from_the_future"), 0})
                    .ok());
        auto result = Migrator::migrate(db);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::SchemaTooNew);
        QVERIFY(result.error().message.contains(QLatin1String("9999")));
    }

    void newTicketsStartAtVersionOne_data() { test::addDialectRows(); }
    void newTicketsStartAtVersionOne()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        auto q = Database::exec(
            db,
            QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, "
                           "category, priority, status, channel, created_at, updated_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING version"),
            {QStringLiteral("s"), QStringLiteral("a@example.com"), QStringLiteral("A"),
             QStringLiteral("login"), 1, QStringLiteral("new"), QStringLiteral("email"), 1, 1});
        QVERIFY2(q.ok(), q ? "" : qPrintable(q.error().toString()));
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(0).toInt(), 1);
        // The schema refuses values outside the vocabularies.
        auto bad = Database::exec(
            db,
            QStringLiteral("INSERT INTO tickets (subject, requester_email, requester_name, "
                           "category, priority, status, channel, created_at, updated_at) VALUES "
                           "(?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {QStringLiteral("s"), QStringLiteral("a@example.com"), QStringLiteral("A"),
             QStringLiteral("login"), 1, QStringLiteral("on_fire"), QStringLiteral("email"), 1, 1});
        QVERIFY(!bad.ok());
    }

    void auditLogIsAppendOnly_data() { test::addDialectRows(); }
    void auditLogIsAppendOnly()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        QVERIFY(Database::exec(db,
                               QStringLiteral("INSERT INTO audit_log (at, actor, entity_type, "
                                              "entity_id, action) VALUES (?, ?, ?, ?, ?)"),
                               {1, QStringLiteral("maria"), QStringLiteral("ticket"), 1,
                                QStringLiteral("created")})
                    .ok());
        QVERIFY(!Database::exec(db, QStringLiteral("UPDATE audit_log SET actor = ?"),
                                {QStringLiteral("mallory")})
                     .ok());
        QVERIFY(!Database::exec(db, QStringLiteral("DELETE FROM audit_log")).ok());
        QCOMPARE(
            Database::scalar(db, QStringLiteral("SELECT actor FROM audit_log")).value().toString(),
            QStringLiteral("maria"));
    }

    void sqlitePragmas()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        QSqlDatabase &db = tdb.db();
        QCOMPARE(Database::scalar(db, QStringLiteral("PRAGMA journal_mode")).value().toString(),
                 QStringLiteral("wal"));
        QCOMPARE(Database::scalar(db, QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QVERIFY(Database::scalar(db, QStringLiteral("PRAGMA busy_timeout")).value().toInt() >=
                1000);
    }

    void notADatabaseIsRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("Dear diary,\nthis is not a database.\n");
        QTest::newRow("binary junk") << QByteArray(4096, '\x7f');
        QByteArray corrupt("SQLite format 3");
        corrupt.append('\0');
        corrupt.append(QByteArray(8192, '\x01'));
        QTest::newRow("damaged sqlite") << corrupt;
    }
    void notADatabaseIsRefusedAndUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileHash(path);
        auto db = Database::open(sqliteAt(path), QStringLiteral("refuse"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::NotADatabase);
        QVERIFY(db.error().message.contains(QLatin1String("notes.db")));
        Database::close(QStringLiteral("refuse"));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void unwritableFolderIsExplained()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("a-file"));
        {
            QFile f(blocker);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        // A folder that cannot be created, because a file is in the way (works even as root).
        auto db = Database::open(sqliteAt(blocker + QStringLiteral("/sub/desk.db")),
                                 QStringLiteral("unwritable"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::DatabaseOpen);
        QVERIFY(db.error().message.contains(QLatin1String("folder")));
    }

    void explicitFolderIsNotCreated()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("typo"));
        auto db =
            Database::open(sqliteAt(folder + QStringLiteral("/desk.db")), QStringLiteral("typo"));
        QVERIFY(!db.ok());
        QVERIFY2(db.error().message.contains(QLatin1String("does not exist")),
                 qPrintable(db.error().message));
        QVERIFY(!QFileInfo::exists(folder));
        Database::close(QStringLiteral("typo"));

        // The app's own locations are created on first use.
        ConnectionSettings own = sqliteAt(folder + QStringLiteral("/desk.db"));
        own.createFolder = true;
        QVERIFY(Database::open(own, QStringLiteral("own")).ok());
        Database::close(QStringLiteral("own"));
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/desk.db")));
    }

    // Opening one more connection must not drop the locks this process holds through another:
    // POSIX locks belong to the process, and closing any descriptor of the file drops them. A
    // second process that then closes its own connection believes it is the last user and
    // deletes the WAL under this one.
    void anotherConnectionKeepsThisProcessLocks()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 is not installed");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("desk.db"));
        {
            auto first = Database::open(sqliteAt(path), QStringLiteral("first"));
            QVERIFY(first.ok());
            QSqlDatabase db = first.value();
            QVERIFY(Migrator::migrate(db).ok());
            QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO settings (key, value) VALUES "
                                                      "('probe', 'kept')"))
                        .ok());
            QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
            auto second = Database::open(sqliteAt(path), QStringLiteral("second"));
            QVERIFY(second.ok());

            QProcess other;
            other.start(python,
                        {QStringLiteral("-c"),
                         QStringLiteral("import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); "
                                        "c.execute('select count(*) from settings').fetchall(); "
                                        "c.close()"),
                         path});
            QVERIFY(other.waitForFinished(30'000));
            QCOMPARE(other.exitCode(), 0);
            // Still in use here: the WAL must still be there, with the row in it.
            QVERIFY2(QFileInfo::exists(path + QStringLiteral("-wal")),
                     "another process deleted the WAL of a database in use");
            QCOMPARE(Database::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = "
                                                         "'probe'"))
                         .value()
                         .toString(),
                     QStringLiteral("kept"));
        }
        Database::close(QStringLiteral("second"));
        Database::close(QStringLiteral("first"));
    }

    void postgresLoginFailuresAreExplained()
    {
        if (test::PgServer::binDir().isEmpty()) {
            if (TestDatabase::pgRequired())
                QFAIL("PostgreSQL 15 is not installed");
            QSKIP("PostgreSQL 15 is not installed");
        }
        test::PgServer pg;
        QString error;
        QVERIFY2(pg.start(&error), qPrintable(error));
        QVERIFY2(
            pg.psql(QStringLiteral("CREATE ROLE desk_agent LOGIN PASSWORD 'right-one'"), &error),
            qPrintable(error));
        QVERIFY2(pg.setHba(QStringLiteral("host all postgres 127.0.0.1/32 trust\n"
                                          "host all all 127.0.0.1/32 scram-sha-256\n"),
                           &error),
                 qPrintable(error));
        const auto attempt = [&](const QString &user, const QString &password,
                                 const QString &database) {
            ConnectionSettings s;
            s.dialect = Dialect::PostgreSQL;
            s.host = QStringLiteral("127.0.0.1");
            s.port = pg.port();
            s.user = user;
            s.password = password;
            s.databaseName = database;
            QString message;
            {
                auto db = Database::open(s, QStringLiteral("login"));
                message = db.ok() ? QString() : db.error().message;
            }
            Database::close(QStringLiteral("login"));
            return message;
        };
        QCOMPARE(attempt(QStringLiteral("desk_agent"), QStringLiteral("right-one"),
                         QStringLiteral("postgres")),
                 QString());
        const QString refused = attempt(QStringLiteral("desk_agent"), QStringLiteral("wrong"),
                                        QStringLiteral("postgres"));
        QVERIFY2(refused.contains(QLatin1String("refused the password")), qPrintable(refused));
        const QString missingPassword =
            attempt(QStringLiteral("desk_agent"), QString(), QStringLiteral("postgres"));
        QVERIFY2(missingPassword.contains(QLatin1String("needs a password")),
                 qPrintable(missingPassword));
        // Trust for the superuser: the server says plainly what does not exist.
        const QString noRole =
            attempt(QStringLiteral("nobody_here"), QString(), QStringLiteral("postgres"));
        QVERIFY2(pg.setHba(QStringLiteral("host all all 127.0.0.1/32 trust\n"), &error),
                 qPrintable(error));
        const QString noRoleTrusted =
            attempt(QStringLiteral("nobody_here"), QString(), QStringLiteral("postgres"));
        QVERIFY2(noRoleTrusted.contains(QLatin1String("no database user named \"nobody_here\"")),
                 qPrintable(noRoleTrusted));
        QVERIFY(!noRole.isEmpty());
        const QString noDatabase =
            attempt(QStringLiteral("postgres"), QString(), QStringLiteral("no_such_desk"));
        QVERIFY2(noDatabase.contains(QLatin1String("\"no_such_desk\" does not exist")),
                 qPrintable(noDatabase));
        QVERIFY2(!noDatabase.contains(QLatin1String("user")), qPrintable(noDatabase));
    }

    // sslmode=verify-full in the URL: the connection is encrypted and the server's certificate
    // checked against the CA named in the URL; a server without TLS, or a certificate the CA
    // did not sign, is a clear TLS error.
    void tlsFromTheUrl()
    {
        if (test::PgServer::binDir().isEmpty()) {
            if (TestDatabase::pgRequired())
                QFAIL("PostgreSQL 15 is not installed");
            QSKIP("PostgreSQL 15 is not installed");
        }
        QTemporaryDir dir;
        test::TestCertificates certs;
        QString error;
        QVERIFY2(test::makeTestCertificates(dir.path(), &certs, &error), qPrintable(error));
        test::PgServer pg;
        pg.enableTls(certs.certFile, certs.keyFile);
        QVERIFY2(pg.start(&error), qPrintable(error));
        QVERIFY2(pg.setHba(QStringLiteral("hostssl all all 127.0.0.1/32 trust\n"), &error),
                 qPrintable(error));
        const auto connectWith = [&](const QString &query, bool *encrypted) {
            auto settings = ConnectionSettings::fromUrl(pg.url() + query);
            if (!settings)
                return settings.error().message;
            QString message;
            {
                auto db = Database::open(settings.value(), QStringLiteral("tls"));
                if (db) {
                    auto ssl = Database::scalar(db.value(),
                                                QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE "
                                                               "pid = pg_backend_pid()"));
                    *encrypted = ssl && ssl.value().toBool();
                } else {
                    message = db.error().message;
                }
            }
            Database::close(QStringLiteral("tls"));
            return message;
        };
        bool encrypted = false;
        QCOMPARE(connectWith(QStringLiteral("?sslmode=verify-full&sslrootcert=") + certs.caFile,
                             &encrypted),
                 QString());
        QVERIFY(encrypted);
        // The system's CAs did not sign the test server's certificate.
        QTemporaryDir other;
        test::TestCertificates strangers;
        QVERIFY2(test::makeTestCertificates(other.path(), &strangers, &error), qPrintable(error));
        const QString wrongCa = connectWith(
            QStringLiteral("?sslmode=verify-full&sslrootcert=") + strangers.caFile, &encrypted);
        QVERIFY2(wrongCa.contains(QLatin1String("TLS")), qPrintable(wrongCa));
        // Without TLS the server does not let anyone in.
        const QString plain = connectWith(QStringLiteral("?sslmode=disable"), &encrypted);
        QVERIFY2(plain.contains(QLatin1String("does not let")), qPrintable(plain));
    }

    void emptyFileIsANewDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        {
            auto db = Database::open(sqliteAt(path), QStringLiteral("empty"));
            QVERIFY(db.ok());
            QVERIFY(Migrator::migrate(db.value()).ok());
        }
        Database::close(QStringLiteral("empty"));
    }

    void unreachableServerIsExplained()
    {
        ConnectionSettings s;
        s.dialect = Dialect::PostgreSQL;
        s.host = QStringLiteral("127.0.0.1");
        s.port = 1; // nothing listens there
        s.user = QStringLiteral("nobody");
        s.databaseName = QStringLiteral("desk");
        auto db = Database::open(s, QStringLiteral("unreachable"));
        QVERIFY(!db.ok());
        QCOMPARE(db.error().code, Error::Code::DatabaseOpen);
        QVERIFY(db.error().message.contains(QLatin1String("127.0.0.1")));
        Database::close(QStringLiteral("unreachable"));
    }

    void splitStatements_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("count");
        QTest::newRow("two") << "CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);" << 2;
        QTest::newRow("semicolon in string") << "INSERT INTO a VALUES ('x;y');\nSELECT 1;" << 2;
        QTest::newRow("comment only tail") << "SELECT 1;\n-- done;\n" << 1;
        QTest::newRow("sqlite trigger")
            << "CREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n SELECT 1;\n SELECT 2;\nEND;\nSELECT 3;"
            << 2;
        QTest::newRow("dollar quoted")
            << "CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN\n RETURN NULL;\nEND;\n$$ "
               "LANGUAGE plpgsql;\nCREATE TRIGGER t AFTER INSERT ON a FOR EACH ROW EXECUTE "
               "FUNCTION f();\nSELECT 1;"
            << 3;
    }
    void splitStatements()
    {
        QFETCH(QString, sql);
        QFETCH(int, count);
        QCOMPARE(Migrator::splitStatements(sql).size(), count);
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
