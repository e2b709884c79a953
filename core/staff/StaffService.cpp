#include "staff/StaffService.h"

#include "db/DbWorker.h"
#include "staff/StaffStore.h"

namespace helpdesk {

StaffService::StaffService(DbWorker *worker, QObject *parent) : QObject(parent), m_worker(worker) {}

QFuture<Result<QList<Staff>>> StaffService::all()
{
    return m_worker->run([](QSqlDatabase &db) { return StaffStore(db).all(); });
}

QFuture<std::optional<Staff>> StaffService::byLogin(const QString &login)
{
    return m_worker->run([login](QSqlDatabase &db) -> std::optional<Staff> {
        if (login.isEmpty())
            return std::nullopt;
        auto staff = StaffStore(db).byLogin(login);
        if (!staff)
            return std::nullopt;
        return staff.value();
    });
}

} // namespace helpdesk
