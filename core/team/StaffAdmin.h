#pragma once
// Managing the staff directory: add a member, change their role, disable and enable them. On
// PostgreSQL each member is also a database LOGIN role of the same name in the group of their
// role (helpdesk_agent / helpdesk_lead / helpdesk_admin), so these go through the database's own
// helpdesk.staff_* functions, which only administrators may call; disabling takes the login away
// and ends its sessions. On SQLite (single-user) they change the staff table alone. Every change
// is on the write path with its audit row. Synchronous; StaffAdminService runs it on the worker.

#include "common/Result.h"
#include "staff/Actor.h"
#include "staff/Staff.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace helpdesk {

struct NewStaffMember
{
    QString login;
    QString displayName;
    QString email;
    StaffRole role = StaffRole::Agent;
    // PostgreSQL: the login's password (sent only as a SCRAM verifier). None: no password is
    // set (another authentication method in pg_hba.conf, or set later).
    std::optional<QString> password;
};

struct StaffListing
{
    Staff staff;
    // PostgreSQL: whether a database login of that name exists and may log in.
    bool hasLogin = false;
    bool canLogin = false;
};

class StaffAdmin
{
public:
    StaffAdmin(QSqlDatabase &db, Actor actor, qint64 nowMs);

    // True on PostgreSQL, where staff members are database logins.
    bool managesLogins() const;

    Result<QList<StaffListing>> list();
    Result<Staff> add(const NewStaffMember &member);
    Result<Staff> setRole(const QString &login, StaffRole role);
    // Returns how many open sessions of the login were ended (PostgreSQL).
    Result<int> setActive(const QString &login, bool active);

    // The rules for a login, checked before anything is sent: an error says what to type.
    static Result<void> checkLogin(const QString &login);
    static constexpr int MinimumPasswordLength = 10;

private:
    QSqlDatabase &m_db;
    Actor m_actor;
    qint64 m_now;
};

} // namespace helpdesk
