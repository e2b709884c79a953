#include "troubleshooting/FlowRunner.h"

#include "staff/StaffStore.h"
#include "tickets/TicketStore.h"
#include "troubleshooting/FlowRunText.h"
#include "troubleshooting/TroubleshootingLogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FlowRunner", text);
}

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The row of a step the run has just reached.
FlowRunStep reachedStep(const FlowStep &step, int seq, const QDateTime &at,
                        std::optional<qint64> by)
{
    FlowRunStep reached;
    reached.seq = seq;
    reached.stepId = step.id;
    reached.stepTitle = step.title;
    reached.stepKind = FlowVocabulary::key(step.kind);
    reached.reachedAt = at;
    reached.reachedBy = by;
    return reached;
}

} // namespace

FlowRunner::FlowRunner(QSqlDatabase &db, const FlowLibrary &flows, Staff actor, qint64 nowMs,
                       FlowActionHandler *accountActions)
    : m_db(db), m_flows(flows), m_actor(std::move(actor)), m_now(nowMs),
      m_accountActions(accountActions), m_write(db, Actor::staff(m_actor), nowMs)
{}

FlowStepActions FlowRunner::stepActions()
{
    return FlowStepActions(m_db, m_actor, m_now, m_accountActions, m_write,
                           [this](const FlowRun &current) { return conflictError(current); });
}

Error FlowRunner::conflictNow(qint64 runId)
{
    auto current = FlowRunStore(m_db).run(runId);
    return current ? conflictError(current.value()) : current.error();
}

Error FlowRunner::conflictError(const FlowRun &current)
{
    if (!current.claimedBy.isEmpty() && current.claimedBy != m_actor.login &&
        current.claimedAt.toMSecsSinceEpoch() >= m_now - FlowRunStore::ClaimTimeoutMs) {
        const auto claimant = StaffStore(m_db).byLogin(current.claimedBy);
        const QString who = claimant && !claimant->displayName.isEmpty() ? claimant->displayName
                                                                         : current.claimedBy;
        return Error::make(Error::Code::Conflict,
                           tr("%1 is carrying out the actions of this step right now. Wait a "
                              "moment, reload the run and continue from where it is then.")
                               .arg(who));
    }
    const QString when = QLocale().toString(current.updatedAt.toLocalTime(), QLocale::ShortFormat);
    const FlowRunStep *step = current.currentRunStep();
    const QString where = step ? step->stepTitle : current.currentStep;
    return Error::make(Error::Code::Conflict,
                       current.updatedByName.isEmpty()
                           ? tr("Someone else continued this troubleshooting run at %1 after you "
                                "opened it; it is now at \"%2\". Nothing was overwritten: reload "
                                "the run and continue from there.")
                                 .arg(when, where)
                           : tr("%1 continued this troubleshooting run at %2 after you opened "
                                "it; it is now at \"%3\". Nothing was overwritten: reload the run "
                                "and continue from there.")
                                 .arg(current.updatedByName, when, where));
}

void FlowRunner::decorate(FlowRun &run) const
{
    const Flow *flow = m_flows.flow(run.flowId);
    for (FlowRunStep &s : run.steps)
        if (s.isAnswered())
            s.outcomeLabel =
                FlowRunText::outcomeLabel(flow ? flow->step(s.stepId) : nullptr, s.outcome);
}

Result<FlowRun> FlowRunner::fresh(qint64 runId)
{
    HD_TRY_ASSIGN(auto r, FlowRunStore(m_db).run(runId));
    FlowRun run = r;
    decorate(run);
    return run;
}

Result<FlowRun> FlowRunner::run(qint64 runId)
{
    return fresh(runId);
}

Result<std::optional<FlowRun>> FlowRunner::openRun(qint64 ticketId)
{
    HD_TRY_ASSIGN(auto r, FlowRunStore(m_db).openRun(ticketId));
    std::optional<FlowRun> run = r;
    if (run)
        decorate(*run);
    return run;
}

