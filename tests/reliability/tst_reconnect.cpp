// Long-running work survives a restart of the database server: `outbox run` and a desktop
// session on a private PostgreSQL that the test restarts (pg_ctl restart -m fast) and kills
// (-m immediate) under them. Both say that the connection was lost and that it is back; nothing
// is lost and nothing is sent twice, including a message the relay accepted while the database
// was down.

#include "Fixtures.h"
#include "MainWindow.h"
#include "OutboxTestUtil.h"
#include "PgServer.h"
#include "TestDatabase.h"
#include "TestSession.h"
#include "TestWait.h"
#include "app/AppSession.h"
#include "common/MessageBar.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "db/Migrator.h"
#include "mail/Outbox.h"
#include "staff/StaffStore.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketService.h"
#include "tickets/TicketStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr int kAgentWaitMs = 90'000;

// A child process whose stderr is collected as it comes, so that failure messages can show it
// and the checks at the end see all of it.
struct Sender
{
    std::unique_ptr<QProcess> process = std::make_unique<QProcess>();
    QByteArray err;

    const char *errors()
    {
        err += process->readAllStandardError();
        return err.constData();
    }
};
} // namespace

class TestReconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void outboxRunSurvivesRestartAndKill();
    void acceptedDuringOutageIsRecordedOnce();
    void sessionSurvivesRestart();

private:
    // A fresh connection for one step (the server may just have restarted).
    bool withDb(const std::function<bool(QSqlDatabase &)> &fn);
    QStringList enqueue(int count, const QString &tag);
    qint64 count(const QString &sql);
    std::unique_ptr<Sender> startSender();
    bool restart(bool kill, int downMs);

    QString m_python;
    QString m_admin;
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    PgServer m_pg;
    ConnectionSettings m_settings;
    int m_serial = 0;
};

void TestReconnect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath("settings"));
    if (PgServer::binDir().isEmpty()) {
        if (TestDatabase::pgRequired())
            QFAIL("PostgreSQL 15 is not installed");
        QSKIP("PostgreSQL 15 is not installed");
    }
    m_python = findRelayPython();
    HELPDESK_REQUIRE_RELAY(m_python);
    QString error;
    QVERIFY2(makeTestCertificates(m_dir.path(), &m_certs, &error), qPrintable(error));
    m_admin = qEnvironmentVariable("HELPDESK_BINARY_DIR") + QStringLiteral("/app/helpdesk-admin");
    QVERIFY2(QFile::exists(m_admin), qPrintable(m_admin));
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    QVERIFY2(m_pg.psql(QStringLiteral("CREATE DATABASE helpdesk"), &error), qPrintable(error));
    m_settings = ConnectionSettings::fromUrl(m_pg.url(QStringLiteral("helpdesk"))).value();
    QVERIFY(withDb([](QSqlDatabase &db) {
        if (!Migrator::migrate(db))
            return false;
        addStaff(db, QStringLiteral("agent"), QStringLiteral("Alex Agent"));
        return true;
    }));
}

bool TestReconnect::withDb(const std::function<bool(QSqlDatabase &)> &fn)
{
    const QString name = QStringLiteral("reconnect-test-%1").arg(++m_serial);
    bool ok = false;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        auto db = Database::open(m_settings, name);
        if (db) {
            ok = fn(db.value());
            break;
        }
        if (timer.elapsed() > 30'000) {
            qWarning("cannot reach the test server: %s", qPrintable(db.error().toString()));
            break;
        }
        QTest::qWait(200);
    }
    Database::close(name);
    return ok;
}

QStringList TestReconnect::enqueue(int n, const QString &tag)
{
    QStringList ids;
    withDb([&](QSqlDatabase &db) {
        for (int i = 0; i < n; ++i) {
            MailMessage m;
            m.to = {MailAddress(QStringLiteral("pat@example.com"), QStringLiteral("Pat Doe"))};
            m.subject = QStringLiteral("Your sign-in problem (%1 %2)").arg(tag).arg(i);
            m.textBody = QStringLiteral("Hello Pat,\n\nplease try again now.\n");
            auto id = Outbox::enqueue(db, m, std::nullopt, std::nullopt, false);
            if (!id)
                return false;
            ids << Database::scalar(db,
                                    QStringLiteral("SELECT message_id FROM outbox WHERE id = ?"),
                                    {id.value()})
                       .value()
                       .toString();
        }
        return true;
    });
    return ids;
}

