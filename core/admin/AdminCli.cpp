#include "admin/AdminCli.h"

#include "admin/AccountActionsCommand.h"
#include "admin/AccountsCommand.h"
#include "admin/AdminCommand.h"
#include "admin/FollowupCommand.h"
#include "admin/KbCommand.h"
#include "admin/MailCommand.h"
#include "admin/OutboxCommand.h"
#include "admin/ReportCommand.h"
#include "admin/StaffCommand.h"
#include "admin/TicketShowCommand.h"
#include "admin/TicketsCommand.h"
#include "admin/WatchCommand.h"
#include "db/ConnectionSettings.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "demo/DemoSeeder.h"
#include "mail/TemplateStore.h"
#include "sla/Escalation.h"
#include "sla/SlaConfigStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

namespace helpdesk {

namespace {

using namespace admin;

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

// ---- Commands -------------------------------------------------------------------------------

int cmdMigrate(Context &ctx, const Invocation &)
{
    int version = 0;
    auto db = ctx.openMigrated(&version);
    if (!db)
        return ctx.fail(db.error());
    // The shipped mail templates, so that no client needs to write them on first use (on a
    // shared database only administrators may).
    if (auto seeded = TemplateStore(*db.value()).seedMissing(QDateTime::currentMSecsSinceEpoch());
        !seeded)
        return ctx.fail(seeded.error());
    ctx.out << tr("Schema is at version %1").arg(version) << Qt::endl;
    return AdminCli::Success;
}

// A consistent copy of a live SQLite database, made by SQLite itself (VACUUM INTO), never by
// reading the file: another descriptor of a database in use would drop this process's locks.
int cmdBackup(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 1)
        return ctx.usage(
            tr("Give the file to write, e.g. '%1 backup helpdesk-2026-12-02.db'.").arg(Program));
    if (ctx.settings.dialect == Dialect::PostgreSQL)
        return ctx.fail(Error::make(Error::Code::InvalidInput,
                                    tr("A PostgreSQL database is backed up with pg_dump on the "
                                       "server, e.g. 'pg_dump -Fc -f helpdesk.dump %1'.")
                                        .arg(ctx.settings.databaseName)));
    const QString target = QFileInfo(inv.positional.constFirst()).absoluteFilePath();
    if (QFileInfo::exists(target))
        return ctx.fail(Error::make(Error::Code::InvalidInput,
                                    tr("%1 exists already. Give a new file name; a backup never "
                                       "overwrites a file.")
                                        .arg(QDir::toNativeSeparators(target))));
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return ctx.fail(
            Error::make(Error::Code::InvalidInput,
                        tr("The folder %1 does not exist.")
                            .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath()))));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    if (auto copied = Database::exec(*db.value(), QStringLiteral("VACUUM INTO ?"), {target});
        !copied)
        return ctx.fail(
            Error::make(copied.error().code,
                        tr("The backup to %1 failed: %2")
                            .arg(QDir::toNativeSeparators(target), copied.error().message),
                        copied.error().detail));
    ctx.out << tr("Backed up %1 to %2 (%3 MB).")
                   .arg(ctx.settings.displayUrl(), QDir::toNativeSeparators(target))
                   .arg(double(QFileInfo(target).size()) / (1024.0 * 1024.0), 0, 'f', 1)
            << Qt::endl;
    return AdminCli::Success;
}

int cmdSeedDemo(Context &ctx, const Invocation &inv)
{
    DemoOptions options;
    int exitCode = AdminCli::Success;
    const auto tickets = parseNumber(ctx, inv, QStringLiteral("tickets"), options.tickets, 0,
                                     100'000'000, &exitCode);
    if (!tickets)
        return exitCode;
    const auto accounts = parseNumber(ctx, inv, QStringLiteral("accounts"), options.accounts, 0,
                                      10'000'000, &exitCode);
    if (!accounts)
        return exitCode;
    const auto seed =
        parseNumber(ctx, inv, QStringLiteral("seed"), options.seed, 0, 0xFFFFFFFFLL, &exitCode);
    if (!seed)
        return exitCode;
    options.tickets = *tickets;
    options.accounts = *accounts;
    options.seed = quint32(*seed);

    auto db = ctx.openMigrated();
    if (!db)
        return ctx.fail(db.error());

    QElapsedTimer sinceLast;
    sinceLast.start();
    qint64 lastShown = -1;
    auto progress = [&](qint64 done, qint64 total) {
        // A line now and then, and always the last one.
        if (total > 0 && done != lastShown && (done == total || sinceLast.elapsed() >= 500)) {
            ctx.err
                << tr("Seeding tickets: %1/%2 (%3%)").arg(done).arg(total).arg(done * 100 / total)
                << Qt::endl;
            lastShown = done;
            sinceLast.restart();
        }
        return true;
    };
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoSeeder::seed(*db.value(), options, progress);
    if (!summary)
        return ctx.fail(summary.error());
    const DemoSummary &s = summary.value();
    ctx.out << tr("Added %1 staff, %2 accounts, %3 sign-in events, %4 tickets and %5 ticket "
                  "events in %6 s.")
                   .arg(s.staff)
                   .arg(s.accounts)
                   .arg(s.loginEvents)
                   .arg(s.tickets)
                   .arg(s.events)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    return AdminCli::Success;
}

