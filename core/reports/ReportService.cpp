#include "reports/ReportService.h"

#include "db/DbWorker.h"
#include "reports/ReportQuery.h"

#include <QPromise>

namespace helpdesk {

ReportService::ReportService(DbWorker *worker, Staff me, QObject *parent)
    : QObject(parent), m_worker(worker), m_me(std::move(me))
{}

Result<void> ReportService::mayRead(const Staff &who)
{
    if (who.role == StaffRole::Agent)
        return Error::make(Error::Code::PermissionDenied,
                           tr("Reports are for team leads and admins. Ask a team lead for the "
                              "figures you need."));
    return {};
}

Result<QList<ReportSection>> ReportService::runOn(QSqlDatabase &db,
                                                  const QList<ReportRequest> &requests,
                                                  bool comparePrevious,
                                                  const std::function<bool(int)> &step)
{
    ReportQuery query(db);
    QList<ReportSection> out;
    int done = 0;
    auto next = [&]() -> Result<void> {
        ++done;
        if (step && !step(done))
            return Error::make(Error::Code::Cancelled, tr("The report was cancelled."));
        return {};
    };
    for (const ReportRequest &r : requests) {
        ReportSection section;
        section.request = r;
        HD_TRY_ASSIGN(section.current, query.run(r));
        HD_TRY(next());
        if (comparePrevious) {
            HD_TRY_ASSIGN(section.previous, query.run(r.previousPeriod()));
            HD_TRY(next());
        }
        out << section;
    }
    return out;
}

QFuture<Result<QList<ReportSection>>> ReportService::run(const QList<ReportRequest> &requests,
                                                         bool comparePrevious)
{
    using Out = Result<QList<ReportSection>>;
    if (auto allowed = mayRead(m_me); !allowed) {
        QPromise<Out> refused;
        refused.start();
        refused.addResult(Out(allowed.error()));
        refused.finish();
        return refused.future();
    }
    return m_worker->runWithProgress<Out>(
        [requests, comparePrevious](QSqlDatabase &db, QPromise<Out> &promise) -> Out {
            const int total = int(requests.size()) * (comparePrevious ? 2 : 1);
            promise.setProgressRange(0, total);
            return runOn(db, requests, comparePrevious, [&promise](int done) {
                promise.setProgressValue(done);
                return !promise.isCanceled();
            });
        });
}

QFuture<Result<QList<qint64>>> ReportService::ticketIds(const ReportRequest &request,
                                                        const QVariantList &row, int limit)
{
    return m_worker->run([request, row, limit](QSqlDatabase &db) {
        return ReportQuery(db).ticketIds(request, row, limit);
    });
}

} // namespace helpdesk
