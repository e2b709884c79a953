#include "AdminProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace helpdesk::test {

namespace {
AdminRun finish(QProcess &p, const QByteArray &input)
{
    AdminRun r;
    if (!p.waitForStarted(30000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QProcessEnvironment environment(const QString &dataDir, const QHash<QString, QString> &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!dataDir.isEmpty())
        env.insert(QStringLiteral("XDG_DATA_HOME"), dataDir);
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("HELPDESK_SMTP_PASSWORD"));
    for (auto it = extraEnv.cbegin(); it != extraEnv.cend(); ++it)
        env.insert(it.key(), it.value());
    return env;
}
} // namespace

QString AdminProcess::binary()
{
    return qEnvironmentVariable("HELPDESK_BINARY_DIR") + QStringLiteral("/app/helpdesk-admin");
}

AdminRun AdminProcess::run(const QStringList &args, const QHash<QString, QString> &extraEnv,
                           const QByteArray &input) const
{
    QProcess p;
    p.setProcessEnvironment(environment(m_dataDir, extraEnv));
    p.start(binary(), args);
    return finish(p, input);
}

AdminRun AdminProcess::runShell(const QString &script,
                                const QHash<QString, QString> &extraEnv) const
{
    QProcess p;
    QProcessEnvironment env = environment(m_dataDir, extraEnv);
    env.insert(QStringLiteral("ADMIN"), binary());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
    return finish(p, {});
}

} // namespace helpdesk::test
