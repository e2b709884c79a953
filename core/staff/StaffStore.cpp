#include "staff/StaffStore.h"

#include "db/Database.h"

#include <QCoreApplication>

namespace helpdesk {

namespace StaffRoles {
QString key(StaffRole role)
{
    switch (role) {
    case StaffRole::Agent:
        return QStringLiteral("agent");
    case StaffRole::Lead:
        return QStringLiteral("lead");
    case StaffRole::Admin:
        return QStringLiteral("admin");
    }
    return {};
}

QString label(StaffRole role)
{
    switch (role) {
    case StaffRole::Agent:
        return QCoreApplication::translate("Staff", "Agent");
    case StaffRole::Lead:
        return QCoreApplication::translate("Staff", "Team lead");
    case StaffRole::Admin:
        return QCoreApplication::translate("Staff", "Administrator");
    }
    return {};
}

std::optional<StaffRole> fromKey(const QString &k)
{
    for (StaffRole r : {StaffRole::Agent, StaffRole::Lead, StaffRole::Admin})
        if (key(r) == k)
            return r;
    return std::nullopt;
}
} // namespace StaffRoles

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, login, display_name, email, role, active, signature FROM staff ");

Staff readStaff(const QSqlQuery &q)
{
    Staff s;
    s.id = q.value(0).toLongLong();
    s.login = q.value(1).toString();
    s.displayName = q.value(2).toString();
    s.email = q.value(3).toString();
    s.role = StaffRoles::fromKey(q.value(4).toString()).value_or(StaffRole::Agent);
    s.active = q.value(5).toBool();
    s.signature = q.value(6).toString();
    return s;
}
} // namespace

Result<QList<Staff>> StaffStore::all()
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db, kSelect + QStringLiteral("ORDER BY display_name, id")));
    QList<Staff> out;
    while (q.next())
        out.append(readStaff(q));
    return out;
}

Result<Staff> StaffStore::byLogin(const QString &login)
{
    HD_TRY_ASSIGN(auto q,
                  Database::exec(m_db, kSelect + QStringLiteral("WHERE login = ?"), {login}));
    if (!q.next())
        return Error::make(
            Error::Code::NotFound,
            QCoreApplication::translate("StaffStore", "No staff member has the login \"%1\".")
                .arg(login));
    return readStaff(q);
}

Result<qint64> StaffStore::insert(const Staff &s)
{
    HD_TRY_ASSIGN(auto q, Database::exec(
                              m_db,
                              QStringLiteral("INSERT INTO staff (login, display_name, email, role, "
                                             "active, signature) VALUES (?, ?, ?, ?, ?, ?) "
                                             "RETURNING id"),
                              {s.login, s.displayName, s.email, StaffRoles::key(s.role), s.active,
                               s.signature}));
    if (!q.next())
        return Error::make(
            Error::Code::DatabaseQuery,
            QCoreApplication::translate("StaffStore", "Adding the staff member failed."));
    return q.value(0).toLongLong();
}

} // namespace helpdesk
