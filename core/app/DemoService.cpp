#include "app/DemoService.h"

#include "common/Logging.h"
#include "db/DbWorker.h"

#include <climits>

namespace helpdesk {

DemoService::DemoService(DbWorker *worker, QObject *parent) : QObject(parent), m_worker(worker) {}

QFuture<Result<DemoSummary>> DemoService::seed(const DemoOptions &options)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    return m_worker->runWithProgress<Result<DemoSummary>>(
        [options, cancel = m_cancel](QSqlDatabase &db, QPromise<Result<DemoSummary>> &promise) {
            auto seeded =
                DemoSeeder::seed(db, options, [&promise, cancel](qint64 done, qint64 total) {
                    promise.setProgressRange(0, int(qMin<qint64>(total, INT_MAX)));
                    promise.setProgressValue(int(qMin<qint64>(done, INT_MAX)));
                    return !cancel->load();
                });
            if (seeded) {
                // Demo data comes with a demo mail set-up, so links and replies can be sent.
                if (auto mail = DemoSeeder::configureDemoMail(db); !mail)
                    qCWarning(lcDemo) << "demo mail set-up:" << mail.error().toString();
            }
            return seeded;
        });
}

void DemoService::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace helpdesk