Result<QList<FlowRun>> FlowRunner::runs(qint64 ticketId)
{
    HD_TRY_ASSIGN(auto r, FlowRunStore(m_db).runs(ticketId));
    QList<FlowRun> list = r;
    for (FlowRun &run : list)
        decorate(run);
    return list;
}

Result<TicketAccount> FlowRunner::ticketAccount(qint64 ticketId)
{
    return FlowRunStore(m_db).ticketAccount(ticketId);
}

Result<FlowFunnel> FlowRunner::funnel(const QString &flowId, qint64 fromMs, qint64 toMs)
{
    return FlowRunStore(m_db).funnel(flowId, m_flows.flow(flowId), fromMs, toMs);
}

Result<FlowRun> FlowRunner::start(qint64 ticketId, const QString &flowId)
{
    struct Start
    {
        Ticket ticket;
        std::optional<FlowRun> open;
        const Flow *flow = nullptr;
    };
    FlowRun run;
    HD_TRY(m_write.run(
        [&]() -> Result<Start> {
            Start s;
            HD_TRY_ASSIGN(s.ticket, TicketStore(m_db).ticket(ticketId));
            HD_TRY_ASSIGN(s.open, FlowRunStore(m_db).openRun(ticketId));
            s.flow =
                flowId.isEmpty() ? m_flows.suggestedFor(s.ticket.category) : m_flows.flow(flowId);
            return s;
        },
        [&](const Start &s) -> Result<void> {
            const Ticket &t = s.ticket;
            if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed)
                return Error::make(Error::Code::InvalidInput,
                                   tr("Ticket %1 is %2. Reopen it before troubleshooting it.")
                                       .arg(ticketNumberText(t.id), Vocabulary::label(t.status)));
            // Say first that a run is in progress: the agent should resume it, whatever flow
            // they chose.
            if (s.open)
                return Error::make(Error::Code::Conflict,
                                   tr("Ticket %1 already has a troubleshooting run in progress "
                                      "(\"%2\"). Resume it, or abandon it before starting "
                                      "another.")
                                       .arg(ticketNumberText(t.id), s.open->flowTitle));
            if (!s.flow)
                return Error::make(Error::Code::NotFound,
                                   flowId.isEmpty()
                                       ? tr("No troubleshooting flow is meant for the category "
                                            "%1. Choose one of the other flows.")
                                             .arg(Vocabulary::label(t.category))
                                       : tr("The troubleshooting flow \"%1\" is not installed. "
                                            "Choose another flow, or ask an admin to add it.")
                                             .arg(flowId));
            if (!s.flow->step(s.flow->start))
                return Error::make(
                    Error::Code::InvalidInput,
                    tr("The troubleshooting flow \"%1\" has no start step.").arg(s.flow->title));
            return {};
        },
        [&](Recorder &record, const Start &s) -> Result<void> {
            const Flow &flow = *s.flow;
            const FlowStep &first = *flow.step(flow.start);
            run.ticketId = ticketId;
            run.flowId = flow.id;
            run.flowVersion = flow.version;
            run.flowTitle = flow.title;
            run.status = FlowRunStatus::Active;
            run.currentStep = first.id;
            if (m_actor.id > 0) {
                run.startedBy = m_actor.id;
                run.updatedBy = m_actor.id;
            }
            run.startedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
            run.updatedAt = run.startedAt;
            FlowRunStore store(m_db);
            HD_TRY_ASSIGN(run.id, store.insertRun(run));
            HD_TRY(store.insertStep(run.id, reachedStep(first, 1, run.startedAt, run.startedBy)));
            QJsonObject data = run.eventData();
            data.insert(QStringLiteral("step"), first.id);
            data.insert(QStringLiteral("flow_title"), flow.title);
            HD_TRY(record.event(ticketId, TicketEventKind::WizardStarted,
                                tr("Started the troubleshooting guide \"%1\".").arg(flow.title),
                                data));
            return record.audit(QStringLiteral("ticket"), ticketId, QStringLiteral("wizard_start"),
                                data);
        }));
    qCDebug(lcWizard) << "run" << run.id << "of" << run.flowId << "started on ticket" << ticketId;
    return fresh(run.id);
}

