#include "followup/FollowupJob.h"

#include "accounts/AccountSettings.h"
#include "accounts/AccountToken.h"
#include "followup/FollowupLogging.h"
#include "mail/Outbox.h"
#include "mail/OutboxEntry.h"
#include "mail/TemplateRenderer.h"
#include "settings/Settings.h"
#include "tickets/TicketActions.h"
#include "tickets/TicketMailValues.h"
#include "tickets/TicketStore.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("FollowupJob", text);
}

const QString kActorName = QStringLiteral("followup");

// The part of the system the timeline and the audit log name for the follow-up.
Staff followupStaff()
{
    Staff s;
    s.login = kActorName;
    s.displayName = kActorName;
    return s;
}

bool isResolved(const Ticket &t)
{
    return (t.status == TicketStatus::Resolved || t.status == TicketStatus::Closed) &&
           t.resolvedAt.isValid();
}

// Who signs the survey mail: the assignee, or the team.
Result<Staff> signer(QSqlDatabase &db, const Ticket &t)
{
    Staff s;
    s.displayName = tr("Your support team");
    if (!t.assigneeId)
        return s;
    HD_TRY_ASSIGN(auto name, Database::scalar(db,
                                              QStringLiteral("SELECT display_name FROM staff "
                                                             "WHERE id = ?"),
                                              {QVariant::fromValue(*t.assigneeId)}));
    if (!name.toString().trimmed().isEmpty())
        s.displayName = name.toString();
    return s;
}
} // namespace

FollowupJob::FollowupJob(QSqlDatabase &db, QString who, qint64 nowMs)
    : m_db(db), m_who(std::move(who)), m_now(nowMs)
{}

Result<FollowupRunResult> FollowupJob::run(int limit)
{
    HD_TRY_ASSIGN(FollowupRunResult out, sendDue(limit));
    HD_TRY_ASSIGN(const FollowupRunResult answers, handleAnswers(limit));
    out.reopened = answers.reopened;
    out.forLead = answers.forLead;
    out.handled = answers.handled;
    out.cancelled += answers.cancelled;
    out.changedTickets += answers.changedTickets;
    return out;
}

Result<FollowupRunResult> FollowupJob::sendDue(int limit)
{
    FollowupRunResult out;
    Settings settings(m_db);
    HD_TRY_ASSIGN(const FollowupSettings rules, FollowupSettings::load(settings));
    if (!rules.enabled)
        return out;
    // A ticket reopened after its survey was queued but before it went: the mail is cancelled
    // (its link removed with it).
    HD_TRY_ASSIGN(const QList<qint64> stale, SurveyStore(m_db).unsentForReopened(limit));
    for (qint64 outboxId : stale) {
        if (auto cancelled = Outbox::cancel(m_db, outboxId, m_now); cancelled)
            ++out.cancelled;
        else if (cancelled.error().code != Error::Code::InvalidInput)
            return cancelled.error(); // InvalidInput: it went meanwhile
    }
    HD_TRY_ASSIGN(const QList<DueTicket> due, SurveyStore(m_db).due(m_now, rules, limit));
    for (const DueTicket &d : due)
        HD_TRY(decide(d, rules, out));
    if (out.queued || out.skipped)
        qCInfo(lcFollowup) << "surveys queued" << out.queued << "skipped" << out.skipped;
    return out;
}

Result<void> FollowupJob::decide(const DueTicket &due, const FollowupSettings &rules,
                                 FollowupRunResult &out)
{
    WritePath write(m_db, Actor::system(kActorName), m_now);
    write.setMailQueued(m_mailQueued);
    return write.run([&](Recorder &record) -> Result<void> {
        HD_TRY_ASSIGN(const Ticket t, TicketStore(m_db).ticket(due.ticketId));
        if (!isResolved(t))
            return {}; // reopened since it was listed: no survey
        SurveyStore store(m_db);
        SurveyCandidate c;
        c.ticketId = t.id;
        c.email = t.requesterEmail.trimmed();
        HD_TRY_ASSIGN(c.staffAddress, store.isStaffAddress(c.email));
        if (rules.cooldownDays > 0) {
            HD_TRY_ASSIGN(c.recentlySurveyed,
                          store.surveyedSince(c.email, m_now - rules.cooldownMs()));
        }
        SurveyStore::NewSurvey row;
        row.ticketId = t.id;
        row.email = c.email;
        row.assigneeId = t.assigneeId;
        row.category = Vocabulary::key(t.category);
        row.resolvedAt = t.resolvedAt.toMSecsSinceEpoch();
        row.decidedAt = m_now;
        row.decidedBy = m_who;
        row.skip = FollowupRules::decide(c, rules);
        HD_TRY_ASSIGN(const std::optional<qint64> surveyId, store.claim(row));
        if (!surveyId)
            return {}; // another client decided about this ticket
        if (row.skip) {
            ++out.skipped;
            return {};
        }

        // Like an account link: the database makes the token on a shared deployment, and
        // this client never has it; otherwise only its hash is stored.
        HD_TRY_ASSIGN(const bool inDatabase, SurveyStore::mintedByDatabase(m_db));
        const QString token = inDatabase ? QString() : OneTimeToken::generate();
        Settings settings(m_db);
        HD_TRY_ASSIGN(const AccountSettings accounts, AccountSettings::load(settings));
        const qint64 expiresAt = m_now + rules.expiryMs();

        HD_TRY_ASSIGN(const Staff agent, signer(m_db, t));
        TemplateMail mail;
        mail.templateKey = TemplateKeys::ResolutionFollowUp;
        mail.to = MailAddress(c.email, t.requesterName);
        mail.values = TicketMailValues::forTicket(t, agent);
        mail.values.insert(QStringLiteral("link"),
                           inDatabase ? QString::fromLatin1(OutboxEntry::LinkPlaceholder)
                                      : rules.link(accounts.portalUrl, token));
        mail.values.insert(QStringLiteral("expires.days"), QString::number(rules.expiryDays));
        mail.values.insert(QStringLiteral("expires.in"),
                           TemplateRenderer::durationText(qint64(rules.expiryDays) * 24 * 60));
        mail.ticketId = t.id;
        mail.containsSecret = true;
        HD_TRY_ASSIGN(const QueuedMail queued, Outbox::queueTemplate(record, mail));
        if (inDatabase) {
            HD_TRY(store.mint(*surveyId, queued.id, rules.expiryDays));
        } else {
            HD_TRY(
                store.storeToken(*surveyId, OneTimeToken::sha256Hex(token), expiresAt, queued.id));
        }
        // The mail is on the ticket's timeline once it is sent ('mail_sent'); the audit row
        // says why it went, never with the link.
        HD_TRY(record.audit(QStringLiteral("ticket"), t.id, QStringLiteral("survey_sent"),
                            {{QStringLiteral("survey_id"), double(*surveyId)},
                             {QStringLiteral("outbox_id"), double(queued.id)},
                             {QStringLiteral("expires_at"), double(expiresAt)}}));
        ++out.queued;
        out.queuedTickets.append(t.id);
        out.changedTickets.append(t.id);
        return {};
    });
}

