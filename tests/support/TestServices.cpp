#include "TestServices.h"

#include <QDir>
#include <QProcess>

namespace helpdesk::test {

namespace {
bool runs(const QString &program, const QStringList &args, int timeoutMs)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForStarted(timeoutMs))
        return false;
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}
} // namespace

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("HELPDESK_SOURCE_DIR");
    return fromEnv.isEmpty() ? QStringLiteral(HELPDESK_TEST_SOURCE_DIR) : fromEnv;
}

QString servicesScript(const QString &name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/services/") + name);
}

QString findPython(const QStringList &modules)
{
    QStringList candidates;
    const QString configured = qEnvironmentVariable("HELPDESK_PYTHON");
    if (!configured.isEmpty())
        candidates << configured;
    candidates << QStringLiteral("python3") << QStringLiteral("/usr/bin/python3");
    QString code = QStringLiteral("import sys");
    for (const QString &module : modules)
        code += QStringLiteral("; import ") + module;
    for (const QString &candidate : std::as_const(candidates))
        if (runs(candidate, {QStringLiteral("-c"), code}, 30'000))
            return candidate;
    return {};
}

QString findRelayPython()
{
    return findPython({QStringLiteral("aiosmtpd")});
}

bool servicesRequired()
{
    return qEnvironmentVariable("HELPDESK_REQUIRE_SERVICES") == QLatin1String("1");
}

bool hasSessionBus()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

} // namespace helpdesk::test
