#include "tickets/QueueWatcher.h"

#include "common/Futures.h"
#include "tickets/TicketService.h"

#include <QRandomGenerator>

namespace helpdesk {

QueueWatcher::QueueWatcher(TicketService *tickets, TicketQueueModel *model, QObject *parent)
    : QObject(parent), m_tickets(tickets), m_model(model)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(DefaultCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &QueueWatcher::flush);
    m_breaching.setSingleShot(true);
    m_breaching.setInterval(BreachingThrottleMs);
    connect(&m_breaching, &QTimer::timeout, this, &QueueWatcher::loadBreaching);
    // Tickets come into "Breaching SLA" as time passes, without any change to tell.
    m_breachingTick.setInterval(BreachingTickMs);
    connect(&m_breachingTick, &QTimer::timeout, this, [this] {
        if (!m_breaching.isActive())
            loadBreaching();
    });
    m_safetyNet.setSingleShot(true);
    connect(&m_safetyNet, &QTimer::timeout, this, [this] {
        reloadAll();
        armSafetyNet();
    });
    connect(m_tickets, &TicketService::ticketChanged, this, &QueueWatcher::onTicketChanged);
    armSafetyNet();
}

void QueueWatcher::setCountsBase(const TicketQuery &base)
{
    m_base = base;
    m_base.queue = QueueKind::All;
    m_base.filterText.clear();
    m_base.status.reset();
    m_base.assigneeId.reset();
    loadCounters();
    loadBreaching();
    m_breachingTick.start();
}

void QueueWatcher::setSafetyNetMs(int ms)
{
    m_safetyNetMs = ms;
    armSafetyNet();
}

void QueueWatcher::armSafetyNet()
{
    m_safetyNet.stop();
    if (m_safetyNetMs <= 0)
        return;
    const int half = m_safetyNetMs / 2;
    m_safetyNet.start(half + int(QRandomGenerator::global()->bounded(qMax(1, m_safetyNetMs))));
}

bool QueueWatcher::isIdle() const
{
    return m_pending.isEmpty() && !m_fullPending && !m_coalesce.isActive() &&
           !m_breaching.isActive() && m_countsInFlight == 0 && (!m_model || m_model->isSettled());
}

void QueueWatcher::reloadAll()
{
    m_pending.clear();
    m_fullPending = false;
    m_coalesce.stop();
    if (m_model)
        m_model->refresh();
    loadCounters();
    loadBreaching();
}

void QueueWatcher::onTicketChanged(qint64 ticketId, int version)
{
    if (version < 0)
        return; // only the timeline changed: not what queues show
    if (ticketId <= 0)
        m_fullPending = true;
    else
        m_pending.append({ticketId, version});
    // The first change of a burst starts the timer and the rest ride along, so a steady
    // stream is still applied every interval instead of never.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void QueueWatcher::flush()
{
    if (m_fullPending) {
        reloadAll();
        return;
    }
    const QList<TicketChange> changes = std::exchange(m_pending, {});
    int reread = 0;
    if (m_model) {
        reread = m_model->applyChanges(changes);
    } else {
        for (const TicketChange &c : changes)
            reread += c.id > 0 ? 1 : 0;
    }
    if (reread == 0)
        return; // nothing this client has not placed already
    loadCounters();
    if (!m_breaching.isActive())
        m_breaching.start();
}

void QueueWatcher::loadCounters()
{
    const quint64 generation = ++m_countersGeneration;
    ++m_countsInFlight;
    whenDone(m_tickets->counterCounts(m_base), this,
             [this, generation](const Result<QHash<QueueKind, qint64>> &counts) {
                 --m_countsInFlight;
                 if (generation != m_countersGeneration)
                     return;
                 if (!counts) {
                     emit errorOccurred(counts.error().message);
                     return;
                 }
                 for (auto it = counts.value().cbegin(); it != counts.value().cend(); ++it)
                     m_counts.insert(it.key(), it.value());
                 emit countsChanged(m_counts);
             });
}

void QueueWatcher::loadBreaching()
{
    m_breaching.stop();
    const quint64 generation = ++m_breachingGeneration;
    ++m_countsInFlight;
    whenDone(m_tickets->breachingCount(m_base), this,
             [this, generation](const Result<qint64> &count) {
                 --m_countsInFlight;
                 if (generation != m_breachingGeneration)
                     return;
                 if (!count) {
                     emit errorOccurred(count.error().message);
                     return;
                 }
                 m_counts.insert(QueueKind::BreachingSla, count.value());
                 emit countsChanged(m_counts);
             });
}

} // namespace helpdesk
