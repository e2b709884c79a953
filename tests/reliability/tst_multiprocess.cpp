// Several processes on one database, as the embedded default runs with cron next to the app:
// a sender (`outbox run`) sending continuously while writers and short-lived helpdesk-admin
// processes open, read, write and exit, and one writer is killed with SIGKILL in the middle of
// its work. Afterwards the database is intact, every write a process reported as committed is
// there, and every message reached the relay exactly once or is visibly still in the outbox.
// The same on PostgreSQL.

#include "Fixtures.h"
#include "OutboxTestUtil.h"
#include "TestDatabase.h"
#include "db/Database.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <vector>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

QString binary(const QString &relative)
{
    return qEnvironmentVariable("HELPDESK_BINARY_DIR") + u'/' + relative;
}

struct Child
{
    QString kind;
    std::unique_ptr<QProcess> process;
    QByteArray out;
    QByteArray err;
    bool killed = false;
};

qint64 scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    auto v = Database::scalar(db, sql, values);
    if (!v)
        qFatal("query failed: %s", qPrintable(v.error().toString()));
    return v.value().toLongLong();
}

} // namespace

class TestMultiProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void manyProcessesOneDatabase_data() { addDialectRows(); }
    void manyProcessesOneDatabase();

private:
    Child *spawn(const QString &kind, const QString &program, const QStringList &args);
    void reap(std::vector<std::unique_ptr<Child>> &children,
              std::vector<std::unique_ptr<Child>> &done);

    QString m_python;
    QString m_admin;
    QString m_writer;
    QTemporaryDir m_dir;
    TestCertificates m_certs;
    QProcessEnvironment m_env;
};

void TestMultiProcess::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = findRelayPython();
    HELPDESK_REQUIRE_RELAY(m_python);
    QString error;
    QVERIFY2(makeTestCertificates(m_dir.path(), &m_certs, &error), qPrintable(error));
    m_admin = binary(QStringLiteral("app/helpdesk-admin"));
    m_writer = binary(QStringLiteral("tests/reliability/helpdesk-test-writer"));
    QVERIFY2(QFile::exists(m_admin), qPrintable(m_admin));
    QVERIFY2(QFile::exists(m_writer), qPrintable(m_writer));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("HELPDESK_SMTP_PASSWORD"), TestRelay::Password);
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    // Leak reports of a process killed on purpose would only be noise.
    m_env.insert(QStringLiteral("ASAN_OPTIONS"),
                 qEnvironmentVariable("ASAN_OPTIONS") + QStringLiteral(":detect_leaks=0"));
}

Child *TestMultiProcess::spawn(const QString &kind, const QString &program, const QStringList &args)
{
    auto *child = new Child;
    child->kind = kind;
    child->process = std::make_unique<QProcess>();
    child->process->setProcessEnvironment(m_env);
    child->process->start(program, args);
    return child;
}

