// ImapClient against a real Dovecot on loopback (DovecotServer): list, fetch without \Seen,
// flag, move, a restarted client that sees nothing twice, a new UIDVALIDITY, STARTTLS and
// implicit TLS, certificate trust and pinning, the wrong password, a server that never answers,
// and the worker thread.
#include "DovecotServer.h"

#include "inbound/ImapClient.h"
#include "inbound/ImapWorker.h"
#include "inbound/MimeParser.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QProcess>
#include <QTcpServer>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
QByteArray mail(int n)
{
    return QStringLiteral(
               "From: Customer %1 <c%1@customer.example>\r\nTo: support@helpdesk.example.com\r\n"
               "Subject: Question %1\r\nMessage-ID: <imap-%1@customer.example>\r\n"
               "Date: Thu, 23 Jan 2025 10:00:00 +0000\r\n\r\nHello, this is message %1.\r\n")
        .arg(n)
        .toUtf8();
}
} // namespace

class TstImapClient : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listFetchFlagOverImplicitTls();
    void restartedClientSeesNothingTwice();
    void startTls();
    void moveToFolder();
    void missingFolders();
    void uidValidityChangeRescans();
    void wrongPasswordIsLoginRefused();
    void untrustedCertificateIsTls();
    void pinnedKey();
    void stalledServerTimesOut();
    void stalledCommandTimesOut();
    void nobodyListening();
    void workerRunsOffTheCallingThread();
    void workerDestroyedDuringAStall();

private:
    ImapSettings
    settings(ImapSettings::Security security = ImapSettings::Security::ImplicitTls) const;
    DovecotServer m_server;
    ImapSyncState m_state;
};

void TstImapClient::initTestCase()
{
    if (!DovecotServer::isInstalled()) {
        if (qEnvironmentVariableIntValue("HELPDESK_REQUIRE_SERVICES"))
            QFAIL("dovecot-imapd is required (HELPDESK_REQUIRE_SERVICES=1) but not installed");
        QSKIP("dovecot-imapd is not installed");
    }
    QString error;
    QVERIFY2(m_server.start(&error), qPrintable(error));
}

ImapSettings TstImapClient::settings(ImapSettings::Security security) const
{
    ImapSettings s;
    s.host = m_server.host();
    s.security = security;
    s.port = security == ImapSettings::Security::ImplicitTls ? m_server.implicitTlsPort()
                                                             : m_server.startTlsPort();
    s.user = m_server.user();
    s.caFile = m_server.caFile();
    s.connectTimeoutMs = 10'000;
    s.commandTimeoutMs = 10'000;
    return s;
}

void TstImapClient::listFetchFlagOverImplicitTls()
{
    for (int i = 1; i <= 3; ++i)
        QVERIFY(m_server.deliver(mail(i)));
    ImapClient client(settings());
    auto connected = client.connect(m_server.password());
    QVERIFY2(connected, connected ? "" : qPrintable(connected.error().detail + m_server.log()));
    QVERIFY(client.capabilities().contains(u"IMAP4REV1"));
    const auto listing = client.listNew({});
    QVERIFY2(listing, listing ? "" : qPrintable(listing.error().detail));
    QCOMPARE(listing->uids, (QList<quint32>{1, 2, 3}));
    QVERIFY(listing->mailbox.uidValidity != 0);
    QVERIFY(!listing->uidValidityChanged);
    for (const quint32 uid : listing->uids) {
        const auto message = client.fetch(uid);
        QVERIFY2(message, message ? "" : qPrintable(message.error().detail));
        QCOMPARE(message->uid, uid);
        const auto parsed = MimeParser().parse(message->raw);
        QVERIFY(parsed);
        QCOMPARE(parsed->messageId, QStringLiteral("<imap-%1@customer.example>").arg(uid));
        QVERIFY(!message->flags.contains(u"\\Seen"));
    }
    // BODY.PEEK[]: fetching left them unread.
    QVERIFY(!m_server.flags(QStringLiteral("INBOX"), 2).contains(u"\\Seen"));
    QVERIFY(client.markProcessed(1));
    QVERIFY(client.markProcessed(2));
    QVERIFY(client.markProcessed(3));
    const QString flags = m_server.flags(QStringLiteral("INBOX"), 1);
    QVERIFY2(flags.contains(u"\\Seen") && flags.contains(u"$HelpdeskProcessed"), qPrintable(flags));
    QCOMPARE(client.fetch(99).error().kind, ImapError::Kind::MessageGone);
    m_state = {listing->mailbox.uidValidity, 3};
    client.logout();
    QVERIFY(!client.isConnected());
}