Result<FlowRunner::Loaded> FlowRunner::load(qint64 runId, int expectedVersion, Need need)
{
    HD_TRY_ASSIGN(auto r, fresh(runId));
    Loaded loaded;
    loaded.run = r;
    const FlowRun &run = loaded.run;
    if (!run.isOpen())
        return Error::make(Error::Code::InvalidInput,
                           tr("This troubleshooting run has ended (%1). Start a new run to "
                              "continue troubleshooting.")
                               .arg(FlowRunStatuses::label(run.status)));
    if (run.version != expectedVersion)
        return conflictError(run);
    if (need == Need::Active && run.status == FlowRunStatus::Paused)
        return Error::make(Error::Code::InvalidInput,
                           run.updatedByName.isEmpty()
                               ? tr("This troubleshooting run is paused. Resume it first.")
                               : tr("This troubleshooting run was paused by %1. Resume it first.")
                                     .arg(run.updatedByName));
    loaded.flow = m_flows.flow(run.flowId);
    if (!loaded.flow)
        return Error::make(Error::Code::NotFound,
                           tr("The troubleshooting flow \"%1\" this run follows is no longer "
                              "installed. Abandon the run (what was recorded stays) and start "
                              "another flow.")
                               .arg(run.flowTitle));
    loaded.step = loaded.flow->step(run.currentStep);
    if (!loaded.step)
        return Error::make(Error::Code::NotFound,
                           tr("The flow \"%1\" was changed since this run started (version %2, "
                              "now %3) and no longer has the step \"%4\". Abandon the run (what "
                              "was recorded stays) and start it again.")
                               .arg(run.flowTitle)
                               .arg(run.flowVersion)
                               .arg(loaded.flow->version)
                               .arg(run.currentStep));
    return loaded;
}

Result<void> FlowRunner::saveRun(FlowRun &run)
{
    if (m_actor.id > 0)
        run.updatedBy = m_actor.id;
    else
        run.updatedBy.reset();
    run.updatedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    HD_TRY_ASSIGN(const bool saved,
                  FlowRunStore(m_db).updateRun(run, run.version, m_actor.login,
                                               m_now - FlowRunStore::ClaimTimeoutMs));
    if (!saved)
        return conflictNow(run.id);
    ++run.version;
    run.claimedBy.clear();
    run.claimedAt = QDateTime();
    return {};
}

Result<QString> FlowRunner::accountBranch(const FlowRun &run, const FlowStep &step,
                                          const QString &given, QJsonObject &details)
{
    HD_TRY_ASSIGN(auto account, FlowRunStore(m_db).ticketAccount(run.ticketId));
    const QStringList statuses = FlowVocabulary::accountStatuses();
    if (account.accountId) {
        const QString status = account.status;
        if (!given.isEmpty() && given != status)
            return Error::make(Error::Code::Conflict,
                               tr("The account's status is \"%1\", not \"%2\": it changed since "
                                  "you looked. Check the account again and continue with its "
                                  "current status.")
                                   .arg(FlowRunText::outcomeLabel(&step, status),
                                        FlowRunText::outcomeLabel(&step, given)));
        details.insert(QStringLiteral("account_id"), double(*account.accountId));
        details.insert(QStringLiteral("account_status"), status);
        details.insert(QStringLiteral("account_status_source"), QStringLiteral("account"));
        return status;
    }
    if (given.isEmpty()) {
        if (step.outcome(FlowOutcomes::NoAccount))
            return FlowOutcomes::NoAccount;
        return Error::make(Error::Code::InvalidInput,
                           tr("Ticket %1 is not linked to a customer account, so the wizard "
                              "cannot read its status. Link the ticket to the account, or look "
                              "the status up and choose it.")
                               .arg(ticketNumberText(run.ticketId)));
    }
    if (!statuses.contains(given) && given != FlowOutcomes::NoAccount)
        return Error::make(Error::Code::InvalidInput,
                           tr("\"%1\" is not an account status. Choose one of: %2.")
                               .arg(given, statuses.join(QStringLiteral(", "))));
    details.insert(QStringLiteral("account_status"), given);
    details.insert(QStringLiteral("account_status_source"), QStringLiteral("agent"));
    return given;
}

