#include "team/StaffAdmin.h"

#include "db/Database.h"
#include "staff/StaffStore.h"
#include "team/ScramVerifier.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("StaffAdmin", text);
}

QJsonObject details(const Staff &s)
{
    return {{QStringLiteral("login"), s.login},
            {QStringLiteral("role"), StaffRoles::key(s.role)},
            {QStringLiteral("active"), s.active}};
}

Result<void> checkMember(const NewStaffMember &m)
{
    HD_TRY(StaffAdmin::checkLogin(m.login));
    if (m.displayName.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Enter the staff member's name as colleagues should see it."));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+$"));
    if (!email.match(m.email.trimmed()).hasMatch())
        return Error::make(Error::Code::InvalidInput,
                           tr("Enter the staff member's email address, e.g. "
                              "maria.k@example.com."));
    if (m.password && m.password->size() < StaffAdmin::MinimumPasswordLength)
        return Error::make(Error::Code::InvalidInput,
                           tr("The password needs at least %1 characters.")
                               .arg(StaffAdmin::MinimumPasswordLength));
    return {};
}
} // namespace

StaffAdmin::StaffAdmin(QSqlDatabase &db, Actor actor, qint64 nowMs)
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs)
{}

bool StaffAdmin::managesLogins() const
{
    return Database::dialect(m_db) == Dialect::PostgreSQL;
}

Result<void> StaffAdmin::checkLogin(const QString &login)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9._-]{0,62}$"));
    if (!pattern.match(login).hasMatch())
        return Error::make(Error::Code::InvalidInput,
                           tr("A login is 1 to 63 lower-case letters, digits, dots, dashes or "
                              "underscores and starts with a letter, e.g. maria.k."));
    if (login.startsWith(QLatin1String("pg_")) || login.startsWith(QLatin1String("helpdesk_")))
        return Error::make(Error::Code::InvalidInput,
                           tr("A login may not begin with \"pg_\" or \"helpdesk_\"; those names "
                              "belong to the database. Choose another login."));
    return {};
}

Result<QList<StaffListing>> StaffAdmin::list()
{
    HD_TRY_ASSIGN(const QList<Staff> all, StaffStore(m_db).all());
    QList<StaffListing> out;
    for (const Staff &s : all)
        out.append({s, false, false});
    if (!managesLogins())
        return out;
    HD_TRY_ASSIGN(auto q, Database::exec(m_db, QStringLiteral("SELECT s.login, r.rolcanlogin FROM "
                                                              "staff s JOIN pg_roles r ON "
                                                              "r.rolname = s.login")));
    QHash<QString, bool> logins;
    while (q.next())
        logins.insert(q.value(0).toString(), q.value(1).toBool());
    for (StaffListing &l : out) {
        l.hasLogin = logins.contains(l.staff.login);
        l.canLogin = logins.value(l.staff.login);
    }
    return out;
}

Result<Staff> StaffAdmin::add(const NewStaffMember &member)
{
    HD_TRY(checkMember(member));
    return WritePath(m_db, m_actor, m_now).run([&](Recorder &record) -> Result<Staff> {
        if (managesLogins()) {
            const QVariant verifier = member.password
                                          ? QVariant(ScramVerifier::make(*member.password))
                                          : QVariant(QMetaType::fromType<QString>());
            HD_TRY(
                Database::exec(m_db, QStringLiteral("SELECT helpdesk.staff_add(?, ?, ?, ?, ?)"),
                               {member.login, member.displayName.trimmed(), member.email.trimmed(),
                                StaffRoles::key(member.role), verifier}));
        } else {
            if (StaffStore(m_db).byLogin(member.login))
                return Error::make(Error::Code::Conflict,
                                   tr("A staff member with the login \"%1\" exists already. "
                                      "Choose another login.")
                                       .arg(member.login));
            Staff s;
            s.login = member.login;
            s.displayName = member.displayName.trimmed();
            s.email = member.email.trimmed();
            s.role = member.role;
            s.signature = QStringLiteral(""); // the drivers bind a null QString as NULL
            HD_TRY(StaffStore(m_db).insert(s));
        }
        HD_TRY_ASSIGN(const Staff added, StaffStore(m_db).byLogin(member.login));
        HD_TRY(record.audit(QStringLiteral("staff"), added.id, QStringLiteral("staff_add"),
                            details(added)));
        return added;
    });
}

Result<Staff> StaffAdmin::setRole(const QString &login, StaffRole role)
{
    return WritePath(m_db, m_actor, m_now).run([&](Recorder &record) -> Result<Staff> {
        HD_TRY_ASSIGN(const Staff before, StaffStore(m_db).byLogin(login));
        if (managesLogins())
            HD_TRY(Database::exec(m_db, QStringLiteral("SELECT helpdesk.staff_set_role(?, ?)"),
                                  {login, StaffRoles::key(role)}));
        else
            HD_TRY(Database::exec(m_db, QStringLiteral("UPDATE staff SET role = ? WHERE id = ?"),
                                  {StaffRoles::key(role), QVariant::fromValue(before.id)}));
        HD_TRY_ASSIGN(const Staff after, StaffStore(m_db).byLogin(login));
        QJsonObject d = details(after);
        d.insert(QStringLiteral("previous_role"), StaffRoles::key(before.role));
        HD_TRY(
            record.audit(QStringLiteral("staff"), after.id, QStringLiteral("staff_set_role"), d));
        return after;
    });
}

Result<int> StaffAdmin::setActive(const QString &login, bool active)
{
    return WritePath(m_db, m_actor, m_now).run([&](Recorder &record) -> Result<int> {
        HD_TRY_ASSIGN(const Staff before, StaffStore(m_db).byLogin(login));
        int ended = 0;
        if (managesLogins()) {
            HD_TRY_ASSIGN(const QVariant n,
                          Database::scalar(m_db,
                                           QStringLiteral("SELECT helpdesk.staff_set_active(?, ?)"),
                                           {login, active}));
            ended = n.toInt();
        } else {
            HD_TRY(Database::exec(m_db, QStringLiteral("UPDATE staff SET active = ? WHERE id = ?"),
                                  {active, QVariant::fromValue(before.id)}));
        }
        QJsonObject d = details(before);
        d.insert(QStringLiteral("active"), active);
        d.insert(QStringLiteral("sessions_ended"), ended);
        HD_TRY(record.audit(
            QStringLiteral("staff"), before.id,
            active ? QStringLiteral("staff_enable") : QStringLiteral("staff_disable"), d));
        return ended;
    });
}

} // namespace helpdesk
