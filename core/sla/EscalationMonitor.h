#pragma once
// Runs the escalation scan (Escalation) on a DB worker now and then: one client per desk. Each
// interval the monitor claims the desk's lease (Escalation::claimLease, twice the interval
// long); the holder renews it and scans, the others skip (one one-row UPDATE), and when the
// holder quits another client takes over within two intervals.

#include <QList>
#include <QObject>
#include <QString>
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
    // No more scans (one already running still ends).
    void stop() { m_timer.stop(); }
    bool isScanning() const { return m_running; }
    // Whether this client held the lease at its last run (it scanned).
    bool isHolder() const { return m_holder; }
    // This client's name in the lease (unique per monitor).
    const QString &holderId() const { return m_holderId; }

signals:
    void escalated(const QList<qint64> &ticketIds);
    void errorOccurred(const QString &message);

private:
    DbWorker *m_worker;
    QTimer m_timer;
    bool m_running = false;
    bool m_holder = false;
    qint64 m_leaseMs = 120000;
    QString m_holderId;
};

} // namespace helpdesk
