// helpdesk-admin end to end: runs the built executable on temporary SQLite files and checks
// exit codes, the one-line errors, and what the commands print.

#include "AdminProcess.h"
#include "OutboxTestUtil.h"
#include "db/ConnectionSettings.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/SmtpClient.h"
#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace helpdesk;

namespace {

using Run = helpdesk::test::AdminRun;

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestAdminCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void versionAndHelp();
    void usageErrors_data();
    void usageErrors();
    void refusesNonDatabaseFile();
    void doesNotCreateMissingDatabase();
    void readOnlyPlacesAreExplained_data();
    void readOnlyPlacesAreExplained();
    void backupCopiesALiveDatabase();
    void migrateSeedAndList();
    void outboxRun();
    void accountsShowAndTokenState();

private:
    Run run(const QStringList &args, const QHash<QString, QString> &extraEnv = {});
    QString dbPath(const QString &name) const { return m_dir.filePath(name); }

    QString m_binary;
    QTemporaryDir m_dir;
};

void TestAdminCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_binary = qEnvironmentVariable("HELPDESK_BINARY_DIR") + QStringLiteral("/app/helpdesk-admin");
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

Run TestAdminCli::run(const QStringList &args, const QHash<QString, QString> &extraEnv)
{
    // Keep the tool away from the user's real app-data folder.
    return test::AdminProcess(m_dir.filePath(QStringLiteral("xdg"))).run(args, extraEnv);
}

