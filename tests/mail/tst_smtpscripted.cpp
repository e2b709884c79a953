// SmtpClient against a scripted peer: one _data() row per protocol situation (refusals,
// timeouts, drops, downgrades, floods), plus checks of what exactly went over the wire.

#include "ScriptedSmtpPeer.h"
#include "mail/MailLogging.h"
#include "mail/SmtpClient.h"

#include <QtTest>

using namespace helpdesk;
using helpdesk::test::ScriptedSmtpPeer;

namespace {

const QString kGreeting = QStringLiteral("S: 220 fake.example ESMTP ready");
const QStringList kEhlo = {QStringLiteral("C: EHLO *"), QStringLiteral("S: 250-fake.example"),
                           QStringLiteral("S: 250-PIPELINING"), QStringLiteral("S: 250 8BITMIME")};
const QStringList kEhloAuth = {QStringLiteral("C: EHLO *"),
                               QStringLiteral("S: 250-fake.example greets you"),
                               QStringLiteral("S: 250-SIZE 10000000"),
                               QStringLiteral("S: 250-AUTH LOGIN PLAIN"),
                               QStringLiteral("S: 250-8BITMIME"),
                               QStringLiteral("S: 250 HELP")};

QStringList transaction(const QString &to = QStringLiteral("anna@example.org"),
                        const QString &queued = QStringLiteral("250 2.0.0 queued as A1"))
{
    return {QStringLiteral("C: MAIL FROM:<helpdesk@example.org>*"),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: RCPT TO:<%1>").arg(to),
            QStringLiteral("S: 250 ok"),
            QStringLiteral("C: DATA"),
            QStringLiteral("S: 354 go ahead"),
            QStringLiteral("C: <DATA>"),
            QStringLiteral("S: ") + queued};
}

const QStringList kQuit = {QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")};

SmtpEnvelope envelope(int n = 1, QList<QByteArray> recipients = {"anna@example.org"})
{
    SmtpEnvelope e;
    e.reversePath = "helpdesk@example.org";
    e.recipients = std::move(recipients);
    e.messageId = "<m" + QByteArray::number(n) + "@example.org>";
    e.tag = n;
    e.data = "From: helpdesk@example.org\r\nTo: anna@example.org\r\nSubject: test " +
             QByteArray::number(n) + "\r\n\r\nHello.\r\n";
    return e;
}

SmtpSettings baseSettings(quint16 port)
{
    SmtpSettings s;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.security = SmtpSettings::Security::None;
    s.heloName = QStringLiteral("client.example.org");
    s.timeouts.connectMs = 3000;
    s.timeouts.greetingMs = 3000;
    s.timeouts.commandMs = 3000;
    s.timeouts.dataMs = 3000;
    return s;
}

struct Run
{
    QList<SmtpSendResult> perMessage;
    QList<SmtpSendResult> finished;
    bool done = false;
};

// Sends the batch and waits for finished(); fails the test when it never comes.
bool sendAndWait(SmtpClient &client, const QList<SmtpEnvelope> &batch, Run *run,
                 int timeoutMs = 15'000)
{
    QObject::connect(&client, &SmtpClient::messageFinished, &client,
                     [run](const SmtpSendResult &r) { run->perMessage.append(r); });
    QObject::connect(&client, &SmtpClient::finished, &client,
                     [run](const QList<SmtpSendResult> &r) {
                         run->finished = r;
                         run->done = true;
                     });
    if (!client.send(batch))
        return false;
    return QTest::qWaitFor([run] { return run->done; }, timeoutMs);
}

QString outcome(const SmtpSendResult &r)
{
    return r.accepted || !r.error ? QStringLiteral("accepted") : SmtpError::kindName(r.error->kind);
}

} // namespace

class TestSmtpScripted : public QObject
{
    Q_OBJECT
private slots:
    void transcript_data();
    void transcript();
    void stall_data();
    void stall();
    void dotStuffingOnTheWire();
    void authLoginSendsBase64Credentials();
    void secretsAreNotLogged();
    void refusedBeforeConnecting_data();
    void refusedBeforeConnecting();
    void plainToLocalhostAllowed();
    void busyClientRefusesSecondBatch();
    void abortAfterTheDataMayHaveDelivered();
    void dotStuffHelper_data();
    void dotStuffHelper();
};

void TestSmtpScripted::transcript_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("variant"); // settings: plain, auth, login, starttls, fast
    QTest::addColumn<int>("messageCount");
    QTest::addColumn<QStringList>("expected");  // per message: "accepted" or an error kind
    QTest::addColumn<QStringList>("neverSent"); // client line prefixes that must not appear
    QTest::addColumn<QString>("inMessage");     // text the first error message must contain

    const QStringList none;
    QTest::newRow("happy path") << (QStringList{kGreeting} + kEhlo + transaction() + kQuit)
                                << "plain" << 1 << QStringList{"accepted"} << none << "";
    QTest::newRow("421 at greeting")
        << QStringList{"S: 421 4.3.2 fake.example busy, try later"} << "plain" << 1
        << QStringList{"Temporary"} << QStringList{"EHLO", "MAIL"} << "busy";
    QTest::newRow("554 at greeting")
        << QStringList{"S: 554 5.7.1 no service for you"} << "plain" << 2
        << QStringList{"Permanent", "Permanent"} << QStringList{"MAIL"} << "no service";
    QTest::newRow("multi-line EHLO, AUTH PLAIN, SIZE")
        << (QStringList{kGreeting} + kEhloAuth +
            QStringList{"C: AUTH PLAIN *", "S: 235 2.7.0 ok",
                        "C: MAIL FROM:<helpdesk@example.org> SIZE=*", "S: 250 ok",
                        "C: RCPT TO:<anna@example.org>", "S: 250 ok", "C: DATA", "S: 354 go",
                        "C: <DATA>", "S: 250 queued"} +
            kQuit)
        << "auth" << 1 << QStringList{"accepted"} << none << "";
    QTest::newRow("AUTH rejected")
        << (QStringList{kGreeting} + kEhloAuth +
            QStringList{"C: AUTH PLAIN *", "S: 535 5.7.8 credentials invalid"})
        << "auth" << 1 << QStringList{"AuthenticationRejected"} << QStringList{"MAIL"}
        << "credentials invalid";
    QTest::newRow("no usable AUTH mechanism")
        << (QStringList{kGreeting} +
            QStringList{"C: EHLO *", "S: 250-fake", "S: 250 AUTH CRAM-MD5"})
        << "auth" << 1 << QStringList{"AuthenticationRejected"} << QStringList{"AUTH", "MAIL"}
        << "CRAM-MD5";
    QTest::newRow("4xx on RCPT") << (QStringList{kGreeting} + kEhlo +
                                     QStringList{"C: MAIL FROM:<helpdesk@example.org>", "S: 250 ok",
                                                 "C: RCPT TO:<anna@example.org>",
                                                 "S: 450 4.2.1 mailbox busy"} +
                                     kQuit)
                                 << "plain" << 1 << QStringList{"Temporary"} << QStringList{"DATA"}
                                 << "anna@example.org";
    QTest::newRow("5xx on one of two RCPT: nothing sent")
        << (QStringList{kGreeting} + kEhlo +
            QStringList{"C: MAIL FROM:<helpdesk@example.org>", "S: 250 ok",
                        "C: RCPT TO:<anna@example.org>", "S: 250 ok",
                        "C: RCPT TO:<bob@example.org>", "S: 550 5.1.1 no such user"} +
            kQuit)
        << "plain" << -2 << QStringList{"RecipientRefused"} << QStringList{"DATA"}
        << "bob@example.org";
    QTest::newRow("5xx on DATA") << (QStringList{kGreeting} + kEhlo +
                                     QStringList{"C: MAIL FROM:<helpdesk@example.org>", "S: 250 ok",
                                                 "C: RCPT TO:<anna@example.org>", "S: 250 ok",
                                                 "C: DATA", "S: 554 5.5.1 no valid recipients"} +
                                     kQuit)
                                 << "plain" << 1 << QStringList{"Permanent"} << none
                                 << "no valid recipients";
    QTest::newRow("5xx after the data")
        << (QStringList{kGreeting} + kEhlo +
            transaction(QStringLiteral("anna@example.org"),
                        QStringLiteral("550 5.7.1 message content rejected")) +
            kQuit)
        << "plain" << 1 << QStringList{"Permanent"} << none << "content rejected";
    QTest::newRow("552 after the data")
        << (QStringList{kGreeting} + kEhlo +
            transaction(QStringLiteral("anna@example.org"),
                        QStringLiteral("552 5.3.4 message too big")) +
            kQuit)
        << "plain" << 1 << QStringList{"MessageTooLarge"} << none << "too big";
    QTest::newRow("connection dropped mid-DATA")
        << (QStringList{kGreeting} + kEhlo +
            QStringList{"C: MAIL FROM:<helpdesk@example.org>", "S: 250 ok",
                        "C: RCPT TO:<anna@example.org>", "S: 250 ok", "C: DATA", "S: 354 go",
                        "X: close"})
        << "plain" << 2 << QStringList{"ConnectionLost", "ConnectionLost"} << none << "";
    QTest::newRow("server stops answering")
        << QStringList{kGreeting, "C: EHLO *", "X: hang"} << "fast" << 1 << QStringList{"Timeout"}
        << QStringList{"MAIL"} << "EHLO";
    QTest::newRow("no greeting at all")
        << QStringList{"X: hang"} << "fast" << 1 << QStringList{"Timeout"} << QStringList{"EHLO"}
        << "greeting";
    QTest::newRow("STARTTLS downgrade refused")
        << (QStringList{kGreeting} + kEhloAuth + QStringList{"X: hang"}) << "starttls" << 1
        << QStringList{"StartTlsUnavailable"} << QStringList{"AUTH", "MAIL", "STARTTLS"}
        << "STARTTLS";
    QTest::newRow("STARTTLS refused by server")
        << (QStringList{kGreeting, "C: EHLO *", "S: 250-fake", "S: 250 STARTTLS", "C: STARTTLS",
                        "S: 502 5.5.1 not today"})
        << "starttls" << 1 << QStringList{"StartTlsUnavailable"} << QStringList{"AUTH", "MAIL"}
        << "not today";
    QTest::newRow("STARTTLS response injection")
        << QStringList{kGreeting,     "C: EHLO *",
                       "S: 250-fake", "S: 250 STARTTLS",
                       "C: STARTTLS", "S: 220 go ahead\\r\\n250-injected in clear"}
        << "starttls" << 1 << QStringList{"Protocol"} << QStringList{"AUTH", "MAIL"} << "injection";
    QTest::newRow("huge reply line")
        << QStringList{kGreeting, "C: EHLO *", "X: flood 1048576"} << "plain" << 1
        << QStringList{"Protocol"} << QStringList{"MAIL"} << "longer than";
    QTest::newRow("garbage instead of a reply")
        << QStringList{"S: hello, this is not SMTP"} << "plain" << 1 << QStringList{"Protocol"}
        << QStringList{"EHLO"} << "not valid SMTP";
    QTest::newRow("code changes inside multi-line reply")
        << QStringList{kGreeting, "C: EHLO *", "S: 250-fake", "S: 251 other"} << "plain" << 1
        << QStringList{"Protocol"} << QStringList{"MAIL"} << "multi-line";
    QTest::newRow("SIZE exceeded: refused before MAIL")
        << (QStringList{kGreeting, "C: EHLO *", "S: 250-fake", "S: 250 SIZE 50"} + kQuit) << "plain"
        << 1 << QStringList{"MessageTooLarge"} << QStringList{"MAIL"} << "50";
    QTest::newRow("RSET between two messages")
        << (QStringList{kGreeting} + kEhlo + transaction() +
            QStringList{"C: RSET", "S: 250 2.0.0 ok"} + transaction() + kQuit)
        << "plain" << 2 << QStringList{"accepted", "accepted"} << none << "";
    QTest::newRow("first refused, second still sent")
        << (QStringList{kGreeting} + kEhlo +
            QStringList{"C: MAIL FROM:<helpdesk@example.org>", "S: 250 ok",
                        "C: RCPT TO:<anna@example.org>", "S: 550 5.1.1 unknown user", "C: RSET",
                        "S: 250 ok"} +
            transaction() + kQuit)
        << "plain" << 2 << QStringList{"RecipientRefused", "accepted"} << QStringList{} << "anna";
    QTest::newRow("421 mid-session fails the rest")
        << (QStringList{kGreeting} + kEhlo +
            QStringList{"C: MAIL FROM:<helpdesk@example.org>", "S: 421 4.4.2 shutting down"})
        << "plain" << 3 << QStringList{"Temporary", "Temporary", "Temporary"} << QStringList{"RCPT"}
        << "shutting down";
    QTest::newRow("connection refused") << QStringList{"X: refuse"} << "plain" << 1
                                        << QStringList{"CannotConnect"} << QStringList{} << "";
}

void TestSmtpScripted::transcript()
{
    QFETCH(QStringList, script);
    QFETCH(QString, variant);
    QFETCH(int, messageCount);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, neverSent);
    QFETCH(QString, inMessage);

