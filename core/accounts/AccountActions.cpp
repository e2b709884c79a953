#include "accounts/AccountActions.h"

#include "accounts/AccountNotices.h"
#include "accounts/AccountStore.h"
#include "accounts/AccountsLogging.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "mail/Outbox.h"
#include "mail/OutboxEntry.h"
#include "mail/TemplateRenderer.h"
#include "tickets/Ticket.h"
#include "tickets/TicketMilestones.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRandomGenerator>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountActions", text);
}

// An UPDATE guarded by the state it was checked against: false means that state is gone.
Result<void> changed(Result<bool> done)
{
    HD_TRY_ASSIGN(const bool ok, std::move(done));
    if (!ok)
        return Error::make(Error::Code::Conflict,
                           tr("Someone changed this account at the same moment. Nothing was "
                              "changed; look at it again and retry."));
    return {};
}

// One line of free text from the agent: trimmed, line breaks folded, bounded.
Result<QString> oneLine(const QString &text, const QString &field, bool required, int maxLength)
{
    QString s = text;
    s.replace(u'\r', u' ').replace(u'\n', u' ');
    s = s.simplified();
    if (required && s.isEmpty())
        return Error::make(Error::Code::InvalidInput, tr("%1 is required.").arg(field));
    if (s.size() > maxLength)
        return Error::make(Error::Code::InvalidInput,
                           tr("%1 is too long (%2 characters; at most %3).")
                               .arg(field)
                               .arg(s.size())
                               .arg(maxLength));
    return s;
}

// A notice key for an action's own event: each action is one event, so the key only has to be
// unique (two actions of one AccountActions share its time).
QString eventKey(const QString &what, qint64 nowMs)
{
    return QStringLiteral("%1:%2:%3")
        .arg(what)
        .arg(nowMs)
        .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
}

QJsonObject accountData(const Account &a)
{
    return {{QStringLiteral("account_id"), double(a.id)}, {QStringLiteral("email"), a.email}};
}
} // namespace

AccountActions::AccountActions(QSqlDatabase &db, Staff actor, qint64 nowMs)
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs), m_checks(m_actor, nowMs),
      m_write(db, Actor::staff(m_actor), nowMs)
{}

// ---- The write path --------------------------------------------------------------------------

template <typename Plan>
Result<AccountActionResult> AccountActions::perform(AccountAction action, qint64 accountId,
                                                    std::optional<qint64> ticketId, Plan plan)
{
    HD_TRY_ASSIGN(
        AccountActionResult result,
        m_write.run([&] { return AccountSituation::load(m_db, accountId, ticketId, m_now, true); },
                    [&](const AccountSituation &s) { return m_checks.check(action, s); },
                    [&](Recorder &record, const AccountSituation &s) { return plan(record, s); }));
    result.action = action;
    return finish(accountId, result);
}

Result<void> AccountActions::recordAction(Recorder &record, AccountAction action,
                                          const AccountSituation &s, const Recorded &what,
                                          AccountActionResult &result)
{
    if (s.ticket) {
        HD_TRY_ASSIGN(const qint64 eventId,
                      record.event(s.ticket->id, what.kind, what.body, what.data));
        result.eventId = eventId;
        result.ticketId = s.ticket->id;
    }
    HD_TRY(record.audit(QStringLiteral("account"), s.account.id, AccountActionKeys::key(action),
                        what.data));
    result.summary = what.body;
    return {};
}

