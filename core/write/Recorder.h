#pragma once
// The record step of the write path: what an action tells about itself while its transaction is
// open — the timeline event on the ticket, the audit row, the mail it queued — and what is to
// happen once the transaction has committed. One Recorder per write (WritePath makes it); every
// action records through it, so how a record is stored is decided here and nowhere else.
//
// The seam for audit rows written by the database (DESIGN.md, security model): audit() is the
// only place the client writes audit_log. When triggers on the changed tables write the rows,
// audit() hands them what they cannot know themselves — the action's name and details, for this
// transaction only (e.g. set_config('helpdesk.audit_action', ..., true)) — instead of inserting;
// the actions stay as they are.

#include "common/Result.h"
#include "staff/Actor.h"
#include "vocabulary/EventKind.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include <functional>

namespace helpdesk {

class Recorder
{
public:
    Recorder(QSqlDatabase &db, Actor actor, qint64 nowMs);

    QSqlDatabase &db() const { return m_db; }
    const Actor &actor() const { return m_actor; }
    qint64 now() const { return m_now; }

    // A timeline event on the ticket (TimelineStore); returns its id.
    Result<qint64> event(qint64 ticketId, TicketEventKind kind, const QString &body,
                         const QJsonObject &data = {});
    // Replaces the data of an event this write recorded, once more is known (the mail's id).
    Result<void> amendEvent(qint64 eventId, const QJsonObject &data);
    // The audit row of the change (AuditLog).
    Result<void> audit(const QString &entityType, qint64 entityId, const QString &action,
                       const QJsonObject &details = {});

    // A mail queued in this transaction (Outbox::queueTemplate notes it): announced after the
    // commit through WritePath::setMailQueued.
    void mailQueued(qint64 outboxId) { m_mail.append(outboxId); }
    const QList<qint64> &queuedMail() const { return m_mail; }

    // Runs after the commit, in the order given; dropped when the write is rolled back.
    void afterCommit(std::function<void()> fn) { m_afterCommit.append(std::move(fn)); }
    // Runs what afterCommit() collected (WritePath calls it once the commit succeeded).
    void committed();

private:
    QSqlDatabase &m_db;
    Actor m_actor;
    qint64 m_now;
    QList<qint64> m_mail;
    QList<std::function<void()>> m_afterCommit;
};

} // namespace helpdesk
