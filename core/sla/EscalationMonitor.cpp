#include "sla/EscalationMonitor.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "sla/Escalation.h"

#include <QDateTime>
#include <QUuid>

namespace helpdesk {

EscalationMonitor::EscalationMonitor(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker),
      m_holderId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    connect(&m_timer, &QTimer::timeout, this, &EscalationMonitor::runOnce);
}

void EscalationMonitor::start(int intervalMs)
{
    m_leaseMs = 2LL * intervalMs;
    m_timer.start(intervalMs);
    runOnce();
}

void EscalationMonitor::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    struct Outcome
    {
        bool holder = false;
        QList<qint64> escalated;
    };
    auto scan = m_worker->run(
        [holder = m_holderId, leaseMs = m_leaseMs](QSqlDatabase &db) -> Result<Outcome> {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            HD_TRY_ASSIGN(const bool claimed, Escalation::claimLease(db, holder, now, leaseMs));
            if (!claimed)
                return Outcome{}; // another client scans for the desk
            HD_TRY_ASSIGN(auto ids, Escalation::escalateBreached(db, now));
            return Outcome{true, ids};
        });
    whenDone(scan, this, [this](const Result<Outcome> &r) {
        m_running = false;
        if (!r) {
            emit errorOccurred(r.error().message);
            return;
        }
        m_holder = r.value().holder;
        if (!r.value().escalated.isEmpty())
            emit escalated(r.value().escalated);
    });
}

} // namespace helpdesk
