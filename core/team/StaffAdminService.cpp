#include "team/StaffAdminService.h"

#include "common/Futures.h"
#include "db/DbWorker.h"

#include <QDateTime>

namespace helpdesk {

StaffAdminService::StaffAdminService(DbWorker *worker, Staff actor, QObject *parent)
    : QObject(parent), m_worker(worker), m_actor(std::move(actor))
{}

bool StaffAdminService::managesLogins() const
{
    return m_worker->settings().dialect == Dialect::PostgreSQL;
}

template <typename T> QFuture<Result<T>> StaffAdminService::announce(QFuture<Result<T>> future)
{
    return whenDone(future, this, [this](const Result<T> &done) {
        if (done)
            emit changed();
        return done;
    });
}

QFuture<Result<QList<StaffListing>>> StaffAdminService::list()
{
    return m_worker->run([actor = m_actor](QSqlDatabase &db) {
        return StaffAdmin(db, Actor::staff(actor), QDateTime::currentMSecsSinceEpoch()).list();
    });
}

QFuture<Result<Staff>> StaffAdminService::add(const NewStaffMember &member)
{
    return announce(m_worker->run([actor = m_actor, member](QSqlDatabase &db) {
        return StaffAdmin(db, Actor::staff(actor), QDateTime::currentMSecsSinceEpoch()).add(member);
    }));
}

QFuture<Result<Staff>> StaffAdminService::setRole(const QString &login, StaffRole role)
{
    return announce(m_worker->run([actor = m_actor, login, role](QSqlDatabase &db) {
        return StaffAdmin(db, Actor::staff(actor), QDateTime::currentMSecsSinceEpoch())
            .setRole(login, role);
    }));
}

QFuture<Result<int>> StaffAdminService::setActive(const QString &login, bool active)
{
    return announce(m_worker->run([actor = m_actor, login, active](QSqlDatabase &db) {
        return StaffAdmin(db, Actor::staff(actor), QDateTime::currentMSecsSinceEpoch())
            .setActive(login, active);
    }));
}

} // namespace helpdesk