    const bool refuse = script == QStringList{QStringLiteral("X: refuse")};
    ScriptedSmtpPeer peer(refuse ? QStringList{} : script);
    quint16 port = 0;
    if (refuse) {
        QTcpServer probe; // a port that was free a moment ago and now has no listener
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } else {
        QVERIFY(peer.listen());
        port = peer.port();
    }

    SmtpSettings settings = baseSettings(port);
    if (variant == u"auth" || variant == u"login" || variant == u"starttls") {
        settings.user = QStringLiteral("agent");
        settings.password = QStringLiteral("s3cret");
    }
    if (variant == u"login")
        settings.authMechanism = SmtpSettings::AuthMechanism::Login;
    if (variant == u"starttls")
        settings.security = SmtpSettings::Security::StartTls;
    if (variant == u"fast") {
        settings.timeouts.greetingMs = 300;
        settings.timeouts.commandMs = 300;
    }

    QList<SmtpEnvelope> batch;
    if (messageCount == -2) { // one message, two recipients
        batch.append(envelope(1, {"anna@example.org", "bob@example.org"}));
    } else {
        for (int i = 1; i <= messageCount; ++i)
            batch.append(envelope(i));
    }
    if (variant == u"plain" && script.contains(QStringLiteral("S: 250 SIZE 50")))
        batch[0].data += QByteArray(100, 'x') + "\r\n";

