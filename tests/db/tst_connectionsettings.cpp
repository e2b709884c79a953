// Parsing database URLs: what the user types after --database.
#include "db/ConnectionSettings.h"

#include <QDir>
#include <QtTest>

using namespace helpdesk;

class TestConnectionSettings : public QObject
{
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QString>("pathOrHost");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("database");
        const int sqlite = int(Dialect::SQLite);
        const int pg = int(Dialect::PostgreSQL);
        QTest::newRow("sqlite url")
            << "sqlite:///var/tmp/desk.db" << true << sqlite << "/var/tmp/desk.db" << 0 << ""
            << "";
        QTest::newRow("plain absolute path")
            << "/var/tmp/desk.db" << true << sqlite << "/var/tmp/desk.db" << 0 << ""
            << "";
        QTest::newRow("postgresql full") << "postgresql://agent@db.example.com:6543/helpdesk"
                                         << true << pg << "db.example.com" << 6543 << "agent"
                                         << "helpdesk";
        QTest::newRow("postgres default port")
            << "postgres://lead@127.0.0.1/desk" << true << pg << "127.0.0.1" << 5432 << "lead"
            << "desk";
        QTest::newRow("password refused")
            << "postgresql://u:secret@h/db" << false << pg << "" << 0 << ""
            << "";
        QTest::newRow("no database") << "postgresql://u@h:5432/" << false << pg << "" << 0 << ""
                                     << "";
        QTest::newRow("no host") << "postgresql:///db" << false << pg << "" << 0 << ""
                                 << "";
        QTest::newRow("tls options")
            << "postgresql://agent@db.example.com/helpdesk?sslmode=verify-full&sslrootcert=/etc/"
               "helpdesk/ca.pem"
            << true << pg << "db.example.com" << 5432 << "agent"
            << "helpdesk";
        QTest::newRow("unknown option")
            << "postgresql://agent@h/helpdesk?frobnicate=1" << false << pg << "" << 0 << ""
            << "";
        QTest::newRow("password option refused")
            << "postgresql://agent@h/helpdesk?password=secret" << false << pg << "" << 0 << ""
            << "";
        QTest::newRow("bad sslmode")
            << "postgresql://agent@h/helpdesk?sslmode=sometimes" << false << pg << "" << 0 << ""
            << "";
        QTest::newRow("unknown scheme") << "mysql://u@h/db" << false << sqlite << "" << 0 << ""
                                        << "";
        QTest::newRow("empty") << "   " << false << sqlite << "" << 0 << ""
                               << "";
        QTest::newRow("sqlite without path") << "sqlite://" << false << sqlite << "" << 0 << ""
                                             << "";
    }
    void parse()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        QFETCH(int, dialect);
        QFETCH(QString, pathOrHost);
        QFETCH(int, port);
        QFETCH(QString, user);
        QFETCH(QString, database);
        const auto parsed = ConnectionSettings::fromUrl(url);
        QCOMPARE(parsed.ok(), ok);
        if (!ok) {
            QVERIFY(!parsed.error().message.isEmpty());
            QVERIFY2(!parsed.error().message.contains(QLatin1String("secret")),
                     "an error message must never echo a password");
            return;
        }
        QCOMPARE(int(parsed->dialect), dialect);
        if (parsed->dialect == Dialect::SQLite) {
            QCOMPARE(QDir::fromNativeSeparators(parsed->sqlitePath),
                     QDir::fromNativeSeparators(QDir::cleanPath(pathOrHost)));
        } else {
            QCOMPARE(parsed->host, pathOrHost);
            QCOMPARE(parsed->port, port);
            QCOMPARE(parsed->user, user);
            QCOMPARE(parsed->databaseName, database);
        }
    }

    void optionsReachLibpqQuoted()
    {
        auto parsed = ConnectionSettings::fromUrl(QStringLiteral(
            "postgresql://agent@h/desk?sslmode=verify-full&sslrootcert=/srv/it%27s%20ca.pem"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->options.size(), 2);
        QCOMPARE(parsed->libpqOptions(),
                 QStringLiteral("sslmode='verify-full';sslrootcert='/srv/it\\'s ca.pem'"));
        // Shown as given, so that the user recognises it; there is no secret in it.
        QVERIFY(parsed->displayUrl().contains(QLatin1String("sslmode=verify-full")));
    }

    void relativePathBecomesAbsolute()
    {
        const auto parsed = ConnectionSettings::fromUrl(QStringLiteral("desk.db"));
        QVERIFY(parsed.ok());
        QVERIFY(QDir::isAbsolutePath(parsed->sqlitePath));
    }

    void displayUrlHasNoPassword()
    {
        auto parsed = ConnectionSettings::fromUrl(QStringLiteral("postgresql://agent@h:5433/desk"));
        QVERIFY(parsed.ok());
        ConnectionSettings s = parsed.value();
        s.password = QStringLiteral("hunter2-secret");
        QCOMPARE(s.displayUrl(), QStringLiteral("postgresql://agent@h:5433/desk"));
        QVERIFY(!s.keychainKey().contains(QLatin1String("hunter2")));
    }

    void embeddedDefaultsLiveInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        const auto user = ConnectionSettings::embeddedDefault();
        const auto demo = ConnectionSettings::demo();
        QCOMPARE(user.dialect, Dialect::SQLite);
        QVERIFY(user.sqlitePath != demo.sqlitePath);
        QVERIFY(user.sqlitePath.startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSettings)
#include "tst_connectionsettings.moc"