qint64 TestReconnect::count(const QString &sql)
{
    qint64 n = -1;
    withDb([&](QSqlDatabase &db) {
        auto v = Database::scalar(db, sql);
        n = v ? v.value().toLongLong() : -1;
        return v.ok();
    });
    return n;
}

std::unique_ptr<Sender> TestReconnect::startSender()
{
    auto sender = std::make_unique<Sender>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HELPDESK_SMTP_PASSWORD"), TestRelay::Password);
    sender->process->setProcessEnvironment(env);
    sender->process->start(m_admin, {QStringLiteral("--database"), m_settings.displayUrl(),
                                     QStringLiteral("outbox"), QStringLiteral("run"),
                                     QStringLiteral("--interval"), QStringLiteral("1")});
    return sender;
}

bool TestReconnect::restart(bool kill, int downMs)
{
    QString error;
    if (!m_pg.stop(kill, &error)) {
        qWarning("stop: %s", qPrintable(error));
        return false;
    }
    QTest::qWait(downMs);
    if (!m_pg.startAgain(&error)) {
        qWarning("start: %s", qPrintable(error));
        return false;
    }
    return true;
}

void TestReconnect::outboxRunSurvivesRestartAndKill()
{
    TestRelay relay;
    QString error;
    const QString maildir = m_dir.filePath(QStringLiteral("maildir-restart"));
    QVERIFY2(relay.start(m_python, m_certs, maildir, 0, &error), qPrintable(error));
    QVERIFY(withDb([&](QSqlDatabase &db) { return useRelay(db, relay, m_certs, &error); }));
    QStringList ids = enqueue(20, QStringLiteral("first"));
    QCOMPARE(ids.size(), 20);

    auto sender = startSender();
    QVERIFY(sender->process->waitForStarted(10'000));
    QVERIFY2(waitUntil([&] { return mailCount(maildir) >= 20; }, kAgentWaitMs), sender->errors());

    // A restart as an admin does it; the sender is told by the server and must come back.
    QVERIFY(restart(false, 2000));
    ids += enqueue(20, QStringLiteral("after-restart"));
    QCOMPARE(ids.size(), 40);
    QVERIFY2(waitUntil([&] { return mailCount(maildir) >= 40; }, kAgentWaitMs), sender->errors());

    // A crash: nobody tells the sender anything.
    QVERIFY(restart(true, 2000));
    ids += enqueue(20, QStringLiteral("after-kill"));
    QCOMPARE(ids.size(), 60);
    QVERIFY2(waitUntil([&] { return mailCount(maildir) >= 60; }, kAgentWaitMs), sender->errors());

    sender->process->terminate();
    QVERIFY(sender->process->waitForFinished(30'000));
    const QString err = QString::fromUtf8(sender->errors());
    QVERIFY2(err.contains(QLatin1String("connection to the database was lost")), qPrintable(err));
    QVERIFY2(err.contains(QLatin1String("Reconnected to the database.")), qPrintable(err));

    const QHash<QString, int> atRelay = messageIdCounts(maildir);
    for (const QString &id : std::as_const(ids))
        QVERIFY2(
            atRelay.value(id) == 1,
            qPrintable(
                QStringLiteral("%1 reached the relay %2 times").arg(id).arg(atRelay.value(id))));
    QCOMPARE(atRelay.size(), 60);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")),
             qint64(60));
    withDb([](QSqlDatabase &db) {
        return Database::exec(db, QStringLiteral("DELETE FROM outbox")).ok();
    });
}

void TestReconnect::acceptedDuringOutageIsRecordedOnce()
{
    // This relay stores a message and confirms it four seconds later; the database goes down
    // in between, so the sender knows "sent" before it can write it.
    TestRelay relay;
    QString error;
    const QString maildir = m_dir.filePath(QStringLiteral("maildir-outage"));
    QVERIFY2(relay.start(m_python, m_certs, maildir, 0, &error,
                         {QStringLiteral("--data-delay"), QStringLiteral("4")}),
             qPrintable(error));
    QVERIFY(withDb([&](QSqlDatabase &db) { return useRelay(db, relay, m_certs, &error); }));
    const QStringList ids = enqueue(1, QStringLiteral("outage"));
    QCOMPARE(ids.size(), 1);

    auto sender = startSender();
    QVERIFY(sender->process->waitForStarted(10'000));
    QVERIFY2(waitUntil([&] { return mailCount(maildir) >= 1; }, kAgentWaitMs), sender->errors());
    QString stopError;
    QVERIFY2(m_pg.stop(true, &stopError), qPrintable(stopError));
    QTest::qWait(6000); // the relay confirms meanwhile
    QVERIFY2(m_pg.startAgain(&stopError), qPrintable(stopError));

    // Recorded once the database is back, well before any lease could run out.
    QVERIFY2(waitUntil(
                 [&] {
                     return count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = "
                                                 "'sent'")) == 1;
                 },
                 30'000),
             sender->errors());
    QCOMPARE(count(QStringLiteral("SELECT MAX(attempts) FROM outbox")), qint64(1));
    QTest::qWait(3000);
    sender->process->terminate();
    QVERIFY(sender->process->waitForFinished(30'000));
    const QString err = QString::fromUtf8(sender->errors());
    QVERIFY2(err.contains(QLatin1String("recorded once the database is back")), qPrintable(err));
    QCOMPARE(messageIdCounts(maildir).value(ids.constFirst()), 1);
    withDb([](QSqlDatabase &db) {
        return Database::exec(db, QStringLiteral("DELETE FROM outbox")).ok();
    });
}

void TestReconnect::sessionSurvivesRestart()
{
    const auto opened = openSession(m_settings, QStringLiteral("agent"));
    AppSession &session = *opened;
    session.startLiveUpdates(60'000, 1500, 1000);
    MainWindow window(&session);
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *database = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
    QVERIFY(database);
    QSignalSpy lost(session.worker(), &DbWorker::connectionLost);
    QSignalSpy restored(session.worker(), &DbWorker::connectionRestored);
    QSignalSpy changed(session.tickets(), &TicketService::ticketChanged);
    QSignalSpy listening(session.changeNotifier(), &ChangeNotifier::listening);

    NewTicket n;
    n.subject = QStringLiteral("Locked out after changing my password");
    n.requester = QStringLiteral("sam@example.com");
    n.category = TicketCategory::Login;
    auto created = waitFor(session.tickets()->create(n));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().toString()));

    for (const bool kill : {false, true}) {
        listening.clear();
        QVERIFY(restart(kill, 1500));
        // After the outage the worker finds the dead connection (before the next job, or from
        // a failed one) and opens a new one; an action that came while it was down was refused
        // with "try again", one after the reconnect works.
        auto ticket = waitFor(session.tickets()->ticket(created->id));
        if (!ticket && ticket.error().code == Error::Code::Unavailable) {
            QVERIFY(waitUntil([&] { return !lost.isEmpty() && restored.size() >= lost.size(); }));
            ticket = waitFor(session.tickets()->ticket(created->id));
        }
        QVERIFY2(ticket.ok(), qPrintable(ticket.ok() ? QString() : ticket.error().toString()));
        auto noted = waitFor(
            session.tickets()->note(ticket.value(), kill ? QStringLiteral("After the crash.")
                                                         : QStringLiteral("After the restart.")));
        QVERIFY2(noted.ok(), qPrintable(noted.ok() ? QString() : noted.error().toString()));
        QVERIFY(waitUntil([&] { return !restored.isEmpty() && restored.size() >= lost.size(); }));
        QVERIFY(waitUntil([&] { return database->text() == m_settings.displayUrl(); }));

        // Another client's change arrives again once the listener is back on its channel.
        QVERIFY2(waitUntil(
                     [&] {
                         for (const QList<QVariant> &args : std::as_const(listening))
                             if (args.value(0).toBool())
                                 return true;
                         return false;
                     },
                     kAgentWaitMs),
                 "the change listener did not come back");
        changed.clear();
        QVERIFY(withDb([&](QSqlDatabase &db) {
            auto staff = StaffStore(db).byLogin(QStringLiteral("agent"));
            auto current = TicketStore(db).ticket(created->id);
            return staff && current &&
                   TicketActions(db, staff.value(), QDateTime::currentMSecsSinceEpoch())
                       .note(created->id, current->version, QStringLiteral("From another desk."))
                       .ok();
        }));
        QVERIFY2(waitUntil(
                     [&] {
                         for (const QList<QVariant> &args : std::as_const(changed))
                             if (args.value(0).toLongLong() == created->id)
                                 return true;
                         return false;
                     },
                     kAgentWaitMs),
                 "another client's change did not arrive after the reconnect");
    }
    QCOMPARE(lost.size(), 2);
    auto *messages = window.findChild<MessageBar *>(QStringLiteral("messageBar"));
    QVERIFY(messages);
    QVERIFY2(messages->text().contains(QLatin1String("back")), qPrintable(messages->text()));
    // Both notes are on the timeline once, nothing twice.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = 'note'")),
             qint64(4));
}

QTEST_MAIN(TestReconnect)
#include "tst_reconnect.moc"