    SmtpClient client(settings);
    Run run;
    QVERIFY(sendAndWait(client, batch, &run));

    QCOMPARE(run.perMessage.size(), batch.size());
    QCOMPARE(run.finished.size(), batch.size());
    QStringList outcomes;
    for (const SmtpSendResult &r : std::as_const(run.finished))
        outcomes << outcome(r);
    QCOMPARE(outcomes, expected);
    for (int i = 0; i < run.finished.size(); ++i) {
        QCOMPARE(run.finished[i].index, i);
        QCOMPARE(run.finished[i].tag, batch[i].tag);
        QCOMPARE(run.perMessage[i].index, i);
    }
    const SmtpSendResult &first = run.finished.first();
    if (!first.accepted) {
        QVERIFY2(first.error->error.message.contains(inMessage),
                 qPrintable(first.error->error.message));
        const SmtpError::Kind kind = first.error->kind;
        const bool retryable =
            kind == SmtpError::Kind::Temporary || kind == SmtpError::Kind::Timeout ||
            kind == SmtpError::Kind::ConnectionLost || kind == SmtpError::Kind::CannotConnect;
        QCOMPARE(first.error->isRetryable(), retryable);
        if (kind == SmtpError::Kind::RecipientRefused || expected.first() == u"Temporary")
            if (!first.error->refusedRecipients.isEmpty())
                QVERIFY(first.error->refusedRecipients.join(u' ').contains(inMessage));
    } else {
        QVERIFY(first.serverReply.startsWith(u"250"));
    }
    // Only a message whose data went out completely without a final reply may have been
    // delivered; of these rows only the mid-DATA drop gets near that, racing the client's write.
    for (const SmtpSendResult &r : std::as_const(run.finished)) {
        QCOMPARE(r.mayHaveBeenDelivered, r.error && r.error->mayHaveBeenDelivered);
        if (!r.error || r.error->kind != SmtpError::Kind::ConnectionLost)
            QVERIFY(!r.mayHaveBeenDelivered);
    }
    QVERIFY2(peer.mismatches().isEmpty(), qPrintable(peer.mismatches().join(u'\n')));
    if (!refuse && expected.contains(QStringLiteral("accepted")))
        QVERIFY2(peer.scriptDone(), "the client stopped before the script's end");
    for (const QString &line : peer.received()) {
        for (const QString &prefix : std::as_const(neverSent))
            QVERIFY2(!line.startsWith(prefix), qPrintable(QStringLiteral("sent: ") + line));
    }
    QVERIFY(!client.isBusy());
}

