#include "IngestBench.h"
#include "OutboxBench.h"
#include "QueueBench.h"

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
    parser.addOption({QStringLiteral("database"), QStringLiteral("SQLite file to build or reuse."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("repeats"), QStringLiteral("Runs per figure (median)."),
                      QStringLiteral("K"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("no-scroll"), QStringLiteral("Skip the scroll-through.")});
    parser.addOption({QStringLiteral("outbox"),
                      QStringLiteral("Only the mail outbox figure: 1,000 templated messages "
                                     "through the outbox to a loopback relay.")});
    parser.addOption({QStringLiteral("ingest"),
                      QStringLiteral("Only the inbound mail figures: the mixed corpus through "
                                     "mail ingest on SQLite, and one 30 MB message's peak "
                                     "memory.")});
    parser.addOption({QStringLiteral("rounds"),
                      QStringLiteral("With --ingest: how many times the corpus goes through."),
                      QStringLiteral("R"), QStringLiteral("10")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("outbox")))
        return helpdesk::bench::runOutbox();
    if (parser.isSet(QStringLiteral("ingest")))
        return helpdesk::bench::runIngest(qMax(1, parser.value(QStringLiteral("rounds")).toInt()));
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
    return helpdesk::bench::run(options);
}
