#pragma once
// Keeps one client's queue and queue counts in step with the database, at O(1) cost per change:
// changed tickets (this client's own, and other clients' through the ChangeNotifier) are
// gathered for a moment and handed to TicketQueueModel::applyChanges (re-read, placed by sort
// key); the counts are re-read from the queue_counts table the database keeps, and the
// time-dependent "Breaching SLA" count (hourly counters the database keeps plus an index range
// over one hour) at most every BreachingThrottleMs after a change, and every BreachingTickMs. A
// full reload of the id list and every count runs only as a rare safety net, at a jittered
// interval so that clients started together do not reload together. No widgets: the GUI and
// the headless bench agents run the same logic.

#include "tickets/TicketQuery.h"
#include "tickets/TicketQueueModel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

namespace helpdesk {

class TicketService;

class QueueWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCoalesceMs = 100;
    static constexpr int BreachingThrottleMs = 5000;
    // The breaching count moves with the clock alone: counted again this often regardless.
    static constexpr int BreachingTickMs = 60000;
    static constexpr int DefaultSafetyNetMs = 15 * 60 * 1000;

    // Listens to tickets->ticketChanged; model may be null (counts only).
    QueueWatcher(TicketService *tickets, TicketQueueModel *model, QObject *parent = nullptr);

    // Whose "My open tickets" and which warning window the counts use; reloads them.
    void setCountsBase(const TicketQuery &base);
    const QHash<QueueKind, qint64> &counts() const { return m_counts; }
    // How long changes are gathered before they are applied together.
    void setCoalesceMs(int ms) { m_coalesce.setInterval(ms); }
    // How long the breaching count waits after a change before it is counted again.
    void setBreachingThrottleMs(int ms) { m_breaching.setInterval(ms); }
    // The safety net's mean interval (each one is drawn from 0.5x to 1.5x of it); 0: off.
    void setSafetyNetMs(int ms);
    // Everything again: the queue's id list and every count (the safety net, F5).
    void reloadAll();
    // Changes seen but not yet applied, and counts asked for but not answered.
    bool isIdle() const;

signals:
    void countsChanged(const QHash<QueueKind, qint64> &counts);
    void errorOccurred(const QString &message);

private:
    void onTicketChanged(qint64 ticketId, int version);
    void flush();
    void loadCounters();
    void loadBreaching();
    void armSafetyNet();

    TicketService *m_tickets;
    TicketQueueModel *m_model;
    TicketQuery m_base;
    QHash<QueueKind, qint64> m_counts;
    QList<TicketChange> m_pending;
    bool m_fullPending = false;
    QTimer m_coalesce;
    QTimer m_breaching;
    QTimer m_breachingTick;
    QTimer m_safetyNet;
    int m_safetyNetMs = DefaultSafetyNetMs;
    quint64 m_countersGeneration = 0;
    quint64 m_breachingGeneration = 0;
    int m_countsInFlight = 0;
};

} // namespace helpdesk