// A relay that stops answering at any step: the step's own deadline ends the session with a
// Timeout that names the step and the limit, the second message of the batch is not sent, and
// only a message whose data went out without a final reply may have been delivered.
void TestSmtpScripted::stall_data()
{
    QTest::addColumn<QStringList>("script");
    QTest::addColumn<QString>("variant"); // plain, auth, login, starttls, implicit
    QTest::addColumn<int>("limitMs");     // the deadline that must fire; 0: none (a drop)
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("inMessage"); // in the first failed message's text
    QTest::addColumn<bool>("mayHaveBeenDelivered");
    QTest::addColumn<int>("mailFromCount"); // MAIL FROM lines the client sent

    const QStringList timeouts = {"Timeout", "Timeout"};
    const QStringList ehloTls = {"C: EHLO *", "S: 250-fake", "S: 250 STARTTLS"};
    const QStringList mailRcpt = {"C: MAIL FROM:<helpdesk@example.org>", "S: 250 ok",
                                  "C: RCPT TO:<anna@example.org>", "S: 250 ok"};
    const QString noAnswer = QStringLiteral("did not answer %1 within 0.5 s");

    QTest::newRow("greeting") << QStringList{"X: hang"} << "plain" << 400 << timeouts
                              << "did not send its greeting within 0.4 s" << false << 0;
    QTest::newRow("EHLO") << QStringList{kGreeting, "C: EHLO *", "X: hang"} << "plain" << 500
                          << timeouts << noAnswer.arg("EHLO") << false << 0;
    QTest::newRow("EHLO, half a multi-line reply")
        << QStringList{kGreeting, "C: EHLO *", "S: 250-fake.example", "S: 250-PIPELINING",
                       "X: hang"}
        << "plain" << 500 << timeouts << noAnswer.arg("EHLO") << false << 0;
    QTest::newRow("STARTTLS unanswered")
        << (QStringList{kGreeting} + ehloTls + QStringList{"C: STARTTLS", "X: hang"}) << "starttls"
        << 500 << timeouts << noAnswer.arg("STARTTLS") << false << 0;
    QTest::newRow("TLS handshake after 220 to STARTTLS")
        << (QStringList{kGreeting} + ehloTls +
            QStringList{"C: STARTTLS", "S: 220 2.0.0 go ahead", "X: hang"})
        << "starttls" << 600 << timeouts << "(TLS) handshake within 0.6 s" << false << 0;
    QTest::newRow("TLS handshake, implicit TLS")
        << QStringList{"X: hang"} << "implicit" << 600 << timeouts << "(TLS) handshake within 0.6 s"
        << false << 0;
    QTest::newRow("AUTH PLAIN") << (QStringList{kGreeting} + kEhloAuth +
                                    QStringList{"C: AUTH PLAIN *", "X: hang"})
                                << "auth" << 500 << timeouts << noAnswer.arg("AUTH PLAIN") << false
                                << 0;
    QTest::newRow("AUTH LOGIN") << (QStringList{kGreeting} + kEhloAuth +
                                    QStringList{"C: AUTH LOGIN", "X: hang"})
                                << "login" << 500 << timeouts << noAnswer.arg("AUTH LOGIN") << false
                                << 0;
    QTest::newRow("AUTH LOGIN after the user name")
        << (QStringList{kGreeting} + kEhloAuth +
            QStringList{"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: *", "X: hang"})
        << "login" << 500 << timeouts << noAnswer.arg("AUTH LOGIN (after the user name)") << false
        << 0;
    QTest::newRow("MAIL FROM") << (QStringList{kGreeting} + kEhlo +
                                   QStringList{"C: MAIL FROM:*", "X: hang"})
                               << "plain" << 500 << timeouts << noAnswer.arg("MAIL FROM") << false
                               << 1;
    QTest::newRow("RCPT TO") << (QStringList{kGreeting} + kEhlo +
                                 QStringList{"C: MAIL FROM:*", "S: 250 ok", "C: RCPT TO:*",
                                             "X: hang"})
                             << "plain" << 500 << timeouts << noAnswer.arg("RCPT TO") << false << 1;
    QTest::newRow("DATA") << (QStringList{kGreeting} + kEhlo + mailRcpt +
                              QStringList{"C: DATA", "X: hang"})
                          << "plain" << 500 << timeouts << noAnswer.arg("DATA") << false << 1;
    QTest::newRow("final reply after the data")
        << (QStringList{kGreeting} + kEhlo + mailRcpt +
            QStringList{"C: DATA", "S: 354 go ahead", "C: <DATA>", "X: hang"})
        << "plain" << 700 << timeouts
        << "did not confirm the message within 0.7 s after it was sent; it may have been "
           "delivered, so the next attempt can send it twice."
        << true << 1;
    QTest::newRow("dropped after the data")
        << (QStringList{kGreeting} + kEhlo + mailRcpt +
            QStringList{"C: DATA", "S: 354 go ahead", "C: <DATA>", "X: close"})
        << "plain" << 0 << QStringList{"ConnectionLost", "ConnectionLost"}
        << "before it confirmed it" << true << 1;
    QTest::newRow("RSET after an accepted message")
        << (QStringList{kGreeting} + kEhlo + transaction() + QStringList{"C: RSET", "X: hang"})
        << "plain" << 500 << QStringList{"accepted", "Timeout"} << noAnswer.arg("RSET") << false
        << 1;
    QTest::newRow("QUIT unanswered: both stay accepted")
        << (QStringList{kGreeting} + kEhlo + transaction() + QStringList{"C: RSET", "S: 250 ok"} +
            transaction() + QStringList{"C: QUIT", "X: hang"})
        << "plain" << 300 << QStringList{"accepted", "accepted"} << "" << false << 2;
}

