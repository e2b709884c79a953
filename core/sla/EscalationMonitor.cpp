#include "sla/EscalationMonitor.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "sla/Escalation.h"

#include <QDateTime>

namespace helpdesk {

EscalationMonitor::EscalationMonitor(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{
    connect(&m_timer, &QTimer::timeout, this, &EscalationMonitor::runOnce);
}

void EscalationMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    runOnce();
}

void EscalationMonitor::runOnce()
{
    if (m_running)
        return;
    m_running = true;
    auto scan = m_worker->run([](QSqlDatabase &db) {
        return Escalation::escalateBreached(db, QDateTime::currentMSecsSinceEpoch());
    });
    whenDone(scan, this, [this](const Result<QList<qint64>> &r) {
        m_running = false;
        if (!r) {
            emit errorOccurred(r.error().message);
            return;
        }
        if (!r.value().isEmpty())
            emit escalated(r.value());
    });
}

} // namespace helpdesk