void TestAdminCli::versionAndHelp()
{
    Run v = run({QStringLiteral("--version")});
    QCOMPARE(v.exitCode, 0);
    QCOMPARE(v.out, QStringLiteral("helpdesk-admin " HELPDESK_VERSION "\n"));

    Run h = run({QStringLiteral("--help")});
    QCOMPARE(h.exitCode, 0);
    for (const char *word :
         {"migrate", "seed-demo", "tickets list", "--database", "--json", "--tickets", "--status",
          "--assignee", "outbox run", "--once", "HELPDESK_SMTP_PASSWORD", "accounts show EMAIL",
          "accounts token-state EMAIL", "tickets create", "tickets reply NUMBER",
          "tickets note NUMBER", "--message-file FILE"})
        QVERIFY2(h.out.contains(QLatin1String(word)), word);
    QVERIFY(h.err.isEmpty());

    Run ch = run({QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--help")});
    QCOMPARE(ch.exitCode, 0);
    QVERIFY(ch.out.contains(QLatin1String("--limit")));
    QVERIFY(!ch.out.contains(QLatin1String("--tickets")));
}

void TestAdminCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named"); // what the message must mention
    QTest::newRow("unknown command")
        << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
    QTest::newRow("no command") << QStringList{} << QString();
    QTest::newRow("group without subcommand")
        << QStringList{QStringLiteral("tickets")} << QStringLiteral("list");
    QTest::newRow("unknown subcommand")
        << QStringList{QStringLiteral("tickets"), QStringLiteral("burn")} << QStringLiteral("burn");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("tickets"), QStringLiteral("list"),
                       QStringLiteral("--colour")}
        << QStringLiteral("--colour");
    QTest::newRow("option of another command")
        << QStringList{QStringLiteral("migrate"), QStringLiteral("--tickets"), QStringLiteral("5")}
        << QStringLiteral("--tickets");
    QTest::newRow("bad number") << QStringList{QStringLiteral("seed-demo"),
                                               QStringLiteral("--tickets"), QStringLiteral("lots")}
                                << QStringLiteral("lots");
    QTest::newRow("missing value")
        << QStringList{QStringLiteral("tickets"), QStringLiteral("list"), QStringLiteral("--limit")}
        << QStringLiteral("--limit");
    QTest::newRow("unknown status")
        << QStringList{QStringLiteral("tickets"), QStringLiteral("list"),
                       QStringLiteral("--status"), QStringLiteral("sleeping")}
        << QStringLiteral("sleeping");
    QTest::newRow("unknown queue") << QStringList{QStringLiteral("tickets"), QStringLiteral("list"),
                                                  QStringLiteral("--queue=mine")}
                                   << QStringLiteral("mine");
    QTest::newRow("outbox without subcommand")
        << QStringList{QStringLiteral("outbox")} << QStringLiteral("run");
    QTest::newRow("outbox unknown subcommand")
        << QStringList{QStringLiteral("outbox"), QStringLiteral("flush")}
        << QStringLiteral("flush");
    QTest::newRow("outbox run unknown option")
        << QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--bogus")}
        << QStringLiteral("--bogus");
    QTest::newRow("outbox run --once takes no value")
        << QStringList{QStringLiteral("outbox"), QStringLiteral("run"),
                       QStringLiteral("--once=yes")}
        << QStringLiteral("--once");
    QTest::newRow("outbox run extra argument")
        << QStringList{QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("now")}
        << QStringLiteral("now");
    QTest::newRow("accounts without subcommand")
        << QStringList{QStringLiteral("accounts")} << QStringLiteral("token-state");
    QTest::newRow("accounts show without an address")
        << QStringList{QStringLiteral("accounts"), QStringLiteral("show")}
        << QStringLiteral("email address");
    QTest::newRow("accounts show with two addresses")
        << QStringList{QStringLiteral("accounts"), QStringLiteral("show"),
                       QStringLiteral("a@example.com"), QStringLiteral("b@example.com")}
        << QStringLiteral("b@example.com");
    QTest::newRow("accounts token-state, unknown option")
        << QStringList{QStringLiteral("accounts"), QStringLiteral("token-state"),
                       QStringLiteral("a@example.com"), QStringLiteral("--all")}
        << QStringLiteral("--all");
    QTest::newRow("tickets reply without text")
        << QStringList{"tickets", "reply", "1", "--as", "maria.k"} << QStringLiteral("--message");
    QTest::newRow("tickets reply with --message and --message-file")
        << QStringList{"tickets", "reply", "1", "--message", "Hi", "--message-file", "reply.txt"}
        << QStringLiteral("not both");
    QTest::newRow("tickets note without a number")
        << QStringList{"tickets", "note", "--message", "Hi"} << QStringLiteral("ticket number");
    QTest::newRow("tickets note with a bad number")
        << QStringList{"tickets", "note", "12b", "--message", "Hi"} << QStringLiteral("'12b'");
    QTest::newRow("tickets reply with two numbers")
        << QStringList{"tickets", "reply", "1", "2", "--message", "Hi"} << QStringLiteral("'2'");
    QTest::newRow("tickets note --message-file without a value")
        << QStringList{"tickets", "note", "1", "--message-file"}
        << QStringLiteral("--message-file");
    QTest::newRow("bad url") << QStringList{QStringLiteral("--database"),
                                            QStringLiteral("mysql://db/x"),
                                            QStringLiteral("migrate")}
                             << QString();
}

void TestAdminCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    Run r =
        run(QStringList{QStringLiteral("--database"), dbPath(QStringLiteral("usage.db"))} + args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    const QStringList lines = r.errLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QLatin1String("helpdesk-admin: ")), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(0).contains(named), qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), QStringLiteral("Try 'helpdesk-admin --help'."));
    QVERIFY(!QFile::exists(dbPath(QStringLiteral("usage.db"))));
}

void TestAdminCli::refusesNonDatabaseFile()
{
    const QString path = dbPath(QStringLiteral("notes.txt"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a database.\n" + QByteArray(4096, 'x'));
    }
    const QByteArray before = fileHash(path);
    for (const QStringList &command :
         {QStringList{QStringLiteral("tickets"), QStringLiteral("list")},
          QStringList{QStringLiteral("migrate")}, QStringList{QStringLiteral("seed-demo")}}) {
        Run r = run(QStringList{QStringLiteral("--database"), path} + command);
        QCOMPARE(r.exitCode, 1);
        const QStringList lines = r.errLines();
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("helpdesk-admin: ")),
                 qPrintable(lines.at(0)));
        QCOMPARE(fileHash(path), before);
    }
}

