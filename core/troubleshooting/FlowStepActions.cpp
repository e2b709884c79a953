#include "troubleshooting/FlowStepActions.h"

#include "mail/Outbox.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketMailValues.h"
#include "tickets/TicketMilestones.h"
#include "tickets/TicketStore.h"
#include "troubleshooting/FlowRunStore.h"
#include "troubleshooting/FlowRunText.h"
#include "troubleshooting/TroubleshootingLogging.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FlowRunner", text);
}

bool actionDone(const QJsonArray &done, FlowAction action)
{
    const QString key = FlowVocabulary::key(action);
    for (const QJsonValue &v : done)
        if (v.toObject().value(QStringLiteral("action")).toString() == key)
            return true;
    return false;
}

QJsonObject doneEntry(FlowAction action, const FlowActionResult &result)
{
    return {{QStringLiteral("action"), FlowVocabulary::key(action)},
            {QStringLiteral("summary"), result.summary},
            {QStringLiteral("data"), result.data}};
}
} // namespace

FlowStepActions::FlowStepActions(QSqlDatabase &db, const Staff &actor, qint64 nowMs,
                                 FlowActionHandler *accountActions, WritePath &write,
                                 std::function<Error(const FlowRun &)> conflict)
    : m_db(db), m_actor(actor),
      // The claim column is NOT NULL-safe only with a string; a null login claims as "".
      m_login(actor.login.isNull() ? QStringLiteral("") : actor.login), m_now(nowMs),
      m_accountActions(accountActions), m_write(write), m_conflict(std::move(conflict))
{}

Error FlowStepActions::conflictNow(qint64 runId)
{
    auto current = FlowRunStore(m_db).run(runId);
    return current ? m_conflict(current.value()) : current.error();
}

Result<void> FlowStepActions::saveProgress(FlowRun &run, bool claimed)
{
    if (m_actor.id > 0)
        run.updatedBy = m_actor.id;
    run.updatedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);
    HD_TRY_ASSIGN(const bool saved,
                  FlowRunStore(m_db).saveProgress(run, run.version, claimed ? m_login : QString()));
    if (!saved)
        return conflictNow(run.id);
    return {};
}

Result<void> FlowStepActions::perform(FlowRun &run, const Flow &flow, const FlowStep &step,
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
    HD_TRY_ASSIGN(const bool claimed, store.claim(run.id, run.version, m_login, m_now,
                                                  m_now - FlowRunStore::ClaimTimeoutMs));
    if (!claimed)
        return conflictNow(run.id);
    run.claimedBy = m_login;
    run.claimedAt = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC);

    for (FlowAction action : std::as_const(todo)) {
        Result<FlowActionResult> result =
            FlowVocabulary::isAccountAction(action)
                ? accountAction(run, flow, action, step, outcome, notes)
            : action == FlowAction::EmailSteps ? emailSteps(run, flow, step, true)
                                               : ticketStatus(run, flow, action, step, notes);
        if (!result) {
            Error e = result.error();
            QStringList already;
            for (const QJsonValue &v : std::as_const(run.stepActions))
                already << FlowRunText::actionLabel(
                    v.toObject().value(QStringLiteral("action")).toString());
            e.message = tr("%1 did not work, so the step is not answered yet. %2")
                            .arg(FlowVocabulary::label(action), e.message);
            if (!already.isEmpty())
                e.message += u' ' + tr("Already done at this step (not repeated when you try "
                                       "again): %1.")
                                        .arg(already.join(QStringLiteral(", ")));
            qCInfo(lcWizard) << "run" << run.id << "action" << FlowVocabulary::key(action)
                             << "failed:" << result.error().toString();
            // Let the agent (or a colleague) try again at once.
            (void)store.release(run.id, m_login);
            return e;
        }
        if (action == FlowAction::EmailSteps)
            continue; // recorded in the mail's own transaction
        run.stepActions.append(doneEntry(action, result.value()));
        if (auto saved = saveProgress(run, true); !saved) {
            qCWarning(lcWizard) << "run" << run.id << "performed" << FlowVocabulary::key(action)
                                << "but could not record it:" << saved.error().toString();
            return saved.error();
        }
    }
    return {};
}

Result<FlowActionResult> FlowStepActions::accountAction(const FlowRun &run, const Flow &flow,
                                                        FlowAction action, const FlowStep &step,
                                                        const QString &outcome,
                                                        const QString &notes)
{
    if (!m_accountActions)
        return Error::make(Error::Code::Unavailable,
                           tr("Account actions are not available in this installation; do it in "
                              "the account tools and answer \"skipped\"."));
    HD_TRY_ASSIGN(const Ticket ticket, TicketStore(m_db).ticket(run.ticketId));
    FlowActionRequest request;
    request.action = action;
    request.ticket = ticket;
    request.accountId = ticket.accountId;
    request.runId = run.id;
    request.flowId = flow.id;
    request.stepId = step.id;
    request.outcome = outcome;
    request.notes = notes;
    request.actor = m_actor;
    request.nowMs = m_now;
    return m_accountActions->perform(m_db, request);
}

