// SmtpClient against a real relay (tests/services/smtp_relay.py on aiosmtpd) with a certificate
// made at test time: STARTTLS + AUTH PLAIN/LOGIN, batches, refusals, certificate pinning, and
// the MIME that arrived, parsed by Python's email package (tests/services/check_mime.py).

#include "MailTestUtil.h"
#include "mail/MimeBuilder.h"
#include "mail/SmtpClient.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <memory>

using namespace helpdesk;

namespace {

const QString kUser = QStringLiteral("agent@example.org");
const QString kPassword = QStringLiteral("correct horse 🐎 battery");
const QString kSubject = QStringLiteral("Passwort zurücksetzen – Ihr Konto bei Größe & Co. 🔐");
const QString kFromName = QStringLiteral("Helpdesk Müller, Support");
const QString kToName = QStringLiteral("Zoë Ångström");

struct Relay
{
    std::unique_ptr<QProcess> process;
    quint16 port = 0;
    QString maildir;
};

MailMessage richMessage(int n)
{
    MailMessage m;
    m.from = MailAddress(QStringLiteral("helpdesk@example.org"), kFromName);
    m.to = {MailAddress(QStringLiteral("zoe@example.org"), kToName),
            MailAddress(QStringLiteral("second@example.org"))};
    m.replyTo = MailAddress(QStringLiteral("support@example.org"));
    m.subject = kSubject + QStringLiteral(" #%1").arg(n);
    const QString longWord = QStringLiteral("Sehr").repeated(300);
    m.textBody = QStringLiteral("Hallo Zoë,\n\nbitte öffnen Sie den Link, um Ihr Passwort "
                                "zurückzusetzen: https://example.org/reset?t=abc=def\n"
                                ".Punkt am Zeilenanfang\n%1\nIhr Helpdesk\n")
                     .arg(longWord);
    m.htmlBody = QStringLiteral("<html><body><p>Hallo Zoë,</p><p>bitte öffnen Sie den Link, um "
                                "Ihr Passwort zurückzusetzen: <a href=\"https://example.org/"
                                "reset?t=abc=def\">https://example.org/reset?t=abc=def</a></p>"
                                "<p>.Punkt am Zeilenanfang</p><p>%1</p><p>Ihr Helpdesk</p>"
                                "</body></html>")
                     .arg(longWord);
    m.date = QDateTime(QDate(2024, 6, 4), QTime(9, 5, 0), QTimeZone(7200));
    m.extraHeaders = {{"Auto-Submitted", QStringLiteral("auto-generated")}};
    return m;
}

QStringList mailFiles(const QString &maildir)
{
    return QDir(maildir).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

struct Run
{
    QList<SmtpSendResult> results;
    bool done = false;
};

bool sendAndWait(SmtpClient &client, const QList<SmtpEnvelope> &batch, Run *run)
{
    QObject::connect(&client, &SmtpClient::finished, &client,
                     [run](const QList<SmtpSendResult> &r) {
                         run->results = r;
                         run->done = true;
                     });
    if (!client.send(batch))
        return false;
    return QTest::qWaitFor([run] { return run->done; }, 60'000);
}

// A value for every placeholder, with characters that need escaping in HTML and encoding in
// headers; the agent's signature names the agent, as the demo's do.
TemplateValues sampleValues()
{
    TemplateValues v;
    for (const Placeholder &p : TemplateRenderer::placeholders())
        v.insert(p.name, QStringLiteral("[%1]").arg(p.name));
    v.insert(QStringLiteral("customer.name"), kToName);
    v.insert(QStringLiteral("customer.email"), QStringLiteral("zoe@example.org"));
    v.insert(QStringLiteral("agent.name"), QStringLiteral("Maria Keller"));
    v.insert(QStringLiteral("agent.signature"),
             TemplateRenderer::signOff(QStringLiteral("Maria Keller"),
                                       QStringLiteral("Maria Keller\nAccount Support")));
    v.insert(QStringLiteral("company.name"), QStringLiteral("Größe & Co. Support"));
    v.insert(QStringLiteral("ticket.number"), QStringLiteral("#4711"));
    v.insert(QStringLiteral("ticket.subject"), QStringLiteral("Can't sign in <again>"));
    v.insert(QStringLiteral("link"), QStringLiteral("https://portal.example.org/reset?token=x"));
    v.insert(QStringLiteral("expires.in"), TemplateRenderer::durationText(10080));
    v.insert(QStringLiteral("expires.minutes"), QStringLiteral("10080"));
    v.insert(QStringLiteral("steps"), QStringLiteral("1. Try another browser.\n2. Clear cookies."));
    v.insert(QStringLiteral("reply.body"), QStringLiteral("Please try again & tell me."));
    return v;
}

QString describe(const SmtpSendResult &r)
{
    return r.accepted ? QStringLiteral("accepted: ") + r.serverReply
                      : SmtpError::kindName(r.error->kind) + QStringLiteral(": ") +
                            r.error->error.toString();
}

} // namespace

class TestSmtpRelay : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void starttlsWithAuth_data();
    void starttlsWithAuth();
    void batchOfThreeOnOneConnection();
    void wrongPasswordIsRejected();
    void untrustedCertificateThenPinned();
    void implicitTls();
    void everyShippedTemplateArrives();

private:
    bool startRelay(const QStringList &extraArgs, Relay *relay, QString *error);
    SmtpSettings settingsFor(const Relay &relay) const;
    QList<SmtpEnvelope> envelopes(int count) const;

    QTemporaryDir m_dir;
    QString m_python;
    helpdesk::test::TestCertificates m_certs;
    Relay m_starttls;
    Relay m_implicit;
};

bool TestSmtpRelay::startRelay(const QStringList &extraArgs, Relay *relay, QString *error)
{
    static int counter = 0;
    relay->maildir = m_dir.filePath(QStringLiteral("mail%1").arg(++counter));
    relay->process = std::make_unique<QProcess>();
    relay->process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    relay->process->start(
        m_python,
        QStringList{helpdesk::test::servicesScript(QStringLiteral("smtp_relay.py")),
                    QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--cert"),
                    m_certs.certFile, QStringLiteral("--key"), m_certs.keyFile,
                    QStringLiteral("--maildir"), relay->maildir, QStringLiteral("--user"), kUser,
                    QStringLiteral("--password"), kPassword, QStringLiteral("--watch-stdin")} +
            extraArgs);
    QDeadlineTimer deadline(30'000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (relay->process->state() == QProcess::NotRunning)
            break;
        relay->process->waitForReadyRead(200);
        output += relay->process->readAllStandardOutput();
        const qsizetype at = output.indexOf("READY ");
        const qsizetype end = output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            relay->port = static_cast<quint16>(output.mid(at + 6, end - at - 6).trimmed().toUInt());
            return relay->port != 0;
        }
    }
    *error = QStringLiteral("smtp_relay.py did not report READY: ") + QString::fromUtf8(output);
    return false;
}

