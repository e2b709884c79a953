#include "admin/StaffCommand.h"

#include "db/Database.h"
#include "team/StaffAdmin.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace helpdesk::admin::StaffCommand {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

// Who the change is recorded as: the connected staff member on PostgreSQL (the database takes
// it from the session anyway), --as on SQLite, else the tool itself.
Actor actorFor(Context &ctx, QSqlDatabase &db, const Invocation &inv)
{
    if (auto staff = actingStaff(ctx, db, inv))
        return Actor::staff(staff.value());
    return Actor::system(Program);
}

std::optional<StaffRole> parseRole(Context &ctx, const QString &key, int *exitCode)
{
    if (auto role = StaffRoles::fromKey(key))
        return role;
    *exitCode = ctx.usage(tr("Unknown role '%1'. Use agent, lead or admin.").arg(key));
    return std::nullopt;
}

Result<QString> readPassword()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return Error::make(Error::Code::InvalidInput, tr("Standard input cannot be read."));
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("--password-stdin read no password. Give it on the first line of "
                              "standard input, e.g. from a password manager."));
    return line;
}

void printStaff(Context &ctx, const Staff &s)
{
    ctx.out << tr("%1 (%2, %3): %4%5")
                   .arg(s.login, s.displayName, s.email, StaffRoles::key(s.role),
                        s.active ? QString() : tr(", disabled"))
            << Qt::endl;
}

int cmdAdd(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 1)
        return ctx.usage(tr("Give the new login, e.g. '%1 staff add maria.k --name \"Maria K.\" "
                            "--email maria.k@example.com --role agent'.")
                             .arg(Program));
    NewStaffMember m;
    m.login = inv.positional.constFirst();
    m.displayName = inv.value(QStringLiteral("name"));
    m.email = inv.value(QStringLiteral("email"));
    if (m.displayName.isEmpty() || m.email.isEmpty() || !inv.has(QStringLiteral("role")))
        return ctx.usage(tr("staff add needs --name, --email and --role."));
    int exitCode = AdminCli::Success;
    const auto role = parseRole(ctx, inv.value(QStringLiteral("role")), &exitCode);
    if (!role)
        return exitCode;
    m.role = *role;
    if (auto login = StaffAdmin::checkLogin(m.login); !login)
        return ctx.usage(login.error().message);
    if (inv.has(QStringLiteral("password-stdin"))) {
        auto password = readPassword();
        if (!password)
            return ctx.fail(password.error());
        m.password = password.value();
    }
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto added = StaffAdmin(*db.value(), actorFor(ctx, *db.value(), inv),
                            QDateTime::currentMSecsSinceEpoch())
                     .add(m);
    if (!added)
        return ctx.fail(added.error());
    ctx.out << tr("Added staff member %1.").arg(added->login) << Qt::endl;
    if (ctx.settings.dialect == Dialect::PostgreSQL && !m.password)
        ctx.out << tr("No password was set: the login works only where pg_hba.conf allows it "
                      "without one. Set one with --password-stdin when adding.")
                << Qt::endl;
    return AdminCli::Success;
}

int cmdSetRole(Context &ctx, const Invocation &inv)
{
    if (inv.positional.size() != 2)
        return ctx.usage(tr("Give the login and the new role, e.g. '%1 staff set-role maria.k "
                            "lead'.")
                             .arg(Program));
    int exitCode = AdminCli::Success;
    const auto role = parseRole(ctx, inv.positional.at(1), &exitCode);
    if (!role)
        return exitCode;
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    auto changed = StaffAdmin(*db.value(), actorFor(ctx, *db.value(), inv),
                              QDateTime::currentMSecsSinceEpoch())
                       .setRole(inv.positional.constFirst(), *role);
    if (!changed)
        return ctx.fail(changed.error());
    printStaff(ctx, changed.value());
    return AdminCli::Success;
}

