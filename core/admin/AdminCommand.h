#pragma once
// What every helpdesk-admin command handler shares: the command table's row type, the parsed
// command line (Invocation), one run's Context (streams, database) and the option parsers.
// AdminCli parses and dispatches; command groups (TicketsCommand, ...) bring their own rows.

#include "admin/AdminCli.h"
#include "common/Result.h"
#include "db/ConnectionSettings.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace helpdesk::admin {

inline const QString Program = QStringLiteral("helpdesk-admin");

struct OptionSpec
{
    QString name;      // without the leading dashes
    QString valueName; // empty for a flag
    const char *help;
};

// What the command line said for one command: option values, flags, positional arguments.
struct Invocation
{
    QHash<QString, QString> values;
    QStringList flags;
    QStringList positional;

    bool has(const QString &name) const { return values.contains(name) || flags.contains(name); }
    QString value(const QString &name) const { return values.value(name); }
};

class Context;
using Handler = int (*)(Context &, const Invocation &);

struct CommandSpec
{
    QStringList path; // {"tickets", "list"}
    const char *summary;
    QList<OptionSpec> options;
    Handler handler;
    QString argument = {}; // the one positional argument, as the help shows it (empty: none)
};

// One run of the tool: the streams, the chosen database and its connection.
class Context
{
public:
    Context(QTextStream &output, QTextStream &errors) : out(output), err(errors) {}
    ~Context();
    Context(const Context &) = delete;
    Context &operator=(const Context &) = delete;

    QTextStream &out;
    QTextStream &err;
    ConnectionSettings settings = ConnectionSettings::embeddedDefault();
    bool verbose = false;

    // A runtime failure: one line on stderr (the technical detail only with --verbose).
    int fail(const Error &error);
    // A usage error: the reason and a pointer to --help on stderr.
    int usage(const QString &reason);

    // Opens the database, creating an SQLite file if needed, and brings the schema up to date.
    Result<QSqlDatabase *> openMigrated(int *version = nullptr);
    // Opens an existing, up-to-date database; never creates or changes one.
    Result<QSqlDatabase *> openExisting();

private:
    Result<void> connect();

    QSqlDatabase m_db;
    bool m_open = false;
};

// "--limit 50" -> 50; anything but a whole number in [min, max] is a usage error (*exitCode
// set, nullopt returned).
std::optional<qint64> parseNumber(Context &ctx, const Invocation &inv, const QString &name,
                                  qint64 fallback, qint64 min, qint64 max, int *exitCode);

// The staff member a change is made as: --as LOGIN, or on PostgreSQL the connection's user.
Result<Staff> actingStaff(Context &ctx, QSqlDatabase &db, const Invocation &inv);

// "--category login" -> TicketCategory::Login, for any vocabulary with key/fromKey/all.
template <typename E, typename FromKey, typename AllValues>
std::optional<E> parseKey(Context &ctx, const Invocation &inv, const QString &name, E fallback,
                          FromKey fromKey, AllValues all, int *exitCode)
{
    if (!inv.values.contains(name))
        return fallback;
    const QString key = inv.value(name);
    if (auto v = fromKey(key))
        return *v;
    QStringList keys;
    for (E e : all())
        keys << Vocabulary::key(e);
    *exitCode =
        ctx.usage(QCoreApplication::translate("AdminCli", "Unknown %1 '%2'. Use one of: %3.")
                      .arg(name, key, keys.join(QStringLiteral(", "))));
    return std::nullopt;
}

} // namespace helpdesk::admin
