#include "troubleshooting/FlowRunner.h"

#include "db/AuditLog.h"
#include "db/Database.h"
#include "mail/MailSettings.h"
#include "mail/Outbox.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"
#include "settings/Settings.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketStore.h"
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

// A claim on a step's actions older than this is void: its agent's client crashed.
constexpr qint64 kClaimTimeoutMs = 5 * 60 * 1000;

QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString outcomeLabel(const FlowStep *step, const QString &key)
{
    if (step)
        if (const auto o = step->outcome(key))
            return o->label;
    const QString standard = FlowVocabulary::standardOutcomeLabel(key);
    return standard.isEmpty() ? key : standard;
}

bool actionDone(const QJsonArray &done, FlowAction action)
{
    const QString key = FlowVocabulary::key(action);
    for (const QJsonValue &v : done)
        if (v.toObject().value(QStringLiteral("action")).toString() == key)
            return true;
    return false;
}

QString actionLabel(const QString &key)
{
    const auto action = FlowVocabulary::actionFromKey(key);
    return action ? FlowVocabulary::label(*action) : key;
}

QString resultOf(const FlowStep &terminal)
{
    if (terminal.hasAction(FlowAction::Resolve))
        return FlowRunResults::Resolved;
    if (terminal.hasAction(FlowAction::Escalate))
        return FlowRunResults::Escalated;
    if (terminal.hasAction(FlowAction::SetPendingCustomer))
        return FlowRunResults::PendingCustomer;
    return FlowRunResults::Ended;
}
} // namespace

FlowRunner::FlowRunner(QSqlDatabase &db, const FlowLibrary &flows, Staff actor, qint64 nowMs,
                       FlowActionHandler *accountActions)
    : m_db(db), m_flows(flows), m_actor(std::move(actor)), m_now(nowMs),
      m_accountActions(accountActions)
{}

QString FlowRunner::stepsText(const QList<FlowStep> &steps)
{
    QStringList lines;
    for (int i = 0; i < steps.size(); ++i)
        lines << QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i).customerText.trimmed());
    return lines.join(u'\n');
}

QString FlowRunner::escalationSummary(const FlowRun &run, const Flow *flow,
                                      const QString &finalNotes)
{
    QStringList lines;
    lines << tr("Escalated from the troubleshooting guide \"%1\". Steps tried:").arg(run.flowTitle);
    int n = 0;
    for (const FlowRunStep &s : run.steps) {
        if (!s.isAnswered())
            continue;
        const FlowStep *step = flow ? flow->step(s.stepId) : nullptr;
        QString line = tr("%1. %2: %3.").arg(++n).arg(s.stepTitle, outcomeLabel(step, s.outcome));
        const QString status = s.details.value(QStringLiteral("account_status")).toString();
        if (!status.isEmpty())
            line += u' ' + (s.details.value(QStringLiteral("account_status_source")).toString() ==
                                    QLatin1String("agent")
                                ? tr("Status given by the agent: %1.").arg(status)
                                : tr("Status read from the account: %1.").arg(status));
        QStringList done;
        for (const QJsonValue &a : s.details.value(QStringLiteral("actions")).toArray()) {
            const QJsonObject o = a.toObject();
            const QString summary = o.value(QStringLiteral("summary")).toString();
            done << (summary.isEmpty() ? actionLabel(o.value(QStringLiteral("action")).toString())
                                       : summary);
        }
        if (!done.isEmpty())
            line += u' ' + tr("Done: %1.").arg(done.join(QStringLiteral("; ")));
        const int emailed = int(s.details.value(QStringLiteral("emailed")).toArray().size());
        if (emailed > 0)
            line += u' ' + tr("The steps still to try were emailed to the customer here.");
        if (!s.notes.trimmed().isEmpty())
            line += u' ' + tr("Notes: %1").arg(s.notes.trimmed());
        lines << line;
    }
    if (n == 0)
        lines << tr("(No step was answered before the escalation.)");
    if (!finalNotes.trimmed().isEmpty())
        lines << tr("Notes at the escalation: %1").arg(finalNotes.trimmed());
    return lines.join(u'\n');
}