Result<void> AccountActions::recordActionAndMail(Recorder &record, AccountAction action,
                                                 const AccountSituation &s, Recorded what,
                                                 const CustomerMail &mail,
                                                 AccountActionResult &result)
{
    // The event first, so that the mail can name it; then the mail's ids go into the event.
    std::optional<qint64> eventId;
    if (s.ticket) {
        HD_TRY_ASSIGN(eventId, record.event(s.ticket->id, what.kind, what.body, what.data));
    }
    const Account &a = s.account;
    const QString customerName =
        a.displayName.trimmed().isEmpty() ? a.email.section(u'@', 0, 0) : a.displayName;
    TemplateMail queued;
    queued.templateKey = mail.templateKey;
    queued.to = MailAddress(a.email, customerName);
    const QString agentName = m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName;
    queued.values = {
        {QStringLiteral("customer.name"), customerName},
        {QStringLiteral("customer.email"), a.email},
        {QStringLiteral("agent.name"), agentName},
        {QStringLiteral("agent.signature"),
         TemplateRenderer::signOff(agentName, m_actor.signature)},
        {QStringLiteral("company.name"), s.companyName},
    };
    if (s.ticket) {
        queued.values.insert(QStringLiteral("ticket.number"), ticketNumberText(s.ticket->id));
        queued.values.insert(QStringLiteral("ticket.subject"), s.ticket->subject);
        queued.ticketId = s.ticket->id;
    }
    queued.values.insert(mail.values);
    queued.eventId = eventId;
    queued.containsSecret = mail.containsSecret;
    HD_TRY_ASSIGN(const QueuedMail sent, Outbox::queueTemplate(record, queued));
    if (s.ticket)
        HD_TRY(TicketMilestones::firstOutbound(record.db(), s.ticket->id, record.now()));
    if (mail.onQueued)
        HD_TRY(mail.onQueued(sent.id, what.data));
    what.data.insert(QStringLiteral("outbox_id"), double(sent.id));
    what.data.insert(QStringLiteral("message_id"), sent.messageId);
    if (eventId) {
        HD_TRY(record.amendEvent(*eventId, what.data));
        result.eventId = eventId;
        result.ticketId = s.ticket->id;
    }
    HD_TRY(record.audit(QStringLiteral("account"), s.account.id, AccountActionKeys::key(action),
                        what.data));
    result.outboxId = sent.id;
    result.summary = what.body;
    return {};
}

Result<AccountActionResult> AccountActions::finish(qint64 accountId, AccountActionResult result)
{
    HD_TRY_ASSIGN(result.account, AccountStore(m_db).account(accountId));
    return result;
}

Result<void> AccountActions::notify(Recorder &record, const AccountSituation &s, NoticeKind kind,
                                    const QString &key, AccountActionResult &result)
{
    Notice notice;
    notice.kind = kind;
    notice.key = key;
    if (s.ticket)
        notice.ticketId = s.ticket->id;
    notice.eventId = result.eventId;
    HD_TRY_ASSIGN(const NoticeOutcome out,
                  AccountNotices::queue(record, s.account, s.companyName, notice));
    result.noticeOutboxId = out.outboxId;
    return {};
}

Result<void> AccountActions::can(AccountAction action, qint64 accountId,
                                 std::optional<qint64> ticketId)
{
    HD_TRY_ASSIGN(const AccountSituation s,
                  AccountSituation::load(m_db, accountId, ticketId, m_now, false));
    return m_checks.check(action, s);
}

Result<QList<ActionAvailability>> AccountActions::availability(qint64 accountId,
                                                               std::optional<qint64> ticketId)
{
    HD_TRY_ASSIGN(const AccountSituation s,
                  AccountSituation::load(m_db, accountId, ticketId, m_now, false));
    return m_checks.availability(s);
}

// ---- The actions: their checks are AccountChecks'; here is what each one does ---------------