void TstImapClient::restartedClientSeesNothingTwice()
{
    ImapClient client(settings());
    QVERIFY(client.connect(m_server.password()));
    auto listing = client.listNew(m_state);
    QVERIFY(listing);
    QVERIFY(listing->uids.isEmpty());
    // Even a lost last UID does not bring processed messages back.
    listing = client.listNew({m_state.uidValidity, 0});
    QVERIFY(listing);
    QVERIFY(listing->uids.isEmpty());
    QVERIFY(m_server.deliver(mail(4)));
    listing = client.listNew(m_state);
    QVERIFY(listing);
    QCOMPARE(listing->uids, QList<quint32>{4});
}

void TstImapClient::startTls()
{
    ImapClient client(settings(ImapSettings::Security::StartTls));
    auto connected = client.connect(m_server.password());
    QVERIFY2(connected, connected ? "" : qPrintable(connected.error().detail));
    const auto listing = client.listNew(m_state);
    QVERIFY(listing);
    QCOMPARE(listing->uids, QList<quint32>{4});
    QVERIFY(client.fetch(4));
}

void TstImapClient::moveToFolder()
{
    QVERIFY(m_server.createFolder(QStringLiteral("Processed")));
    ImapClient client(settings());
    QVERIFY(client.connect(m_server.password()));
    QVERIFY(client.listNew(m_state));
    const auto moved = client.move(4, QStringLiteral("Processed"));
    QVERIFY2(moved, moved ? "" : qPrintable(moved.error().detail));
    QVERIFY(client.fetch(4).error().kind == ImapError::Kind::MessageGone);
    QVERIFY2(m_server.status(QStringLiteral("Processed")).contains(u"messages=1"),
             qPrintable(m_server.status(QStringLiteral("Processed"))));
    QVERIFY(m_server.flags(QStringLiteral("Processed"), 1).contains(u"$HelpdeskProcessed"));
}

void TstImapClient::missingFolders()
{
    ImapClient client(settings());
    QVERIFY(client.connect(m_server.password()));
    const auto selected = client.select(QStringLiteral("No Such Folder"));
    QVERIFY(!selected);
    QCOMPARE(selected.error().kind, ImapError::Kind::FolderMissing);
    QVERIFY(selected.error().message.contains(u"folder"));
    QVERIFY(m_server.deliver(mail(5)));
    const auto listing = client.listNew(m_state);
    QVERIFY(listing);
    QCOMPARE(listing->uids, QList<quint32>{5});
    const auto moved = client.move(5, QStringLiteral("Nowhere/Else"));
    QVERIFY(!moved);
    QCOMPARE(moved.error().kind, ImapError::Kind::FolderMissing);
    QCOMPARE(ImapClient::quoteMailbox(QStringLiteral("Bearbeitet & erledigt")),
             QByteArray("\"Bearbeitet &- erledigt\""));
    QCOMPARE(ImapClient::quoteMailbox(QStringLiteral("Gelöscht")), QByteArray("\"Gel&APY-scht\""));
}

void TstImapClient::uidValidityChangeRescans()
{
    QString error;
    QVERIFY2(m_server.setUidValidity(QStringLiteral("INBOX"), m_state.uidValidity + 1000, &error),
             qPrintable(error));
    QVERIFY(m_server.deliver(mail(6)));
    ImapClient client(settings());
    QVERIFY(client.connect(m_server.password()));
    const auto listing = client.listNew({m_state.uidValidity, 6});
    QVERIFY(listing);
    QVERIFY(listing->uidValidityChanged);
    QCOMPARE(listing->mailbox.uidValidity, m_state.uidValidity + 1000);
    // The whole folder again: message 6 was never marked processed, so it comes although the
    // stored last UID covered it; 1-3 and 5 carry the keyword and do not.
    QCOMPARE(listing->uids, QList<quint32>{6});
    m_state = {listing->mailbox.uidValidity, 6};
}

void TstImapClient::wrongPasswordIsLoginRefused()
{
    ImapClient client(settings());
    const auto connected = client.connect(QStringLiteral("not-the-password"));
    QVERIFY(!connected);
    QCOMPARE(connected.error().kind, ImapError::Kind::LoginRefused);
    QVERIFY(connected.error().message.contains(u"refused the login"));
    QVERIFY(!connected.error().detail.contains(u"not-the-password"));
    QCOMPARE(connected.error().toError().code, Error::Code::PermissionDenied);
    ImapClient starttls(settings(ImapSettings::Security::StartTls));
    QCOMPARE(starttls.connect(QStringLiteral("wrong")).error().kind, ImapError::Kind::LoginRefused);
}

void TstImapClient::untrustedCertificateIsTls()
{
    ImapSettings s = settings();
    s.caFile.clear();
    ImapClient client(s);
    const auto connected = client.connect(m_server.password());
    QVERIFY(!connected);
    QCOMPARE(connected.error().kind, ImapError::Kind::Tls);
    ImapSettings st = settings(ImapSettings::Security::StartTls);
    st.caFile.clear();
    QCOMPARE(ImapClient(st).connect(m_server.password()).error().kind, ImapError::Kind::Tls);
}

