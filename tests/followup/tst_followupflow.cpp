// The follow-up survey end to end on both dialects, as the "done when" says: a ticket is
// resolved, time moves past the delay (an injected clock, no sleeping), the due job runs, ONE
// survey mail reaches the real relay (well-formed MIME, the link in it, gone from the stored
// copy), the customer answers through the portal's statement, and the answer is in report csat.

#include "FollowupFixtures.h"
#include "OutboxTestUtil.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "TestServices.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "demo/DemoSeeder.h"
#include "followup/FollowupJob.h"
#include "followup/SurveyStore.h"
#include "mail/OutboxSender.h"
#include "reports/ReportQuery.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TestFollowupFlow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_python;
    TestCertificates m_certs;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_python = findRelayPython();
        if (!m_python.isEmpty()) {
            QString error;
            QVERIFY2(makeTestCertificates(m_dir.path(), &m_certs, &error), qPrintable(error));
        }
    }

    void resolvedTicketToCsat_data() { addDialectRows(); }
    void resolvedTicketToCsat()
    {
        QFETCH(QString, dialect);
        HELPDESK_REQUIRE_RELAY(m_python);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TestRelay relay;
        QString error;
        QVERIFY2(relay.start(m_python, m_certs, m_dir.filePath("flow-" + dialect), 0, &error),
                 qPrintable(error));
        QVERIFY2(useRelay(db, relay, m_certs, &error), qPrintable(error));

        // The demo desk as of kT0: its answered surveys, its recent resolutions decided already.
        DemoOptions demo;
        demo.tickets = 600;
        demo.accounts = 50;
        demo.now = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc());
        auto seeded = DemoSeeder::seed(db, demo);
        QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().toString()));
        QVERIFY(seeded->surveys > 0);
        const int demoAnswers =
            one(db, QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt();
        QCOMPARE(demoAnswers, int(seeded->surveys));

        TestClock clock(kT0);
        const Staff agent = deskMember(db, QStringLiteral("maria.e2e"), StaffRole::Agent);
        const qint64 id = resolvedTicket(db, agent, QStringLiteral("pat@example.com"), clock.now());
        QVERIFY(id > 0);

        // Before the delay nothing; after it one survey, however often the job runs.
        clock.advance(23 * kHour);
        QCOMPARE(FollowupJob(db, QStringLiteral("e2e"), clock.now()).run()->queued, 0);
        clock.advance(kHour);
        QList<qint64> woken;
        FollowupJob job(db, QStringLiteral("e2e"), clock.now());
        job.setMailQueued([&](qint64 outboxId) { woken << outboxId; });
        auto run = job.run();
        QVERIFY2(run.ok(), run.ok() ? "" : qPrintable(run.error().toString()));
        QCOMPARE(run->queued, 1);
        QCOMPARE(woken.size(), 1); // the sender is woken for it
        QCOMPARE(FollowupJob(db, QStringLiteral("e2e"), clock.now()).run()->queued, 0);
        const QString token = surveyToken(db, id);
        QCOMPARE(token.size(), 43);

        DbWorker worker(tdb.settings());
        auto opened = worker.open(false);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        OutboxSenderOptions options;
        options.clock = clock.fn();
        options.senderId = QStringLiteral("flow");
        options.pollIntervalMs = 200;
        OutboxSender sender(&worker, relay.smtpSettings(m_certs), {}, options);
        std::optional<OutboxCycle> cycle;
        connect(&sender, &OutboxSender::cycleFinished, this,
                [&](const OutboxCycle &c) { cycle = c; });
        QVERIFY(sender.runOnce());
        QTRY_VERIFY_WITH_TIMEOUT(cycle.has_value(), 60'000);
        QCOMPARE(cycle->sent, 1);

        // ONE mail at the relay: the survey, well-formed, with its link and its expiry.
        QCOMPARE(mailCount(relay.maildir()), 1);
        const QStringList files = QDir(relay.maildir()).entryList({QStringLiteral("*.eml")});
        QCOMPARE(files.size(), 1);
        const QJsonObject facts =
            checkMimeFile(QDir(relay.maildir()).filePath(files.constFirst()), &error);
        QVERIFY2(!facts.isEmpty(), qPrintable(error));
        QVERIFY(facts["defects"].toArray().isEmpty());
        QCOMPARE(facts["subject"].toString(),
                 QStringLiteral("Is your account working again? [#%1]").arg(id));
        QCOMPARE(facts["to"].toArray().first()["address"].toString(),
                 QStringLiteral("pat@example.com"));
        const QJsonArray parts = facts["parts"].toArray();
        QCOMPARE(parts.size(), 2);
        const QString text = parts[0]["content"].toString();
        QVERIFY2(text.contains(QStringLiteral("https://portal.example.com/survey?token=") + token),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("stops working after 14 days")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("Maria.e2e Keller")));
        QVERIFY(parts[1]["content"].toString().contains(token));
        // The stored copy no longer holds the link.
        QCOMPARE(one(db,
                     QStringLiteral("SELECT COUNT(*) FROM outbox WHERE text_body LIKE ? OR "
                                    "html_body LIKE ?"),
                     {QString(u'%' + token + u'%'), QString(u'%' + token + u'%')})
                     .toInt(),
                 0);

        // The customer opens the page (nothing recorded), then answers.
        clock.advance(kHour);
        QVERIFY(SurveyStore::form(db, token, clock.now()).ok());
        QCOMPARE(one(db, QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt(),
                 demoAnswers);
        SurveyAnswer answer;
        answer.score = 5;
        answer.working = true;
        QVERIFY(SurveyStore::record(db, token, answer, clock.now()).ok());

        // report csat over the demo's month and these days: every answer, ours among them.
        ReportRequest request;
        request.kind = ReportKind::Csat;
        request.zone = QTimeZone::utc();
        request.to = QDateTime::fromMSecsSinceEpoch(kT0, QTimeZone::utc()).date().addDays(3);
        request.from = request.to.addDays(-40);
        auto table = ReportQuery(db).run(request);
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().toString()));
        QVERIFY(!table->rows.isEmpty());
        int answered = 0, fives = 0;
        for (const QVariantList &row : table->rows) {
            answered += row.value(table->column(QStringLiteral("answered"))).toInt();
            fives += row.value(table->column(QStringLiteral("score_5"))).toInt();
        }
        QCOMPARE(answered, demoAnswers + 1);
        QCOMPARE(fives, one(db, QStringLiteral("SELECT COUNT(*) FROM survey_answers WHERE score = "
                                               "5"))
                            .toInt());
        // Ours is in its category's row, and the ticket is on the drill-down of that row.
        const QString category =
            one(db, QStringLiteral("SELECT category FROM tickets WHERE id = ?"), {id}).toString();
        bool found = false;
        for (const QVariantList &row : table->rows)
            if (row.value(0).toString() == category)
                found = ReportQuery(db).ticketIds(request, row, 5000)->contains(id);
        QVERIFY(found);
    }
};

QTEST_GUILESS_MAIN(TestFollowupFlow)
#include "tst_followupflow.moc"
