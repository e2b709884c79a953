// `helpdesk-admin outbox run --once` always ends, and says why mail waits: hundreds of runs with
// nothing due (the run that hung after "0 claimed"), a relay that stalls at each step (each ends
// in its classified error within its deadline, the message back in the queue), a relay that
// takes the message and drops the connection (the one case that may repeat a mail, and the
// outbox says so), and the run's own deadline.

#include "ScriptedSmtpPeer.h"
#include "TestDatabase.h"
#include "TestWait.h"
#include "db/Database.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "settings/Settings.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString out;
    QString err;
};

const QStringList kEhlo{"C: EHLO *", "S: 250-relay.example", "S: 250 SIZE 10000000"};
const QStringList kMailRcpt{"C: MAIL FROM:*", "S: 250 ok", "C: RCPT TO:*", "S: 250 ok"};
const QString kGreeting = QStringLiteral("S: 220 relay.example ESMTP");

} // namespace

class TestOutboxCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onceAlwaysEnds_data();
    void onceAlwaysEnds();
    void stalledRelayEndsInTime_data();
    void stalledRelayEndsInTime();
    void runDeadlineStopsAStuckRun();

private:
    // Runs helpdesk-admin with the event loop going (the scripted peer lives on it).
    Run run(const QStringList &args, int limitMs);
    void configure(QSqlDatabase &db, quint16 port, const QString &security, int replyTimeoutS);
    qint64 enqueue(QSqlDatabase &db);

    QString m_admin;
};

void TestOutboxCli::initTestCase()
{
    m_admin = qEnvironmentVariable("HELPDESK_BINARY_DIR") + QStringLiteral("/app/helpdesk-admin");
    QVERIFY2(QFile::exists(m_admin), qPrintable(m_admin));
}

