// helpdesk-admin's staff and account commands end to end. SQLite: `staff add/list/set-role/
// disable/enable` manage the staff table. PostgreSQL: they manage database logins too, the
// password set with --password-stdin works against a server that requires scram-sha-256, a
// staff login acts only as itself (--as), and `accounts send-link` / `accounts lock` do what
// the panel's buttons do, with a link the agent never sees.
#include "AccountFixtures.h"
#include "AdminProcess.h"
#include "Fixtures.h"
#include "PgServer.h"
#include "SecurityFixture.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
QString urlFor(const SecurityFixture &f, const QString &login)
{
    ConnectionSettings s = f.settingsFor(login);
    return QStringLiteral("postgresql://%1@%2:%3/%4")
        .arg(login, s.host)
        .arg(s.port)
        .arg(s.databaseName);
}
} // namespace

class TestSecurityCli : public QObject
{
    Q_OBJECT

    AdminProcess admin;

private slots:
    void staffOnSqlite()
    {
        TestDatabase tdb(QStringLiteral("sqlite"));
        tdb.db();
        const QString url = tdb.url();
        AdminRun added =
            admin.run({"--database", url, "staff", "add", "maria.k", "--name", "Maria K.",
                       "--email", "maria.k@example.com", "--role", "agent"});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        AdminRun twice = admin.run({"--database", url, "staff", "add", "maria.k", "--name", "M",
                                    "--email", "m@example.com", "--role", "agent"});
        QCOMPARE(twice.exitCode, 1);
        QVERIFY2(twice.err.contains("exists already"), qPrintable(twice.err));
        AdminRun bad = admin.run({"--database", url, "staff", "add", "Maria K", "--name", "M",
                                  "--email", "m@example.com", "--role", "agent"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(admin.run({"--database", url, "staff", "set-role", "maria.k", "lead"}).exitCode ==
                0);
        QVERIFY(admin.run({"--database", url, "staff", "disable", "maria.k"}).exitCode == 0);
        AdminRun list = admin.run({"--database", url, "staff", "list", "--json"});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray rows = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0)["role"].toString(), QStringLiteral("lead"));
        QCOMPARE(rows.at(0)["active"].toBool(), false);
        QVERIFY(admin.run({"--database", url, "staff", "enable", "maria.k"}).exitCode == 0);
        QCOMPARE(count(tdb.db(), "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'staff'"), 4);
    }