QJsonObject FlowRunner::baseData(const FlowRun &run) const
{
    return {{QStringLiteral("run"), double(run.id)},
            {QStringLiteral("flow"), run.flowId},
            {QStringLiteral("flow_version"), run.flowVersion}};
}

Result<qint64> FlowRunner::addEvent(qint64 ticketId, const QString &kind, const QString &body,
                                    const QJsonObject &data)
{
    auto q = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, kind, body, data) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {QVariant::fromValue(ticketId), QVariant::fromValue(m_now),
         m_actor.id > 0 ? QVariant::fromValue(m_actor.id) : QVariant(QMetaType::fromType<qint64>()),
         kind, notNull(body), json(data)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::DatabaseQuery, tr("Recording the timeline event failed."));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish();
    if (Database::dialect(m_db) == Dialect::PostgreSQL) {
        // Other clients refresh the timeline (SQLite clients see the write through data_version).
        auto notified =
            Database::exec(m_db, QStringLiteral("SELECT pg_notify('helpdesk_ticket', ?)"),
                           {QString::number(ticketId)});
        if (!notified)
            return notified.error();
    }
    return id;
}

Error FlowRunner::conflictError(const FlowRun &current)
{
    if (!current.claimedBy.isEmpty() && current.claimedBy != m_actor.login &&
        current.claimedAt.toMSecsSinceEpoch() >= m_now - kClaimTimeoutMs) {
        auto name =
            Database::scalar(m_db, QStringLiteral("SELECT display_name FROM staff WHERE login = ?"),
                             {current.claimedBy});
        const QString who = name && !name.value().toString().isEmpty() ? name.value().toString()
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
            s.outcomeLabel = outcomeLabel(flow ? flow->step(s.stepId) : nullptr, s.outcome);
}

Result<FlowRun> FlowRunner::fresh(qint64 runId)
{
    auto r = FlowRunStore(m_db).run(runId);
    if (!r)
        return r.error();
    FlowRun run = r.value();
    decorate(run);
    return run;
}

Result<FlowRun> FlowRunner::run(qint64 runId)
{
    return fresh(runId);
}

Result<std::optional<FlowRun>> FlowRunner::openRun(qint64 ticketId)
{
    auto r = FlowRunStore(m_db).openRun(ticketId);
    if (!r)
        return r.error();
    std::optional<FlowRun> run = r.value();
    if (run)
        decorate(*run);
    return run;
}

Result<QList<FlowRun>> FlowRunner::runs(qint64 ticketId)
{
    auto r = FlowRunStore(m_db).runs(ticketId);
    if (!r)
        return r.error();
    QList<FlowRun> list = r.value();
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
    auto ticket = TicketStore(m_db).ticket(ticketId);
    if (!ticket)
        return ticket.error();
    const Ticket &t = ticket.value();
    if (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed)
        return Error::make(Error::Code::InvalidInput,
                           tr("Ticket %1 is %2. Reopen it before troubleshooting it.")
                               .arg(ticketNumberText(t.id), Vocabulary::label(t.status)));
    // Say first that a run is in progress: the agent should resume it, whatever flow they chose.
    auto open = FlowRunStore(m_db).openRun(ticketId);
    if (!open)
        return open.error();
    if (open.value())
        return Error::make(Error::Code::Conflict,
                           tr("Ticket %1 already has a troubleshooting run in progress (\"%2\"). "
                              "Resume it, or abandon it before starting another.")
                               .arg(ticketNumberText(t.id), open.value()->flowTitle));
    const Flow *flow = flowId.isEmpty() ? m_flows.suggestedFor(t.category) : m_flows.flow(flowId);
    if (!flow)
        return Error::make(Error::Code::NotFound,
                           flowId.isEmpty()
                               ? tr("No troubleshooting flow is meant for the category %1. Choose "
                                    "one of the other flows.")
                                     .arg(Vocabulary::label(t.category))
                               : tr("The troubleshooting flow \"%1\" is not installed. Choose "
                                    "another flow, or ask an admin to add it.")
                                     .arg(flowId));
    const FlowStep *first = flow->step(flow->start);
    if (!first)
        return Error::make(
            Error::Code::InvalidInput,
            tr("The troubleshooting flow \"%1\" has no start step.").arg(flow->title));

    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    FlowRun run;
    run.ticketId = ticketId;
    run.flowId = flow->id;
    run.flowVersion = flow->version;
    run.flowTitle = flow->title;
    run.status = FlowRunStatus::Active;
    run.currentStep = first->id;
    if (m_actor.id > 0) {
        run.startedBy = m_actor.id;
        run.updatedBy = m_actor.id;
    }
    run.startedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    run.updatedAt = run.startedAt;
    FlowRunStore store(m_db);
    auto id = store.insertRun(run);
    if (!id)
        return id.error();
    run.id = id.value();
    FlowRunStep step;
    step.seq = 1;
    step.stepId = first->id;
    step.stepTitle = first->title;
    step.stepKind = FlowVocabulary::key(first->kind);
    step.reachedAt = run.startedAt;
    step.reachedBy = run.startedBy;
    if (auto st = store.insertStep(run.id, step); !st)
        return st.error();
    QJsonObject data = baseData(run);
    data.insert(QStringLiteral("step"), first->id);
    data.insert(QStringLiteral("flow_title"), flow->title);
    if (auto ev = addEvent(ticketId, QStringLiteral("wizard_started"),
                           tr("Started the troubleshooting guide \"%1\".").arg(flow->title), data);
        !ev)
        return ev.error();
    if (auto au = AuditLog::append(m_db, m_now, m_actor, QStringLiteral("ticket"), ticketId,
                                   QStringLiteral("wizard_start"), data);
        !au)
        return au.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    qCDebug(lcWizard) << "run" << run.id << "of" << flow->id << "started on ticket" << ticketId;
    return fresh(run.id);
}

Result<FlowRunner::Loaded> FlowRunner::load(qint64 runId, int expectedVersion, Need need)
{
    auto r = fresh(runId);
    if (!r)
        return r.error();
    Loaded loaded;
    loaded.run = r.value();
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
    auto saved =
        FlowRunStore(m_db).updateRun(run, run.version, m_actor.login, m_now - kClaimTimeoutMs);
    if (!saved)
        return saved.error();
    if (!saved.value()) {
        auto current = FlowRunStore(m_db).run(run.id);
        return current ? conflictError(current.value()) : current.error();
    }
    ++run.version;
    run.claimedBy.clear();
    run.claimedAt = QDateTime();
    return {};
}

Result<void> FlowRunner::saveProgress(FlowRun &run, bool claimed)
{
    if (m_actor.id > 0)
        run.updatedBy = m_actor.id;
    run.updatedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    auto saved = FlowRunStore(m_db).saveProgress(run, run.version,
                                                 claimed ? notNull(m_actor.login) : QString());
    if (!saved)
        return saved.error();
    if (!saved.value()) {
        auto current = FlowRunStore(m_db).run(run.id);
        return current ? conflictError(current.value()) : current.error();
    }
    return {};
}

Result<QString> FlowRunner::accountBranch(const FlowRun &run, const FlowStep &step,
                                          const QString &given, QJsonObject &details)
{
    auto account = FlowRunStore(m_db).ticketAccount(run.ticketId);
    if (!account)
        return account.error();
    const QStringList statuses = FlowVocabulary::accountStatuses();
    if (account.value().accountId) {
        const QString status = account.value().status;
        if (!given.isEmpty() && given != status)
            return Error::make(Error::Code::Conflict,
                               tr("The account's status is \"%1\", not \"%2\": it changed since "
                                  "you looked. Check the account again and continue with its "
                                  "current status.")
                                   .arg(outcomeLabel(&step, status), outcomeLabel(&step, given)));
        details.insert(QStringLiteral("account_id"), double(*account.value().accountId));
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
    auto loaded = load(runId, expectedVersion, Need::Active);
    if (!loaded)
        return loaded.error();
    FlowRun run = loaded.value().run;
    const Flow &flow = *loaded.value().flow;
    const FlowStep &step = *loaded.value().step;
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
        auto branch = accountBranch(run, step, given, accountDetails);
        if (!branch)
            return branch.error();
        chosen = branch.value();
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
        if (auto done = performActions(run, flow, step, chosen, notes); !done)
            return done.error();
    }
    // The step's details as stored (an email action added to them), plus the account check.
    QJsonObject details = run.currentRunStep() ? run.currentRunStep()->details : QJsonObject();
    for (auto it = accountDetails.begin(); it != accountDetails.end(); ++it)
        details.insert(it.key(), it.value());
    return recordAnswer(run, flow, step, chosen, notes, details);
}

Result<FlowRun> FlowRunner::finish(qint64 runId, int expectedVersion, const QString &notes)
{
    auto loaded = load(runId, expectedVersion, Need::Active);
    if (!loaded)
        return loaded.error();
    FlowRun run = loaded.value().run;
    const Flow &flow = *loaded.value().flow;
    const FlowStep &step = *loaded.value().step;
    if (step.kind != FlowStepKind::Terminal)
        return Error::make(Error::Code::InvalidInput,
                           tr("The run is at \"%1\", not at the end of the flow yet: answer that "
                              "step first.")
                               .arg(step.title));
    if (auto done = performActions(run, flow, step, FlowOutcomes::Finished, notes); !done)
        return done.error();
    const QJsonObject details =
        run.currentRunStep() ? run.currentRunStep()->details : QJsonObject();
    return recordAnswer(run, flow, step, FlowOutcomes::Finished, notes, details);
}

Result<void> FlowRunner::performActions(FlowRun &run, const Flow &flow, const FlowStep &step,
                                        const QString &outcome, const QString &notes)
{
    QList<FlowAction> todo;
    for (FlowAction a : step.actions)
        if (!actionDone(run.stepActions, a))
            todo << a;
    if (todo.isEmpty())
        return {};
    // Claim the step first: of two agents confirming it at once, only one performs anything.
    FlowRunStore store(m_db);
    auto claimed =
        store.claim(run.id, run.version, notNull(m_actor.login), m_now, m_now - kClaimTimeoutMs);
    if (!claimed)
        return claimed.error();
    if (!claimed.value()) {
        auto current = store.run(run.id);
        return current ? conflictError(current.value()) : current.error();
    }
    run.claimedBy = notNull(m_actor.login);
    run.claimedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);

    for (FlowAction action : std::as_const(todo)) {
        Result<FlowActionResult> result = FlowActionResult{};
        if (FlowVocabulary::isAccountAction(action)) {
            if (!m_accountActions) {
                result = Error::make(Error::Code::Unavailable,
                                     tr("Account actions are not available in this installation; "
                                        "do it in the account tools and answer \"skipped\"."));
            } else {
                auto ticket = TicketStore(m_db).ticket(run.ticketId);
                if (!ticket)
                    return ticket.error();
                FlowActionRequest request;
                request.action = action;
                request.ticket = ticket.value();
                request.accountId = ticket.value().accountId;
                request.runId = run.id;
                request.flowId = flow.id;
                request.stepId = step.id;
                request.outcome = outcome;
                request.notes = notes;
                request.actor = m_actor;
                request.nowMs = m_now;
                result = m_accountActions->perform(m_db, request);
            }
        } else if (action == FlowAction::EmailSteps) {
            result = queueStepsMail(run, flow, step, true);
        } else {
            result = ticketStatusAction(run, flow, action, step, notes);
        }

        if (!result) {
            Error e = result.error();
            QStringList already;
            for (const QJsonValue &v : std::as_const(run.stepActions))
                already << actionLabel(v.toObject().value(QStringLiteral("action")).toString());
            e.message = tr("%1 did not work, so the step is not answered yet. %2")
                            .arg(FlowVocabulary::label(action), e.message);
            if (!already.isEmpty())
                e.message += u' ' + tr("Already done at this step (not repeated when you try "
                                       "again): %1.")
                                        .arg(already.join(QStringLiteral(", ")));
            qCInfo(lcWizard) << "run" << run.id << "action" << FlowVocabulary::key(action)
                             << "failed:" << result.error().toString();
            // Let the agent (or a colleague) try again at once.
            (void)store.release(run.id, notNull(m_actor.login));
            return e;
        }
        if (action == FlowAction::EmailSteps)
            continue; // recorded in the mail's own transaction
        run.stepActions.append(QJsonObject{{QStringLiteral("action"), FlowVocabulary::key(action)},
                                           {QStringLiteral("summary"), result.value().summary},
                                           {QStringLiteral("data"), result.value().data}});
        if (auto saved = saveProgress(run, true); !saved) {
            qCWarning(lcWizard) << "run" << run.id << "performed" << FlowVocabulary::key(action)
                                << "but could not record it:" << saved.error().toString();
            return saved.error();
        }
    }
    return {};
}