Run TestOutboxCli::run(const QStringList &args, int limitMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HELPDESK_SMTP_PASSWORD"), QStringLiteral("unused"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(m_admin, args);
    Run r;
    if (!p.waitForStarted(10'000))
        return r;
    r.finished = waitUntil([&] { return p.state() == QProcess::NotRunning; }, limitMs);
    r.elapsedMs = timer.elapsed();
    if (!r.finished) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestOutboxCli::configure(QSqlDatabase &db, quint16 port, const QString &security,
                              int replyTimeoutS)
{
    Settings stored(db);
    MailSettings mail;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = port;
    mail.security = *MailSettings::securityFromKey(security);
    mail.fromAddress = QStringLiteral("helpdesk@example.org");
    mail.replyTimeoutS = replyTimeoutS;
    auto saved = mail.save(stored);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
}

qint64 TestOutboxCli::enqueue(QSqlDatabase &db)
{
    MailMessage m;
    m.to = {MailAddress(QStringLiteral("pat@example.com"))};
    m.subject = QStringLiteral("Your password reset");
    m.textBody = QStringLiteral("Hello Pat,\n\nhere is what to do next.\n");
    auto id = Outbox::enqueue(db, m, std::nullopt, std::nullopt, false);
    return id ? id.value() : 0;
}

void TestOutboxCli::onceAlwaysEnds_data()
{
    QTest::addColumn<QString>("dialect");
    QTest::addColumn<int>("runs");
    QTest::newRow("sqlite") << QStringLiteral("sqlite") << 200;
    QTest::newRow("postgresql") << QStringLiteral("postgresql") << 40;
}

void TestOutboxCli::onceAlwaysEnds()
{
    QFETCH(QString, dialect);
    QFETCH(int, runs);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    configure(tdb.db(), 9, QStringLiteral("none"), 5); // never contacted: nothing is due
    tdb.closeConnections();
    const QString url = dialect == QLatin1String("sqlite") ? tdb.settings().sqlitePath : tdb.url();
    qint64 slowest = 0;
    for (int i = 0; i < runs; ++i) {
        const Run r = run({QStringLiteral("--database"), url, QStringLiteral("outbox"),
                           QStringLiteral("run"), QStringLiteral("--once")},
                          10'000);
        QVERIFY2(r.finished, qPrintable(QStringLiteral("run %1 of %2 did not end within 10 s: %3")
                                            .arg(i + 1)
                                            .arg(runs)
                                            .arg(r.out + r.err)));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("Outbox: 0 sent, 0 waiting to be retried, 0 failed.")),
            qPrintable(r.out));
        slowest = std::max(slowest, r.elapsedMs);
    }
    qInfo("%d runs, the slowest took %lld ms", runs, slowest);
}

void TestOutboxCli::stalledRelayEndsInTime_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("security");
    QTest::addColumn<QString>("said");        // on stderr
    QTest::addColumn<bool>("maybeDelivered"); // the outbox warns of a duplicate
    QTest::addColumn<int>("limitMs");         // the run must end by then

    // Reply timeout 2 s; the confirmation after the data gets four times that.
    QTest::newRow("greeting") << QStringList{"X: hang"} << "none"
                              << "greeting within 2 s" << false << 12'000;
    QTest::newRow("EHLO") << QStringList{kGreeting, "C: EHLO *", "X: hang"} << "none"
                          << "did not answer EHLO within 2 s" << false << 12'000;
    QTest::newRow("STARTTLS")
        << QStringList{kGreeting,         "C: EHLO *",   "S: 250-relay.example",
                       "S: 250 STARTTLS", "C: STARTTLS", "X: hang"}
        << "starttls"
        << "did not answer STARTTLS within 2 s" << false << 12'000;
    QTest::newRow("MAIL FROM") << (QStringList{kGreeting} + kEhlo +
                                   QStringList{"C: MAIL FROM:*", "X: hang"})
                               << "none"
                               << "did not answer MAIL FROM within 2 s" << false << 12'000;
    QTest::newRow("after the data")
        << (QStringList{kGreeting} + kEhlo + kMailRcpt +
            QStringList{"C: DATA", "S: 354 go ahead", "C: <DATA>", "X: hang"})
        << "none"
        << "did not confirm the message within 8 s" << true << 20'000;
    QTest::newRow("dropped after the data")
        << (QStringList{kGreeting} + kEhlo + kMailRcpt +
            QStringList{"C: DATA", "S: 354 go ahead", "C: <DATA>", "X: close"})
        << "none"
        << "before it confirmed it" << true << 12'000;
}

void TestOutboxCli::stalledRelayEndsInTime()
{
    QFETCH(QStringList, script);
    QFETCH(QString, security);
    QFETCH(QString, said);
    QFETCH(bool, maybeDelivered);
    QFETCH(int, limitMs);
    TestDatabase tdb(QStringLiteral("sqlite"));
    ScriptedSmtpPeer peer(script);
    QVERIFY(peer.listen());
    configure(tdb.db(), peer.port(), security, 2);
    const qint64 id = enqueue(tdb.db());
    QVERIFY(id > 0);

    const Run r = run({QStringLiteral("--database"), tdb.settings().sqlitePath,
                       QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once")},
                      limitMs);
    QVERIFY2(r.finished, qPrintable(QStringLiteral("still running after %1 ms").arg(limitMs)));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(said), qPrintable(r.err));
    QCOMPARE(peer.connectionCount(), 1); // the run does not hammer a stalled relay

    // Back in the queue with backoff, the reason kept; a duplicate is announced only where the
    // relay may have the message.
    auto entry = Outbox::entry(tdb.db(), id);
    QVERIFY(entry.ok());
    QCOMPARE(entry->status, OutboxStatus::Queued);
    QVERIFY2(entry->lastError.contains(said), qPrintable(entry->lastError));
    QCOMPARE(entry->lastError.contains(QLatin1String("deliver it twice")), maybeDelivered);
    QVERIFY(entry->nextAttemptAt > QDateTime::currentDateTimeUtc());
    QVERIFY2(r.out.contains(QLatin1String("1 message waiting to be retried")), qPrintable(r.out));
}

void TestOutboxCli::runDeadlineStopsAStuckRun()
{
    // A relay that takes the data and never confirms, with a long reply timeout: the run's own
    // deadline (--timeout 5) ends it, and the message is due again at once for the next run.
    TestDatabase tdb(QStringLiteral("sqlite"));
    ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhlo + kMailRcpt +
                          QStringList{"C: DATA", "S: 354 go ahead", "C: <DATA>", "X: hang"});
    QVERIFY(peer.listen());
    configure(tdb.db(), peer.port(), QStringLiteral("none"), 120);
    const qint64 id = enqueue(tdb.db());
    const Run r = run({QStringLiteral("--database"), tdb.settings().sqlitePath,
                       QStringLiteral("outbox"), QStringLiteral("run"), QStringLiteral("--once"),
                       QStringLiteral("--timeout"), QStringLiteral("5")},
                      30'000);
    QVERIFY2(r.finished, "the run did not stop at its deadline");
    QVERIFY2(r.elapsedMs < 15'000, qPrintable(QString::number(r.elapsedMs)));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QLatin1String("reached its deadline of 5 s")), qPrintable(r.err));
    auto entry = Outbox::entry(tdb.db(), id);
    QVERIFY(entry.ok());
    QCOMPARE(entry->status, OutboxStatus::Queued);
    QVERIFY2(entry->lastError.contains(QLatin1String("deliver it twice")),
             qPrintable(entry->lastError));
    QVERIFY(entry->nextAttemptAt <= QDateTime::currentDateTimeUtc());
}

QTEST_GUILESS_MAIN(TestOutboxCli)
#include "tst_outboxcli.moc"
