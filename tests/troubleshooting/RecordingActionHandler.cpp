#include "RecordingActionHandler.h"

namespace helpdesk::test {

Result<FlowActionResult> RecordingActionHandler::perform(QSqlDatabase &,
                                                         const FlowActionRequest &request)
{
    QMutexLocker lock(&m_mutex);
    const QString key = FlowVocabulary::key(request.action);
    auto failure = m_failures.find(key);
    if (failure != m_failures.end() && failure->first > 0) {
        --failure->first;
        return Error::make(Error::Code::InvalidInput, failure->second);
    }
    m_calls.append({key, request.ticket.id, request.accountId, request.runId, request.stepId,
                    request.outcome, request.notes, request.actor.login});
    FlowActionResult result;
    result.summary = QStringLiteral("%1 for %2").arg(key, request.ticket.requesterEmail);
    result.data.insert(QStringLiteral("recorded"), true);
    return result;
}

void RecordingActionHandler::failNext(const QString &action, int times, const QString &message)
{
    QMutexLocker lock(&m_mutex);
    m_failures.insert(action, {times, message});
}

QList<RecordingActionHandler::Call> RecordingActionHandler::calls() const
{
    QMutexLocker lock(&m_mutex);
    return m_calls;
}

QStringList RecordingActionHandler::actions() const
{
    QMutexLocker lock(&m_mutex);
    QStringList list;
    for (const Call &c : m_calls)
        list << c.action;
    return list;
}

} // namespace helpdesk::test
