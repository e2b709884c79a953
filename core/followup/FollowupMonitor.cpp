#include "followup/FollowupMonitor.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "followup/FollowupJob.h"

#include <QDateTime>
#include <QSysInfo>

namespace helpdesk {

FollowupMonitor::FollowupMonitor(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{
    m_first.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FollowupMonitor::runOnce);
    connect(&m_first, &QTimer::timeout, this, &FollowupMonitor::runOnce);
}

void FollowupMonitor::start(int intervalMs, int firstRunMs)
{
    m_timer.start(intervalMs);
    m_first.start(firstRunMs);
}

QFuture<Result<void>> FollowupMonitor::markNoSurvey(qint64 ticketId, const QString &by)
{
    return m_worker->run([ticketId, by](QSqlDatabase &db) {
        return FollowupJob(db, by, QDateTime::currentMSecsSinceEpoch()).markNoSurvey(ticketId, by);
    });
}

void FollowupMonitor::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    auto pass = m_worker->run([queued = m_mailQueued](QSqlDatabase &db) {
        FollowupJob job(db, QStringLiteral("app@") + QSysInfo::machineHostName(),
                        QDateTime::currentMSecsSinceEpoch());
        if (queued)
            job.setMailQueued(queued);
        return job.run();
    });
    whenDone(pass, this, [this](const Result<FollowupRunResult> &r) {
        m_running = false;
        if (!r) {
            emit errorOccurred(r.error().message);
            return;
        }
        if (!r->changedTickets.isEmpty())
            emit ticketsChanged(r->changedTickets);
        emit passFinished(r->queued, r->handled);
    });
}

} // namespace helpdesk
