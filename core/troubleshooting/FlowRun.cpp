#include "troubleshooting/FlowRun.h"

#include <QCoreApplication>

namespace helpdesk {

namespace FlowRunStatuses {

QString key(FlowRunStatus status)
{
    switch (status) {
    case FlowRunStatus::Active:
        return QStringLiteral("active");
    case FlowRunStatus::Paused:
        return QStringLiteral("paused");
    case FlowRunStatus::Finished:
        return QStringLiteral("finished");
    case FlowRunStatus::Abandoned:
        return QStringLiteral("abandoned");
    }
    return {};
}

std::optional<FlowRunStatus> fromKey(const QString &k)
{
    for (auto s : {FlowRunStatus::Active, FlowRunStatus::Paused, FlowRunStatus::Finished,
                   FlowRunStatus::Abandoned})
        if (key(s) == k)
            return s;
    return std::nullopt;
}

QString label(FlowRunStatus status)
{
    switch (status) {
    case FlowRunStatus::Active:
        return QCoreApplication::translate("FlowRun", "In progress");
    case FlowRunStatus::Paused:
        return QCoreApplication::translate("FlowRun", "Paused");
    case FlowRunStatus::Finished:
        return QCoreApplication::translate("FlowRun", "Finished");
    case FlowRunStatus::Abandoned:
        return QCoreApplication::translate("FlowRun", "Abandoned");
    }
    return {};
}

} // namespace FlowRunStatuses

QString FlowRunResults::ofTerminal(const FlowStep &terminal)
{
    if (terminal.hasAction(FlowAction::Resolve))
        return Resolved;
    if (terminal.hasAction(FlowAction::Escalate))
        return Escalated;
    if (terminal.hasAction(FlowAction::SetPendingCustomer))
        return PendingCustomer;
    return Ended;
}

const FlowFunnelStep *FlowFunnel::step(const QString &stepId) const
{
    for (const FlowFunnelStep &s : steps)
        if (s.stepId == stepId)
            return &s;
    return nullptr;
}

} // namespace helpdesk