Result<FlowRun> FlowRunner::answer(qint64 runId, int expectedVersion, const QString &outcome,
                                   const QString &notes)
{
    HD_TRY_ASSIGN(auto loaded, load(runId, expectedVersion, Need::Active));
    FlowRun run = loaded.run;
    const Flow &flow = *loaded.flow;
    const FlowStep &step = *loaded.step;
    const QString given = outcome.trimmed();

    if (step.kind == FlowStepKind::Terminal) {
        if (!given.isEmpty() && given != FlowOutcomes::Finished)
            return Error::make(Error::Code::InvalidInput,
                               tr("\"%1\" is the end of the flow: finish it instead of choosing "
                                  "an answer.")
                                   .arg(step.title));
        return finish(runId, expectedVersion, notes);
    }

    QJsonObject accountDetails;
    QString chosen = given;
    if (step.kind == FlowStepKind::AccountCheck) {
        HD_TRY_ASSIGN(auto branch, accountBranch(run, step, given, accountDetails));
        chosen = branch;
    }
    if (!step.outcome(chosen)) {
        QStringList choices;
        for (const FlowOutcome &o : step.outcomes)
            choices << QStringLiteral("%1 (%2)").arg(o.label, o.key);
        return Error::make(Error::Code::InvalidInput,
                           chosen.isEmpty()
                               ? tr("Choose an answer to \"%1\": %2.")
                                     .arg(step.title, choices.join(QStringLiteral(", ")))
                               : tr("\"%1\" is not an answer to \"%2\". Choose one of: %3.")
                                     .arg(chosen, step.title, choices.join(QStringLiteral(", "))));
    }
    if (step.kind == FlowStepKind::Action && chosen != FlowOutcomes::Skipped) {
        HD_TRY(stepActions().perform(run, flow, step, chosen, notes));
    }
    // The step's details as stored (an email action added to them), plus the account check.
    QJsonObject details = run.currentRunStep() ? run.currentRunStep()->details : QJsonObject();
    for (auto it = accountDetails.begin(); it != accountDetails.end(); ++it)
        details.insert(it.key(), it.value());
    return recordAnswer(run, flow, step, chosen, notes, details);
}

Result<FlowRun> FlowRunner::finish(qint64 runId, int expectedVersion, const QString &notes)
{
    HD_TRY_ASSIGN(auto loaded, load(runId, expectedVersion, Need::Active));
    FlowRun run = loaded.run;
    const Flow &flow = *loaded.flow;
    const FlowStep &step = *loaded.step;
    if (step.kind != FlowStepKind::Terminal)
        return Error::make(Error::Code::InvalidInput,
                           tr("The run is at \"%1\", not at the end of the flow yet: answer that "
                              "step first.")
                               .arg(step.title));
    HD_TRY(stepActions().perform(run, flow, step, FlowOutcomes::Finished, notes));
    const QJsonObject details =
        run.currentRunStep() ? run.currentRunStep()->details : QJsonObject();
    return recordAnswer(run, flow, step, FlowOutcomes::Finished, notes, details);
}

Result<FlowRun> FlowRunner::emailSteps(qint64 runId, int expectedVersion)
{
    HD_TRY_ASSIGN(auto loaded, load(runId, expectedVersion, Need::Active));
    FlowRun run = loaded.run;
    HD_TRY(stepActions().emailSteps(run, *loaded.flow, *loaded.step, false));
    return fresh(run.id);
}

