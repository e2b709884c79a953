#include "admin/AdminCommand.h"

#include "db/Database.h"
#include "db/Migrator.h"
#include "staff/StaffStore.h"

#include <QDir>
#include <QFileInfo>

namespace helpdesk::admin {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AdminCli", text);
}

const QString kConnectionName = QStringLiteral("helpdesk-admin");
} // namespace

Context::~Context()
{
    if (m_open) {
        m_db = QSqlDatabase();
        Database::close(kConnectionName);
    }
}

int Context::fail(const Error &error)
{
    QString text = error.message;
    if (verbose && !error.detail.isEmpty())
        text += QStringLiteral(" (") + error.detail + u')';
    if (text.isEmpty())
        text = tr("The operation failed.");
    text.replace(u'\n', u' ');
    err << Program << QStringLiteral(": ") << text << Qt::endl;
    return AdminCli::RuntimeFailure;
}

int Context::usage(const QString &reason)
{
    err << Program << QStringLiteral(": ") << reason << u'\n' << tr("Try '%1 --help'.").arg(Program)
        << Qt::endl;
    return AdminCli::UsageError;
}

Result<QSqlDatabase *> Context::openMigrated(int *version)
{
    HD_TRY(connect());
    HD_TRY_ASSIGN(auto migrated, Migrator::migrate(m_db));
    if (version)
        *version = migrated;
    return &m_db;
}

Result<QSqlDatabase *> Context::openExisting()
{
    if (settings.dialect == Dialect::SQLite && !QFileInfo::exists(settings.sqlitePath))
        return Error::make(Error::Code::DatabaseOpen,
                           tr("There is no database at %1. Create one with '%2 migrate'.")
                               .arg(QDir::toNativeSeparators(settings.sqlitePath), Program));
    HD_TRY(connect());
    HD_TRY_ASSIGN(auto current, Migrator::currentVersion(m_db));
    const int latest = Migrator::latestVersion(settings.dialect);
    if (current == 0)
        return Error::make(Error::Code::NotADatabase,
                           tr("The database %1 has no Helpdesk tables yet. Create them with "
                              "'%2 migrate'.")
                               .arg(settings.displayUrl(), Program));
    if (current < latest)
        return Error::make(Error::Code::DatabaseOpen,
                           tr("The database schema is at version %1 but this version of "
                              "Helpdesk needs %2. Update it with '%3 migrate'.")
                               .arg(current)
                               .arg(latest)
                               .arg(Program));
    if (current > latest)
        return Error::make(Error::Code::SchemaTooNew,
                           tr("The database was written by a newer version of Helpdesk "
                              "(schema %1; this version knows up to %2). Update "
                              "helpdesk-admin.")
                               .arg(current)
                               .arg(latest));
    return &m_db;
}

Result<void> Context::connect()
{
    HD_TRY_ASSIGN(auto db, Database::open(settings, kConnectionName));
    m_db = db;
    m_open = true;
    return {};
}

std::optional<qint64> parseNumber(Context &ctx, const Invocation &inv, const QString &name,
                                  qint64 fallback, qint64 min, qint64 max, int *exitCode)
{
    if (!inv.values.contains(name))
        return fallback;
    bool ok = false;
    const qint64 n = inv.value(name).toLongLong(&ok);
    if (!ok || n < min || n > max) {
        *exitCode = ctx.usage(tr("--%1 needs a whole number from %2 to %3, not '%4'.")
                                  .arg(name)
                                  .arg(min)
                                  .arg(max)
                                  .arg(inv.value(name)));
        return std::nullopt;
    }
    return n;
}

Result<Staff> actingStaff(Context &ctx, QSqlDatabase &db, const Invocation &inv)
{
    QString login = inv.value(QStringLiteral("as"));
    if (ctx.settings.dialect == Dialect::PostgreSQL) {
        // A writer's identity is the session's role: a staff login acts only as itself (the
        // database records it so whatever the client says). Only a session that is no staff
        // login (the database admin, scripts run as the owner) may name someone.
        HD_TRY_ASSIGN(auto q,
                      Database::exec(db, QStringLiteral("SELECT session_user, pg_has_role("
                                                        "session_user, 'helpdesk_staff', 'MEMBER') "
                                                        "AND NOT (SELECT rolsuper FROM pg_roles "
                                                        "WHERE rolname = session_user)")));
        q.next();
        const QString self = q.value(0).toString();
        const bool staffSession = q.value(1).toBool();
        if (login.isEmpty())
            login = self;
        else if (staffSession && login != self)
            return Error::make(Error::Code::PermissionDenied,
                               tr("You are connected as %1, so you can act only as %1: on a "
                                  "shared database a change is always recorded as the connected "
                                  "staff member. Leave out --as, or connect as %2.")
                                   .arg(self, login));
    }
    if (login.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Say which staff member makes the change with --as LOGIN."));
    return StaffStore(db).byLogin(login);
}

} // namespace helpdesk::admin
