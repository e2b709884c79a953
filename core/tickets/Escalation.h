#pragma once
// Escalates tickets whose SLA is breached: status escalated, escalation level + 1, a timeline
// event and an audit row. Idempotent on the database, so every running client (and
// `helpdesk-admin escalate`) may run it: a ticket escalates once per breach.

#include "common/Result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace helpdesk {

class DbWorker;

class Escalation
{
public:
    static constexpr const char *Actor = "sla-monitor";

    // Returns the ids of the tickets this call escalated (empty when another client was first).
    static Result<QList<qint64>> escalateBreached(QSqlDatabase &db, qint64 nowMs);
};

// Runs the escalation scan on a DB worker now and then.
class EscalationMonitor : public QObject
{
    Q_OBJECT
public:
    explicit EscalationMonitor(DbWorker *worker, QObject *parent = nullptr);
    void start(int intervalMs = 60000);
    void runOnce();

signals:
    void escalated(const QList<qint64> &ticketIds);
    void errorOccurred(const QString &message);

private:
    DbWorker *m_worker;
    QTimer m_timer;
    bool m_running = false;
};

} // namespace helpdesk