void TestSmtpRelay::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = helpdesk::test::findRelayPython();
    HELPDESK_REQUIRE_RELAY(m_python);
    QString error;
    QVERIFY2(helpdesk::test::makeTestCertificates(m_dir.path(), &m_certs, &error),
             qPrintable(error));
    QVERIFY2(startRelay({}, &m_starttls, &error), qPrintable(error));
    QVERIFY2(startRelay({QStringLiteral("--implicit-tls")}, &m_implicit, &error),
             qPrintable(error));
}

void TestSmtpRelay::cleanupTestCase()
{
    for (Relay *relay : {&m_starttls, &m_implicit}) {
        if (!relay->process)
            continue;
        relay->process->terminate();
        if (!relay->process->waitForFinished(10'000)) {
            relay->process->kill();
            relay->process->waitForFinished();
        }
    }
}

SmtpSettings TestSmtpRelay::settingsFor(const Relay &relay) const
{
    SmtpSettings s;
    s.host = QStringLiteral("localhost");
    s.port = relay.port;
    s.security = SmtpSettings::Security::StartTls;
    s.user = kUser;
    s.password = kPassword;
    s.heloName = QStringLiteral("helpdesk-test.example.org");
    s.extraCaCertificates = {m_certs.ca};
    s.timeouts.connectMs = 20'000;
    s.timeouts.greetingMs = 20'000;
    s.timeouts.commandMs = 20'000;
    s.timeouts.dataMs = 20'000;
    return s;
}

// Every template the app ships, rendered with a value for each placeholder, goes through the
// relay and arrives as a clean text + HTML message that says what was rendered: no placeholder
// left, the customer's name in both parts, the agent's name once in the sign-off, link expiry
// in words.
void TestSmtpRelay::everyShippedTemplateArrives()
{
    auto shipped = TemplateStore::shipped();
    QVERIFY2(shipped.ok(), shipped ? "" : qPrintable(shipped.error().toString()));
    QVERIFY(shipped->size() >= 7);
    const MimeBuilder builder(QStringLiteral("example.org"));
    QList<SmtpEnvelope> batch;
    QList<RenderedMail> rendered;
    for (const MailTemplate &t : shipped.value()) {
        auto mail = TemplateRenderer::render(t, sampleValues());
        QVERIFY2(mail.ok(), mail ? "" : qPrintable(t.key + ": " + mail.error().message));
        QVERIFY2(!mail->htmlBody.isEmpty(), qPrintable(t.key));
        MailMessage m;
        m.from = MailAddress(QStringLiteral("helpdesk@example.org"), kFromName);
        m.to = {MailAddress(QStringLiteral("zoe@example.org"), kToName)};
        m.subject = mail->subject;
        m.textBody = mail->textBody;
        m.htmlBody = mail->htmlBody;
        auto envelope = builder.buildEnvelope(m, batch.size() + 100);
        QVERIFY2(envelope.ok(),
                 envelope ? "" : qPrintable(t.key + ": " + envelope.error().message));
        batch.append(*envelope);
        rendered.append(*mail);
    }
    const QStringList before = mailFiles(m_starttls.maildir);
    SmtpClient client(settingsFor(m_starttls));
    Run run;
    QVERIFY(sendAndWait(client, batch, &run));
    QCOMPARE(run.results.size(), batch.size());
    for (const SmtpSendResult &r : std::as_const(run.results))
        QVERIFY2(r.accepted, qPrintable(describe(r)));
    const QStringList after = mailFiles(m_starttls.maildir);
    QCOMPARE(after.size(), before.size() + batch.size());

    for (qsizetype i = 0; i < batch.size(); ++i) {
        const QString key = shipped->at(i).key;
        QString error;
        const QJsonObject facts = helpdesk::test::checkMimeFile(
            QDir(m_starttls.maildir).filePath(after.at(before.size() + i)), &error);
        QVERIFY2(!facts.isEmpty(), qPrintable(error));
        QCOMPARE(facts[u"message_id"].toString(), QString::fromLatin1(batch[i].messageId));
        QVERIFY2(facts[u"defects"].toArray().isEmpty(), qPrintable(key));
        QCOMPARE(facts[u"content_type"].toString(), QStringLiteral("multipart/alternative"));
        QCOMPARE(facts[u"subject"].toString(), rendered[i].subject);
        const QJsonArray parts = facts[u"parts"].toArray();
        QCOMPARE(parts.size(), 2);
        QCOMPARE(parts[0][u"content_type"].toString(), QStringLiteral("text/plain"));
        QCOMPARE(parts[1][u"content_type"].toString(), QStringLiteral("text/html"));
        QString text = parts[0][u"content"].toString();
        text.remove(u'\r');
        QCOMPARE(text, rendered[i].textBody);
        const QString html = parts[1][u"content"].toString();
        for (const QString &part : {text, html, facts[u"subject"].toString()}) {
            QVERIFY2(!part.contains(QLatin1String("{{")), qPrintable(key));
            QVERIFY2(!part.contains(QLatin1String("minutes")) ||
                         !part.contains(QLatin1String("10080")),
                     qPrintable(key));
        }
        QVERIFY2(text.contains(kToName) && html.contains(kToName), qPrintable(key));
        // The survey template belongs to the survey branch, which rewrites its sign-off.
        if (key != TemplateKeys::ResolutionFollowUp) {
            QVERIFY2(text.count(QStringLiteral("Maria Keller")) <= 1, qPrintable(key));
            QVERIFY2(html.count(QStringLiteral("Maria Keller")) <= 1, qPrintable(key));
        }
        if (text.contains(QLatin1String("works for")))
            QVERIFY2(text.contains(QLatin1String("works for 7 days")), qPrintable(key));
    }
}

QList<SmtpEnvelope> TestSmtpRelay::envelopes(int count) const
{
    QList<SmtpEnvelope> batch;
    const MimeBuilder builder(QStringLiteral("example.org"));
    for (int i = 1; i <= count; ++i) {
        auto envelope = builder.buildEnvelope(richMessage(i), i);
        if (!envelope)
            qFatal("cannot build test message: %s", qPrintable(envelope.error().message));
        batch.append(*envelope);
    }
    return batch;
}

void TestSmtpRelay::starttlsWithAuth_data()
{
    QTest::addColumn<SmtpSettings::AuthMechanism>("mechanism");
    QTest::newRow("AUTH PLAIN") << SmtpSettings::AuthMechanism::Plain;
    QTest::newRow("AUTH LOGIN") << SmtpSettings::AuthMechanism::Login;
}

void TestSmtpRelay::starttlsWithAuth()
{
    QFETCH(SmtpSettings::AuthMechanism, mechanism);
    SmtpSettings settings = settingsFor(m_starttls);
    settings.authMechanism = mechanism;
    const QStringList before = mailFiles(m_starttls.maildir);
    SmtpClient client(settings);
    Run run;
    const QList<SmtpEnvelope> batch = envelopes(1);
    QVERIFY(sendAndWait(client, batch, &run));
    QCOMPARE(run.results.size(), 1);
    QVERIFY2(run.results[0].accepted, qPrintable(describe(run.results[0])));
    QVERIFY(run.results[0].serverReply.contains(QLatin1String("queued as")));
    QVERIFY(client.serverCapabilities().sizeAdvertised);
    QVERIFY(client.serverCapabilities().authMechanisms.contains(QStringLiteral("PLAIN")));

    const QStringList after = mailFiles(m_starttls.maildir);
    QCOMPARE(after.size(), before.size() + 1);
    const QString eml = QDir(m_starttls.maildir).filePath(after.last());
    QString jsonPath = eml;
    jsonPath.replace(QLatin1String(".eml"), QLatin1String(".json"));
    const QJsonObject envelope = readJson(jsonPath);
    QCOMPARE(envelope[u"auth_login"].toString(), kUser);
    QVERIFY(envelope[u"tls"].toBool());
    QCOMPARE(envelope[u"mail_from"].toString(), QStringLiteral("helpdesk@example.org"));
    QCOMPARE(envelope[u"rcpt_tos"].toArray().size(), 2);
    QVERIFY(envelope[u"mail_options"].toArray().at(0).toString().startsWith(u"SIZE="));

    // What arrived is exactly what was rendered, and parses cleanly.
    QFile file(eml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), batch[0].data);
    QString error;
    const QJsonObject facts = helpdesk::test::checkMimeFile(eml, &error);
    QVERIFY2(!facts.isEmpty(), qPrintable(error));
    QVERIFY2(facts[u"defects"].toArray().isEmpty(),
             qPrintable(QJsonDocument(facts[u"defects"].toArray()).toJson()));
    QCOMPARE(facts[u"content_type"].toString(), QStringLiteral("multipart/alternative"));
    QCOMPARE(facts[u"subject"].toString(), kSubject + QStringLiteral(" #1"));
    QCOMPARE(facts[u"from"].toArray().at(0)[u"name"].toString(), kFromName);
    QCOMPARE(facts[u"to"].toArray().at(0)[u"name"].toString(), kToName);
    QCOMPARE(facts[u"to"].toArray().at(1)[u"address"].toString(),
             QStringLiteral("second@example.org"));
    QCOMPARE(facts[u"reply_to"].toArray().at(0)[u"address"].toString(),
             QStringLiteral("support@example.org"));
    QCOMPARE(facts[u"message_id"].toString(), QString::fromLatin1(batch[0].messageId));
    QCOMPARE(facts[u"mime_version"].toString(), QStringLiteral("1.0"));
    QVERIFY(facts[u"all_crlf"].toBool());
    QVERIFY(facts[u"ends_with_crlf"].toBool());
    QVERIFY(facts[u"max_line_length"].toInt() <= 998);
    QVERIFY(facts[u"max_header_line_length"].toInt() <= 78);
    QVERIFY(facts[u"max_encoded_word_length"].toInt() <= 75);
    const QJsonArray parts = facts[u"parts"].toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0][u"content_type"].toString(), QStringLiteral("text/plain"));
    QCOMPARE(parts[1][u"content_type"].toString(), QStringLiteral("text/html"));
    for (const auto &part : parts)
        QCOMPARE(part[u"charset"].toString(), QStringLiteral("utf-8"));
    QString text = parts[0][u"content"].toString();
    text.remove(u'\r');
    const QString expectedText = richMessage(1).textBody;
    qsizetype diff = 0;
    while (diff < std::min(text.size(), expectedText.size()) && text[diff] == expectedText[diff])
        ++diff;
    QVERIFY2(text == expectedText,
             qPrintable(QStringLiteral("differs at %1 (sizes %2/%3): got \"%4\", expected \"%5\"")
                            .arg(diff)
                            .arg(text.size())
                            .arg(expectedText.size())
                            .arg(text.mid(diff - 10, 40), expectedText.mid(diff - 10, 40))));
    QVERIFY(parts[0][u"content"].toString().contains(QStringLiteral("Zoë")));
    QVERIFY(parts[0][u"content"].toString().contains(QStringLiteral("\n.Punkt")));
    // Both alternatives say the same thing (the HTML's words include its link's words).
    QCOMPARE(parts[0][u"words"].toArray(), parts[1][u"words"].toArray());
}