Result<FlowActionResult> FlowRunner::ticketStatusAction(FlowRun &run, const Flow &flow,
                                                        FlowAction action, const FlowStep &step,
                                                        const QString &notes)
{
    auto ticket = TicketStore(m_db).ticket(run.ticketId);
    if (!ticket)
        return ticket.error();
    const Ticket &t = ticket.value();
    TicketActions actions(m_db, m_actor, m_now);
    FlowActionResult out;
    TicketStatus to = TicketStatus::Open;
    QString comment;
    switch (action) {
    case FlowAction::Escalate: {
        to = TicketStatus::Escalated;
        // The run as the lead will read it: the steps answered so far, and this one's notes.
        comment = escalationSummary(run, &flow, notes);
        if (t.status == TicketStatus::Escalated) {
            auto noted = actions.note(t.id, t.version, comment);
            if (!noted)
                return noted.error();
            out.summary = tr("The ticket was already escalated; the summary was added as a note.");
            out.data.insert(QStringLiteral("status"), Vocabulary::key(to));
            return out;
        }
        break;
    }
    case FlowAction::SetPendingCustomer:
        to = TicketStatus::PendingCustomer;
        comment = tr("Waiting for the customer (troubleshooting guide \"%1\", step \"%2\").")
                      .arg(flow.title, step.title);
        break;
    case FlowAction::Resolve:
        to = TicketStatus::Resolved;
        comment = tr("Resolved with the troubleshooting guide \"%1\".").arg(flow.title);
        break;
    default:
        return Error::make(Error::Code::InvalidInput, tr("Not a ticket action."));
    }
    out.data.insert(QStringLiteral("status"), Vocabulary::key(to));
    if (t.status == to) {
        out.summary = tr("The ticket was already %1.").arg(Vocabulary::label(to));
        return out;
    }
    auto changed = actions.setStatus(t.id, t.version, to, comment);
    if (!changed)
        return changed.error();
    out.summary = tr("Ticket set to %1.").arg(Vocabulary::label(to));
    return out;
}