int setActive(Context &ctx, const Invocation &inv, bool active)
{
    if (inv.positional.size() != 1)
        return ctx.usage(tr("Give the staff member's login."));
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    const QString login = inv.positional.constFirst();
    auto done = StaffAdmin(*db.value(), actorFor(ctx, *db.value(), inv),
                           QDateTime::currentMSecsSinceEpoch())
                    .setActive(login, active);
    if (!done)
        return ctx.fail(done.error());
    if (active)
        ctx.out << tr("Enabled %1.").arg(login) << Qt::endl;
    else
        ctx.out << tr("Disabled %1 (open sessions ended: %2).").arg(login).arg(done.value())
                << Qt::endl;
    return AdminCli::Success;
}

int cmdDisable(Context &ctx, const Invocation &inv)
{
    return setActive(ctx, inv, false);
}

int cmdEnable(Context &ctx, const Invocation &inv)
{
    return setActive(ctx, inv, true);
}

int cmdList(Context &ctx, const Invocation &inv)
{
    auto db = ctx.openExisting();
    if (!db)
        return ctx.fail(db.error());
    StaffAdmin admin(*db.value(), Actor::system(Program), QDateTime::currentMSecsSinceEpoch());
    auto list = admin.list();
    if (!list)
        return ctx.fail(list.error());
    if (inv.has(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const StaffListing &l : list.value()) {
            QJsonObject o{{QStringLiteral("login"), l.staff.login},
                          {QStringLiteral("name"), l.staff.displayName},
                          {QStringLiteral("email"), l.staff.email},
                          {QStringLiteral("role"), StaffRoles::key(l.staff.role)},
                          {QStringLiteral("active"), l.staff.active}};
            if (admin.managesLogins())
                o.insert(QStringLiteral("database_login"),
                         l.hasLogin ? QJsonValue(l.canLogin) : QJsonValue(QJsonValue::Null));
            rows.append(o);
        }
        ctx.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact))
                << Qt::endl;
        return AdminCli::Success;
    }
    for (const StaffListing &l : list.value()) {
        printStaff(ctx, l.staff);
        if (admin.managesLogins() && !l.hasLogin)
            ctx.out << tr("    no database login yet: 'staff add %1 ...' creates it and "
                          "keeps this staff member")
                           .arg(l.staff.login)
                    << Qt::endl;
    }
    return AdminCli::Success;
}

} // namespace

QList<CommandSpec> commands()
{
    const QString login = QStringLiteral("LOGIN");
    return {
        {{QStringLiteral("staff"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("AdminCli",
                           "Add a staff member. On PostgreSQL this also creates their database "
                           "login in the group of their role (administrators only)."),
         {{QStringLiteral("name"), QStringLiteral("TEXT"),
           QT_TRANSLATE_NOOP("AdminCli", "The name colleagues see (required).")},
          {QStringLiteral("email"), QStringLiteral("ADDRESS"),
           QT_TRANSLATE_NOOP("AdminCli", "Their email address (required).")},
          {QStringLiteral("role"), QStringLiteral("ROLE"),
           QT_TRANSLATE_NOOP("AdminCli", "agent, lead or admin (required).")},
          {QStringLiteral("password-stdin"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "PostgreSQL: read the login's password from the first "
                                         "line of standard input (sent only as a SCRAM "
                                         "verifier).")}},
         cmdAdd,
         login},
        {{QStringLiteral("staff"), QStringLiteral("set-role")},
         QT_TRANSLATE_NOOP("AdminCli", "Give a staff member another role: agent, lead or admin."),
         {},
         cmdSetRole,
         QStringLiteral("LOGIN ROLE")},
        {{QStringLiteral("staff"), QStringLiteral("disable")},
         QT_TRANSLATE_NOOP("AdminCli", "Disable a staff member; on PostgreSQL their login is "
                                       "refused from now on and their open sessions end."),
         {},
         cmdDisable,
         login},
        {{QStringLiteral("staff"), QStringLiteral("enable")},
         QT_TRANSLATE_NOOP("AdminCli", "Enable a disabled staff member again."),
         {},
         cmdEnable,
         login},
        {{QStringLiteral("staff"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("AdminCli", "List the staff members, their roles and whether they "
                                       "may log in."),
         {{QStringLiteral("json"), QString(),
           QT_TRANSLATE_NOOP("AdminCli", "Print a JSON array instead of text.")}},
         cmdList},
    };
}

} // namespace helpdesk::admin::StaffCommand