    void staffLoginsOnPostgres()
    {
        SecurityFixture f;
        if (!f.isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f.skipReason()));
            QSKIP(qPrintable(f.skipReason()));
        }
        configureMail(f.admin());
        const QString adminUrl = urlFor(f, f.login("admin"));
        const QString agentUrl = urlFor(f, f.login("agent"));
        const QString login = f.login("cli");
        f.forgetLoginLater(login);
        AdminRun added =
            admin.run({"--database", adminUrl, "staff", "add", login, "--name", "Cli", "--email",
                       "cli@example.com", "--role", "agent", "--password-stdin"},
                      {}, "a long enough secret\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY(!added.out.contains("a long enough secret"));
        QVERIFY(f.scalar("SELECT pg_has_role(?, 'helpdesk_agent', 'MEMBER')", {login}).toBool());
        QVERIFY(f.scalar("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE "
                         "rolname = ?",
                         {login})
                    .toBool());

        // An agent may not manage staff, and says so.
        AdminRun refused = admin.run({"--database", agentUrl, "staff", "set-role", login, "admin"});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("Your role does not allow this"), qPrintable(refused.err));
        QVERIFY(!f.scalar("SELECT pg_has_role(?, 'helpdesk_admin', 'MEMBER')", {login}).toBool());

        // A staff login acts only as itself.
        AdminRun forged =
            admin.run({"--database", agentUrl, "tickets", "create", "--as", f.login("lead"),
                       "--subject", "Forged", "--requester", "pat@example.com"});
        QCOMPARE(forged.exitCode, 1);
        QVERIFY2(forged.err.contains("act only as"), qPrintable(forged.err));
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM tickets WHERE subject = 'Forged'").toInt(), 0);
        AdminRun own = admin.run({"--database", agentUrl, "tickets", "create", "--subject", "Own",
                                  "--requester", "pat@example.com"});
        QVERIFY2(own.exitCode == 0, qPrintable(own.err));
        QCOMPARE(f.scalar("SELECT e.staff_id FROM ticket_events e JOIN tickets t ON t.id = "
                          "e.ticket_id WHERE t.subject = 'Own'")
                     .toLongLong(),
                 f.staff("agent").id);

        // The panel's buttons from the command line.
        const qint64 account = addAccount(f.admin(), AccountRow{});
        const qint64 ticket = addAccountTicket(f.admin(), account, "pat@example.com");
        AdminRun link =
            admin.run({"--database", agentUrl, "accounts", "send-link", "pat@example.com", "--kind",
                       "reset", "--ticket", QString::number(ticket)});
        QVERIFY2(link.exitCode == 0, qPrintable(link.err));
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM account_tokens WHERE account_id = ? AND issued_by "
                          "= ?",
                          {account, f.staff("agent").id})
                     .toInt(),
                 1);
        QVERIFY(!link.out.contains("token="));
        AdminRun lock =
            admin.run({"--database", agentUrl, "accounts", "lock", "pat@example.com", "--reason",
                       "Takeover reported", "--ticket", QString::number(ticket)});
        QVERIFY2(lock.exitCode == 0, qPrintable(lock.err));
        QCOMPARE(f.scalar("SELECT status || '/' || lock_kind || '/' || locked_by FROM accounts "
                          "WHERE id = ?",
                          {account})
                     .toString(),
                 QStringLiteral("locked/security/") + f.login("agent"));
        QCOMPARE(f.scalar("SELECT COUNT(*) FROM account_tokens WHERE account_id = ? AND "
                          "revoked_at IS NOT NULL",
                          {account})
                     .toInt(),
                 1);
    }

    // The password set by staff add works where the server asks for it (scram-sha-256).
    void passwordWorksWithScram()
    {
        if (PgServer::binDir().isEmpty()) {
            if (TestDatabase::pgRequired())
                QFAIL("PostgreSQL's programs are not installed");
            QSKIP("PostgreSQL's programs are not installed");
        }
        PgServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QVERIFY2(server.psql("CREATE DATABASE helpdesk", &error), qPrintable(error));
        const QString su = server.url(QStringLiteral("helpdesk"));
        AdminRun migrated = admin.run({"--database", su, "migrate"});
        QVERIFY2(migrated.exitCode == 0, qPrintable(migrated.err));
        AdminRun added =
            admin.run({"--database", su, "staff", "add", "maria.k", "--name", "Maria", "--email",
                       "maria.k@example.com", "--role", "agent", "--password-stdin"},
                      {}, "correct horse battery staple\n");
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
        QVERIFY2(server.setHba("local all postgres trust\nhost all postgres 127.0.0.1/32 trust\n"
                               "host all all 127.0.0.1/32 scram-sha-256\n",
                               &error),
                 qPrintable(error));
        auto settings = ConnectionSettings::fromUrl(
            QStringLiteral("postgresql://maria.k@127.0.0.1:%1/helpdesk").arg(server.port()));
        QVERIFY(settings.ok());
        ConnectionSettings good = settings.value();
        good.password = QStringLiteral("correct horse battery staple");
        ConnectionSettings wrong = settings.value();
        wrong.password = QStringLiteral("correct horse battery");
        {
            auto db = Database::open(good, QStringLiteral("scram_good"));
            QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().toString()));
            auto me = Database::scalar(db.value(), QStringLiteral("SELECT session_user"));
            QCOMPARE(me.value().toString(), QStringLiteral("maria.k"));
        }
        Database::close(QStringLiteral("scram_good"));
        QVERIFY(!Database::open(wrong, QStringLiteral("scram_wrong")).ok());
        Database::close(QStringLiteral("scram_wrong"));
        // The roles are this private server's own; it goes away with them.
    }
};

QTEST_GUILESS_MAIN(TestSecurityCli)
#include "tst_securitycli.moc"