Result<FlowActionResult> FlowRunner::queueStepsMail(FlowRun &run, const Flow &flow,
                                                    const FlowStep &from, bool asAction)
{
    const QList<FlowStep> steps = flow.stepsToTry(from.id);
    if (steps.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("There is nothing for the customer to try from \"%1\", so there "
                              "are no steps to email.")
                               .arg(from.title));
    auto ticket = TicketStore(m_db).ticket(run.ticketId);
    if (!ticket)
        return ticket.error();
    const Ticket &t = ticket.value();
    if (t.requesterEmail.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Ticket %1 has no customer email address to send the steps to.")
                               .arg(ticketNumberText(t.id)));

    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto mailTemplate = TemplateStore(m_db).byKey(TemplateKeys::LoginTroubleshooting, m_now);
    if (!mailTemplate)
        return mailTemplate.error();
    Settings settings(m_db);
    auto mail = MailSettings::load(settings);
    if (!mail)
        return mail.error();
    const QString stepsValue = stepsText(steps);
    TemplateValues values{
        {QStringLiteral("customer.name"), t.requesterName.trimmed().isEmpty()
                                              ? t.requesterEmail.section(u'@', 0, 0)
                                              : t.requesterName},
        {QStringLiteral("customer.email"), t.requesterEmail},
        {QStringLiteral("agent.name"), m_actor.displayName},
        {QStringLiteral("agent.signature"), notNull(m_actor.signature)},
        {QStringLiteral("ticket.number"), ticketNumberText(t.id)},
        {QStringLiteral("ticket.subject"), t.subject},
        {QStringLiteral("steps"), stepsValue},
    };
    if (!mail.value().fromName.isEmpty())
        values.insert(QStringLiteral("company.name"), mail.value().fromName);
    auto rendered = TemplateRenderer::render(mailTemplate.value(), values);
    if (!rendered)
        return rendered.error();

    QStringList ids;
    QStringList titles;
    for (const FlowStep &s : steps) {
        ids << s.id;
        titles << s.title;
    }
    QJsonObject data = baseData(run);
    data.insert(QStringLiteral("step"), from.id);
    data.insert(QStringLiteral("steps"), QJsonArray::fromStringList(ids));
    data.insert(QStringLiteral("to"), t.requesterEmail);
    auto eventId =
        addEvent(t.id, QStringLiteral("wizard_email_steps"),
                 tr("Emailed the customer the steps still to try:\n%1").arg(stepsValue), data);
    if (!eventId)
        return eventId.error();

    MailMessage message;
    message.from = mail.value().sender(); // may be empty: the sender fills it in
    message.to = {MailAddress(t.requesterEmail, t.requesterName)};
    message.subject = rendered.value().subject;
    message.textBody = rendered.value().textBody;
    message.htmlBody = rendered.value().htmlBody;
    EnqueueOptions options;
    options.nowMs = m_now;
    options.templateKey = TemplateKeys::LoginTroubleshooting;
    auto outboxId = Outbox::enqueue(m_db, message, t.id, eventId.value(), false, options);
    if (!outboxId)
        return outboxId.error();
    data.insert(QStringLiteral("outbox_id"), double(outboxId.value()));
    if (auto au = AuditLog::append(m_db, m_now, m_actor, QStringLiteral("ticket"), t.id,
                                   QStringLiteral("wizard_email_steps"), data);
        !au)
        return au.error();

    // Keep it with the step, so the escalation summary can say the customer had the steps.
    if (!run.steps.isEmpty()) {
        FlowRunStep &current = run.steps.last();
        QJsonArray emailed = current.details.value(QStringLiteral("emailed")).toArray();
        emailed.append(QJsonObject{{QStringLiteral("at"), double(m_now)},
                                   {QStringLiteral("outbox_id"), double(outboxId.value())},
                                   {QStringLiteral("steps"), QJsonArray::fromStringList(ids)}});
        current.details.insert(QStringLiteral("emailed"), emailed);
        if (auto st = FlowRunStore(m_db).updateStep(run.id, current); !st)
            return st.error();
    }
    FlowActionResult out;
    out.summary = tr("Emailed %1 to %2.").arg(titles.join(QStringLiteral(", ")), t.requesterEmail);
    out.data = {{QStringLiteral("outbox_id"), double(outboxId.value())},
                {QStringLiteral("steps"), QJsonArray::fromStringList(ids)}};
    if (asAction)
        run.stepActions.append(
            QJsonObject{{QStringLiteral("action"), FlowVocabulary::key(FlowAction::EmailSteps)},
                        {QStringLiteral("summary"), out.summary},
                        {QStringLiteral("data"), out.data}});
    if (auto saved = saveProgress(run, asAction); !saved) {
        if (asAction)
            run.stepActions.removeLast();
        return saved.error();
    }
    if (auto st = tx.commit(); !st) {
        if (asAction)
            run.stepActions.removeLast();
        return st.error();
    }
    if (m_mailQueued)
        m_mailQueued(outboxId.value());
    return out;
}

