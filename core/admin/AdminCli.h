#pragma once
// The helpdesk-admin command line: global options, then a subcommand from a table of commands
// (migrate, seed-demo, tickets list, ...), each with its own options and handler.

#include <QStringList>

class QTextStream;

namespace helpdesk {

class AdminCli
{
public:
    enum ExitCode { Success = 0, RuntimeFailure = 1, UsageError = 2 };

    // arguments as QCoreApplication::arguments() gives them, program name first.
    // Writes results to stdout, progress and errors to stderr; returns the exit code.
    static int run(const QStringList &arguments);
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace helpdesk
