#include "write/Recorder.h"

#include "audit/AuditLog.h"
#include "timeline/TimelineStore.h"

namespace helpdesk {

Recorder::Recorder(QSqlDatabase &db, Actor actor, qint64 nowMs)
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs)
{}

Result<qint64> Recorder::event(qint64 ticketId, TicketEventKind kind, const QString &body,
                               const QJsonObject &data)
{
    return TimelineStore(m_db).add(m_now, m_actor, {ticketId, kind, body, data});
}

Result<void> Recorder::amendEvent(qint64 eventId, const QJsonObject &data)
{
    return TimelineStore(m_db).setData(eventId, data);
}

Result<void> Recorder::audit(const QString &entityType, qint64 entityId, const QString &action,
                             const QJsonObject &details)
{
    return AuditLog(m_db).append(m_now, m_actor, {entityType, entityId, action, details});
}

void Recorder::committed()
{
    const auto pending = std::exchange(m_afterCommit, {});
    for (const auto &fn : pending)
        fn();
}

} // namespace helpdesk