Result<AccountActionResult> AccountActions::sendLink(TokenKind kind, qint64 accountId,
                                                     std::optional<qint64> ticketId)
{
    const AccountAction action =
        kind == TokenKind::Reset ? AccountAction::SendResetLink : AccountAction::SendActivationLink;
    return perform(
        action, accountId, ticketId,
        [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
            TokenStore tokens(m_db);
            // A new link replaces the earlier unused ones of its kind.
            HD_TRY_ASSIGN(const int revoked,
                          tokens.revokeOutstanding(accountId, kind, m_now, m_actor.id,
                                                   RevokeReasons::Reissued));
            // A shared deployment's database makes the token itself; the mail then holds a
            // placeholder the mailer replaces, and this client never sees the link.
            HD_TRY_ASSIGN(const bool inDatabase, TokenStore::mintedByDatabase(m_db));
            const QString token = inDatabase ? QString() : OneTimeToken::generate();
            const int minutes = s.settings.expiryMinutes(kind);
            const qint64 expiresAt = m_now + qint64(minutes) * 60'000;
            const QString when = m_checks.when(expiresAt);

            Recorded what;
            what.kind = TicketEventKind::AccountLinkSent;
            what.data = accountData(s.account);
            what.data.insert(QStringLiteral("kind"), TokenKinds::key(kind));
            what.data.insert(QStringLiteral("expires_at"), double(expiresAt));
            what.data.insert(QStringLiteral("revoked_earlier"), revoked);
            what.body = kind == TokenKind::Reset
                            ? tr("Sent a password-reset link to %1; it expires at %2.")
                                  .arg(s.account.email, when)
                            : tr("Sent an activation link to %1; it expires at %2.")
                                  .arg(s.account.email, when);

            AccountActionResult result;
            CustomerMail mail;
            mail.templateKey = kind == TokenKind::Reset ? TemplateKeys::PasswordReset
                                                        : TemplateKeys::AccountActivation;
            mail.values = {{QStringLiteral("link"),
                            inDatabase ? QString::fromLatin1(OutboxEntry::LinkPlaceholder)
                                       : s.settings.link(kind, token)},
                           {QStringLiteral("expires.in"), TemplateRenderer::durationText(minutes)},
                           {QStringLiteral("expires.minutes"), QString::number(minutes)}};
            mail.containsSecret = true;
            // Only the token's hash is kept, with the mail that carries it.
            mail.onQueued = [&](qint64 outboxId, QJsonObject &data) -> Result<void> {
                qint64 tokenId = 0;
                if (inDatabase) {
                    HD_TRY_ASSIGN(tokenId,
                                  tokens.mint(accountId, kind,
                                              s.ticket ? std::optional(s.ticket->id) : std::nullopt,
                                              outboxId, minutes));
                    HD_TRY_ASSIGN(result.token, tokens.token(tokenId, m_now));
                    data.insert(QStringLiteral("token_id"), double(tokenId));
                    return {};
                }
                NewToken row;
                row.accountId = accountId;
                row.kind = kind;
                row.sha256 = OneTimeToken::sha256Hex(token);
                row.issuedBy = m_actor.id;
                row.issuedAtMs = m_now;
                row.expiresAtMs = expiresAt;
                if (s.ticket)
                    row.ticketId = s.ticket->id;
                row.outboxId = outboxId;
                HD_TRY_ASSIGN(tokenId, tokens.insert(row));
                HD_TRY_ASSIGN(result.token, tokens.token(tokenId, m_now));
                data.insert(QStringLiteral("token_id"), double(tokenId));
                return {};
            };
            HD_TRY(recordActionAndMail(record, action, s, what, mail, result));
            result.revokedTokens = revoked;
            record.afterCommit([kind, id = result.token->id, accountId] {
                qCInfo(lcAccounts) << "sent" << TokenKinds::key(kind) << "link" << id
                                   << "for account" << accountId;
            });
            return result;
        });
}

Result<AccountActionResult> AccountActions::sendResetLink(qint64 accountId,
                                                          std::optional<qint64> ticketId)
{
    return sendLink(TokenKind::Reset, accountId, ticketId);
}

Result<AccountActionResult> AccountActions::sendActivationLink(qint64 accountId,
                                                               std::optional<qint64> ticketId)
{
    return sendLink(TokenKind::Activation, accountId, ticketId);
}

