#include "OutboxTestUtil.h"

#include "mail/MailSettings.h"
#include "mail/SmtpClient.h"
#include "settings/Settings.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

namespace helpdesk::test {

const QString TestRelay::User = QStringLiteral("outbox-test@example.org");
const QString TestRelay::Password = QStringLiteral("relay-test-credential");

TestRelay::~TestRelay()
{
    stop();
}

bool TestRelay::start(const QString &python, const TestCertificates &certs, const QString &maildir,
                      quint16 port, QString *error, const QStringList &extraArgs)
{
    stop();
    m_maildir = maildir;
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList args = QStringList{servicesScript(QStringLiteral("smtp_relay.py")),
                                         QStringLiteral("--host"),
                                         QStringLiteral("127.0.0.1"),
                                         QStringLiteral("--port"),
                                         QString::number(port),
                                         QStringLiteral("--cert"),
                                         certs.certFile,
                                         QStringLiteral("--key"),
                                         certs.keyFile,
                                         QStringLiteral("--maildir"),
                                         maildir,
                                         QStringLiteral("--user"),
                                         User,
                                         QStringLiteral("--password"),
                                         Password,
                                         QStringLiteral("--watch-stdin")} +
                             extraArgs;
    m_process->start(python, args);
    QDeadlineTimer deadline(30'000);
    QByteArray output;
    while (!deadline.hasExpired() && m_process->state() != QProcess::NotRunning) {
        m_process->waitForReadyRead(200);
        output += m_process->readAllStandardOutput();
        const qsizetype at = output.indexOf("READY ");
        const qsizetype end = output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_port = quint16(output.mid(at + 6, end - at - 6).trimmed().toUInt());
            return m_port != 0;
        }
    }
    if (error)
        *error = QStringLiteral("smtp_relay.py did not report READY: ") + QString::fromUtf8(output);
    stop();
    return false;
}

void TestRelay::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished();
        }
    }
    m_process.reset();
}

bool TestRelay::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

SmtpSettings TestRelay::smtpSettings(const TestCertificates &certs) const
{
    SmtpSettings s;
    s.host = QStringLiteral("localhost");
    s.port = m_port;
    s.security = SmtpSettings::Security::StartTls;
    s.user = User;
    s.password = Password;
    s.heloName = QStringLiteral("outbox-test.example.org");
    s.extraCaCertificates = {certs.ca};
    s.timeouts.connectMs = 15'000;
    s.timeouts.greetingMs = 15'000;
    s.timeouts.commandMs = 15'000;
    s.timeouts.dataMs = 15'000;
    return s;
}

bool useRelay(QSqlDatabase &db, const TestRelay &relay, const TestCertificates &certs,
              QString *error)
{
    Settings stored(db);
    MailSettings mail;
    mail.host = QStringLiteral("localhost");
    mail.port = relay.port();
    mail.user = TestRelay::User;
    mail.fromAddress = QStringLiteral("helpdesk@example.org");
    mail.trustedCertSha256 = SmtpClient::sha256Fingerprint(certs.server);
    auto saved = mail.save(stored);
    if (!saved && error)
        *error = saved.error().toString();
    return saved.ok();
}

QHash<QString, int> messageIdCounts(const QString &maildir)
{
    QHash<QString, int> counts;
    const QDir dir(maildir);
    const QStringList files = dir.entryList({QStringLiteral("*.eml")}, QDir::Files);
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray raw = file.readAll();
        const QByteArray head = raw.left(raw.indexOf("\r\n\r\n"));
        for (const QByteArray &line : head.split('\n')) {
            if (line.toLower().startsWith("message-id:")) {
                counts[QString::fromLatin1(line.mid(11).trimmed())] += 1;
                break;
            }
        }
    }
    return counts;
}

int mailCount(const QString &maildir)
{
    return int(QDir(maildir).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
}

} // namespace helpdesk::test
