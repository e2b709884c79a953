#pragma once
// Runs the built helpdesk-admin as a child process (away from the user's app-data folder) and
// collects its exit code and output, for the end-to-end tests of the command line.

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

namespace helpdesk::test {

struct AdminRun
{
    int exitCode = -1; // -1: did not start, crashed or timed out
    QString out;
    QString err;

    // Non-empty stderr lines.
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
};

class AdminProcess
{
public:
    // dataDir: the child's XDG_DATA_HOME.
    explicit AdminProcess(QString dataDir = {}) : m_dataDir(std::move(dataDir)) {}

    // HELPDESK_BINARY_DIR/app/helpdesk-admin.
    static QString binary();

    // `input` goes to the tool's standard input (closed after it).
    AdminRun run(const QStringList &args, const QHash<QString, QString> &extraEnv = {},
                 const QByteArray &input = {}) const;
    // Through /bin/sh -c, for arguments only a shell can spell, e.g. bytes that are not UTF-8
    // ("$(printf '\377')"). "$ADMIN" is the tool; extraEnv holds the rest.
    AdminRun runShell(const QString &script, const QHash<QString, QString> &extraEnv = {}) const;

private:
    QString m_dataDir;
};

} // namespace helpdesk::test