int cmdEscalate(Context &ctx, const Invocation &)
{
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto escalated = Escalation::escalateBreached(*db.value(), QDateTime::currentMSecsSinceEpoch());
    if (!escalated)
        return ctx.fail(escalated.error());
    ctx.out << QCoreApplication::translate("AdminCli",
                                           "Escalated %n ticket(s) whose SLA was breached.",
                                           nullptr, int(escalated.value().size()))
            << Qt::endl;
    return AdminCli::Success;
}

int cmdSlaShow(Context &ctx, const Invocation &)
{
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto config = SlaConfigStore(*db.value()).load();
    if (!config)
        return ctx.fail(config.error());
    ctx.out << QString::fromUtf8(QJsonDocument(config->toJson()).toJson(QJsonDocument::Indented));
    ctx.out.flush();
    return AdminCli::Success;
}

int cmdSlaSet(Context &ctx, const Invocation &inv)
{
    if (inv.value(QStringLiteral("file")).isEmpty())
        return ctx.usage(
            tr("sla set needs --file with a JSON file (the format 'sla show' prints)."));
    QFile file(inv.value(QStringLiteral("file")));
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            Error::make(Error::Code::InvalidInput,
                        tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString())));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return ctx.fail(Error::make(
            Error::Code::InvalidInput,
            tr("%1 is not a JSON object: %2.").arg(file.fileName(), parseError.errorString())));
    auto config = SlaConfig::fromJson(doc.object());
    if (!config)
        return ctx.fail(config.error());
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto saved = SlaConfigStore(*db.value()).save(config.value());
    if (!saved)
        return ctx.fail(saved.error());
    ctx.out << QCoreApplication::translate("AdminCli",
                                           "SLA configuration saved; due times of %n open "
                                           "ticket(s) recomputed.",
                                           nullptr, int(saved.value()))
            << Qt::endl;
    return AdminCli::Success;
}

// outbox run [--once]: the mail outbox drained headless (see OutboxCommand).
int cmdOutboxRun(Context &ctx, const Invocation &inv)
{
    // Checked here so that a missing or outdated database gets the same message as elsewhere
    // and is never created by this command.
    if (auto db = ctx.openExisting(); !db)
        return ctx.fail(db.error());
    QStringList args;
    if (inv.has(QStringLiteral("once")))
        args << QStringLiteral("--once");
    if (inv.values.contains(QStringLiteral("interval"))) {
        if (inv.has(QStringLiteral("once")))
            return ctx.usage(tr("--interval is for a running sender, not with --once."));
        args << QStringLiteral("--interval") << inv.value(QStringLiteral("interval"));
    }
    if (inv.values.contains(QStringLiteral("timeout"))) {
        if (!inv.has(QStringLiteral("once")))
            return ctx.usage(tr("--timeout goes with --once."));
        args << QStringLiteral("--timeout") << inv.value(QStringLiteral("timeout"));
    }
    return runOutboxCommand(args, ctx.settings, ctx.out, ctx.err);
}

int accountsCommand(Context &ctx, const Invocation &inv,
                    Result<void> (*command)(QSqlDatabase &, const QString &, bool, qint64,
                                            QTextStream &))
{
    if (inv.positional.isEmpty())
        return ctx.usage(tr("Give the customer's email address, e.g. '%1 accounts show "
                            "pat@example.com'.")
                             .arg(Program));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto done = command(*db.value(), inv.positional.constFirst(), inv.has(QStringLiteral("json")),
                        QDateTime::currentMSecsSinceEpoch(), ctx.out);
    if (!done)
        return ctx.fail(done.error());
    return AdminCli::Success;
}