void TestSmtpScripted::stall()
{
    QFETCH(QStringList, script);
    QFETCH(QString, variant);
    QFETCH(int, limitMs);
    QFETCH(QStringList, expected);
    QFETCH(QString, inMessage);
    QFETCH(bool, mayHaveBeenDelivered);
    QFETCH(int, mailFromCount);

    ScriptedSmtpPeer peer(script);
    QVERIFY(peer.listen());
    SmtpSettings settings = baseSettings(peer.port());
    // A different limit per step, so that the message and the time tell which deadline fired.
    settings.timeouts.lookupMs = 5000;
    settings.timeouts.connectMs = 5000;
    settings.timeouts.tlsMs = 600;
    settings.timeouts.greetingMs = 400;
    settings.timeouts.commandMs = 500;
    settings.timeouts.dataMs = 700;
    settings.timeouts.quitMs = 300;
    if (variant == u"auth" || variant == u"login") {
        settings.user = QStringLiteral("agent");
        settings.password = QStringLiteral("s3cret");
    }
    if (variant == u"login")
        settings.authMechanism = SmtpSettings::AuthMechanism::Login;
    if (variant == u"starttls")
        settings.security = SmtpSettings::Security::StartTls;
    if (variant == u"implicit")
        settings.security = SmtpSettings::Security::ImplicitTls;

    SmtpClient client(settings);
    Run run;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(sendAndWait(client, {envelope(1), envelope(2)}, &run));
    const qint64 elapsed = clock.elapsed();

    QStringList outcomes;
    for (const SmtpSendResult &r : std::as_const(run.finished))
        outcomes << outcome(r);
    QCOMPARE(outcomes, expected);
    // The step's own deadline, not a later or a longer one; generous for a sanitizer build.
    constexpr qint64 kMargin = 2500;
    QVERIFY2(elapsed <= limitMs + kMargin, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed >= limitMs * 9 / 10, qPrintable(QString::number(elapsed)));

    bool firstFailure = true;
    for (const SmtpSendResult &r : std::as_const(run.finished)) {
        QCOMPARE(r.mayHaveBeenDelivered, r.error && r.error->mayHaveBeenDelivered);
        if (r.accepted)
            continue;
        QVERIFY(r.error->isRetryable());
        if (firstFailure) {
            QVERIFY2(r.error->error.message.contains(inMessage),
                     qPrintable(r.error->error.message));
            QCOMPARE(r.mayHaveBeenDelivered, mayHaveBeenDelivered);
            firstFailure = false;
        } else {
            QVERIFY2(!r.mayHaveBeenDelivered, "a message that was never sent");
            QVERIFY2(!r.error->error.message.contains(QLatin1String("may have been delivered")),
                     qPrintable(r.error->error.message));
        }
    }
    QVERIFY2(peer.mismatches().isEmpty(), qPrintable(peer.mismatches().join(u'\n')));
    const auto mailFrom =
        std::count_if(peer.received().begin(), peer.received().end(), [](const QString &line) {
            return line.startsWith(QLatin1String("MAIL FROM"));
        });
    QCOMPARE(int(mailFrom), mailFromCount);
    QVERIFY(!client.isBusy());
}