Result<AccountActionResult> AccountActions::lockNow(qint64 accountId, const QString &reason,
                                                    std::optional<qint64> ticketId)
{
    const auto why = oneLine(reason, tr("A reason for the lock"), true, 500);
    return perform(
        AccountAction::LockNow, accountId, ticketId,
        [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
            HD_TRY_ASSIGN(const QString reasonText, why);
            const Account &before = s.account;
            HD_TRY(changed(AccountStore(m_db).setLocked(
                accountId, before.status, reasonText, m_actor.login, LockCause::Security, m_now)));
            HD_TRY_ASSIGN(const int revoked,
                          TokenStore(m_db).revokeOutstanding(accountId, std::nullopt, m_now,
                                                             m_actor.id, RevokeReasons::Locked));
            HD_TRY(RecoveryStore(m_db).cancelPending(accountId, m_now));

            Recorded what;
            what.kind = TicketEventKind::AccountLocked;
            what.data = accountData(before);
            what.data.insert(QStringLiteral("reason"), reasonText);
            what.data.insert(QStringLiteral("previous_status"),
                             AccountStatuses::key(before.status));
            what.data.insert(QStringLiteral("revoked_tokens"), revoked);
            if (before.status == AccountStatus::Locked)
                what.data.insert(QStringLiteral("previous_lock"),
                                 LockCauses::key(before.lockCause()));
            what.body = revoked > 0
                            ? tr("Locked the account %1: %2. Outstanding links revoked: %3. The "
                                 "customer is told by email.")
                                  .arg(before.email, reasonText)
                                  .arg(revoked)
                            : tr("Locked the account %1: %2. The customer is told by email.")
                                  .arg(before.email, reasonText);
            AccountActionResult result;
            CustomerMail mail;
            mail.templateKey = TemplateKeys::AccountLocked;
            // The lock mail is the lock's notice: recorded as one, so it is never sent twice.
            mail.onQueued = [&](qint64 outboxId, QJsonObject &) -> Result<void> {
                HD_TRY(AccountNotices::recordQueued(
                    record, before, NoticeKind::Locked, eventKey(QStringLiteral("lock"), m_now),
                    outboxId, s.ticket ? std::optional<qint64>(s.ticket->id) : std::nullopt));
                return {};
            };
            HD_TRY(recordActionAndMail(record, AccountAction::LockNow, s, what, mail, result));
            result.revokedTokens = revoked;
            return result;
        });
}

Result<AccountActionResult> AccountActions::unlock(qint64 accountId, qint64 ticketId,
                                                   const QString &note)
{
    HD_TRY_ASSIGN(const QString text, oneLine(note, tr("The note"), false, 500));
    return perform(
        AccountAction::Unlock, accountId, ticketId,
        [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
            HD_TRY(changed(AccountStore(m_db).setUnlocked(accountId, m_now)));
            Recorded what;
            what.kind = TicketEventKind::AccountUnlocked;
            what.data = accountData(s.account);
            what.data.insert(QStringLiteral("lock_reason"), s.account.lockReason);
            what.data.insert(QStringLiteral("lock_cause"), LockCauses::key(s.account.lockCause()));
            what.data.insert(QStringLiteral("note"), text);
            what.body = text.isEmpty()
                            ? tr("Unlocked the account %1 (it was locked after failed sign-ins).")
                                  .arg(s.account.email)
                            : tr("Unlocked the account %1 (it was locked after failed sign-ins): "
                                 "%2")
                                  .arg(s.account.email, text);
            AccountActionResult result;
            HD_TRY(recordAction(record, AccountAction::Unlock, s, what, result));
            HD_TRY(notify(record, s, NoticeKind::Unlocked,
                          eventKey(QStringLiteral("unlock"), m_now), result));
            return result;
        });
}

Result<AccountActionResult> AccountActions::requestUnlock(qint64 accountId, qint64 ticketId,
                                                          const QString &reason)
{
    const auto why = oneLine(reason, tr("A reason for unlocking"), true, 1000);
    return perform(
        AccountAction::RequestUnlock, accountId, ticketId,
        [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
            HD_TRY_ASSIGN(const QString reasonText, why);
            AccountActionResult result;
            HD_TRY_ASSIGN(result.unlockRequest,
                          RecoveryStore(m_db).addUnlockRequest(accountId, ticketId, m_actor.id,
                                                               reasonText, m_now));
            Recorded what;
            what.kind = TicketEventKind::AccountUnlockRequested;
            what.data = accountData(s.account);
            what.data.insert(QStringLiteral("request_id"), double(result.unlockRequest->id));
            what.data.insert(QStringLiteral("reason"), reasonText);
            what.data.insert(QStringLiteral("lock_reason"), s.account.lockReason);
            what.body = tr("Asked a team lead to unlock the account %1 (locked: %2). Reason: %3")
                            .arg(s.account.email, s.account.lockReason, reasonText);
            HD_TRY(recordAction(record, AccountAction::RequestUnlock, s, what, result));
            result.summary = tr("Unlock requested; a team lead other than you must approve it.");
            return result;
        });
}