Result<FollowupRunResult> FollowupJob::handleAnswers(int limit)
{
    FollowupRunResult out;
    HD_TRY_ASSIGN(const bool may, SurveyStore::mayHandleAnswers(m_db));
    if (!may)
        return out; // an agent's client: the answers are for leads (and the mailer's job)
    HD_TRY_ASSIGN(const QList<PendingAnswer> pending, SurveyStore(m_db).pendingAnswers(limit));
    for (const PendingAnswer &p : pending)
        HD_TRY(followUp(p, out));
    return out;
}

Result<void> FollowupJob::followUp(const PendingAnswer &p, FollowupRunResult &out)
{
    WritePath write(m_db, Actor::system(kActorName), m_now);
    write.setMailQueued(m_mailQueued);
    // Outlives the write: its after-commit step refers to it.
    TicketActions actions(m_db, followupStaff(), m_now);
    return write.run([&](Recorder &record) -> Result<void> {
        HD_TRY_ASSIGN(const Ticket t, TicketStore(m_db).ticket(p.ticketId));
        const bool needs = p.answer.needsFollowUp();
        const bool forLead = t.status == TicketStatus::Closed || !t.assigneeId;
        const QString followUp = !needs    ? QStringLiteral("none")
                                 : forLead ? QStringLiteral("lead")
                                           : QStringLiteral("reopened");
        HD_TRY_ASSIGN(const bool mine, SurveyStore(m_db).markHandled(p.surveyId, followUp, m_now));
        if (!mine)
            return {}; // another client acted on it
        ++out.handled;
        if (!needs)
            return {};
        CustomerMessage message;
        QStringList lines;
        lines << (p.answer.working == false
                      ? tr("Answer to the follow-up survey: the problem is not solved.")
                      : tr("Answer to the follow-up survey: the customer is not satisfied."));
        if (!p.answer.comment.trimmed().isEmpty())
            lines << QString() << p.answer.comment.trimmed();
        message.body = lines.join(u'\n');
        message.channel = TicketChannel::Portal;
        message.from = p.email;
        message.data = {{QStringLiteral("survey_id"), double(p.surveyId)},
                        {QStringLiteral("follow_up"), followUp}};
        HD_TRY_ASSIGN(const CustomerMessageOutcome o,
                      actions.customerMessageIn(record, t.id, message));
        if (o.reopened)
            ++out.reopened;
        if (forLead)
            ++out.forLead;
        out.changedTickets.append(t.id);
        return {};
    });
}

Result<void> FollowupJob::markNoSurvey(qint64 ticketId, const QString &by)
{
    WritePath write(m_db, Actor::system(kActorName), m_now);
    return write.run([&](Recorder &record) -> Result<void> {
        HD_TRY_ASSIGN(const Ticket t, TicketStore(m_db).ticket(ticketId));
        SurveyStore::NewSurvey row;
        row.ticketId = t.id;
        row.email = t.requesterEmail;
        row.assigneeId = t.assigneeId;
        row.category = Vocabulary::key(t.category);
        if (t.resolvedAt.isValid())
            row.resolvedAt = t.resolvedAt.toMSecsSinceEpoch();
        row.decidedAt = m_now;
        row.decidedBy = by;
        row.skip = SkipReason::NoSurvey;
        HD_TRY_ASSIGN(const std::optional<qint64> id, SurveyStore(m_db).claim(row));
        if (!id)
            return Error::make(Error::Code::Conflict,
                               tr("Ticket %1's follow-up survey was decided already; nothing "
                                  "was changed.")
                                   .arg(ticketNumberText(ticketId)));
        return record.audit(QStringLiteral("ticket"), t.id, QStringLiteral("no_survey"),
                            {{QStringLiteral("by"), by}});
    });
}

} // namespace helpdesk