void TestSmtpRelay::batchOfThreeOnOneConnection()
{
    const QStringList before = mailFiles(m_starttls.maildir);
    SmtpClient client(settingsFor(m_starttls));
    int perMessage = 0;
    connect(&client, &SmtpClient::messageFinished, this, [&perMessage] { ++perMessage; });
    Run run;
    QVERIFY(sendAndWait(client, envelopes(3), &run));
    QCOMPARE(run.results.size(), 3);
    QCOMPARE(perMessage, 3);
    for (const SmtpSendResult &r : std::as_const(run.results))
        QVERIFY2(r.accepted, qPrintable(describe(r)));
    const QStringList after = mailFiles(m_starttls.maildir);
    QCOMPARE(after.size(), before.size() + 3);
    // The relay saw all three from the same client port: one connection.
    QSet<QString> peers;
    for (qsizetype i = before.size(); i < after.size(); ++i) {
        QString jsonPath = QDir(m_starttls.maildir).filePath(after[i]);
        jsonPath.replace(QLatin1String(".eml"), QLatin1String(".json"));
        peers.insert(QString::fromUtf8(
            QJsonDocument(readJson(jsonPath)[u"peer"].toArray()).toJson(QJsonDocument::Compact)));
    }
    QCOMPARE(peers.size(), 1);
}