Result<AccountActionResult> AccountActions::decideUnlock(qint64 requestId, bool approve,
                                                         const QString &note)
{
    const AccountAction action =
        approve ? AccountAction::ApproveUnlock : AccountAction::RejectUnlock;
    const auto text = oneLine(note, tr("A note for the requester"), !approve, 1000);
    struct Decision
    {
        UnlockRequest request;
        AccountSituation situation;
    };
    qint64 accountId = 0;
    HD_TRY_ASSIGN(
        AccountActionResult result,
        m_write.run(
            [&]() -> Result<Decision> {
                HD_TRY_ASSIGN(const UnlockRequest r, RecoveryStore(m_db).unlockRequest(requestId));
                accountId = r.accountId;
                if (r.status != UnlockRequestStatus::Pending)
                    return Error::make(Error::Code::Conflict,
                                       tr("This unlock request was already decided (%1).")
                                           .arg(UnlockRequestStatuses::label(r.status).toLower()));
                // The request's ticket, when it still exists, gets the decision on its timeline.
                std::optional<qint64> ticketId = r.ticketId;
                if (ticketId && !TicketStore(m_db).ticket(*ticketId))
                    ticketId.reset();
                HD_TRY_ASSIGN(AccountSituation s,
                              AccountSituation::load(m_db, r.accountId, ticketId, m_now, true));
                return Decision{r, std::move(s)};
            },
            [&](const Decision &d) -> Result<void> {
                HD_TRY(m_checks.check(action, d.situation));
                HD_TRY(text);
                if (d.situation.pending && d.situation.pending->id != requestId)
                    return Error::make(Error::Code::Conflict,
                                       tr("This unlock request is no longer pending."));
                return {};
            },
            [&](Recorder &record, const Decision &d) -> Result<AccountActionResult> {
                const UnlockRequest &r = d.request;
                const AccountSituation &s = d.situation;
                HD_TRY_ASSIGN(const bool decided,
                              RecoveryStore(m_db).decide(requestId,
                                                         approve ? UnlockRequestStatus::Approved
                                                                 : UnlockRequestStatus::Rejected,
                                                         m_actor.id, text.value(), m_now));
                if (!decided)
                    return Error::make(
                        Error::Code::Conflict,
                        tr("Someone decided this unlock request at the same moment."));
                if (approve)
                    HD_TRY(changed(AccountStore(m_db).setUnlocked(r.accountId, m_now)));
                Recorded what;
                what.kind = approve ? TicketEventKind::AccountUnlockApproved
                                    : TicketEventKind::AccountUnlockRejected;
                what.data = accountData(s.account);
                what.data.insert(QStringLiteral("request_id"), double(requestId));
                what.data.insert(QStringLiteral("requested_by"), double(r.requestedById));
                what.data.insert(QStringLiteral("note"), text.value());
                what.body = !approve ? tr("Turned down %1's request to unlock the account %2: %3")
                                           .arg(r.requestedByName, s.account.email, text.value())
                            : text.value().isEmpty()
                                ? tr("Approved %1's request and unlocked the account %2.")
                                      .arg(r.requestedByName, s.account.email)
                                : tr("Approved %1's request and unlocked the account %2: %3")
                                      .arg(r.requestedByName, s.account.email, text.value());
                AccountActionResult out;
                HD_TRY(recordAction(record, action, s, what, out));
                // A security lock lifted after the recovery checks: the account is recovered.
                if (approve)
                    HD_TRY(notify(record, s, NoticeKind::Recovered,
                                  QStringLiteral("request:%1").arg(requestId), out));
                HD_TRY_ASSIGN(out.unlockRequest, RecoveryStore(m_db).unlockRequest(requestId));
                return out;
            }));
    result.action = action;
    return finish(accountId, result);
}

Result<AccountActionResult> AccountActions::approveUnlock(qint64 requestId, const QString &note)
{
    return decideUnlock(requestId, true, note);
}

Result<AccountActionResult> AccountActions::rejectUnlock(qint64 requestId, const QString &note)
{
    return decideUnlock(requestId, false, note);
}

