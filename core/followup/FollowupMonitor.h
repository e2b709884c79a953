#pragma once
// The running app's share of the follow-up due job: FollowupJob on the DB worker now and then
// (the first pass a minute after the start, then every interval). Every client may run it: the
// survey row is the claim, so each survey goes once however many apps are open. Mail it queues
// wakes the app's sender; tickets it reopens are announced so that views refresh.

#include "common/Result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace helpdesk {

class DbWorker;

class FollowupMonitor : public QObject
{
    Q_OBJECT
public:
    explicit FollowupMonitor(DbWorker *worker, QObject *parent = nullptr);
    // mailQueued runs on the worker's thread (MailDelivery::wakeFromAnyThread()).
    void setMailQueued(std::function<void(qint64)> mailQueued)
    {
        m_mailQueued = std::move(mailQueued);
    }
    void start(int intervalMs = 300'000, int firstRunMs = 60'000);
    void stop()
    {
        m_timer.stop();
        m_first.stop();
    }
    void runOnce();
    bool isRunning() const { return m_running; }
    // Ticket menu › No Follow-up Survey: this ticket's customer is not asked (decided now, so
    // no client sends one later). A Conflict when its survey was decided already.
    QFuture<Result<void>> markNoSurvey(qint64 ticketId, const QString &by);

signals:
    void ticketsChanged(const QList<qint64> &ticketIds);
    void passFinished(int queued, int handled);
    void errorOccurred(const QString &message);

private:
    DbWorker *m_worker;
    QTimer m_timer;
    QTimer m_first;
    bool m_running = false;
    std::function<void(qint64)> m_mailQueued;
};

} // namespace helpdesk