Result<FlowRun> FlowRunner::recordAnswer(FlowRun &run, const Flow &flow, const FlowStep &step,
                                         const QString &outcome, const QString &notes,
                                         QJsonObject details)
{
    const bool finishing = step.kind == FlowStepKind::Terminal;
    const FlowStep *next = nullptr;
    if (!finishing) {
        const auto o = step.outcome(outcome);
        next = o ? flow.step(o->next) : nullptr;
        if (!next)
            return Error::make(
                Error::Code::InvalidInput,
                tr("The flow \"%1\" has no step after this answer.").arg(flow.title));
    }
    if (!run.stepActions.isEmpty())
        details.insert(QStringLiteral("actions"), run.stepActions);

    HD_TRY(m_write.run([&](Recorder &record) -> Result<void> {
        return recordAnswerIn(record, run, flow, step, next, outcome, notes, details);
    }));
    return fresh(run.id);
}

Result<void> FlowRunner::recordAnswerIn(Recorder &record, FlowRun &run, const Flow &flow,
                                        const FlowStep &step, const FlowStep *next,
                                        const QString &outcome, const QString &notes,
                                        const QJsonObject &details)
{
    const bool finishing = next == nullptr;
    FlowRunStore store(m_db);
    FlowRunStep current = run.steps.isEmpty() ? FlowRunStep{} : run.steps.last();
    const int answeredSeq = current.seq;

    if (finishing) {
        run.status = FlowRunStatus::Finished;
        run.terminalStep = step.id;
        run.result = FlowRunResults::ofTerminal(step);
        run.finishedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        // The answer that led here is what resolved it (the funnel counts it there).
        if (run.result == FlowRunResults::Resolved && run.steps.size() >= 2)
            run.resolvedStep = run.steps.at(run.steps.size() - 2).stepId;
    } else {
        run.currentStep = next->id;
    }
    run.stepActions = QJsonArray();
    HD_TRY(saveRun(run));

    QJsonObject data = run.eventData();
    data.insert(QStringLiteral("step"), step.id);
    data.insert(QStringLiteral("step_title"), step.title);
    data.insert(QStringLiteral("step_kind"), FlowVocabulary::key(step.kind));
    data.insert(QStringLiteral("outcome"), outcome);
    data.insert(QStringLiteral("notes"), notNull(notes.trimmed()));
    if (next)
        data.insert(QStringLiteral("next"), next->id);
    if (finishing) {
        data.insert(QStringLiteral("result"), run.result);
        if (!run.resolvedStep.isEmpty())
            data.insert(QStringLiteral("resolved_step"), run.resolvedStep);
    }
    for (const QString &key : {QStringLiteral("actions"), QStringLiteral("account_status"),
                               QStringLiteral("account_status_source")})
        if (details.contains(key))
            data.insert(key, details.value(key));

    const QString label = FlowRunText::outcomeLabel(&step, outcome);
    QString body =
        finishing ? tr("Troubleshooting \"%1\" finished at \"%2\".").arg(flow.title, step.title)
                  : tr("Troubleshooting step \"%1\": %2.").arg(step.title, label);
    for (const QJsonValue &a : details.value(QStringLiteral("actions")).toArray())
        body += u'\n' + a.toObject().value(QStringLiteral("summary")).toString();
    if (!notes.trimmed().isEmpty())
        body += u'\n' + tr("Notes: %1").arg(notes.trimmed());
    HD_TRY_ASSIGN(const qint64 eventId,
                  record.event(run.ticketId, TicketEventKind::WizardStep, body, data));
    HD_TRY(record.audit(QStringLiteral("ticket"), run.ticketId,
                        finishing ? QStringLiteral("wizard_finish") : QStringLiteral("wizard_step"),
                        data));

    current.outcome = outcome;
    current.notes = notNull(notes.trimmed());
    current.answeredAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    current.answeredBy = m_actor.id > 0 ? std::optional<qint64>(m_actor.id) : std::nullopt;
    current.eventId = eventId;
    current.details = details;
    HD_TRY(store.updateStep(run.id, current));
    if (next)
        HD_TRY(store.insertStep(
            run.id, reachedStep(*next, answeredSeq + 1, current.answeredAt, current.answeredBy)));
    return {};
}

