#pragma once
// A FlowActionHandler for tests: records every account action the runner asks for, and fails
// an action on demand (as the real account rules would refuse it).

#include "troubleshooting/FlowActionHandler.h"

#include <QHash>
#include <QMutex>
#include <QStringList>

namespace helpdesk::test {

class RecordingActionHandler : public FlowActionHandler
{
public:
    struct Call
    {
        QString action; // "send_reset_link"
        qint64 ticketId = 0;
        std::optional<qint64> accountId;
        qint64 runId = 0;
        QString stepId;
        QString outcome;
        QString notes;
        QString actor; // login
    };

    Result<FlowActionResult> perform(QSqlDatabase &db, const FlowActionRequest &request) override;

    // The next `times` calls of action fail with an InvalidInput error saying `message`.
    void failNext(const QString &action, int times, const QString &message);

    QList<Call> calls() const;
    QStringList actions() const; // the action keys, in order

private:
    mutable QMutex m_mutex;
    QList<Call> m_calls;
    QHash<QString, QPair<int, QString>> m_failures;
};

} // namespace helpdesk::test
