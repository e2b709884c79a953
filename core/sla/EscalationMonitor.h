#pragma once
// Runs the escalation scan (Escalation) on a DB worker now and then.

#include <QList>
#include <QObject>
#include <QTimer>

namespace helpdesk {

class DbWorker;

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
