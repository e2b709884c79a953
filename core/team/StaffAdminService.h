#pragma once
// What the Staff screen asks of StaffAdmin, on the DbWorker: the list, add, set role, disable
// and enable, as "me". changed() follows every change that went through.

#include "common/Result.h"
#include "staff/Staff.h"
#include "team/StaffAdmin.h"

#include <QFuture>
#include <QList>
#include <QObject>

namespace helpdesk {

class DbWorker;

class StaffAdminService : public QObject
{
    Q_OBJECT
public:
    StaffAdminService(DbWorker *worker, Staff actor, QObject *parent = nullptr);

    // True on PostgreSQL: staff members are database logins (a password can be set).
    bool managesLogins() const;

    QFuture<Result<QList<StaffListing>>> list();
    QFuture<Result<Staff>> add(const NewStaffMember &member);
    QFuture<Result<Staff>> setRole(const QString &login, StaffRole role);
    QFuture<Result<int>> setActive(const QString &login, bool active);

signals:
    void changed();

private:
    template <typename T> QFuture<Result<T>> announce(QFuture<Result<T>> future);

    DbWorker *m_worker;
    Staff m_actor;
};

} // namespace helpdesk