int cmdAccountsShow(Context &ctx, const Invocation &inv)
{
    return accountsCommand(ctx, inv, AccountsCommand::show);
}

int cmdAccountsTokenState(Context &ctx, const Invocation &inv)
{
    return accountsCommand(ctx, inv, AccountsCommand::tokenState);
}

// ---- The command table ----------------------------------------------------------------------
// A new command is one more row here and one more handler above, or a row in its group's own
// table (TicketsCommand).

QList<CommandSpec> buildCommands()
{
    QList<CommandSpec> rows = {
        {{QStringLiteral("migrate")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Create the database if needed and bring its schema up to date."),
         {},
         cmdMigrate},
        {{QStringLiteral("backup")},
         QT_TRANSLATE_NOOP("AdminCli", "Copy the embedded database to a new file while it is in "
                                       "use (SQLite's VACUUM INTO; PostgreSQL: use pg_dump)."),
         {},
         cmdBackup,
         QStringLiteral("FILE")},
        {{QStringLiteral("seed-demo")},
         QT_TRANSLATE_NOOP("AdminCli", "Fill an empty database with realistic demo staff, "
                                       "accounts and tickets (migrates first)."),
         {{QStringLiteral("tickets"), QStringLiteral("N"),
           QT_TRANSLATE_NOOP("AdminCli", "How many tickets to create (default 2000).")},
          {QStringLiteral("accounts"), QStringLiteral("M"),
           QT_TRANSLATE_NOOP("AdminCli", "How many customer accounts to create (default 500).")},
          {QStringLiteral("seed"), QStringLiteral("S"),
           QT_TRANSLATE_NOOP("AdminCli",
                             "Random seed; the same seed gives the same data (default 42).")}},
         cmdSeedDemo},
    };
    rows += TicketsCommand::commands();
    rows += ReportCommand::commands();
    rows += KbCommand::commands();
    rows += TicketShowCommand::commands();
    rows += StaffCommand::commands();
    rows += AccountActionsCommand::commands();
    rows += QList<CommandSpec>{
        {{QStringLiteral("escalate")},
         QT_TRANSLATE_NOOP("AdminCli", "Escalate every ticket whose SLA is breached (safe to run "
                                       "from several machines, e.g. every minute)."),
         {},
         cmdEscalate},
        {{QStringLiteral("sla"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("AdminCli", "Print the SLA calendars and policies as JSON."),
         {},
         cmdSlaShow},
        {{QStringLiteral("sla"), QStringLiteral("set")},
         QT_TRANSLATE_NOOP("AdminCli", "Replace the SLA calendars and policies from a JSON file "
                                       "(the format 'sla show' prints)."),
         {{QStringLiteral("file"), QStringLiteral("PATH"),
           QT_TRANSLATE_NOOP("AdminCli", "The JSON file to read.")}},
         cmdSlaSet},
        {{QStringLiteral("outbox"), QStringLiteral("run")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Send the mail waiting in the outbox, for a server-side deployment "
                           "(safe next to running apps: each message is sent once). Uses the "
                           "mail settings in the database; the SMTP password comes from the "
                           "keychain or HELPDESK_SMTP_PASSWORD. Keeps polling until Ctrl+C "
                           "unless --once."),
         {{QStringLiteral("once"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Send what is due now, then exit (exit status 1 if "
                                         "any message failed or has to wait for a retry; the "
                                         "reason is on stderr).")},
          {QStringLiteral("timeout"), QStringLiteral("SECONDS"),
           QT_TRANSLATE_NOOP("AdminCli", "With --once: end within this many seconds, whatever "
                                         "happens (default 300); unsent mail stays queued.")},
          {QStringLiteral("interval"), QStringLiteral("SECONDS"),
           QT_TRANSLATE_NOOP("AdminCli", "Without --once: look for due mail this often (default "
                                         "30).")}},
         cmdOutboxRun},
        {{QStringLiteral("accounts"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("AdminCli", "Show a customer account: status and lock, MFA, sign-ins, "
                                       "suspicious activity and outstanding links."),
         {{QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print a JSON object instead of text.")}},
         cmdAccountsShow,
         AccountsCommand::ArgumentName},
        {{QStringLiteral("accounts"), QStringLiteral("token-state")},
         QT_TRANSLATE_NOOP("AdminCli", "List the reset and activation links sent to an account "
                                       "and their state (never the links themselves)."),
         {{QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print a JSON array instead of a table.")}},
         cmdAccountsTokenState,
         AccountsCommand::ArgumentName},
    };
    rows += MailCommand::commands();
    rows += FollowupCommand::commands();
    rows += WatchCommand::commands();
    return rows;
}

const QList<CommandSpec> &commands()
{
    static const QList<CommandSpec> table = buildCommands();
    return table;
}

QString usageName(const CommandSpec &c)
{
    return c.argument.isEmpty() ? c.path.join(u' ') : c.path.join(u' ') + u' ' + c.argument;
}

// Options every command accepts, before or after the command name.
const QList<OptionSpec> &globalOptions()
{
    static const QList<OptionSpec> options = {
        {QStringLiteral("database"), QStringLiteral("URL"),
         QT_TRANSLATE_NOOP("AdminCli",
                           "The database: sqlite:///path/file.db, a file path, or "
                           "postgresql://user@host:port/dbname. The PostgreSQL password comes "
                           "from PGPASSWORD or ~/.pgpass.")},
        {QStringLiteral("verbose"), QString(),
         QT_TRANSLATE_NOOP("AdminCli", "Log what happens, with technical detail on errors.")},
        {QStringLiteral("help"), QString(),
         QT_TRANSLATE_NOOP("AdminCli", "Show this help, or a command's help after its name.")},
        {QStringLiteral("version"), QString(), QT_TRANSLATE_NOOP("AdminCli", "Show the version.")},
    };
    return options;
}

QString optionLabel(const OptionSpec &o)
{
    QString label = QStringLiteral("--") + o.name;
    if (o.name == QLatin1String("help"))
        label = QStringLiteral("-h, --help");
    else if (o.name == QLatin1String("version"))
        label = QStringLiteral("-v, --version");
    if (!o.valueName.isEmpty())
        label += u' ' + o.valueName;
    return label;
}

void printOptions(QTextStream &out, const QList<OptionSpec> &options, int indent)
{
    qsizetype width = 0;
    for (const OptionSpec &o : options)
        width = std::max(width, optionLabel(o).size());
    for (const OptionSpec &o : options)
        out << QString(indent, u' ') << optionLabel(o).leftJustified(width + 3) << tr(o.help)
            << u'\n';
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: %1 [--database URL] <command> [options]").arg(Program) << u'\n' << u'\n'
        << tr("Looks after a Helpdesk database from the command line.") << u'\n' << u'\n'
        << tr("Global options:") << u'\n';
    printOptions(out, globalOptions(), 2);
    out << u'\n'
        << tr("Default database: %1").arg(ConnectionSettings::embeddedDefault().displayUrl())
        << u'\n' << u'\n' << tr("Commands:") << u'\n';
    for (const CommandSpec &c : commands()) {
        out << QStringLiteral("  ") << usageName(c) << u'\n' << QStringLiteral("      ")
            << tr(c.summary) << u'\n';
        printOptions(out, c.options, 6);
    }
    out << u'\n' << tr("Exit status: 0 on success, 1 when the command failed, 2 for a usage error.")
        << u'\n';
    out.flush();
}

void printCommandHelp(QTextStream &out, const CommandSpec &c)
{
    out << tr("Usage: %1 [--database URL] %2 [options]").arg(Program, usageName(c)) << u'\n'
        << u'\n' << tr(c.summary) << u'\n';
    if (!c.options.isEmpty()) {
        out << u'\n' << tr("Options:") << u'\n';
        printOptions(out, c.options, 2);
    }
    out << u'\n' << tr("Global options:") << u'\n';
    printOptions(out, globalOptions(), 2);
    out.flush();
}

const OptionSpec *findOption(const QList<OptionSpec> &options, const QString &name)
{
    for (const OptionSpec &o : options)
        if (o.name == name)
            return &o;
    return nullptr;
}

// Reads "--name value", "--name=value" or "--flag" at args[i]; advances i.
// Returns an error text for the usage message, or an empty string.
QString takeOption(const QStringList &args, qsizetype &i, const QList<OptionSpec> &commandOptions,
                   Invocation &inv)
{
    QString arg = args.at(i);
    if (arg == QLatin1String("-h"))
        arg = QStringLiteral("--help");
    else if (arg == QLatin1String("-v"))
        arg = QStringLiteral("--version");
    if (!arg.startsWith(QLatin1String("--")) || arg.size() < 3)
        return tr("Unknown option '%1'.").arg(args.at(i));
    QString name = arg.mid(2);
    QString value;
    bool inlineValue = false;
    if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
        value = name.mid(eq + 1);
        name = name.left(eq);
        inlineValue = true;
    }
    const OptionSpec *spec = findOption(commandOptions, name);
    if (!spec)
        spec = findOption(globalOptions(), name);
    if (!spec)
        return tr("Unknown option '--%1'.").arg(name);
    if (spec->valueName.isEmpty()) {
        if (inlineValue)
            return tr("The option '--%1' takes no value.").arg(name);
        if (!inv.flags.contains(name))
            inv.flags.append(name);
    } else {
        if (!inlineValue) {
            if (i + 1 >= args.size())
                return tr("The option '--%1' needs a value (%2).").arg(name, spec->valueName);
            value = args.at(++i);
        }
        inv.values.insert(name, value);
    }
    ++i;
    return {};
}

} // namespace

int AdminCli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int AdminCli::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Context ctx(out, err);
    const QStringList args = arguments.mid(1);

    // Global options, then the command's words, then its options (globals allowed there too).
    Invocation inv;
    qsizetype i = 0;
    while (i < args.size() && args.at(i).startsWith(u'-')) {
        if (QString problem = takeOption(args, i, {}, inv); !problem.isEmpty())
            return ctx.usage(problem);
    }

    const CommandSpec *command = nullptr;
    if (i < args.size()) {
        for (const CommandSpec &c : commands()) {
            if (args.size() - i >= c.path.size() && args.mid(i, c.path.size()) == c.path &&
                (!command || c.path.size() > command->path.size()))
                command = &c;
        }
        if (!command) {
            QStringList subcommands;
            for (const CommandSpec &c : commands())
                if (c.path.size() > 1 && c.path.constFirst() == args.at(i))
                    subcommands << c.path.mid(1).join(u' ');
            if (!subcommands.isEmpty()) {
                const QString given = args.size() > i + 1 ? args.at(i + 1) : QString();
                return ctx.usage(
                    given.isEmpty()
                        ? tr("'%1' needs a subcommand: %2.")
                              .arg(args.at(i), subcommands.join(QStringLiteral(", ")))
                        : tr("Unknown command '%1 %2'. '%1' knows: %3.")
                              .arg(args.at(i), given, subcommands.join(QStringLiteral(", "))));
            }
            return ctx.usage(tr("Unknown command '%1'.").arg(args.at(i)));
        }
        i += command->path.size();
        while (i < args.size()) {
            if (args.at(i).startsWith(u'-') && args.at(i) != QLatin1String("-")) {
                if (QString problem = takeOption(args, i, command->options, inv);
                    !problem.isEmpty())
                    return ctx.usage(problem);
            } else {
                inv.positional << args.at(i++);
            }
        }
    }

    if (inv.has(QStringLiteral("version"))) {
        out << Program << u' ' << QStringLiteral(HELPDESK_VERSION) << Qt::endl;
        return Success;
    }
    if (inv.has(QStringLiteral("help"))) {
        if (command)
            printCommandHelp(out, *command);
        else
            printHelp(out);
        return Success;
    }
    if (!command)
        return ctx.usage(tr("No command given."));
    // One positional argument per word of the help's argument text ("LOGIN ROLE": two).
    const qsizetype allowed = command->argument.isEmpty() ? 0 : command->argument.count(u' ') + 1;
    if (inv.positional.size() > allowed)
        return ctx.usage(tr("Unexpected argument '%1' for '%2'.")
                             .arg(inv.positional.at(allowed), command->path.join(u' ')));

    ctx.verbose = inv.has(QStringLiteral("verbose"));
    // Library warnings would add stray lines to the one-line error; --verbose shows them.
    QLoggingCategory::setFilterRules(
        ctx.verbose ? QStringLiteral("helpdesk.*=true")
                    : QStringLiteral("helpdesk.*.warning=false\nhelpdesk.*.info=false"));
    if (inv.has(QStringLiteral("database"))) {
        auto settings = ConnectionSettings::fromUrl(inv.value(QStringLiteral("database")));
        if (!settings)
            return ctx.usage(settings.error().message);
        ctx.settings = settings.value();
    }
    return command->handler(ctx, inv);
}

} // namespace helpdesk