Result<FlowActionResult> FlowStepActions::ticketStatus(FlowRun &run, const Flow &flow,
                                                       FlowAction action, const FlowStep &step,
                                                       const QString &notes)
{
    HD_TRY_ASSIGN(const Ticket t, TicketStore(m_db).ticket(run.ticketId));
    TicketActions actions(m_db, m_actor, m_now);
    actions.setEscalationCause(EscalationCause::Wizard);
    FlowActionResult out;
    TicketStatus to = TicketStatus::Open;
    QString comment;
    switch (action) {
    case FlowAction::Escalate: {
        to = TicketStatus::Escalated;
        // The run as the lead will read it: the steps answered so far, and this one's notes.
        comment = FlowRunText::escalationSummary(run, &flow, notes);
        if (t.status == TicketStatus::Escalated) {
            HD_TRY(actions.note(t.id, t.version, comment));
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
    HD_TRY(actions.setStatus(t.id, t.version, to, comment));
    out.summary = tr("Ticket set to %1.").arg(Vocabulary::label(to));
    return out;
}

Result<FlowActionResult> FlowStepActions::emailSteps(FlowRun &run, const Flow &flow,
                                                     const FlowStep &from, bool asAction)
{
    const QList<FlowStep> steps = flow.stepsToTry(from.id);
    if (steps.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("There is nothing for the customer to try from \"%1\", so there "
                              "are no steps to email.")
                               .arg(from.title));
    HD_TRY_ASSIGN(const Ticket t, TicketStore(m_db).ticket(run.ticketId));
    if (t.requesterEmail.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("Ticket %1 has no customer email address to send the steps to.")
                               .arg(ticketNumberText(t.id)));
    QStringList ids;
    QStringList titles;
    for (const FlowStep &s : steps) {
        ids << s.id;
        titles << s.title;
    }
    // The end of a run (an escalation, say) has no steps to try but a message for the
    // customer: it goes out as a reply on the ticket, with the step's own words.
    const bool message = from.kind == FlowStepKind::Terminal;
    const QString stepsValue =
        message ? from.customerText.trimmed() : FlowRunText::stepsText(steps);
    bool appended = false;
    auto sent = m_write.run([&](Recorder &record) -> Result<FlowActionResult> {
        QJsonObject data = run.eventData();
        data.insert(QStringLiteral("step"), from.id);
        data.insert(QStringLiteral("steps"), QJsonArray::fromStringList(ids));
        data.insert(QStringLiteral("to"), t.requesterEmail);
        if (message)
            data.insert(QStringLiteral("message"), true);
        HD_TRY_ASSIGN(
            const qint64 eventId,
            record.event(
                t.id, TicketEventKind::WizardEmailSteps,
                message
                    ? tr("Emailed the customer the text of \"%1\":\n%2").arg(from.title, stepsValue)
                    : tr("Emailed the customer the steps still to try:\n%1").arg(stepsValue),
                data));
        TemplateMail mail;
        mail.templateKey = message ? TemplateKeys::TicketReply : TemplateKeys::LoginTroubleshooting;
        mail.to = MailAddress(t.requesterEmail, t.requesterName);
        mail.values = TicketMailValues::forTicket(t, m_actor);
        if (t.requesterName.trimmed().isEmpty())
            mail.values.insert(QStringLiteral("customer.name"),
                               t.requesterEmail.section(u'@', 0, 0));
        mail.values.insert(message ? QStringLiteral("reply.body") : QStringLiteral("steps"),
                           stepsValue);
        mail.ticketId = t.id;
        mail.eventId = eventId;
        HD_TRY_ASSIGN(const QueuedMail queued, Outbox::queueTemplate(record, mail));
        HD_TRY(TicketMilestones::firstOutbound(m_db, t.id, m_now));
        data.insert(QStringLiteral("outbox_id"), double(queued.id));
        HD_TRY(record.audit(QStringLiteral("ticket"), t.id, QStringLiteral("wizard_email_steps"),
                            data));

        // Keep it with the step, so the escalation summary can say the customer had the steps.
        if (!run.steps.isEmpty()) {
            FlowRunStep &current = run.steps.last();
            QJsonArray emailed = current.details.value(QStringLiteral("emailed")).toArray();
            emailed.append(QJsonObject{{QStringLiteral("at"), double(m_now)},
                                       {QStringLiteral("outbox_id"), double(queued.id)},
                                       {QStringLiteral("steps"), QJsonArray::fromStringList(ids)}});
            current.details.insert(QStringLiteral("emailed"), emailed);
            HD_TRY(FlowRunStore(m_db).updateStep(run.id, current));
        }
        FlowActionResult out;
        out.summary =
            message
                ? tr("Emailed the text of \"%1\" to %2.").arg(from.title, t.requesterEmail)
                : tr("Emailed %1 to %2.").arg(titles.join(QStringLiteral(", ")), t.requesterEmail);
        out.data = {{QStringLiteral("outbox_id"), double(queued.id)},
                    {QStringLiteral("steps"), QJsonArray::fromStringList(ids)}};
        if (asAction) {
            run.stepActions.append(doneEntry(FlowAction::EmailSteps, out));
            appended = true;
        }
        HD_TRY(saveProgress(run, asAction));
        return out;
    });
    if (!sent && appended)
        run.stepActions.removeLast();
    return sent;
}

} // namespace helpdesk
