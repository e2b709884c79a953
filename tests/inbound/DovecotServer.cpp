#include "DovecotServer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace helpdesk::test {

namespace {
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QString program(const QString &name)
{
    QString found = QStandardPaths::findExecutable(name);
    if (found.isEmpty())
        found = QStandardPaths::findExecutable(
            name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin")});
    return found;
}

bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString currentUserName()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    return qEnvironmentVariable("USER");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}
} // namespace

DovecotServer::DovecotServer() = default;

DovecotServer::~DovecotServer()
{
    stop();
}

bool DovecotServer::isInstalled()
{
    return !program(QStringLiteral("dovecot")).isEmpty() &&
           !program(QStringLiteral("doveadm")).isEmpty() &&
           !program(QStringLiteral("openssl")).isEmpty();
}

QString DovecotServer::caFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("cert.pem")) : QString();
}

QString DovecotServer::keyFile() const
{
    return m_dir ? m_dir->filePath(QStringLiteral("key.pem")) : QString();
}

QByteArray DovecotServer::publicKeySha256() const
{
    QFile f(caFile());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QList<QSslCertificate> certs = QSslCertificate::fromData(f.readAll());
    if (certs.isEmpty())
        return {};
    return QCryptographicHash::hash(certs.constFirst().publicKey().toDer(),
                                    QCryptographicHash::Sha256)
        .toBase64();
}

QString DovecotServer::log() const
{
    QFile f(m_dir ? m_dir->filePath(QStringLiteral("dovecot.log")) : QString());
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll().right(4000)) : QString();
}

bool DovecotServer::start(QString *error)
{
    if (!isInstalled()) {
        *error = QStringLiteral(
            "dovecot, doveadm or openssl is not installed (Debian: dovecot-imapd, openssl)");
        return false;
    }
    // Under /tmp, short: Dovecot's UNIX sockets have a path length limit.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/hd-imap-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    const QString dir = m_dir->path();
    const bool root = runningAsRoot();
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                   QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                   QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                   QFileDevice::ExeOther);
    for (const char *sub : {"run", "state", "home"})
        QDir(dir).mkpath(QString::fromLatin1(sub));

    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(program(QStringLiteral("openssl")),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1"),
                   QStringLiteral("-keyout"), dir + QStringLiteral("/key.pem"),
                   QStringLiteral("-out"), dir + QStringLiteral("/cert.pem")});
    if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: ") + QString::fromLocal8Bit(openssl.readAll());
        return false;
    }
    QFile::setPermissions(dir + QStringLiteral("/key.pem"),
                          QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    writeFile(
        dir + QStringLiteral("/users"),
        (user() + QStringLiteral(":{PLAIN}") + password() + QStringLiteral("::::::\n")).toUtf8());
    QString mailUid = QStringLiteral("65534");
    QString internalUser = QStringLiteral("dovecot");
    QString loginUser = QStringLiteral("dovenull");
    if (root) {
        QProcess::execute(
            QStringLiteral("chown"),
            {QStringLiteral("-R"), QStringLiteral("65534:65534"), dir + QStringLiteral("/home")});
    } else {
#ifdef Q_OS_UNIX
        mailUid = QString::number(::geteuid());
#endif
        internalUser = loginUser = currentUserName();
    }
    m_imapPort = freePort();
    m_imapsPort = freePort();
    const QString conf =
        QStringLiteral(R"(base_dir = %1/run
state_dir = %1/state
log_path = %1/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <%1/cert.pem
ssl_key = <%1/key.pem
auth_mechanisms = plain login
disable_plaintext_auth = yes
default_internal_user = %2
default_login_user = %3
first_valid_uid = 1
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u %1/users
}
userdb {
  driver = static
  args = uid=%4 gid=%4 home=%1/home/%u
}
mail_location = maildir:~/Maildir
service imap-login {
  chroot =
  inet_listener imap {
    address = 127.0.0.1
    port = %5
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = %6
    ssl = yes
  }
}
service anvil {
  chroot =
}
)")
            .arg(dir, internalUser, loginUser, root ? QStringLiteral("65534") : mailUid)
            .arg(m_imapPort)
            .arg(m_imapsPort);
    writeFile(dir + QStringLiteral("/dovecot.conf"), conf.toUtf8());
    return launch(error);
}

