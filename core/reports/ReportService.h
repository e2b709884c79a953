#pragma once
// The Reports screen's and the digest's way to the figures: runs one ReportQuery per section
// on the DbWorker, each with its previous period when asked, reporting progress after every
// query and stopping between queries once the future is cancelled. Only leads and admins get
// figures (staff-wide data); an agent gets a clear refusal.

#include "common/Result.h"
#include "reports/Report.h"
#include "staff/Staff.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>

#include <functional>

#include <optional>

namespace helpdesk {

class DbWorker;

struct ReportSection
{
    ReportRequest request;
    ReportTable current;
    std::optional<ReportTable> previous; // the same days just before, when compared
};

class ReportService : public QObject
{
    Q_OBJECT
public:
    ReportService(DbWorker *worker, Staff me, QObject *parent = nullptr);

    static Result<void> mayRead(const Staff &who);
    // Runs every request in order on the worker (progress 0..requests × (1 + compare)).
    QFuture<Result<QList<ReportSection>>> run(const QList<ReportRequest> &requests,
                                              bool comparePrevious);
    // The tickets behind one row of a section's table (ReportQuery::ticketIds), at most limit.
    QFuture<Result<QList<qint64>>> ticketIds(const ReportRequest &request, const QVariantList &row,
                                             int limit);
    // The same, synchronously on a connection the caller owns (the CLI, tests).
    static Result<QList<ReportSection>> runOn(QSqlDatabase &db,
                                              const QList<ReportRequest> &requests,
                                              bool comparePrevious,
                                              const std::function<bool(int done)> &step = {});

private:
    DbWorker *m_worker;
    Staff m_me;
};

} // namespace helpdesk
