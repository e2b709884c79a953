#include "tickets/TicketService.h"

#include "common/Futures.h"
#include "db/DbWorker.h"
#include "tickets/TicketStore.h"

#include <QDateTime>
#include <QPointer>

#include <optional>

namespace helpdesk {

TicketService::TicketService(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

QFuture<Result<Ticket>> TicketService::ticket(qint64 id)
{
    return m_worker->run([id](QSqlDatabase &db) { return TicketStore(db).ticket(id); });
}

QFuture<Result<QList<TicketEvent>>> TicketService::events(qint64 ticketId)
{
    return m_worker->run([ticketId](QSqlDatabase &db) { return TicketStore(db).events(ticketId); });
}

QFuture<Result<QHash<QueueKind, qint64>>> TicketService::queueCounts(const TicketQuery &base)
{
    return m_worker->run([base](QSqlDatabase &db) { return TicketStore(db).queueCounts(base); });
}

QFuture<Result<QHash<QueueKind, qint64>>> TicketService::counterCounts(const TicketQuery &base)
{
    return m_worker->run([base](QSqlDatabase &db) { return TicketStore(db).counterCounts(base); });
}

QFuture<Result<qint64>> TicketService::breachingCount(const TicketQuery &base)
{
    return m_worker->run([base](QSqlDatabase &db) { return TicketStore(db).breachingCount(base); });
}

QFuture<Result<qint64>> TicketService::count()
{
    return m_worker->run([](QSqlDatabase &db) {
        TicketQuery all;
        all.queue = QueueKind::All;
        return TicketStore(db).count(all);
    });
}

QFuture<Result<QList<RequesterSuggestion>>> TicketService::requesterSuggestions(const QString &text,
                                                                                int limit)
{
    return m_worker->run([text = text.trimmed(), limit](QSqlDatabase &db) {
        return TicketStore(db).requesterSuggestions(text, limit);
    });
}

QFuture<Result<TicketService::SearchPage>> TicketService::search(const SearchQuery &query,
                                                                 int limit)
{
    return m_worker->run([query, limit](QSqlDatabase &db) -> Result<SearchPage> {
        SearchPage page;
        if (query.isEmpty())
            return page;
        HD_TRY_ASSIGN(auto hits, TicketSearch::search(db, query, limit));
        page.hits = hits;
        if (page.hits.size() < limit) {
            page.total = page.hits.size();
        } else {
            HD_TRY_ASSIGN(auto total, TicketSearch::count(db, query));
            page.total = total;
        }
        return page;
    });
}

namespace {
struct ActionOutcome
{
    Result<Ticket> ticket;
    bool mailQueued = false;
};
} // namespace

QFuture<Result<Ticket>> TicketService::act(Action action)
{
    const Staff actor = m_actor;
    const qint64 now = m_clock();
    QFuture<ActionOutcome> done =
        m_worker->run([actor, now, action, hook = m_mailHook](QSqlDatabase &db) {
            TicketActions actions(db, actor, now, hook.get());
            bool queued = false;
            actions.setMailQueued([&queued](qint64) { queued = true; });
            Result<Ticket> result = action(actions);
            return ActionOutcome{std::move(result), queued};
        });
    // Tell every view about a successful change, on this object's thread. A QFuture holds one
    // continuation, so the caller gets the continuation's future to chain on.
    // Attached like whenDone(): to the application object, running only while this service
    // exists; the outcome's ticket is passed on either way.
    return done.then(QCoreApplication::instance(),
                     [self = QPointer<TicketService>(this)](const ActionOutcome &outcome) {
                         const Result<Ticket> &r = outcome.ticket;
                         if (self && r)
                             emit self->ticketChanged(r.value().id, r.value().version);
                         if (self && r && outcome.mailQueued)
                             emit self->mailQueued(r.value().id);
                         return r;
                     });
}

QFuture<Result<Ticket>> TicketService::create(const NewTicket &ticket)
{
    return act([ticket](TicketActions &a) { return a.create(ticket); });
}

QFuture<Result<Ticket>> TicketService::take(const Ticket &t)
{
    return act([id = t.id, v = t.version](TicketActions &a) { return a.take(id, v); });
}

QFuture<Result<Ticket>> TicketService::assign(const Ticket &t, std::optional<qint64> staffId)
{
    return act(
        [id = t.id, v = t.version, staffId](TicketActions &a) { return a.assign(id, v, staffId); });
}

QFuture<Result<Ticket>> TicketService::setStatus(const Ticket &t, TicketStatus to,
                                                 const QString &comment)
{
    return act([id = t.id, v = t.version, to, comment](TicketActions &a) {
        return a.setStatus(id, v, to, comment);
    });
}

QFuture<Result<Ticket>> TicketService::setPriority(const Ticket &t, TicketPriority priority)
{
    return act([id = t.id, v = t.version, priority](TicketActions &a) {
        return a.setPriority(id, v, priority);
    });
}

QFuture<Result<Ticket>> TicketService::setCategory(const Ticket &t, TicketCategory category)
{
    return act([id = t.id, v = t.version, category](TicketActions &a) {
        return a.setCategory(id, v, category);
    });
}

QFuture<Result<Ticket>> TicketService::reply(const Ticket &t, const QString &body)
{
    return act([id = t.id, v = t.version, body](TicketActions &a) { return a.reply(id, v, body); });
}

QFuture<Result<Ticket>> TicketService::note(const Ticket &t, const QString &body)
{
    return act([id = t.id, v = t.version, body](TicketActions &a) { return a.note(id, v, body); });
}

QFuture<Result<Ticket>> TicketService::logCustomerMessage(const Ticket &t, const QString &body,
                                                          TicketChannel channel)
{
    return act([id = t.id, v = t.version, body, channel](TicketActions &a) -> Result<Ticket> {
        CustomerMessage m;
        m.body = body;
        m.channel = channel;
        HD_TRY_ASSIGN(CustomerMessageOutcome out, a.logCustomerMessage(id, v, m));
        return out.ticket;
    });
}

QFuture<Result<void>> TicketService::markRead(qint64 ticketId)
{
    return m_worker->run([actor = m_actor, now = m_clock(), ticketId](QSqlDatabase &db) {
        return TicketActions(db, actor, now).markRead(ticketId);
    });
}

} // namespace helpdesk