void TestSmtpScripted::dotStuffingOnTheWire()
{
    ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhlo + transaction() + kQuit);
    QVERIFY(peer.listen());
    SmtpClient client(baseSettings(peer.port()));
    SmtpEnvelope e = envelope();
    e.data =
        "Subject: dots\r\n\r\n.leading dot\r\n..two dots\r\n.\r\nbare\nLF and no final newline";
    Run run;
    QVERIFY(sendAndWait(client, {e}, &run));
    QVERIFY(run.finished.first().accepted);
    QCOMPARE(peer.messages().size(), 1);
    QCOMPARE(peer.messages().first(),
             QByteArray("Subject: dots\r\n\r\n..leading dot\r\n...two dots\r\n..\r\nbare\r\n"
                        "LF and no final newline\r\n"));
}

void TestSmtpScripted::authLoginSendsBase64Credentials()
{
    ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhloAuth +
                          QStringList{"C: AUTH LOGIN", "S: 334 VXNlcm5hbWU6", "C: *",
                                      "S: 334 UGFzc3dvcmQ6", "C: *", "S: 235 2.7.0 ok"} +
                          transaction() + kQuit);
    QVERIFY(peer.listen());
    SmtpSettings settings = baseSettings(peer.port());
    settings.user = QStringLiteral("agent");
    settings.password = QStringLiteral("pässwörd");
    settings.authMechanism = SmtpSettings::AuthMechanism::Login;
    SmtpClient client(settings);
    Run run;
    QVERIFY(sendAndWait(client, {envelope()}, &run));
    QVERIFY(run.finished.first().accepted);
    QVERIFY(peer.mismatches().isEmpty());
    const QStringList &lines = peer.received();
    const qsizetype authAt = lines.indexOf(QStringLiteral("AUTH LOGIN"));
    QVERIFY(authAt >= 0);
    QCOMPARE(lines.at(authAt + 1), QString::fromLatin1(QByteArray("agent").toBase64()));
    QCOMPARE(lines.at(authAt + 2),
             QString::fromLatin1(QStringLiteral("pässwörd").toUtf8().toBase64()));
}

