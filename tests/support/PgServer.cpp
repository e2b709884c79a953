#include "PgServer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace helpdesk::test {

namespace {
bool runningAsRoot()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}
} // namespace

PgServer::PgServer() = default;

PgServer::~PgServer()
{
    if (m_running) {
        QString ignored;
        stop(true, &ignored);
    }
}

QString PgServer::binDir()
{
    const QString dir = QStringLiteral("/usr/lib/postgresql/15/bin");
    return QFile::exists(dir + QStringLiteral("/pg_ctl")) ? dir : QString();
}

QString PgServer::url(const QString &database) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PgServer::run(const QString &program, const QStringList &args, QString *error,
                   int timeoutMs) const
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (runningAsRoot())
        p.start(QStringLiteral("runuser"),
                QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                            program} +
                    args);
    else
        p.start(program, args);
    if (!p.waitForStarted(10'000)) {
        *error = QStringLiteral("cannot start %1: %2").arg(program, p.errorString());
        return false;
    }
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        *error = QStringLiteral("%1 did not finish within %2 ms").arg(program).arg(timeoutMs);
        return false;
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(program, QString::fromLocal8Bit(p.readAll()).trimmed());
        return false;
    }
    return true;
}

void PgServer::enableTls(const QString &certFile, const QString &keyFile)
{
    m_tlsCert = certFile;
    m_tlsKey = keyFile;
}

bool PgServer::start(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = QStringLiteral("PostgreSQL 15 is not installed (/usr/lib/postgresql/15/bin)");
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hd-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot make a temporary folder");
        return false;
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                             QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther |
                                             QFile::ExeOther);
    if (runningAsRoot()) {
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("postgres"), m_dir->path()});
        chown.waitForFinished(10'000);
    }
    if (!run(bin + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-A"),
              QStringLiteral("trust"), QStringLiteral("-U"), QStringLiteral("postgres"),
              QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
              QStringLiteral("--no-sync")},
             error, 120'000))
        return false;
    if (!m_tlsCert.isEmpty()) {
        // The server refuses a key that others may read.
        const QString cert = m_dir->filePath(QStringLiteral("data/server.crt"));
        const QString key = m_dir->filePath(QStringLiteral("data/server.key"));
        if (!QFile::copy(m_tlsCert, cert) || !QFile::copy(m_tlsKey, key)) {
            *error = QStringLiteral("cannot copy the TLS certificate and key");
            return false;
        }
        QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner);
        if (runningAsRoot()) {
            QProcess chown;
            chown.start(QStringLiteral("chown"), {QStringLiteral("postgres"), cert, key});
            chown.waitForFinished(10'000);
        }
    }
    m_port = freePort();
    if (m_port == 0) {
        *error = QStringLiteral("no free port");
        return false;
    }
    return startAgain(error);
}

bool PgServer::startAgain(QString *error)
{
    if (!run(binDir() + QStringLiteral("/pg_ctl"),
             {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-w"),
              QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-l"),
              m_dir->filePath(QStringLiteral("server.log")), QStringLiteral("-o"),
              QStringLiteral("-h 127.0.0.1 -p %1 -k %2 -c fsync=off -c max_connections=60%3")
                  .arg(m_port)
                  .arg(m_dir->path(), m_tlsCert.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" -c ssl=on -c ssl_cert_file=server.crt "
                                                           "-c ssl_key_file=server.key")),
              QStringLiteral("start")},
             error, 90'000))
        return false;
    m_running = true;
    return true;
}

bool PgServer::stop(bool immediate, QString *error)
{
    if (!m_dir)
        return true;
    const bool ok =
        run(binDir() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
             immediate ? QStringLiteral("immediate") : QStringLiteral("fast"), QStringLiteral("-w"),
             QStringLiteral("stop")},
            error, 60'000);
    if (ok)
        m_running = false;
    return ok;
}

bool PgServer::setHba(const QString &lines, QString *error)
{
    QFile hba(m_dir->filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = hba.errorString();
        return false;
    }
    hba.write(lines.toUtf8());
    hba.close();
    return run(
        binDir() + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("reload")},
        error);
}

bool PgServer::psql(const QString &sql, QString *error, const QString &database) const
{
    return run(QStringLiteral("psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
                QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"),
                database.isEmpty() ? QStringLiteral("postgres") : database, QStringLiteral("-c"),
                sql},
               error);
}

} // namespace helpdesk::test
