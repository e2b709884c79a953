#include "AgentBench.h"
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
    parser.addOption({QStringLiteral("database"),
                      QStringLiteral("SQLite file or postgresql:// URL to fill (when empty) or "
                                     "reuse."),
                      QStringLiteral("PATH|URL")});
    parser.addOption({QStringLiteral("agents"),
                      QStringLiteral("Run K headless agents on --database for --seconds."),
                      QStringLiteral("K")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("How long the agents work."),
                      QStringLiteral("S"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("think-ms"),
                      QStringLiteral("Mean pause between one agent's actions."),
                      QStringLiteral("MS"), QStringLiteral("3000")});
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
    if (parser.isSet(QStringLiteral("agents"))) {
        helpdesk::bench::AgentOptions agents;
        agents.database = parser.value(QStringLiteral("database"));
        agents.agents = qMax(1, parser.value(QStringLiteral("agents")).toInt());
        agents.seconds = qMax(1, parser.value(QStringLiteral("seconds")).toInt());
        agents.thinkMs = qMax(1, parser.value(QStringLiteral("think-ms")).toInt());
        if (agents.database.isEmpty()) {
            std::fprintf(stderr, "helpdesk-bench: --agents needs --database\n");
            return 2;
        }
        return helpdesk::bench::runAgents(agents);
    }
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
