#pragma once
// The rules of changing a ticket: each action checks the actor's role and the ticket's version,
// then writes the change, a timeline event and an audit row in one transaction (the write path,
// write/WritePath.h). Synchronous on the connection it is given (TicketService runs it on the DB
// worker; the CLI runs it directly).

#include "common/Result.h"
#include "staff/Staff.h"
#include "tickets/Ticket.h"
#include "write/WritePath.h"

#include <QJsonObject>
#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace helpdesk {

struct NewTicket
{
    QString subject;
    QString requester;     // an email address, or the name of a known customer account
    QString requesterName; // for a new requester address; optional
    TicketCategory category = TicketCategory::Other;
    TicketPriority priority = TicketPriority::Normal;
    TicketChannel channel = TicketChannel::Email;
    QString body;     // the customer's first message
    QJsonObject data; // more about the first message for its event (e.g. the inbound mail)
};

// A message from the customer on a ticket: an email received, or a call or chat an agent logs.
struct CustomerMessage
{
    QString body;
    TicketChannel channel = TicketChannel::Email;
    QString from;     // who wrote it ("Anna Berg <anna@example.org>"), for the timeline
    QJsonObject data; // more about it for the event (the inbound message, how it threaded)
};

// What a customer's message did to its ticket.
struct CustomerMessageOutcome
{
    Ticket ticket; // as it is now
    qint64 eventId = 0;
    bool reopened = false; // it was pending customer (or resolved) and is open again
    TicketStatus before = TicketStatus::Open;
};

// Called inside the transaction of a public reply, so the outgoing mail is queued atomically
// with it (OutboxReplyHook queues it through the outbox, and notes it on the record).
class ReplyMailHook
{
public:
    virtual ~ReplyMailHook() = default;
    virtual Result<void> replyAdded(Recorder &record, const Ticket &ticket, qint64 eventId,
                                    const QString &body, const Staff &actor) = 0;
};

class TicketActions
{
public:
    TicketActions(QSqlDatabase &db, Staff actor, qint64 nowMs, ReplyMailHook *mailHook = nullptr);

    // Called after a commit that queued a customer mail (e.g. to wake the OutboxSender).
    void setMailQueued(std::function<void(qint64 outboxId)> queued)
    {
        m_write.setMailQueued(std::move(queued));
    }

    // Refuses (InvalidInput naming the field) what could not be mailed later: a subject or name
    // with line breaks or control characters, an address MailAddress::normalized() refuses,
    // text that was not valid UTF-8 (MailText's Entered rules); nothing is written then.
    Result<Ticket> create(const NewTicket &ticket);
    // The same inside a write another action runs (mail ingest: the stored message, its
    // attachments and the ticket in one transaction).
    Result<Ticket> createIn(Recorder &record, const NewTicket &ticket);
    // A customer's message on the ticket, inside `record`'s write: a customer_reply event; a
    // ticket pending the customer (or resolved) opens again and its SLA clock resumes; the
    // ticket is marked unread for its assignee. A closed ticket keeps its status (only a team
    // lead reopens it) but still gets the message and the unread mark.
    Result<CustomerMessageOutcome> customerMessageIn(Recorder &record, qint64 id,
                                                     const CustomerMessage &message);
    // The same as a write of its own: Ticket > Log Customer Message (phone, chat).
    Result<CustomerMessageOutcome> logCustomerMessage(qint64 id, int expectedVersion,
                                                      const CustomerMessage &message);
    // The assignee has seen the customer's message: clears the unread mark (no version change,
    // no event: it is a view state). Only the assignee's own reading counts.
    Result<void> markRead(qint64 id);
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
    // The event recorded last, also inside a write that has not committed yet (createIn).
    qint64 recordedEventId() const { return m_recordedEventId; }

private:
    // What an action changes and what it records.
    struct Change
    {
        QStringList columns; // "status = ?" fragments
        QVariantList values;
        TicketEventKind eventKind = TicketEventKind::Note;
        QString eventBody;
        QJsonObject eventData;
        QString auditAction;
    };
    struct Requester
    {
        std::optional<qint64> accountId;
        QString email;
        QString name;
    };
    // The write path for a change: loads the ticket, refuses a moved version, lets `plan`
    // decide the change (its checks and the Change), applies it with the version check,
    // records it and returns the fresh ticket.
    template <typename Plan> Result<Ticket> mutate(qint64 id, int expectedVersion, Plan plan);
    Result<void> update(qint64 id, int expectedVersion, const Change &change);
    // The record step: the timeline event, the audit row and, for a reply, its mail.
    Result<Ticket> recordChange(Recorder &record, qint64 id, const Change &change);
    Result<Requester> requester(const NewTicket &ticket);
    Result<void> checkNew(const NewTicket &ticket);
    Error conflictError(const Ticket &current) const;
    // Moves the SLA clock for a status change and recomputes the due times.
    Result<void> slaColumns(const Ticket &t, TicketStatus to, TicketPriority priority,
                            TicketCategory category, Change &c);

    QSqlDatabase &m_db;
    Staff m_actor;
    qint64 m_now;
    ReplyMailHook *m_mailHook;
    WritePath m_write;
    qint64 m_lastEventId = 0;
    qint64 m_recordedEventId = 0; // the event the write in progress recorded last
};

} // namespace helpdesk