void TestMultiProcess::manyProcessesOneDatabase()
{
    QFETCH(QString, dialect);
    TestDatabase tdb(dialect);
    HELPDESK_REQUIRE_DB(tdb);
    const QString url = dialect == QLatin1String("sqlite") ? tdb.settings().sqlitePath : tdb.url();
    const QString maildir = m_dir.filePath(QStringLiteral("maildir-") + dialect);
    TestRelay relay;
    QString error;
    QVERIFY2(relay.start(m_python, m_certs, maildir, 0, &error), qPrintable(error));
    {
        QSqlDatabase &db = tdb.db();
        addStaff(db, QStringLiteral("writer"), QStringLiteral("Writer"));
        QVERIFY2(useRelay(db, relay, m_certs, &error), qPrintable(error));
    }

    // The processes below are the only users of the database from here on.
    tdb.closeConnections();

    // The sender runs all along, looking for due mail every second.
    std::unique_ptr<Child> sender(
        spawn(QStringLiteral("sender"), m_admin,
              {QStringLiteral("--database"), url, QStringLiteral("outbox"), QStringLiteral("run"),
               QStringLiteral("--interval"), QStringLiteral("1")}));
    QVERIFY(sender->process->waitForStarted(10'000));

    std::vector<std::unique_ptr<Child>> running;
    std::vector<std::unique_ptr<Child>> finished;
    int round = 0;
    bool killedOne = false;
    QElapsedTimer clock;
    clock.start();
    const qint64 loadMs = 20'000;
    while (clock.elapsed() < loadMs) {
        // Two writers at all times, and short-lived tools coming and going beside them.
        int writers = 0;
        for (const auto &c : running)
            writers += c->kind == QLatin1String("writer") ? 1 : 0;
        while (writers < 2) {
            running.emplace_back(spawn(QStringLiteral("writer"), m_writer,
                                       {url, QStringLiteral("writer"), QStringLiteral("6"),
                                        QStringLiteral("w%1").arg(++round)}));
            ++writers;
        }
        if (running.size() < 6) {
            switch (round % 3) {
            case 0:
                running.emplace_back(spawn(
                    QStringLiteral("create"), m_admin,
                    {QStringLiteral("--database"), url, QStringLiteral("tickets"),
                     QStringLiteral("create"), QStringLiteral("--subject"),
                     QStringLiteral("Locked out after a password change"),
                     QStringLiteral("--requester"), QStringLiteral("cli%1@example.com").arg(round),
                     QStringLiteral("--as"), QStringLiteral("writer"), QStringLiteral("--json")}));
                break;
            case 1:
                running.emplace_back(spawn(QStringLiteral("list"), m_admin,
                                           {QStringLiteral("--database"), url,
                                            QStringLiteral("tickets"), QStringLiteral("list"),
                                            QStringLiteral("--limit"), QStringLiteral("20")}));
                break;
            default:
                running.emplace_back(
                    spawn(QStringLiteral("escalate"), m_admin,
                          {QStringLiteral("--database"), url, QStringLiteral("escalate")}));
                break;
            }
            ++round;
        }
        // Halfway through, a writer is killed in the middle of its work.
        if (!killedOne && clock.elapsed() > loadMs / 2) {
            killedOne = true;
            std::unique_ptr<Child> victim(
                spawn(QStringLiteral("victim"), m_writer,
                      {url, QStringLiteral("writer"), QStringLiteral("100000"),
                       QStringLiteral("victim")}));
            QVERIFY(victim->process->waitForStarted(10'000));
            QTest::qWait(700 + QRandomGenerator::global()->bounded(800));
            victim->process->kill(); // SIGKILL
            victim->killed = true;
            victim->process->waitForFinished(10'000);
            victim->out += victim->process->readAllStandardOutput();
            finished.push_back(std::move(victim));
        }
        QTest::qWait(50);
        reap(running, finished);
    }
    // Let the last ones finish.
    QElapsedTimer tail;
    tail.start();
    while (!running.empty() && tail.elapsed() < 120'000) {
        QTest::qWait(100);
        reap(running, finished);
    }
    QVERIFY2(running.empty(), "some processes did not finish within two minutes");

    // Then, as with the app open all day and cron beside it: one long-running writer and the
    // sender, and one short-lived tool at a time. When a tool exits it is the last user of the
    // file as far as its locks tell, unless the long-running processes really hold theirs.
    std::unique_ptr<Child> desk(
        spawn(QStringLiteral("desk"), m_writer,
              {url, QStringLiteral("writer"), QStringLiteral("100000"), QStringLiteral("desk")}));
    QVERIFY(desk->process->waitForStarted(10'000));
    QElapsedTimer sequential;
    sequential.start();
    int step = 0;
    while (sequential.elapsed() < 10'000) {
        std::unique_ptr<Child> one(
            step % 2 == 0
                ? spawn(QStringLiteral("escalate"), m_admin,
                        {QStringLiteral("--database"), url, QStringLiteral("escalate")})
                : spawn(QStringLiteral("list"), m_admin,
                        {QStringLiteral("--database"), url, QStringLiteral("tickets"),
                         QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("5")}));
        ++step;
        QVERIFY(one->process->waitForFinished(60'000));
        one->out += one->process->readAllStandardOutput();
        one->err += one->process->readAllStandardError();
        finished.push_back(std::move(one));
        desk->out += desk->process->readAllStandardOutput();
        QTest::qWait(100);
    }
    QVERIFY2(desk->process->state() == QProcess::Running,
             (desk->err + desk->process->readAllStandardError()).constData());
    desk->process->kill();
    desk->killed = true;
    QVERIFY(desk->process->waitForFinished(10'000));
    desk->out += desk->process->readAllStandardOutput();
    desk->err += desk->process->readAllStandardError();
    QVERIFY2(desk->err.isEmpty(), desk->err.constData());
    finished.push_back(std::move(desk));

    // Stop the sender as an admin would (SIGTERM: it finishes and records its batch), then a
    // one-off run sends whatever was left.
    sender->process->terminate();
    QVERIFY(sender->process->waitForFinished(60'000));
    sender->err += sender->process->readAllStandardError();
    QProcess last;
    last.setProcessEnvironment(m_env);
    last.start(m_admin, {QStringLiteral("--database"), url, QStringLiteral("outbox"),
                         QStringLiteral("run"), QStringLiteral("--once")});
    QVERIFY(last.waitForFinished(120'000));
    const QString lastOut =
        QString::fromUtf8(last.readAllStandardOutput() + last.readAllStandardError());

    // What the processes said they committed.
    QSet<qint64> tickets;
    QSet<qint64> replied;
    int failures = 0;
    for (const auto &c : finished) {
        const QString out = QString::fromUtf8(c->out);
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList words = line.split(u' ');
            if (words.size() == 2 && words.at(0) == QLatin1String("ticket"))
                tickets.insert(words.at(1).toLongLong());
            else if (words.size() == 2 && words.at(0) == QLatin1String("reply"))
                replied.insert(words.at(1).toLongLong());
            else if (c->kind == QLatin1String("create") &&
                     line.contains(QLatin1String("\"number\"")))
                tickets.insert(line.section(QStringLiteral("\"number\":"), 1)
                                   .section(u',', 0, 0)
                                   .toLongLong());
        }
        const bool ok = c->killed || (c->process->exitStatus() == QProcess::NormalExit &&
                                      c->process->exitCode() == 0);
        if (!ok) {
            ++failures;
            qWarning("%s exited %d: %s", qPrintable(c->kind), c->process->exitCode(),
                     c->err.constData());
        }
    }
    QCOMPARE(failures, 0);
    QVERIFY2(tickets.size() > 20, qPrintable(QString::number(tickets.size())));
    qInfo("%lld tickets and %lld replies committed by %lld processes", qint64(tickets.size()),
          qint64(replied.size()), qint64(finished.size()));

    // A new connection sees an intact database with every committed write.
    QSqlDatabase check = tdb.openSecondConnection();
    if (dialect == QLatin1String("sqlite")) {
        auto integrity = Database::scalar(check, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.ok());
        QCOMPARE(integrity.value().toString(), QStringLiteral("ok"));
    }
    for (qint64 id : std::as_const(tickets))
        QVERIFY2(scalar(check, QStringLiteral("SELECT COUNT(*) FROM tickets WHERE id = ?"), {id}) ==
                     1,
                 qPrintable(QStringLiteral("ticket %1 was committed but is gone").arg(id)));
    for (qint64 id : std::as_const(replied)) {
        QCOMPARE(scalar(check,
                        QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE ticket_id = ? AND "
                                       "kind = 'reply'"),
                        {id}),
                 qint64(1));
        QCOMPARE(
            scalar(check, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE ticket_id = ?"), {id}),
            qint64(1));
    }

    // Every message: at the relay exactly once, or visibly still waiting.
    const QHash<QString, int> atRelay = messageIdCounts(maildir);
    auto rows = Database::exec(check, QStringLiteral("SELECT message_id, status FROM outbox"));
    QVERIFY(rows.ok());
    int sent = 0;
    int waiting = 0;
    while (rows.value().next()) {
        const QString id = rows.value().value(0).toString();
        const QString status = rows.value().value(1).toString();
        const int copies = atRelay.value(id);
        QVERIFY2(copies <= 1,
                 qPrintable(QStringLiteral("%1 reached the relay %2 times").arg(id).arg(copies)));
        if (status == QLatin1String("sent")) {
            QVERIFY2(copies == 1, qPrintable(QStringLiteral("%1 is recorded as sent but the relay "
                                                            "has %2 copies")
                                                 .arg(id)
                                                 .arg(copies)));
            ++sent;
        } else {
            QVERIFY2(status == QLatin1String("queued") || status == QLatin1String("sending"),
                     qPrintable(id + QStringLiteral(" is ") + status));
            ++waiting;
        }
    }
    rows.value().finish();
    // Each reply queued exactly one message, the killed writer's included.
    QCOMPARE(
        qint64(sent + waiting),
        scalar(check, QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE kind = 'reply'")));
    QCOMPARE(int(atRelay.size()), sent);
    // Nothing is left behind: the one-off run sends all that the sender had not.
    QVERIFY2(waiting == 0, qPrintable(lastOut));
    qInfo("%d messages sent, each once", sent);
}

void TestMultiProcess::reap(std::vector<std::unique_ptr<Child>> &children,
                            std::vector<std::unique_ptr<Child>> &done)
{
    for (auto it = children.begin(); it != children.end();) {
        Child &c = **it;
        c.out += c.process->readAllStandardOutput();
        c.err += c.process->readAllStandardError();
        if (c.process->state() == QProcess::NotRunning) {
            c.out += c.process->readAllStandardOutput();
            c.err += c.process->readAllStandardError();
            done.push_back(std::move(*it));
            it = children.erase(it);
        } else {
            ++it;
        }
    }
}

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