void TestAdminCli::doesNotCreateMissingDatabase()
{
    const QString path = dbPath(QStringLiteral("missing.db"));
    Run r = run(
        {QStringLiteral("--database"), path, QStringLiteral("tickets"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains(QLatin1String("migrate")));
    QVERIFY(!QFile::exists(path));
}

void TestAdminCli::migrateSeedAndList()
{
    const QString path = dbPath(QStringLiteral("demo.db"));
    const QString url = QStringLiteral("sqlite://") + path;

    Run m = run({QStringLiteral("--database"), url, QStringLiteral("migrate")});
    QCOMPARE(m.exitCode, 0);
    QCOMPARE(
        m.out.trimmed(),
        QStringLiteral("Schema is at version %1").arg(Migrator::latestVersion(Dialect::SQLite)));
    // Migrating again is a no-op.
    QCOMPARE(run({QStringLiteral("--database"), url, QStringLiteral("migrate")}).exitCode, 0);

    Run s = run({QStringLiteral("--database"), path, QStringLiteral("seed-demo"),
                 QStringLiteral("--tickets"), QStringLiteral("200"), QStringLiteral("--accounts"),
                 QStringLiteral("40")});
    QCOMPARE(s.exitCode, 0);
    QCOMPARE(s.out.split(u'\n', Qt::SkipEmptyParts).size(), 1);
    QVERIFY2(s.out.contains(QLatin1String("200")), qPrintable(s.out));
    QVERIFY2(s.err.contains(QLatin1String("Seeding tickets: 200/200 (100%)")), qPrintable(s.err));

    // Seeding again is refused with one line, and nothing changes.
    Run again = run({QStringLiteral("--database"), path, QStringLiteral("seed-demo"),
                     QStringLiteral("--tickets"), QStringLiteral("10")});
    QCOMPARE(again.exitCode, 1);
    QCOMPARE(again.errLines().size(), 1);
    QVERIFY(again.err.contains(QLatin1String("already contains tickets")));

    // JSON: every ticket, newest activity first, with the documented fields.
    Run all =
        run({QStringLiteral("--database"), path, QStringLiteral("tickets"), QStringLiteral("list"),
             QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(all.exitCode, 0);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(all.out.toUtf8(), &parseError);
    QVERIFY2(doc.isArray(), qPrintable(parseError.errorString()));
    const QJsonArray rows = doc.array();
    QCOMPARE(rows.size(), 200);
    QString previousUpdate;
    QHash<QString, int> byStatus;
    for (const QJsonValue &v : rows) {
        const QJsonObject o = v.toObject();
        for (const char *key :
             {"number", "subject", "requester_email", "requester_name", "category", "priority",
              "status", "channel", "assignee", "created_at", "updated_at", "resolution_due"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QVERIFY(o.value(QStringLiteral("number")).toInteger() > 0);
        QVERIFY(o.value(QStringLiteral("assignee")).isNull() ||
                o.value(QStringLiteral("assignee")).isString());
        const QString updated = o.value(QStringLiteral("updated_at")).toString();
        QVERIFY2(updated.endsWith(u'Z'), qPrintable(updated));
        QVERIFY(QDateTime::fromString(updated, Qt::ISODate).isValid());
        if (!previousUpdate.isEmpty())
            QVERIFY(updated <= previousUpdate);
        previousUpdate = updated;
        ++byStatus[o.value(QStringLiteral("status")).toString()];
    }

    // --status filters.
    Run closed = run({QStringLiteral("--database"), path, QStringLiteral("tickets"),
                      QStringLiteral("list"), QStringLiteral("--status"), QStringLiteral("closed"),
                      QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")});
    QCOMPARE(closed.exitCode, 0);
    const QJsonArray closedRows = QJsonDocument::fromJson(closed.out.toUtf8()).array();
    QVERIFY(closedRows.size() > 0);
    QCOMPARE(closedRows.size(), byStatus.value(QStringLiteral("closed")));
    for (const QJsonValue &v : closedRows)
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));

    // --assignee filters by login.
    Run mine =
        run({QStringLiteral("--database"), path, QStringLiteral("tickets"), QStringLiteral("list"),
             QStringLiteral("--assignee"), QStringLiteral("maria.k"), QStringLiteral("--json")});
    QCOMPARE(mine.exitCode, 0);
    const QJsonArray mineRows = QJsonDocument::fromJson(mine.out.toUtf8()).array();
    QVERIFY(mineRows.size() > 0);
    for (const QJsonValue &v : mineRows)
        QCOMPARE(v.toObject().value(QStringLiteral("assignee")).toString(),
                 QStringLiteral("maria.k"));

    // An unknown login is named in a one-line error.
    Run nobody =
        run({QStringLiteral("--database"), path, QStringLiteral("tickets"), QStringLiteral("list"),
             QStringLiteral("--assignee"), QStringLiteral("no.such.person")});
    QVERIFY(nobody.exitCode == 1 || nobody.exitCode == 2);
    QVERIFY(nobody.errLines().size() >= 1);
    QVERIFY2(nobody.errLines().constFirst().contains(QLatin1String("no.such.person")),
             qPrintable(nobody.err));

    // The table: a header and one line per ticket.
    Run table = run({QStringLiteral("--database"), path, QStringLiteral("tickets"),
                     QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.at(0).startsWith(QLatin1String("Number")));
    QVERIFY(lines.at(1).startsWith(u'#'));
    // Columns line up: the subject starts at the same place on every line.
    const qsizetype subjectColumn = lines.at(0).indexOf(QLatin1String("Subject"));
    QVERIFY(subjectColumn > 0);
    for (const QString &line : lines)
        QVERIFY2(line.at(subjectColumn - 1) == u' ' && line.at(subjectColumn) != u' ',
                 qPrintable(line));

    // A queue works too.
    Run escalated =
        run({QStringLiteral("--database"), path, QStringLiteral("tickets"), QStringLiteral("list"),
             QStringLiteral("--queue"), QStringLiteral("escalated"), QStringLiteral("--json")});
    QCOMPARE(escalated.exitCode, 0);
    for (const QJsonValue &v : QJsonDocument::fromJson(escalated.out.toUtf8()).array())
        QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("escalated"));
}

void TestAdminCli::outboxRun()
{
    using namespace helpdesk::test;
    // No database: one line that says how to make one, and none is created.
    const QString missing = dbPath(QStringLiteral("no-outbox.db"));
    Run none = run({QStringLiteral("--database"), missing, QStringLiteral("outbox"),
                    QStringLiteral("run"), QStringLiteral("--once")});
    QCOMPARE(none.exitCode, 1);
    QCOMPARE(none.errLines().size(), 1);
    QVERIFY2(none.err.contains(QLatin1String("migrate")), qPrintable(none.err));
    QVERIFY(!QFile::exists(missing));

    // Mail not set up: one line naming what is missing.
    const QString path = dbPath(QStringLiteral("outbox.db"));
    QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("migrate")}).exitCode, 0);
    Run unset = run({QStringLiteral("--database"), path, QStringLiteral("outbox"),
                     QStringLiteral("run"), QStringLiteral("--once")});
    QCOMPARE(unset.exitCode, 1);
    QCOMPARE(unset.errLines().size(), 1);
    QVERIFY2(unset.err.contains(QLatin1String("smtp/host")), qPrintable(unset.err));

    // Against the test relay (STARTTLS, AUTH, its certificate pinned): the queue is drained.
    const QString python = findRelayPython();
    HELPDESK_REQUIRE_RELAY(python);
    TestCertificates certs;
    QString error;
    QVERIFY2(makeTestCertificates(m_dir.path(), &certs, &error), qPrintable(error));
    TestRelay relay;
    QVERIFY2(relay.start(python, certs, m_dir.filePath(QStringLiteral("maildir")), 0, &error),
             qPrintable(error));
    {
        auto settings = ConnectionSettings::fromUrl(path);
        QVERIFY(settings.ok());
        auto db = Database::open(settings.value(), QStringLiteral("outbox-setup"));
        QVERIFY(db.ok());
        QSqlDatabase conn = db.value();
        Settings stored(conn);
        MailSettings mail;
        mail.host = QStringLiteral("localhost");
        mail.port = relay.port();
        mail.user = TestRelay::User;
        mail.fromAddress = QStringLiteral("helpdesk@example.org");
        mail.trustedCertSha256 = SmtpClient::sha256Fingerprint(certs.server);
        QVERIFY(mail.save(stored).ok());
        for (int i = 0; i < 2; ++i) {
            MailMessage m;
            m.to = {MailAddress(QStringLiteral("pat@example.com"))};
            m.subject = QStringLiteral("Queued %1").arg(i);
            m.textBody = QStringLiteral("Hello");
            QVERIFY(Outbox::enqueue(conn, m, std::nullopt, std::nullopt, false).ok());
        }
        conn = QSqlDatabase();
        Database::close(QStringLiteral("outbox-setup"));
    }
    const QHash<QString, QString> password{
        {QStringLiteral("HELPDESK_SMTP_PASSWORD"), TestRelay::Password}};
    Run sent = run({QStringLiteral("--database"), path, QStringLiteral("outbox"),
                    QStringLiteral("run"), QStringLiteral("--once")},
                   password);
    QVERIFY2(sent.exitCode == 0, qPrintable(sent.out + sent.err));
    QVERIFY2(sent.out.contains(QLatin1String("Outbox: 2 sent, 0 waiting to be retried, 0 failed.")),
             qPrintable(sent.out));
    QVERIFY(!sent.out.contains(TestRelay::Password) && !sent.err.contains(TestRelay::Password));
    QCOMPARE(mailCount(relay.maildir()), 2);
    // Nothing left: a second run sends nothing and succeeds.
    Run again = run({QStringLiteral("--database"), path, QStringLiteral("outbox"),
                     QStringLiteral("run"), QStringLiteral("--once")},
                    password);
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("Outbox: 0 sent")), qPrintable(again.out));
    QCOMPARE(mailCount(relay.maildir()), 2);
}

void TestAdminCli::accountsShowAndTokenState()
{
    const QString path = dbPath(QStringLiteral("accounts.db"));
    QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("seed-demo"),
                  QStringLiteral("--tickets"), QStringLiteral("20"), QStringLiteral("--accounts"),
                  QStringLiteral("30")})
                 .exitCode,
             0);
    // The demo's first five accounts have one status each; the fourth is locked.
    QString lockedEmail;
    QString activeEmail;
    {
        auto settings = ConnectionSettings::fromUrl(path);
        QVERIFY(settings.ok());
        auto db = Database::open(settings.value(), QStringLiteral("cli-accounts"));
        QVERIFY(db.ok());
        lockedEmail =
            Database::scalar(db.value(), QStringLiteral("SELECT email FROM accounts WHERE status = "
                                                        "'locked' ORDER BY id LIMIT 1"))
                .value()
                .toString();
        activeEmail =
            Database::scalar(db.value(), QStringLiteral("SELECT email FROM accounts WHERE status = "
                                                        "'active' ORDER BY id LIMIT 1"))
                .value()
                .toString();
        // A link sent earlier (only its hash is stored) whose mail the relay accepted.
        const qint64 accountId =
            Database::scalar(db.value(), QStringLiteral("SELECT id FROM accounts WHERE email = ?"),
                             {activeEmail})
                .value()
                .toLongLong();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(Database::exec(db.value(),
                               QStringLiteral("INSERT INTO outbox (to_address, subject, "
                                              "message_id, status, next_attempt_at, created_at, "
                                              "sent_at, has_secret, redacted) VALUES (?, 'Reset "
                                              "your password', '<cli-test@helpdesk.example.org>', "
                                              "'sent', ?, ?, ?, 1, 1)"),
                               {activeEmail, now - 60000, now - 60000, now - 30000})
                    .ok());
        QVERIFY(Database::exec(db.value(),
                               QStringLiteral("INSERT INTO account_tokens (account_id, kind, "
                                              "token_sha256, issued_by, issued_at, expires_at, "
                                              "outbox_id) VALUES (?, 'reset', ?, (SELECT id FROM "
                                              "staff WHERE login = 'maria.k'), ?, ?, (SELECT id "
                                              "FROM outbox WHERE message_id = "
                                              "'<cli-test@helpdesk.example.org>'))"),
                               {accountId, QString(64, u'a'), now - 60000, now + 3000000})
                    .ok());
        db.value() = QSqlDatabase();
        Database::close(QStringLiteral("cli-accounts"));
    }
    QVERIFY(!lockedEmail.isEmpty() && !activeEmail.isEmpty());

    Run show = run({QStringLiteral("--database"), path, QStringLiteral("accounts"),
                    QStringLiteral("show"), lockedEmail.toUpper(), QStringLiteral("--json")});
    QCOMPARE(show.exitCode, 0);
    const QJsonObject account = QJsonDocument::fromJson(show.out.toUtf8()).object();
    for (const char *key :
         {"id", "email", "display_name", "status", "lock", "mfa_enabled", "mfa_method",
          "email_verified", "failed_login_count", "failed_sign_ins_24h", "last_login_at",
          "created_at", "suspicious", "outstanding_links", "pending_unlock"})
        QVERIFY2(account.contains(QLatin1String(key)), key);
    QCOMPARE(account.value(QStringLiteral("email")).toString(), lockedEmail);
    QCOMPARE(account.value(QStringLiteral("status")).toString(), QStringLiteral("locked"));
    const QJsonObject lock = account.value(QStringLiteral("lock")).toObject();
    QVERIFY(!lock.value(QStringLiteral("reason")).toString().isEmpty());
    QVERIFY(lock.value(QStringLiteral("cause")).toString() == QLatin1String("failed_sign_ins") ||
            lock.value(QStringLiteral("cause")).toString() == QLatin1String("security"));

    Run text = run({QStringLiteral("--database"), path, QStringLiteral("accounts"),
                    QStringLiteral("show"), activeEmail});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(activeEmail), qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("Status")) &&
                 text.out.contains(QLatin1String("Active")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QLatin1String("Outstanding links")), qPrintable(text.out));

    Run tokens = run({QStringLiteral("--database"), path, QStringLiteral("accounts"),
                      QStringLiteral("token-state"), activeEmail, QStringLiteral("--json")});
    QCOMPARE(tokens.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(tokens.out.toUtf8()).array();
    QCOMPARE(rows.size(), 1);
    const QJsonObject t = rows.first().toObject();
    QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("reset"));
    QCOMPARE(t.value(QStringLiteral("state")).toString(), QStringLiteral("sent"));
    QCOMPARE(t.value(QStringLiteral("mail_status")).toString(), QStringLiteral("sent"));
    QCOMPARE(t.value(QStringLiteral("message_id")).toString(),
             QStringLiteral("<cli-test@helpdesk.example.org>"));
    QVERIFY(!tokens.out.contains(QString(64, u'a'))); // not even the hash is printed

    Run table = run({QStringLiteral("--database"), path, QStringLiteral("accounts"),
                     QStringLiteral("token-state"), activeEmail});
    QCOMPARE(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).startsWith(QLatin1String("ID")));
    QVERIFY(lines.at(1).contains(QLatin1String("sent")));

    Run none = run({QStringLiteral("--database"), path, QStringLiteral("accounts"),
                    QStringLiteral("token-state"), lockedEmail});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.startsWith(QLatin1String("No links were sent")));

    // An unknown address is a one-line failure naming it.
    for (const QString &command : {QStringLiteral("show"), QStringLiteral("token-state")}) {
        Run unknown = run({QStringLiteral("--database"), path, QStringLiteral("accounts"), command,
                           QStringLiteral("nobody@example.invalid")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.errLines().size(), 1);
        QVERIFY(unknown.err.contains(QLatin1String("nobody@example.invalid")));
        QVERIFY(unknown.out.isEmpty());
    }
}

