// `helpdesk-admin mail ingest` as an MTA runs it, on SQLite and PostgreSQL: every corpus message
// with its expected JSON result, exit 0; the same again gives "duplicate"; a message over the
// size limit exits 65 with the reason on stderr; a database that cannot be reached exits 75;
// `tickets show --json` has the customer's message, the forwarded-mail verdict and the
// attachments; `mail unprocessed` lists the unreadable message.
#include "AdminProcess.h"
#include "Corpus.h"
#include "IngestFixture.h"
#include "TestDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TstMailIngestCli : public QObject
{
    Q_OBJECT
private slots:
    void corpusThroughThePipe_data() { addDialectRows(); }
    void corpusThroughThePipe();
    void exitCodes();

private:
    QJsonObject json(const AdminRun &run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }
    QTemporaryDir m_home;
    Corpus m_corpus;
};

void TstMailIngestCli::corpusThroughThePipe()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    QString error;
    QVERIFY2(seedIngestFixture(tdb.db(), m_corpus, &error), qPrintable(error));
    AdminProcess admin(m_home.path());
    const QString url = tdb.url();
    QList<qint64> forwardedTickets;
    for (const QJsonValue &v : m_corpus.messages()) {
        const QJsonObject entry = v.toObject();
        const QString file = entry.value(QStringLiteral("file")).toString();
        const QJsonObject expected = entry.value(QStringLiteral("ingest")).toObject();
        // Standard input, as an MTA pipe delivers it.
        const AdminRun run = admin.run({QStringLiteral("--database"), url, QStringLiteral("mail"),
                                        QStringLiteral("ingest"), QStringLiteral("--json")},
                                       {}, m_corpus.raw(file));
        QVERIFY2(run.exitCode == 0, qPrintable(file + QStringLiteral(": ") + run.err));
        const QJsonObject o = json(run);
        QVERIFY2(o.value(QStringLiteral("result")) == expected.value(QStringLiteral("result")),
                 qPrintable(file + QStringLiteral(": ") + run.out));
        QVERIFY2(o.contains(QStringLiteral("ticket")) && o.contains(QStringLiteral("reason")),
                 qPrintable(run.out));
        if (expected.contains(QStringLiteral("ticket")))
            QCOMPARE(o.value(QStringLiteral("ticket")).toInteger(),
                     expected.value(QStringLiteral("ticket")).toInteger());
        if (expected.value(QStringLiteral("result")) == QStringLiteral("created"))
            QVERIFY(o.value(QStringLiteral("ticket")).toInteger() > 0);
        if (expected.value(QStringLiteral("result")) == QStringLiteral("ignored") &&
            !expected.contains(QStringLiteral("ticket")))
            QVERIFY(o.value(QStringLiteral("ticket")).isNull());
        if (expected.contains(QStringLiteral("forwarded"))) {
            QCOMPARE(o.value(QStringLiteral("forwarded")).toString(),
                     expected.value(QStringLiteral("forwarded")).toString());
            forwardedTickets << o.value(QStringLiteral("ticket")).toInteger();
        }
        // The second delivery (an MTA retry) creates nothing.
        const AdminRun again = admin.run({QStringLiteral("--database"), url, QStringLiteral("mail"),
                                          QStringLiteral("ingest"), QStringLiteral("--json"),
                                          QStringLiteral("--file"), m_corpus.dir() + u'/' + file});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again).value(QStringLiteral("result")).toString(),
                 QStringLiteral("duplicate"));
    }

    // tickets show: what an agent sees on ticket 1042.
    const AdminRun show =
        admin.run({QStringLiteral("--database"), url, QStringLiteral("tickets"),
                   QStringLiteral("show"), QStringLiteral("1042"), QStringLiteral("--json")});
    QVERIFY2(show.exitCode == 0, qPrintable(show.err));
    const QJsonObject ticket = json(show);
    QCOMPARE(ticket.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(ticket.value(QStringLiteral("unread")).toBool(), true);
    QStringList kinds;
    for (const QJsonValue &e : ticket.value(QStringLiteral("events")).toArray())
        kinds << e.toObject().value(QStringLiteral("kind")).toString();
    QVERIFY2(kinds.count(QStringLiteral("customer_reply")) >= 5, qPrintable(kinds.join(u',')));
    QVERIFY(kinds.contains(QStringLiteral("forwarded_mail_check")));
    QVERIFY(kinds.contains(QStringLiteral("mail_bounced")));
    bool attached = false;
    for (const QJsonValue &a : ticket.value(QStringLiteral("attachments")).toArray())
        attached = attached ||
                   a.toObject().value(QStringLiteral("type")) == QStringLiteral("message/rfc822");
    QVERIFY2(attached, "the attached forward is listed on the ticket");
    const AdminRun text = admin.run({QStringLiteral("--database"), url, QStringLiteral("tickets"),
                                     QStringLiteral("show"), QStringLiteral("1042")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(QStringLiteral("Customer reply")));
    QVERIFY(text.out.contains(QStringLiteral("Forwarded email checked")));

    // The phishing verdict is on its ticket.
    QVERIFY(!forwardedTickets.isEmpty());
    const AdminRun unprocessed =
        admin.run({QStringLiteral("--database"), url, QStringLiteral("mail"),
                   QStringLiteral("unprocessed"), QStringLiteral("--json")});
    QCOMPARE(unprocessed.exitCode, 0);
    const QJsonArray list = QJsonDocument::fromJson(unprocessed.out.toUtf8()).array();
    QCOMPARE(list.size(), 1);
    const AdminRun raw = admin.run(
        {QStringLiteral("--database"), url, QStringLiteral("mail"), QStringLiteral("raw"),
         QString::number(list.first().toObject().value(QStringLiteral("id")).toInteger())});
    QCOMPARE(raw.exitCode, 0);
    QCOMPARE(raw.out.toUtf8().size() > 0, true);
}

void TstMailIngestCli::exitCodes()
{
    TestDatabase tdb(QStringLiteral("sqlite"));
    (void)tdb.db();
    tdb.closeConnections();
    AdminProcess admin(m_home.path());
    QTemporaryDir dir;
    const QString big = dir.filePath(QStringLiteral("big.eml"));
    {
        QFile f(big);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(Corpus::bigMessage(30LL * 1024 * 1024));
    }
    const AdminRun refused = admin.run({QStringLiteral("--database"), tdb.url(),
                                        QStringLiteral("mail"), QStringLiteral("ingest"),
                                        QStringLiteral("--file"), big, QStringLiteral("--json")});
    QCOMPARE(refused.exitCode, 65);
    QCOMPARE(json(refused).value(QStringLiteral("result")).toString(), QStringLiteral("refused"));
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY(refused.err.contains(QStringLiteral("25 MB")));

    // No database server: the MTA must try again later.
    const AdminRun down = admin.run({QStringLiteral("--database"),
                                     QStringLiteral("postgresql://helpdesk@127.0.0.1:1/helpdesk"),
                                     QStringLiteral("mail"), QStringLiteral("ingest")},
                                    {}, m_corpus.raw(QStringLiteral("security-new-ticket.eml")));
    QCOMPARE(down.exitCode, 75);
    QCOMPARE(down.errLines().size(), 1);

    const AdminRun missing =
        admin.run({QStringLiteral("--database"), dir.filePath(QStringLiteral("none.db")),
                   QStringLiteral("mail"), QStringLiteral("ingest")},
                  {}, m_corpus.raw(QStringLiteral("security-new-ticket.eml")));
    QCOMPARE(missing.exitCode, 75);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.db"))));
}

QTEST_GUILESS_MAIN(TstMailIngestCli)
#include "tst_mailingestcli.moc"