Result<AccountActionResult> AccountActions::revokeTokens(qint64 accountId,
                                                         std::optional<qint64> ticketId)
{
    return perform(AccountAction::RevokeTokens, accountId, ticketId,
                   [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
                       AccountActionResult result;
                       HD_TRY_ASSIGN(result.revokedTokens, TokenStore(m_db).revokeOutstanding(
                                                               accountId, std::nullopt, m_now,
                                                               m_actor.id, RevokeReasons::Revoked));
                       Recorded what;
                       what.kind = TicketEventKind::AccountLinksRevoked;
                       what.data = accountData(s.account);
                       what.data.insert(QStringLiteral("revoked"), result.revokedTokens);
                       what.body = tr("Revoked the outstanding links of the account %1 (%2).")
                                       .arg(s.account.email)
                                       .arg(result.revokedTokens);
                       HD_TRY(recordAction(record, AccountAction::RevokeTokens, s, what, result));
                       if (result.revokedTokens > 0)
                           HD_TRY(notify(record, s, NoticeKind::LinksRevoked,
                                         eventKey(QStringLiteral("revoke"), m_now), result));
                       return result;
                   });
}

Result<AccountActionResult> AccountActions::markEmailVerified(qint64 accountId, qint64 ticketId)
{
    return perform(
        AccountAction::MarkEmailVerified, accountId, ticketId,
        [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
            HD_TRY(changed(AccountStore(m_db).setEmailVerified(accountId, m_now)));
            QJsonArray methods;
            for (VerificationMethod m : s.verification->passedMethods)
                methods.append(VerificationMethods::key(m));
            Recorded what;
            what.kind = TicketEventKind::AccountEmailVerified;
            what.data = accountData(s.account);
            what.data.insert(QStringLiteral("verified_with"), methods);
            what.body = tr("Marked the email address %1 as verified.").arg(s.account.email);
            AccountActionResult result;
            HD_TRY(recordAction(record, AccountAction::MarkEmailVerified, s, what, result));
            HD_TRY(notify(record, s, NoticeKind::EmailVerified,
                          eventKey(QStringLiteral("verified"), m_now), result));
            return result;
        });
}

Result<AccountActionResult> AccountActions::recordVerification(qint64 ticketId, qint64 accountId,
                                                               VerificationMethod method,
                                                               bool passed, const QString &note)
{
    HD_TRY_ASSIGN(const QString text, oneLine(note, tr("The note"), false, 1000));
    return perform(
        AccountAction::RecordVerification, accountId, ticketId,
        [&](Recorder &record, const AccountSituation &s) -> Result<AccountActionResult> {
            if (method == VerificationMethod::PhoneCode && s.account.phone.trimmed().isEmpty())
                return Error::make(Error::Code::InvalidInput,
                                   tr("No phone number is registered on this account, so a phone "
                                      "code cannot be checked. Use another check."));
            RecoveryStore recovery(m_db);
            AccountActionResult result;
            HD_TRY_ASSIGN(result.check, recovery.addCheck(ticketId, accountId, method, passed, text,
                                                          m_actor.id, m_now));
            result.check->staffName = m_actor.displayName;
            HD_TRY_ASSIGN(result.verification,
                          recovery.verification(ticketId, accountId, m_now,
                                                s.settings.verificationValidHours));
            Recorded what;
            what.kind = TicketEventKind::IdentityCheck;
            what.data = {{QStringLiteral("account_id"), double(accountId)},
                         {QStringLiteral("ticket_id"), double(ticketId)},
                         {QStringLiteral("method"), VerificationMethods::key(method)},
                         {QStringLiteral("passed"), passed},
                         {QStringLiteral("note"), text},
                         {QStringLiteral("verified"), result.verification->passed}};
            what.body =
                passed ? tr("Identity check passed: %1.").arg(VerificationMethods::label(method))
                       : tr("Identity check failed: %1.").arg(VerificationMethods::label(method));
            if (!text.isEmpty())
                what.body += u' ' + text;
            if (result.verification->passed && !s.verification->passed)
                what.body += u' ' + tr("The customer's identity is now verified.");
            HD_TRY(recordAction(record, AccountAction::RecordVerification, s, what, result));
            return result;
        });
}

} // namespace helpdesk