void TstImapClient::pinnedKey()
{
    ImapSettings s = settings();
    s.pinnedSha256 = m_server.publicKeySha256();
    QVERIFY(!s.pinnedSha256.isEmpty());
    QVERIFY(ImapClient(s).connect(m_server.password()));
    s.pinnedSha256 = QByteArray(32, 'x').toBase64();
    const auto connected = ImapClient(s).connect(m_server.password());
    QVERIFY(!connected);
    QCOMPARE(connected.error().kind, ImapError::Kind::Tls);
}

void TstImapClient::stalledServerTimesOut()
{
    // Listens but never answers: the TCP connection is made, the TLS handshake never ends.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    for (const auto security :
         {ImapSettings::Security::ImplicitTls, ImapSettings::Security::StartTls}) {
        ImapSettings s = settings(security);
        s.port = silent.serverPort();
        s.connectTimeoutMs = 1500;
        QElapsedTimer timer;
        timer.start();
        const auto connected = ImapClient(s).connect(m_server.password());
        QVERIFY(!connected);
        QCOMPARE(connected.error().kind, ImapError::Kind::Timeout);
        QVERIFY2(timer.elapsed() >= 1000 && timer.elapsed() < 4000,
                 qPrintable(QString::number(timer.elapsed())));
    }
}

// Logs in, then never answers the FETCH: the command's own deadline ends it.
void TstImapClient::stalledCommandTimesOut()
{
    const QString python = qEnvironmentVariable("HELPDESK_PYTHON", QStringLiteral("python3"));
    QProcess server;
    server.start(python, {qEnvironmentVariable("HELPDESK_SOURCE_DIR") +
                              QStringLiteral("/tests/services/imap_stall.py"),
                          QStringLiteral("--cert"), m_server.caFile(), QStringLiteral("--key"),
                          m_server.keyFile(), QStringLiteral("--lifetime"), QStringLiteral("20")});
    QVERIFY2(server.waitForStarted(10'000), qPrintable(server.errorString()));
    QVERIFY(server.waitForReadyRead(10'000));
    const QByteArray ready = server.readLine().trimmed();
    QVERIFY2(ready.startsWith("READY "), ready.constData());
    ImapSettings s = settings();
    s.port = static_cast<quint16>(ready.mid(6).toUInt());
    s.commandTimeoutMs = 1500;
    s.fetchTimeoutMs = 1500;
    ImapClient client(s);
    const auto connected = client.connect(QStringLiteral("anything"));
    QVERIFY2(connected, connected ? "" : qPrintable(connected.error().detail));
    const auto listing = client.listNew({});
    QVERIFY(listing);
    QCOMPARE(listing->uids, QList<quint32>{1});
    QElapsedTimer timer;
    timer.start();
    const auto fetched = client.fetch(1);
    QVERIFY(!fetched);
    QCOMPARE(fetched.error().kind, ImapError::Kind::Timeout);
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 3500,
             qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!client.isConnected());
    QCOMPARE(client.markProcessed(1).error().kind, ImapError::Kind::NotConnected);
    server.kill();
    server.waitForFinished(5000);
}

void TstImapClient::nobodyListening()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    ImapSettings s = settings();
    s.port = port;
    const auto connected = ImapClient(s).connect(m_server.password());
    QVERIFY(!connected);
    QCOMPARE(connected.error().kind, ImapError::Kind::CannotConnect);
    QVERIFY(connected.error().message.contains(u"Cannot connect"));
}

void TstImapClient::workerRunsOffTheCallingThread()
{
    ImapWorker worker(settings());
    const QString password = m_server.password();
    QThread *caller = QThread::currentThread();
    auto future = worker.run([password, caller](ImapClient &client) -> ImapResult<ImapListing> {
        if (QThread::currentThread() == caller)
            return ImapError{
                ImapError::Kind::Protocol, QStringLiteral("ran on the caller's thread"), {}};
        if (auto r = client.connect(password); !r)
            return r.error();
        return client.listNew({});
    });
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 20'000);
    const auto listing = future.result();
    QVERIFY2(listing, listing ? "" : qPrintable(listing.error().message));
    QCOMPARE(listing->uids, QList<quint32>{6});
}

void TstImapClient::workerDestroyedDuringAStall()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ImapSettings s = settings();
    s.port = silent.serverPort();
    s.connectTimeoutMs = 60'000;
    QFuture<ImapResult<void>> future;
    QElapsedTimer timer;
    {
        ImapWorker worker(s);
        future = worker.run([](ImapClient &client) { return client.connect(QStringLiteral("x")); });
        QTest::qWait(300);
        timer.start();
    }
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(future.isFinished());
    QCOMPARE(future.result().error().kind, ImapError::Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TstImapClient)
#include "tst_imapclient.moc"
