// The helpdesk desktop app: parses the command line and hands over to the AppController.

#include "AppController.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <variant>

using namespace helpdesk;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Helpdesk"));
    QCoreApplication::setApplicationName(QStringLiteral("helpdesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HELPDESK_VERSION));
}

// Options to start with, the exit code when there is nothing to start (bad input), or nothing
// when a lenient first pass met options it does not know (Qt's own, like -platform): then
// QApplication strips those and a strict second pass decides.
using Parsed = std::variant<std::monostate, AppController::Options, int>;

Parsed parseCommandLine(const QCoreApplication &app, bool lenient)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Helpdesk: the ticket desk for account support."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("main", "Open the demo database, creating it with sample "
                                            "tickets on first use."));
    const QCommandLineOption database(
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Use the database at <url>: sqlite:///path.db, a file "
                                            "path, or postgresql://user@host:port/dbname."),
        QStringLiteral("url"));
    parser.addOption(demo);
    parser.addOption(database);
    if (lenient) {
        if (!parser.parse(app.arguments()))
            return std::monostate();
        if (parser.isSet(QStringLiteral("help")))
            parser.showHelp(0); // exits
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion(); // exits
    } else {
        parser.process(app); // --help, --version and unknown options print and exit here
    }

    AppController::Options options;
    if (parser.isSet(demo) && parser.isSet(database)) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "main", "Use either --demo or --database, not both.\n")),
                   stderr);
        return 2;
    }
    if (parser.isSet(database)) {
        auto settings = ConnectionSettings::fromUrl(parser.value(database));
        if (!settings) {
            std::fputs(qPrintable(settings.error().message + u'\n'), stderr);
            return 2;
        }
        options.settings = settings.value();
    } else if (parser.isSet(demo)) {
        options.demo = true;
        options.settings = ConnectionSettings::demo();
    } else {
        options.settings = ConnectionSettings::embeddedDefault();
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    // The command line is read before any display is needed, so --help, --version and a bad
    // --database work over ssh and in scripts.
    Parsed parsed;
    {
        QCoreApplication cli(argc, argv);
        setIdentity();
        parsed = parseCommandLine(cli, true);
    }
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Helpdesk"));
    if (std::holds_alternative<std::monostate>(parsed)) {
        parsed = parseCommandLine(app, false);
        if (const int *exitCode = std::get_if<int>(&parsed))
            return *exitCode;
    }

    AppController controller(std::get<AppController::Options>(std::move(parsed)));
    controller.start();
    return QApplication::exec();
}
