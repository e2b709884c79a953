#pragma once
// FlowRun and FlowRunStep: one walk through a flow on a ticket, as stored in the
// troubleshooting_runs and troubleshooting_run_steps tables, so that it can be paused and
// resumed by any agent and counted by the reports. And FlowFunnel, what the report counts.

#include "troubleshooting/Flow.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace helpdesk {

enum class FlowRunStatus {
    Active,    // being worked
    Paused,    // someone closed the wizard midway; anyone may resume it
    Finished,  // a terminal step was reached and its actions performed
    Abandoned, // stopped without finishing (what was recorded stays)
};

namespace FlowRunStatuses {
QString key(FlowRunStatus status); // "active", ...
std::optional<FlowRunStatus> fromKey(const QString &key);
QString label(FlowRunStatus status); // translated
} // namespace FlowRunStatuses

// What a finished run did to the ticket, from its terminal step's actions.
namespace FlowRunResults {
inline const QString Resolved = QStringLiteral("resolved");
inline const QString Escalated = QStringLiteral("escalated");
inline const QString PendingCustomer = QStringLiteral("pending_customer");
inline const QString Ended = QStringLiteral("ended"); // a terminal without a status action
// What finishing at this terminal step does to the ticket, from its actions.
QString ofTerminal(const FlowStep &terminal);
} // namespace FlowRunResults

// One step a run reached, answered or not (the current step is the last, unanswered one).
struct FlowRunStep
{
    int seq = 0; // 1, 2, ... in the order reached
    QString stepId;
    QString stepTitle; // as it was when reached
    QString stepKind;  // "check", ...
    QDateTime reachedAt;
    std::optional<qint64> reachedBy;
    QString outcome; // empty while not answered; "finished" for the terminal step
    QString outcomeLabel;
    QString notes;
    QDateTime answeredAt;
    std::optional<qint64> answeredBy;
    QString answeredByName;
    std::optional<qint64> eventId; // the wizard_step timeline event
    // {"actions": [{"action", "summary", "data"}], "account_status", "account_status_source",
    //  "emailed": [{"at", "outbox_id"}]}
    QJsonObject details;

    bool isAnswered() const { return !outcome.isEmpty(); }
};

struct FlowRun
{
    qint64 id = 0;
    qint64 ticketId = 0;
    QString flowId;
    int flowVersion = 0;
    QString flowTitle;
    FlowRunStatus status = FlowRunStatus::Active;
    QString currentStep;    // the step waiting for an answer (for a finished run: its terminal)
    QJsonArray stepActions; // actions already performed at the current step (a retry skips them)
    QString claimedBy;      // login of the agent performing the current step's actions right now
    QDateTime claimedAt;
    QString terminalStep; // set when finished
    QString resolvedStep; // the step whose answer led to a resolving terminal step
    QString result;       // FlowRunResults, set when finished
    std::optional<qint64> startedBy;
    QDateTime startedAt;
    std::optional<qint64> updatedBy;
    QString updatedByName;
    QDateTime updatedAt;
    QDateTime finishedAt;
    // Optimistic concurrency between agents working the same run: counts up whenever the run
    // moves (an answer, finish, pause, resume, abandon), not while a step's actions are done.
    int version = 1;
    QList<FlowRunStep> steps; // the history, in order

    bool isOpen() const
    {
        return status == FlowRunStatus::Active || status == FlowRunStatus::Paused;
    }
    // The last step, i.e. the current one while the run is open.
    const FlowRunStep *currentRunStep() const { return steps.isEmpty() ? nullptr : &steps.last(); }
    // What every timeline event of the run carries: run, flow, flow_version.
    QJsonObject eventData() const
    {
        return {{QStringLiteral("run"), double(id)},
                {QStringLiteral("flow"), flowId},
                {QStringLiteral("flow_version"), flowVersion}};
    }
};

// The wizard funnel of one flow: how many runs reached each step, how they answered it, and
// where runs were resolved.
struct FlowFunnelStep
{
    QString stepId;
    QString title;
    qint64 reached = 0;                     // runs that reached the step (each run counted once)
    qint64 answered = 0;                    // answers given at the step
    qint64 resolvedHere = 0;                // finished runs resolved by this step's answer
    QList<QPair<QString, qint64>> outcomes; // outcome key -> answers, most frequent first
};

struct FlowFunnel
{
    QString flowId;
    qint64 runs = 0;
    qint64 open = 0; // active or paused
    qint64 finished = 0;
    qint64 abandoned = 0;
    qint64 resolved = 0;
    qint64 escalated = 0;
    qint64 pendingCustomer = 0;
    QList<FlowFunnelStep> steps; // in flow order when the flow is known, else by first reach

    const FlowFunnelStep *step(const QString &stepId) const;
};

} // namespace helpdesk

Q_DECLARE_METATYPE(helpdesk::FlowRun)