Result<FlowRun> FlowRunner::recordRunEvent(FlowRun &run, FlowRunStatus newStatus,
                                           TicketEventKind kind, const QString &auditAction,
                                           const QString &body, QJsonObject data)
{
    HD_TRY(m_write.run([&](Recorder &record) -> Result<void> {
        run.status = newStatus;
        if (newStatus == FlowRunStatus::Abandoned)
            run.finishedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        HD_TRY(saveRun(run));
        data.insert(QStringLiteral("step"), run.currentStep);
        data.insert(QStringLiteral("status"), FlowRunStatuses::key(newStatus));
        HD_TRY(record.event(run.ticketId, kind, body, data));
        return record.audit(QStringLiteral("ticket"), run.ticketId, auditAction, data);
    }));
    return fresh(run.id);
}

Result<FlowRun> FlowRunner::pause(qint64 runId, int expectedVersion, const QString &notes)
{
    HD_TRY_ASSIGN(auto loaded, load(runId, expectedVersion, Need::Active));
    FlowRun run = loaded.run;
    QJsonObject data = run.eventData();
    QString body = tr("Paused the troubleshooting guide \"%1\" at \"%2\".")
                       .arg(run.flowTitle, loaded.step->title);
    if (!notes.trimmed().isEmpty()) {
        body += u'\n' + tr("Notes: %1").arg(notes.trimmed());
        data.insert(QStringLiteral("notes"), notes.trimmed());
    }
    return recordRunEvent(run, FlowRunStatus::Paused, TicketEventKind::WizardPaused,
                          QStringLiteral("wizard_pause"), body, data);
}

Result<FlowRun> FlowRunner::resume(qint64 runId, int expectedVersion)
{
    HD_TRY_ASSIGN(auto loaded, load(runId, expectedVersion, Need::Open));
    FlowRun run = loaded.run;
    if (run.status != FlowRunStatus::Paused)
        return Error::make(Error::Code::InvalidInput,
                           tr("This troubleshooting run is not paused; continue it."));
    QJsonObject data = run.eventData();
    if (run.updatedBy)
        data.insert(QStringLiteral("paused_by"), double(*run.updatedBy));
    const QString body =
        run.updatedByName.isEmpty() || (run.updatedBy && *run.updatedBy == m_actor.id)
            ? tr("Resumed the troubleshooting guide \"%1\" at \"%2\".")
                  .arg(run.flowTitle, loaded.step->title)
            : tr("Resumed the troubleshooting guide \"%1\" at \"%2\" (paused by %3).")
                  .arg(run.flowTitle, loaded.step->title, run.updatedByName);
    return recordRunEvent(run, FlowRunStatus::Active, TicketEventKind::WizardResumed,
                          QStringLiteral("wizard_resume"), body, data);
}

Result<FlowRun> FlowRunner::abandon(qint64 runId, int expectedVersion, const QString &reason)
{
    HD_TRY_ASSIGN(auto r, fresh(runId));
    FlowRun run = r;
    if (!run.isOpen())
        return Error::make(Error::Code::InvalidInput,
                           tr("This troubleshooting run has already ended."));
    if (run.version != expectedVersion)
        return conflictError(run);
    // Abandoning works even when the flow was removed or changed: that is the way out.
    QJsonObject data = run.eventData();
    const FlowRunStep *step = run.currentRunStep();
    QString body = tr("Stopped the troubleshooting guide \"%1\" at \"%2\" without finishing it.")
                       .arg(run.flowTitle, step ? step->stepTitle : run.currentStep);
    if (!reason.trimmed().isEmpty()) {
        body += u'\n' + tr("Reason: %1").arg(reason.trimmed());
        data.insert(QStringLiteral("reason"), reason.trimmed());
    }
    return recordRunEvent(run, FlowRunStatus::Abandoned, TicketEventKind::WizardAbandoned,
                          QStringLiteral("wizard_abandon"), body, data);
}

} // namespace helpdesk