Result<FlowRun> FlowRunner::emailSteps(qint64 runId, int expectedVersion)
{
    auto loaded = load(runId, expectedVersion, Need::Active);
    if (!loaded)
        return loaded.error();
    FlowRun run = loaded.value().run;
    auto sent = queueStepsMail(run, *loaded.value().flow, *loaded.value().step, false);
    if (!sent)
        return sent.error();
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

    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    FlowRunStore store(m_db);
    FlowRunStep current = run.steps.isEmpty() ? FlowRunStep{} : run.steps.last();
    const int answeredSeq = current.seq;

    if (finishing) {
        run.status = FlowRunStatus::Finished;
        run.terminalStep = step.id;
        run.result = resultOf(step);
        run.finishedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
        // The answer that led here is what resolved it (the funnel counts it there).
        if (run.result == FlowRunResults::Resolved && run.steps.size() >= 2)
            run.resolvedStep = run.steps.at(run.steps.size() - 2).stepId;
    } else {
        run.currentStep = next->id;
    }
    run.stepActions = QJsonArray();
    if (auto saved = saveRun(run); !saved)
        return saved.error();

    QJsonObject data = baseData(run);
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

    const QString label = outcomeLabel(&step, outcome);
    QString body =
        finishing ? tr("Troubleshooting \"%1\" finished at \"%2\".").arg(flow.title, step.title)
                  : tr("Troubleshooting step \"%1\": %2.").arg(step.title, label);
    for (const QJsonValue &a : details.value(QStringLiteral("actions")).toArray())
        body += u'\n' + a.toObject().value(QStringLiteral("summary")).toString();
    if (!notes.trimmed().isEmpty())
        body += u'\n' + tr("Notes: %1").arg(notes.trimmed());
    auto eventId = addEvent(run.ticketId, QStringLiteral("wizard_step"), body, data);
    if (!eventId)
        return eventId.error();
    if (auto au = AuditLog::append(
            m_db, m_now, m_actor, QStringLiteral("ticket"), run.ticketId,
            finishing ? QStringLiteral("wizard_finish") : QStringLiteral("wizard_step"), data);
        !au)
        return au.error();

    current.outcome = outcome;
    current.notes = notNull(notes.trimmed());
    current.answeredAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    current.answeredBy = m_actor.id > 0 ? std::optional<qint64>(m_actor.id) : std::nullopt;
    current.eventId = eventId.value();
    current.details = details;
    if (auto st = store.updateStep(run.id, current); !st)
        return st.error();
    if (next) {
        FlowRunStep reached;
        reached.seq = answeredSeq + 1;
        reached.stepId = next->id;
        reached.stepTitle = next->title;
        reached.stepKind = FlowVocabulary::key(next->kind);
        reached.reachedAt = current.answeredAt;
        reached.reachedBy = current.answeredBy;
        if (auto st = store.insertStep(run.id, reached); !st)
            return st.error();
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return fresh(run.id);
}

Result<FlowRun> FlowRunner::recordRunEvent(FlowRun &run, FlowRunStatus newStatus,
                                           const QString &kind, const QString &auditAction,
                                           const QString &body, QJsonObject data)
{
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    run.status = newStatus;
    if (newStatus == FlowRunStatus::Abandoned)
        run.finishedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    if (auto saved = saveRun(run); !saved)
        return saved.error();
    data.insert(QStringLiteral("step"), run.currentStep);
    data.insert(QStringLiteral("status"), FlowRunStatuses::key(newStatus));
    if (auto ev = addEvent(run.ticketId, kind, body, data); !ev)
        return ev.error();
    if (auto au = AuditLog::append(m_db, m_now, m_actor, QStringLiteral("ticket"), run.ticketId,
                                   auditAction, data);
        !au)
        return au.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return fresh(run.id);
}

Result<FlowRun> FlowRunner::pause(qint64 runId, int expectedVersion, const QString &notes)
{
    auto loaded = load(runId, expectedVersion, Need::Active);
    if (!loaded)
        return loaded.error();
    FlowRun run = loaded.value().run;
    QJsonObject data = baseData(run);
    QString body = tr("Paused the troubleshooting guide \"%1\" at \"%2\".")
                       .arg(run.flowTitle, loaded.value().step->title);
    if (!notes.trimmed().isEmpty()) {
        body += u'\n' + tr("Notes: %1").arg(notes.trimmed());
        data.insert(QStringLiteral("notes"), notes.trimmed());
    }
    return recordRunEvent(run, FlowRunStatus::Paused, QStringLiteral("wizard_paused"),
                          QStringLiteral("wizard_pause"), body, data);
}

Result<FlowRun> FlowRunner::resume(qint64 runId, int expectedVersion)
{
    auto loaded = load(runId, expectedVersion, Need::Open);
    if (!loaded)
        return loaded.error();
    FlowRun run = loaded.value().run;
    if (run.status != FlowRunStatus::Paused)
        return Error::make(Error::Code::InvalidInput,
                           tr("This troubleshooting run is not paused; continue it."));
    QJsonObject data = baseData(run);
    if (run.updatedBy)
        data.insert(QStringLiteral("paused_by"), double(*run.updatedBy));
    const QString body =
        run.updatedByName.isEmpty() || (run.updatedBy && *run.updatedBy == m_actor.id)
            ? tr("Resumed the troubleshooting guide \"%1\" at \"%2\".")
                  .arg(run.flowTitle, loaded.value().step->title)
            : tr("Resumed the troubleshooting guide \"%1\" at \"%2\" (paused by %3).")
                  .arg(run.flowTitle, loaded.value().step->title, run.updatedByName);
    return recordRunEvent(run, FlowRunStatus::Active, QStringLiteral("wizard_resumed"),
                          QStringLiteral("wizard_resume"), body, data);
}

Result<FlowRun> FlowRunner::abandon(qint64 runId, int expectedVersion, const QString &reason)
{
    auto r = fresh(runId);
    if (!r)
        return r.error();
    FlowRun run = r.value();
    if (!run.isOpen())
        return Error::make(Error::Code::InvalidInput,
                           tr("This troubleshooting run has already ended."));
    if (run.version != expectedVersion)
        return conflictError(run);
    // Abandoning works even when the flow was removed or changed: that is the way out.
    QJsonObject data = baseData(run);
    const FlowRunStep *step = run.currentRunStep();
    QString body = tr("Stopped the troubleshooting guide \"%1\" at \"%2\" without finishing it.")
                       .arg(run.flowTitle, step ? step->stepTitle : run.currentStep);
    if (!reason.trimmed().isEmpty()) {
        body += u'\n' + tr("Reason: %1").arg(reason.trimmed());
        data.insert(QStringLiteral("reason"), reason.trimmed());
    }
    return recordRunEvent(run, FlowRunStatus::Abandoned, QStringLiteral("wizard_abandoned"),
                          QStringLiteral("wizard_abandon"), body, data);
}

} // namespace helpdesk
