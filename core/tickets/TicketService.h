#pragma once
// What the UI asks of tickets. Every call runs on the DbWorker and answers with a QFuture, so
// the GUI thread never waits on the database. Changes are made as the actor set with setActor().

#include "common/Result.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketQuery.h"
#include "tickets/TicketSearch.h"
#include "tickets/TicketStore.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace helpdesk {

class DbWorker;

class TicketService : public QObject
{
    Q_OBJECT
public:
    explicit TicketService(DbWorker *worker, QObject *parent = nullptr);

    DbWorker *worker() const { return m_worker; }
    void setActor(const Staff &actor) { m_actor = actor; }
    const Staff &actor() const { return m_actor; }
    // The clock for new changes (tests pin it).
    void setClock(std::function<qint64()> nowMs) { m_clock = std::move(nowMs); }
    // Called inside every public reply's transaction (on the worker thread), e.g. to queue the
    // reply as outgoing mail; a reply whose hook fails is not saved. Empty: replies are not
    // mailed. The hook must be safe to call from the worker thread.
    void setReplyMailHook(std::shared_ptr<ReplyMailHook> hook) { m_mailHook = std::move(hook); }

    QFuture<Result<Ticket>> ticket(qint64 id);
    QFuture<Result<QList<TicketEvent>>> events(qint64 ticketId);
    QFuture<Result<QHash<QueueKind, qint64>>> queueCounts(const TicketQuery &base);
    // The counts the database keeps (every queue but "Breaching SLA") and the breaching count
    // alone (TicketStore::counterCounts, ::breachingCount).
    QFuture<Result<QHash<QueueKind, qint64>>> counterCounts(const TicketQuery &base);
    QFuture<Result<qint64>> breachingCount(const TicketQuery &base);
    // How many tickets the database holds (for the empty state and the demo seeding decision).
    QFuture<Result<qint64>> count();
    // Requesters of earlier tickets whose name or address contains `text` (TicketStore).
    QFuture<Result<QList<RequesterSuggestion>>> requesterSuggestions(const QString &text,
                                                                     int limit = 12);

    // Full-text search over subjects and timelines, best matches first (see TicketSearch).
    struct SearchPage
    {
        QList<SearchHit> hits;
        qint64 total = 0; // how many tickets match (within the ranking window)
    };
    QFuture<Result<SearchPage>> search(const SearchQuery &query, int limit);

    QFuture<Result<Ticket>> create(const NewTicket &ticket);
    QFuture<Result<Ticket>> take(const Ticket &ticket);
    QFuture<Result<Ticket>> assign(const Ticket &ticket, std::optional<qint64> staffId);
    QFuture<Result<Ticket>> setStatus(const Ticket &ticket, TicketStatus to,
                                      const QString &comment = {});
    QFuture<Result<Ticket>> setPriority(const Ticket &ticket, TicketPriority priority);
    QFuture<Result<Ticket>> setCategory(const Ticket &ticket, TicketCategory category);
    QFuture<Result<Ticket>> reply(const Ticket &ticket, const QString &body);
    QFuture<Result<Ticket>> note(const Ticket &ticket, const QString &body);
    // A customer's message taken by phone or chat: the same effect as their email (reopens a
    // ticket waiting for them, marks it unread).
    QFuture<Result<Ticket>> logCustomerMessage(const Ticket &ticket, const QString &body,
                                               TicketChannel channel);
    // The assignee opened the ticket: its customer message is no longer unread.
    QFuture<Result<void>> markRead(qint64 ticketId);

    // Called by the change notifier when another client changed tickets (version: see
    // ticketChanged).
    void notifyExternalChange(qint64 ticketId, int version = 0)
    {
        emit ticketChanged(ticketId, version);
        emit changedElsewhere(ticketId);
    }
    // The same for a change whose version is not known (another service's signal carrying only
    // the ticket: the fetch, the account actions, the wizard, the knowledge base).
    void notifyTicketChanged(qint64 ticketId) { notifyExternalChange(ticketId); }

signals:
    // A ticket changed (here, or in another client): queues and panels refresh. ticketId 0 =
    // unknown which (refresh everything). version: the ticket's version after the change; 0 =
    // not known (re-read it); -1 = only its timeline changed (a PostgreSQL notification from
    // TimelineStore), the row itself did not.
    void ticketChanged(qint64 ticketId, int version = 0);
    // The same, for a change not made by this service's own actions: another client, mail
    // fetched by this app, the SLA monitor, an account action (the window's notices).
    void changedElsewhere(qint64 ticketId);
    // A reply's mail was queued (and committed with it): the outbox sender can go.
    void mailQueued(qint64 ticketId);

private:
    using Action = std::function<Result<Ticket>(TicketActions &)>;
    QFuture<Result<Ticket>> act(Action action);

    DbWorker *m_worker;
    Staff m_actor;
    std::function<qint64()> m_clock;
    std::shared_ptr<ReplyMailHook> m_mailHook;
};

} // namespace helpdesk
