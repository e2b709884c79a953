// The helpdesk desktop app: parses the command line and hands over to the AppController.

#include "AppController.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTimer>

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

// The window icon: the installed theme's (Linux), else the one compiled in.
QIcon appIcon()
{
    QIcon bundled;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
        bundled.addFile(QStringLiteral(":/icons/hicolor/helpdesk-%1.png").arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("helpdesk"), bundled);
}

// For smoke tests of an installed package: with HELPDESK_QUIT_AFTER_START=1 the app exits with
// 0 as soon as its main window is shown (the database is open and, with --demo, seeded), or
// with 1 and the message on stderr when a startup error is shown instead of the window.
// HELPDESK_SCREENSHOT=FILE.png also saves the window, two seconds later, once the queue is in.
class QuitAfterStart : public QObject
{
public:
    explicit QuitAfterStart(const AppController &controller) : m_controller(controller) {}

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Show || m_done)
            return false;
        if (watched == m_controller.mainWindow()) {
            const QString screenshot = qEnvironmentVariable("HELPDESK_SCREENSHOT");
            if (!screenshot.isEmpty()) {
                QTimer::singleShot(2000, qApp, [this, screenshot] {
                    if (m_controller.mainWindow())
                        m_controller.mainWindow()->grab().save(screenshot);
                });
            }
            finish(0,
                   QStringLiteral("helpdesk: the main window is shown (%1)")
                       .arg(m_controller.mainWindow()->windowTitle()),
                   screenshot.isEmpty() ? 0 : 2500);
        } else if (const auto *box = qobject_cast<QMessageBox *>(watched);
                   box && box->icon() == QMessageBox::Critical) {
            finish(1, QStringLiteral("helpdesk: %1 %2").arg(box->text(), box->informativeText()),
                   0);
        }
        return false;
    }

private:
    void finish(int exitCode, const QString &message, int delayMs)
    {
        m_done = true;
        std::fputs(qPrintable(message + u'\n'), stderr);
        // From the event loop, once the window has been laid out and painted.
        QTimer::singleShot(delayMs, qApp, [exitCode] { QCoreApplication::exit(exitCode); });
    }

    const AppController &m_controller;
    bool m_done = false;
};

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
    // Read by Translations::fromArguments() before this parser runs; declared for --help.
    const QCommandLineOption language(
        QStringLiteral("language"),
        QCoreApplication::translate("main", "Show the app in this language (de, en), instead of "
                                            "the system's or the one chosen in the settings."),
        QStringLiteral("code"));
    parser.addOption(demo);
    parser.addOption(database);
    parser.addOption(language);
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
    const QString language = Translations::fromArguments(argc, argv);
    Translations translations;
    Parsed parsed;
    {
        QCoreApplication cli(argc, argv);
        setIdentity();
        translations.install(language);
        parsed = parseCommandLine(cli, true);
    }
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;

    QApplication app(argc, argv);
    setIdentity();
    translations.install(language);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Helpdesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("com.example.helpdesk"));
    QApplication::setWindowIcon(appIcon());
    if (std::holds_alternative<std::monostate>(parsed)) {
        parsed = parseCommandLine(app, false);
        if (const int *exitCode = std::get_if<int>(&parsed))
            return *exitCode;
    }

    AppController controller(std::get<AppController::Options>(std::move(parsed)));
    QuitAfterStart quitAfterStart(controller);
    if (qEnvironmentVariableIntValue("HELPDESK_QUIT_AFTER_START") == 1)
        app.installEventFilter(&quitAfterStart);
    controller.start();
    return QApplication::exec();
}
