#include "OutboxBench.h"
#include "QueueBench.h"
#include "ReportsBench.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Prints queue speed figures, one per line."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("tickets"), QStringLiteral("Tickets in the database."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("SQLite file to build or reuse (with --reports also a "
                                     "postgresql:// URL)."),
                      QStringLiteral("PATH|URL")});
    parser.addOption({QStringLiteral("reports"),
                      QStringLiteral("Only the reports: each over the last 90 days.")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Runs per figure (median)."),
                      QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-scroll"), QStringLiteral("Skip the scroll-through.")});
    parser.addOption({QStringLiteral("outbox"),
                      QStringLiteral("Only the mail outbox figure: 1,000 templated messages "
                                     "through the outbox to a loopback relay.")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("outbox")))
        return helpdesk::bench::runOutbox();
    helpdesk::bench::Options options;
    bool ok = false;
    options.tickets = parser.value(QStringLiteral("tickets")).toLongLong(&ok);
    if (!ok || options.tickets <= 0) {
        std::fprintf(stderr, "helpdesk-bench: --tickets needs a positive number\n");
        return 2;
    }
    options.repeats = qMax(1, parser.value(QStringLiteral("repeats")).toInt());
    options.databasePath = parser.value(QStringLiteral("database"));
    options.scroll = !parser.isSet(QStringLiteral("no-scroll"));
    if (parser.isSet(QStringLiteral("reports"))) {
        helpdesk::ConnectionSettings settings;
        const QString database = parser.value(QStringLiteral("database"));
        if (database.contains(QStringLiteral("://"))) {
            auto parsed = helpdesk::ConnectionSettings::fromUrl(database);
            if (!parsed) {
                std::fprintf(stderr, "helpdesk-bench: %s\n", qPrintable(parsed.error().message));
                return 2;
            }
            settings = parsed.value();
        } else {
            settings.sqlitePath =
                database.isEmpty()
                    ? QStringLiteral("/tmp/helpdesk-reports-bench-%1.db").arg(options.tickets)
                    : database;
        }
        return helpdesk::bench::runReports(settings, options.tickets, options.repeats);
    }
    return helpdesk::bench::run(options);
}
