#pragma once
// The rules of changing a ticket: each action checks the actor's role and the ticket's version,
// then writes the change, a timeline event and an audit row in one transaction. Synchronous on
// the connection it is given (TicketService runs it on the DB worker; the CLI runs it directly).

#include "common/Result.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace helpdesk {

struct NewTicket
{
    QString subject;
    QString requester;     // an email address, or the name of a known customer account
    QString requesterName; // for a new requester address; optional
    TicketCategory category = TicketCategory::Other;
    TicketPriority priority = TicketPriority::Normal;
    TicketChannel channel = TicketChannel::Email;
    QString body; // the customer's first message
};

// Called inside the transaction of a public reply, so the outgoing mail is queued atomically
// with it (the mail outbox implements this).
class ReplyMailHook
{
public:
    virtual ~ReplyMailHook() = default;
    virtual Result<void> replyAdded(QSqlDatabase &db, const Ticket &ticket, qint64 eventId,
                                    const QString &body, const Staff &actor) = 0;
};

class TicketActions
{
public:
    TicketActions(QSqlDatabase &db, Staff actor, qint64 nowMs, ReplyMailHook *mailHook = nullptr);

    // Refuses (InvalidInput naming the field) what could not be mailed later: a subject or name
    // with line breaks or control characters, an address MailAddress::normalized() refuses,
    // text that was not valid UTF-8 (MailText's Entered rules); nothing is written then.
    Result<Ticket> create(const NewTicket &ticket);
    // Take: assign to the actor. Exactly one of two agents racing for a ticket wins; the other
    // is told who has it.
    Result<Ticket> take(qint64 id, int expectedVersion);
    Result<Ticket> assign(qint64 id, int expectedVersion, std::optional<qint64> staffId);
    Result<Ticket> setStatus(qint64 id, int expectedVersion, TicketStatus to,
                             const QString &comment = {});
    Result<Ticket> setPriority(qint64 id, int expectedVersion, TicketPriority priority);
    Result<Ticket> setCategory(qint64 id, int expectedVersion, TicketCategory category);
    Result<Ticket> reply(qint64 id, int expectedVersion, const QString &body);
    Result<Ticket> note(qint64 id, int expectedVersion, const QString &body);

    // The timeline event the last successful create or change recorded (0 before the first).
    qint64 lastEventId() const { return m_lastEventId; }

private:
    struct Change
    {
        QStringList columns; // "status = ?" fragments
        QVariantList values;
        QString eventKind;
        QString eventBody;
        QJsonObject eventData;
        QString auditAction;
    };
    // Loads the ticket inside a write transaction, lets `plan` decide the change, applies it
    // with the version check, records event and audit, commits, and returns the fresh ticket.
    template <typename Plan> Result<Ticket> mutate(qint64 id, int expectedVersion, Plan plan);
    Error conflictError(const Ticket &current) const;
    // Moves the SLA clock for a status change and recomputes the due times.
    Result<void> slaColumns(const Ticket &t, TicketStatus to, TicketPriority priority,
                            TicketCategory category, Change &c);
    Result<qint64> addEvent(qint64 ticketId, const QString &kind, const QString &body,
                            const QJsonObject &data);

    QSqlDatabase &m_db;
    Staff m_actor;
    qint64 m_now;
    ReplyMailHook *m_mailHook;
    qint64 m_lastEventId = 0;
};

} // namespace helpdesk