void TestSmtpRelay::wrongPasswordIsRejected()
{
    SmtpSettings settings = settingsFor(m_starttls);
    settings.password = QStringLiteral("wrong password");
    const QStringList before = mailFiles(m_starttls.maildir);
    SmtpClient client(settings);
    Run run;
    QVERIFY(sendAndWait(client, envelopes(2), &run));
    QCOMPARE(run.results.size(), 2);
    for (const SmtpSendResult &r : std::as_const(run.results)) {
        QVERIFY(!r.accepted);
        QCOMPARE(r.error->kind, SmtpError::Kind::AuthenticationRejected);
        QVERIFY(!r.error->isRetryable());
        QVERIFY(!r.error->error.message.contains(settings.password));
    }
    QCOMPARE(mailFiles(m_starttls.maildir), before);
}

void TestSmtpRelay::untrustedCertificateThenPinned()
{
    const QString fingerprint =
        QString::fromLatin1(m_certs.server.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    SmtpSettings settings = settingsFor(m_starttls);
    settings.extraCaCertificates.clear(); // the test CA is unknown now

    {
        SmtpClient client(settings);
        Run run;
        QVERIFY(sendAndWait(client, envelopes(1), &run));
        const SmtpSendResult &r = run.results.first();
        QVERIFY(!r.accepted);
        QCOMPARE(r.error->kind, SmtpError::Kind::TlsFailed);
        QVERIFY2(r.error->error.message.contains(fingerprint), qPrintable(r.error->error.message));
        QCOMPARE(r.error->certificate.sha256, fingerprint);
        QVERIFY(r.error->certificate.subject.contains(QLatin1String("localhost")));
        QVERIFY(r.error->certificate.issuer.contains(QLatin1String("Helpdesk Test CA")));
        QCOMPARE(r.error->certificate.expiry, m_certs.server.expiryDate());
        QVERIFY(!r.error->certificate.problems.isEmpty());
    }
    {
        // A different pin does not help.
        SmtpSettings wrongPin = settings;
        wrongPin.trustedCertSha256 = QString(64, u'a');
        SmtpClient client(wrongPin);
        Run run;
        QVERIFY(sendAndWait(client, envelopes(1), &run));
        QCOMPARE(run.results.first().error->kind, SmtpError::Kind::TlsFailed);
    }
    {
        // The admin checked the fingerprint and pinned it (any case, colons optional).
        settings.trustedCertSha256 = fingerprint.toLower().remove(u':');
        SmtpClient client(settings);
        Run run;
        QVERIFY(sendAndWait(client, envelopes(1), &run));
        QVERIFY2(run.results.first().accepted, qPrintable(describe(run.results.first())));
    }
}

void TestSmtpRelay::implicitTls()
{
    SmtpSettings settings = settingsFor(m_implicit);
    settings.security = SmtpSettings::Security::ImplicitTls;
    settings.host = QStringLiteral("127.0.0.1"); // verified against the IP SAN
    SmtpClient client(settings);
    Run run;
    QVERIFY(sendAndWait(client, envelopes(1), &run));
    QVERIFY2(run.results.first().accepted, qPrintable(describe(run.results.first())));
    QCOMPARE(mailFiles(m_implicit.maildir).size(), 1);
}

QTEST_GUILESS_MAIN(TestSmtpRelay)
#include "tst_smtprelay.moc"