namespace {
QStringList *g_logLines = nullptr;
QtMessageHandler g_previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_logLines)
        g_logLines->append(message);
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}
} // namespace

void TestSmtpScripted::secretsAreNotLogged()
{
    const QString password = QStringLiteral("hunter2-very-secret");
    const QByteArray plainPayload =
        (QByteArray("\0agent\0", 7) + password.toUtf8()).toBase64(); // what AUTH PLAIN sends
    ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhloAuth +
                          QStringList{"C: AUTH PLAIN *", "S: 235 ok"} + transaction() + kQuit);
    QVERIFY(peer.listen());
    SmtpSettings settings = baseSettings(peer.port());
    settings.user = QStringLiteral("agent");
    settings.password = password;
    SmtpEnvelope e = envelope();
    e.data += "Reset link: https://example.org/reset?token=SECRET-TOKEN-123\r\n";

    QStringList lines;
    g_logLines = &lines;
    QLoggingCategory::setFilterRules(QStringLiteral("helpdesk.mail.debug=true"));
    g_previousHandler = qInstallMessageHandler(captureLog);
    {
        SmtpClient client(settings);
        Run run;
        const bool ok = sendAndWait(client, {e}, &run);
        qInstallMessageHandler(g_previousHandler);
        QLoggingCategory::setFilterRules(QString());
        g_logLines = nullptr;
        QVERIFY(ok);
        QVERIFY(run.finished.first().accepted);
    }
    // The relay did get the credentials; the log did not.
    QVERIFY(peer.received().contains(QStringLiteral("AUTH PLAIN ") +
                                     QString::fromLatin1(plainPayload)));
    QVERIFY(!lines.isEmpty());
    const QString joined = lines.join(u'\n');
    QVERIFY(joined.contains(QStringLiteral("AUTH PLAIN [hidden]")));
    QVERIFY(!joined.contains(password));
    QVERIFY(!joined.contains(QString::fromLatin1(plainPayload)));
    QVERIFY(!joined.contains(QStringLiteral("SECRET-TOKEN-123")));
}

void TestSmtpScripted::refusedBeforeConnecting_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("allowPlain");
    QTest::addColumn<QString>("user");
    QTest::newRow("non-loopback address") << "192.0.2.1" << false << "";
    QTest::newRow("non-loopback name") << "mail.example.com" << false << "";
    QTest::newRow("allowed plain but password") << "192.0.2.1" << true << "agent";
    QTest::newRow("allowed plain but password, by name") << "mail.example.com" << true << "agent";
}

void TestSmtpScripted::refusedBeforeConnecting()
{
    QFETCH(QString, host);
    QFETCH(bool, allowPlain);
    QFETCH(QString, user);
    SmtpSettings settings = baseSettings(25);
    settings.host = host;
    settings.allowPlainOnNonLoopback = allowPlain;
    settings.user = user;
    settings.password = QStringLiteral("secret");
    SmtpClient client(settings);
    Run run;
    QVERIFY(sendAndWait(client, {envelope()}, &run));
    const SmtpSendResult &r = run.finished.first();
    QVERIFY(!r.accepted);
    QCOMPARE(SmtpError::kindName(r.error->kind), QStringLiteral("Configuration"));
    QVERIFY(!r.error->isRetryable());
    QVERIFY2(r.error->error.message.contains(host), qPrintable(r.error->error.message));
    QVERIFY2(r.error->error.message.contains(QLatin1String("TLS")),
             qPrintable(r.error->error.message));
}

