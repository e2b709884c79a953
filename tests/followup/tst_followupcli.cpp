// helpdesk-admin followup run / survey record / survey skip end to end on both dialects: the
// built tool on a TestDatabase whose ticket was resolved two days ago. One survey mail per run
// however often it runs, the answer recorded once, a low one without a comment a usage error,
// a low one with a comment reopens the ticket, and report csat shows it.

#include "../admin/AdminProcess.h"
#include "Fixtures.h"
#include "FollowupFixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TestFollowupCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    AdminProcess m_admin;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(AdminProcess::binary()), qPrintable(AdminProcess::binary()));
        m_admin = AdminProcess(m_dir.filePath(QStringLiteral("xdg")));
    }

    void helpListsTheCommands()
    {
        const AdminRun help = m_admin.run({"--help"});
        QCOMPARE(help.exitCode, 0);
        for (const char *c : {"followup run", "survey record TOKEN SCORE", "survey skip TICKET"})
            QVERIFY2(help.out.contains(QLatin1String(c)), c);
    }

    void runRecordReport_data() { addDialectRows(); }
    void runRecordReport()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 agent = addStaff(db, QStringLiteral("ann"), QStringLiteral("Ann Keller"));
        TicketRow row;
        row.status = QStringLiteral("resolved");
        row.assigneeId = agent;
        const qint64 resolved = QDateTime::currentMSecsSinceEpoch() - 2 * kDay;
        const qint64 id = addTicket(db, row);
        const qint64 quiet = addTicket(db, row);
        for (qint64 t : {id, quiet})
            QVERIFY(Database::exec(db,
                                   QStringLiteral("UPDATE tickets SET resolved_at = ? WHERE "
                                                  "id = ?"),
                                   {QVariant::fromValue(resolved), t}));
        const QStringList base{"--database", tdb.url()};

        const AdminRun skip =
            m_admin.run(base + QStringList{"survey", "skip", QString::number(quiet)});
        QVERIFY2(skip.exitCode == 0, qPrintable(skip.err));
        const AdminRun first = m_admin.run(base + QStringList{"followup", "run", "--once"});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.startsWith(QLatin1String("Queued 1 survey mail")),
                 qPrintable(first.out));
        const AdminRun second = m_admin.run(base + QStringList{"followup", "run", "--once"});
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.startsWith(QLatin1String("Queued 0 survey mail")),
                 qPrintable(second.out));
        QCOMPARE(surveyMails(db), 1);
        QCOMPARE(surveyMails(db, quiet), 0);

        const QString token = surveyToken(db, id);
        QCOMPARE(token.size(), 43);
        // A low score without a comment: a usage error saying what to add; nothing recorded.
        const AdminRun bare = m_admin.run(base + QStringList{"survey", "record", token, "2"});
        QCOMPARE(bare.exitCode, 2);
        QVERIFY2(bare.err.contains(QLatin1String("needs a comment")), qPrintable(bare.err));
        const AdminRun low = m_admin.run(
            base + QStringList{"survey", "record", token, "2", "--comment", "Still locked out"});
        QVERIFY2(low.exitCode == 0, qPrintable(low.err));
        QVERIFY2(low.out.contains(QLatin1String("reopened")), qPrintable(low.out));
        QCOMPARE(
            one(db, QStringLiteral("SELECT status FROM tickets WHERE id = ?"), {id}).toString(),
            QStringLiteral("open"));
        // Once only.
        const AdminRun again = m_admin.run(base + QStringList{"survey", "record", token, "5"});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("not valid")), qPrintable(again.err));
        QVERIFY(!again.err.contains(token));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const AdminRun report = m_admin.run(base + QStringList{"report", "csat", "--from", today,
                                                               "--to", today, "--format", "json"});
        QVERIFY2(report.exitCode == 0, qPrintable(report.err));
        const QJsonArray rows =
            QJsonDocument::fromJson(report.out.toUtf8()).object().value("rows").toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject login = rows.at(0).toObject();
        QCOMPARE(login.value("category").toString(), QStringLiteral("login"));
        QCOMPARE(login.value("sent").toInt(), 1);
        QCOMPARE(login.value("answered").toInt(), 1);
        QCOMPARE(login.value("score_2").toInt(), 1);
        QCOMPARE(login.value("csat_pct").toDouble(), 0.0);
    }
    // Without --once it keeps running: it sends what becomes due, and SIGTERM ends it cleanly.
    void runsAsAService_data() { addDialectRows(); }
    void runsAsAService()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 agent = addStaff(db, QStringLiteral("ann"), QStringLiteral("Ann Keller"));
        QProcess service;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        service.setProcessEnvironment(env);
        service.start(AdminProcess::binary(),
                      {"--database", tdb.url(), "followup", "run", "--interval", "5"});
        QVERIFY(service.waitForStarted());
        // A ticket resolved two days ago appears while it runs: the next pass mails it.
        TicketRow row;
        row.status = QStringLiteral("resolved");
        row.assigneeId = agent;
        const qint64 id = addTicket(db, row);
        QVERIFY(Database::exec(
            db, QStringLiteral("UPDATE tickets SET resolved_at = ? WHERE id = ?"),
            {QVariant::fromValue(QDateTime::currentMSecsSinceEpoch() - 2 * kDay), id}));
        QTRY_COMPARE_WITH_TIMEOUT(surveyMails(db, id), 1, 30'000);
        QCOMPARE(service.state(), QProcess::Running);
        service.terminate(); // SIGTERM
        QVERIFY(service.waitForFinished(15'000));
        QCOMPARE(service.exitStatus(), QProcess::NormalExit);
        QCOMPARE(service.exitCode(), 0);
        QVERIFY2(service.readAllStandardOutput().contains("Queued 1 survey mail"),
                 "the pass that sent it says so");
        QCOMPARE(surveyMails(db), 1);
    }
};

QTEST_GUILESS_MAIN(TestFollowupCli)
#include "tst_followupcli.moc"