void TestAdminCli::readOnlyPlacesAreExplained_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("existing"); // a database is there already
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<bool>("fileWritable");
    QTest::addColumn<QString>("expected");
    QTest::newRow("new database, read-only folder")
        << "migrate" << false << false << true << "is read-only, so the database cannot be created";
    QTest::newRow("database in a read-only folder")
        << "tickets list" << true << false << true << "SQLite keeps its journal files";
    QTest::newRow("read-only database file")
        << "tickets list" << true << true << false << "The database";
}

// As the user who meets them: permissions do not bind root, so the tool runs as nobody then.
void TestAdminCli::readOnlyPlacesAreExplained()
{
    QFETCH(QString, command);
    QFETCH(bool, existing);
    QFETCH(bool, folderWritable);
    QFETCH(bool, fileWritable);
    QFETCH(QString, expected);
    const bool root = ::geteuid() == 0;
    QTemporaryDir base(QDir::tempPath() + QStringLiteral("/hd-ro-XXXXXX"));
    QVERIFY(base.isValid());
    const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                      QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
    QFile::setPermissions(base.path(), open);
    const QString folder = base.filePath(QStringLiteral("desk"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/helpdesk.db");
    if (existing)
        QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("migrate")}).exitCode, 0);
    // Writable for the one who runs the tool, or not.
    const auto everyone = QFile::WriteOther | QFile::WriteGroup | QFile::WriteOwner;
    QFile::setPermissions(folder, folderWritable ? (open | everyone) : (open & ~everyone));
    if (existing) {
        const auto readable = QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther;
        QFile::setPermissions(path, fileWritable ? (readable | everyone) : readable);
    }
    const QString script = (root ? QStringLiteral("runuser -u nobody -- ") : QString()) +
                           QStringLiteral("\"$ADMIN\" --database \"$DB\" ") + command;
    const test::AdminRun r = test::AdminProcess().runShell(script, {{QStringLiteral("DB"), path}});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("damaged")), qPrintable(r.err));
    QFile::setPermissions(folder, open | everyone);
}

void TestAdminCli::backupCopiesALiveDatabase()
{
    const QString path = dbPath(QStringLiteral("live.db"));
    QCOMPARE(run({QStringLiteral("--database"), path, QStringLiteral("seed-demo"),
                  QStringLiteral("--tickets"), QStringLiteral("40"), QStringLiteral("--accounts"),
                  QStringLiteral("20")})
                 .exitCode,
             0);
    const QString copy = dbPath(QStringLiteral("live-backup.db"));
    Run made = run({QStringLiteral("--database"), path, QStringLiteral("backup"), copy});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QVERIFY2(made.out.contains(QLatin1String("Backed up")), qPrintable(made.out));
    // The copy is a complete database of its own.
    Run listed =
        run({QStringLiteral("--database"), copy, QStringLiteral("tickets"), QStringLiteral("list"),
             QStringLiteral("--limit"), QStringLiteral("100"), QStringLiteral("--json")});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 40);
    // Never over an existing file; PostgreSQL is pg_dump's job.
    Run again = run({QStringLiteral("--database"), path, QStringLiteral("backup"), copy});
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QLatin1String("exists already")), qPrintable(again.err));
}

QTEST_GUILESS_MAIN(TestAdminCli)
#include "tst_admincli.moc"