void TestSmtpScripted::plainToLocalhostAllowed()
{
    for (const QString &host : {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")}) {
        ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhloAuth +
                              QStringList{"C: AUTH PLAIN *", "S: 235 ok"} + transaction() + kQuit);
        QVERIFY(peer.listen());
        SmtpSettings settings = baseSettings(peer.port());
        settings.host = host;
        settings.user = QStringLiteral("agent"); // credentials in clear are fine on loopback
        settings.password = QStringLiteral("secret");
        SmtpClient client(settings);
        Run run;
        QVERIFY(sendAndWait(client, {envelope()}, &run));
        QVERIFY2(run.finished.first().accepted, qPrintable(outcome(run.finished.first())));
    }
}

void TestSmtpScripted::busyClientRefusesSecondBatch()
{
    ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhlo + transaction() + kQuit);
    QVERIFY(peer.listen());
    SmtpClient client(baseSettings(peer.port()));
    Run run;
    QObject::connect(&client, &SmtpClient::finished, &client,
                     [&run](const QList<SmtpSendResult> &r) {
                         run.finished = r;
                         run.done = true;
                     });
    QVERIFY(client.send({envelope()}));
    QVERIFY(client.isBusy());
    QVERIFY(!client.send({envelope(2)}));
    QVERIFY(!client.setSettings(baseSettings(1)));
    QTRY_VERIFY_WITH_TIMEOUT(run.done, 10'000);
    QVERIFY(run.finished.first().accepted);
    QVERIFY(!client.isBusy());

    // abort() while connecting: every message fails as Cancelled, retryable.
    ScriptedSmtpPeer silent(QStringList{QStringLiteral("X: hang")});
    QVERIFY(silent.listen());
    QVERIFY(client.setSettings(baseSettings(silent.port())));
    run = {};
    QVERIFY(client.send({envelope(1), envelope(2)}));
    QTest::qWait(50);
    client.abort();
    QTRY_VERIFY_WITH_TIMEOUT(run.done, 5'000);
    QCOMPARE(run.finished.size(), 2);
    QCOMPARE(run.finished[1].error->kind, SmtpError::Kind::Cancelled);
    QVERIFY(run.finished[1].error->isRetryable());
}

void TestSmtpScripted::abortAfterTheDataMayHaveDelivered()
{
    ScriptedSmtpPeer peer(QStringList{kGreeting} + kEhlo +
                          QStringList{"C: MAIL FROM:*", "S: 250 ok", "C: RCPT TO:*", "S: 250 ok",
                                      "C: DATA", "S: 354 go ahead", "C: <DATA>", "X: hang"});
    QVERIFY(peer.listen());
    SmtpClient client(baseSettings(peer.port()));
    Run run;
    QObject::connect(&client, &SmtpClient::finished, &client,
                     [&run](const QList<SmtpSendResult> &r) {
                         run.finished = r;
                         run.done = true;
                     });
    QVERIFY(client.send({envelope(1), envelope(2)}));
    QTRY_COMPARE_WITH_TIMEOUT(peer.messages().size(), 1, 10'000);
    client.abort(); // the relay has the data, its reply has not come
    QTRY_VERIFY_WITH_TIMEOUT(run.done, 5'000);
    QCOMPARE(run.finished.size(), 2);
    QCOMPARE(run.finished[0].error->kind, SmtpError::Kind::Cancelled);
    QVERIFY(run.finished[0].mayHaveBeenDelivered);
    QVERIFY(run.finished[0].error->error.message.contains(QLatin1String("may have been")));
    QCOMPARE(run.finished[1].error->kind, SmtpError::Kind::Cancelled);
    QVERIFY(!run.finished[1].mayHaveBeenDelivered);
}

void TestSmtpScripted::dotStuffHelper_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("empty") << QByteArray() << QByteArray(".\r\n");
    QTest::newRow("no final newline") << QByteArray("a") << QByteArray("a\r\n.\r\n");
    QTest::newRow("lone dot line")
        << QByteArray("a\r\n.\r\nb\r\n") << QByteArray("a\r\n..\r\nb\r\n.\r\n");
    QTest::newRow("dot first") << QByteArray(".a") << QByteArray("..a\r\n.\r\n");
    QTest::newRow("dot inside line") << QByteArray("a.b\r\n") << QByteArray("a.b\r\n.\r\n");
    QTest::newRow("bare CR and LF") << QByteArray("a\rb\nc") << QByteArray("a\r\nb\r\nc\r\n.\r\n");
    QTest::newRow("CRLF.CRLF inside") << QByteArray("x\r\n.\r\n") << QByteArray("x\r\n..\r\n.\r\n");
}

void TestSmtpScripted::dotStuffHelper()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(SmtpClient::dotStuff(input), expected);
}

QTEST_GUILESS_MAIN(TestSmtpScripted)
#include "tst_smtpscripted.moc"
