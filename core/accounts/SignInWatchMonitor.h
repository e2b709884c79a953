#pragma once
// Runs the sign-in watch (SignInWatch) on a DB worker now and then, in the running apps: one
// client per desk at a time, like the SLA monitor (a desk_leases row, twice the interval long).
// `helpdesk-admin accounts watch` can run beside it; each notice is still sent once.

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

namespace helpdesk {

class DbWorker;

class SignInWatchMonitor : public QObject
{
    Q_OBJECT
public:
    explicit SignInWatchMonitor(DbWorker *worker, QObject *parent = nullptr);
    void start(int intervalMs = 60000);
    void runOnce();
    void stop() { m_timer.stop(); }
    bool isRunning() const { return m_running; }

signals:
    // Notices were queued (connect to the mail delivery's wake()).
    void noticesQueued(const QList<qint64> &outboxIds);
    void errorOccurred(const QString &message);

private:
    DbWorker *m_worker;
    QTimer m_timer;
    bool m_running = false;
    qint64 m_leaseMs = 120000;
    QString m_holderId;
};

} // namespace helpdesk
