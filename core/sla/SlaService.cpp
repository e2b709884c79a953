#include "sla/SlaService.h"

#include "db/DbWorker.h"
#include "sla/SlaConfigStore.h"

namespace helpdesk {

SlaService::SlaService(DbWorker *worker, QObject *parent) : QObject(parent), m_worker(worker) {}

QFuture<Result<SlaConfig>> SlaService::config()
{
    return m_worker->run([](QSqlDatabase &db) { return SlaConfigStore(db).load(); });
}

} // namespace helpdesk