bool DovecotServer::restart(QString *error)
{
    stop();
    if (!m_dir) {
        *error = QStringLiteral("the server was never started");
        return false;
    }
    return launch(error);
}

bool DovecotServer::launch(QString *error)
{
    const QString dir = m_dir->path();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->start(
        program(QStringLiteral("dovecot")),
        {QStringLiteral("-F"), QStringLiteral("-c"), dir + QStringLiteral("/dovecot.conf")});
    if (!m_process->waitForStarted(10'000)) {
        *error = QStringLiteral("dovecot did not start: ") + m_process->errorString();
        return false;
    }
    // Up when both listeners take connections.
    for (int i = 0; i < 100; ++i) {
        QTcpSocket a;
        QTcpSocket b;
        a.connectToHost(QHostAddress::LocalHost, m_imapPort);
        b.connectToHost(QHostAddress::LocalHost, m_imapsPort);
        if (a.waitForConnected(200) && b.waitForConnected(200))
            return true;
        if (m_process->state() != QProcess::Running)
            break;
        QThread::msleep(100);
    }
    *error = QStringLiteral("dovecot did not come up: ") +
             QString::fromLocal8Bit(m_process->readAll()) + log();
    stop();
    return false;
}

void DovecotServer::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to the master, which stops its children
        if (!m_process->waitForFinished(10'000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool DovecotServer::doveadm(const QStringList &args, const QByteArray &input, QString *output,
                            QString *error)
{
    QProcess p;
    p.start(program(QStringLiteral("doveadm")),
            QStringList{QStringLiteral("-c"), m_dir->filePath(QStringLiteral("dovecot.conf"))} +
                args);
    if (!p.waitForStarted(10'000))
        return false;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    const bool done = p.waitForFinished(30'000);
    if (output)
        *output = QString::fromUtf8(p.readAllStandardOutput());
    if (!done || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("doveadm %1: %2")
                         .arg(args.join(u' '), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}

bool DovecotServer::deliver(const QByteArray &raw, const QString &folder, QString *error)
{
    return doveadm(
        {QStringLiteral("save"), QStringLiteral("-u"), user(), QStringLiteral("-m"), folder}, raw,
        nullptr, error);
}

bool DovecotServer::createFolder(const QString &folder, QString *error)
{
    return doveadm(
        {QStringLiteral("mailbox"), QStringLiteral("create"), QStringLiteral("-u"), user(), folder},
        {}, nullptr, error);
}

bool DovecotServer::setUidValidity(const QString &folder, quint32 uidValidity, QString *error)
{
    return doveadm({QStringLiteral("mailbox"), QStringLiteral("update"), QStringLiteral("-u"),
                    user(), QStringLiteral("--uid-validity"), QString::number(uidValidity), folder},
                   {}, nullptr, error);
}

QString DovecotServer::status(const QString &folder, QString *error)
{
    QString out;
    doveadm({QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("mailbox"),
             QStringLiteral("status"), QStringLiteral("-u"), user(),
             QStringLiteral("messages uidvalidity"), folder},
            {}, &out, error);
    return out.trimmed();
}

QString DovecotServer::flags(const QString &folder, quint32 uid, QString *error)
{
    QString out;
    doveadm({QStringLiteral("-f"), QStringLiteral("flow"), QStringLiteral("fetch"),
             QStringLiteral("-u"), user(), QStringLiteral("flags"), QStringLiteral("mailbox"),
             folder, QStringLiteral("uid"), QString::number(uid)},
            {}, &out, error);
    return out.trimmed();
}

} // namespace helpdesk::test
