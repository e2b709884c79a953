#include "accounts/AccountActions.h"

#include "accounts/AccountStore.h"
#include "accounts/AccountsLogging.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "db/AuditLog.h"
#include "db/Database.h"
#include "mail/MailSettings.h"
#include "mail/MimeBuilder.h"
#include "mail/Outbox.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"
#include "settings/Settings.h"
#include "tickets/Ticket.h"
#include "tickets/TicketStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace helpdesk {

namespace {
// An UPDATE guarded by the state it was checked against found that state gone.
Error accountChangedMeanwhile()
{
    return Error::make(Error::Code::Conflict,
                       QCoreApplication::translate("AccountActions",
                                                   "Someone changed this account at the same "
                                                   "moment. Nothing was changed; look at it again "
                                                   "and retry."));
}
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountActions", text);
}

constexpr qint64 kHour = 3'600'000;

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
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

Error stateError(const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message);
}

QString statusText(const Account &a)
{
    return AccountStatuses::label(a.status).toLower();
}
} // namespace

AccountActions::AccountActions(QSqlDatabase &db, Staff actor, qint64 nowMs)
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs)
{}

QString AccountActions::when(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
    const QDateTime nowLocal = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).toLocalTime();
    if (local.date() == nowLocal.date())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

// ---- Loading what the checks need ------------------------------------------------------------

Result<AccountActions::Situation>
AccountActions::load(qint64 accountId, std::optional<qint64> ticketId, bool forUpdate)
{
    Situation s;
    AccountStore accounts(m_db);
    auto account = forUpdate ? accounts.accountForUpdate(accountId) : accounts.account(accountId);
    if (!account)
        return account.error();
    s.account = account.value();

    Settings settings(m_db);
    auto loaded = AccountSettings::load(settings);
    if (!loaded)
        return loaded.error();
    s.settings = loaded.value();
    auto mail = MailSettings::load(settings);
    if (!mail)
        return mail.error();
    s.mailConfigured = mail.value().isConfigured();

    if (ticketId) {
        auto ticket = TicketStore(m_db).ticket(*ticketId);
        if (!ticket)
            return ticket.error();
        TicketRef ref;
        ref.id = ticket->id;
        ref.subject = ticket->subject;
        ref.requesterEmail = ticket->requesterEmail;
        ref.accountId = ticket->accountId;
        // The ticket must be about this account: linked to it, or (unlinked) from its address.
        const bool linked = ref.accountId && *ref.accountId == s.account.id;
        const bool sameAddress =
            !ref.accountId && ref.requesterEmail.compare(s.account.email, Qt::CaseInsensitive) == 0;
        if (!linked && !sameAddress)
            return Error::make(Error::Code::InvalidInput,
                               tr("Ticket %1 is not about the account %2. Open the account from "
                                  "the customer's own ticket.")
                                   .arg(ticketNumberText(ref.id), s.account.email));
        s.ticket = ref;
        auto verification = RecoveryStore(m_db).verification(ref.id, s.account.id, m_now,
                                                             s.settings.verificationValidHours);
        if (!verification)
            return verification.error();
        s.verification = verification.value();
    }

    auto pending = RecoveryStore(m_db).pendingUnlockRequest(s.account.id);
    if (!pending)
        return pending.error();
    s.pending = pending.value();

    TokenStore tokens(m_db);
    auto outstanding = tokens.outstanding(s.account.id, m_now);
    if (!outstanding)
        return outstanding.error();
    s.outstandingTokens = outstanding.value();
    auto recent = tokens.issuedSince(s.account.id, m_now - kHour + 1);
    if (!recent)
        return recent.error();
    s.recentIssues = recent.value();
    return s;
}

// ---- The checks ------------------------------------------------------------------------------

std::optional<AccountActions::Refusal> AccountActions::refusal(AccountAction action,
                                                               const Situation &s) const
{
    if (auto allowed = AccountPermissions::check(m_actor, action); !allowed)
        return Refusal{allowed.error(), {}};
    const Account &a = s.account;

    // The account's state.
    switch (action) {
    case AccountAction::SendResetLink:
        if (a.status != AccountStatus::Active) {
            QString why;
            switch (a.status) {
            case AccountStatus::Locked:
                why = tr("Reset links go to active accounts only, and this account is locked. "
                         "Lift the lock first.");
                break;
            case AccountStatus::Inactive:
            case AccountStatus::PendingActivation:
                why = tr("Reset links go to active accounts only, and this account is %1. Send "
                         "an activation link instead.")
                          .arg(statusText(a));
                break;
            default:
                why = tr("Reset links go to active accounts only, and this account is %1.")
                          .arg(statusText(a));
                break;
            }
            return Refusal{stateError(why), {}};
        }
        break;
    case AccountAction::SendActivationLink:
        if (a.status != AccountStatus::Inactive && a.status != AccountStatus::PendingActivation)
            return Refusal{
                stateError(a.status == AccountStatus::Active
                               ? tr("This account is already active. If the customer cannot sign "
                                    "in, send a password-reset link.")
                               : tr("Activation links go to inactive accounts or accounts "
                                    "waiting for activation, and this account is %1.")
                                     .arg(statusText(a))),
                {}};
        break;
    case AccountAction::LockNow:
        if (a.status == AccountStatus::Locked && a.lockCause() == LockCause::Security)
            return Refusal{stateError(tr("This account is already locked for a security reason.")),
                           {}};
        if (a.status != AccountStatus::Active && a.status != AccountStatus::Locked)
            return Refusal{stateError(tr("Only an active account can be locked; this one is %1, "
                                         "so nobody can sign in to it anyway.")
                                          .arg(statusText(a))),
                           {}};
        break;
    case AccountAction::Unlock:
        if (a.status != AccountStatus::Locked)
            return Refusal{stateError(tr("This account is not locked.")), {}};
        if (a.lockCause() == LockCause::Security)
            return Refusal{Error::make(Error::Code::PermissionDenied,
                                       tr("This lock was set for a security reason, so a team "
                                          "lead must approve lifting it. Use \"Request "
                                          "unlock\".")),
                           {}};
        break;
    case AccountAction::RequestUnlock:
        if (a.status != AccountStatus::Locked)
            return Refusal{stateError(tr("This account is not locked.")), {}};
        if (a.lockCause() != LockCause::Security)
            return Refusal{stateError(tr("This lock came from failed sign-ins; you can lift it "
                                         "yourself with \"Unlock\".")),
                           {}};
        if (s.pending)
            return Refusal{
                Error::make(Error::Code::Conflict,
                            tr("%1 already asked for this account to be unlocked (%2); it is "
                               "waiting for a team lead.")
                                .arg(s.pending->requestedByName,
                                     when(s.pending->requestedAt.toMSecsSinceEpoch()))),
                {}};
        break;
    case AccountAction::ApproveUnlock:
    case AccountAction::RejectUnlock:
        if (!s.pending)
            return Refusal{stateError(tr("Nobody has asked for this account to be unlocked.")), {}};
        if (action == AccountAction::ApproveUnlock && s.pending->requestedById == m_actor.id)
            return Refusal{Error::make(Error::Code::PermissionDenied,
                                       tr("You asked for this unlock yourself; a different team "
                                          "lead must approve it (four-eyes rule).")),
                           {}};
        if (action == AccountAction::ApproveUnlock && a.status != AccountStatus::Locked)
            return Refusal{stateError(tr("This account is no longer locked; there is nothing to "
                                         "approve.")),
                           {}};
        break;
    case AccountAction::RevokeTokens:
        if (s.outstandingTokens == 0)
            return Refusal{stateError(tr("This account has no links that could still be used.")),
                           {}};
        break;
    case AccountAction::MarkEmailVerified:
        if (a.emailVerified)
            return Refusal{stateError(tr("The email address is already verified.")), {}};
        break;
    case AccountAction::RecordVerification:
        if (!s.ticket)
            return Refusal{stateError(tr("Identity checks are recorded on a ticket. Open the "
                                         "account from the customer's ticket.")),
                           {}};
        break;
    }

    // Identity verification on the ticket.
    if (AccountPermissions::needsVerification(action)) {
        if (!s.ticket || !s.verification)
            return Refusal{Error::make(Error::Code::PermissionDenied,
                                       tr("Needs identity verification first: open the account "
                                          "from the customer's ticket and record the checks "
                                          "there.")),
                           {}};
        if (!s.verification->passed)
            return Refusal{
                Error::make(
                    Error::Code::PermissionDenied,
                    tr("Needs identity verification first. %1").arg(s.verification->summary)),
                {}};
        if (action == AccountAction::MarkEmailVerified &&
            !s.verification->hasPassed(VerificationMethod::EmailCode))
            return Refusal{
                Error::make(Error::Code::PermissionDenied,
                            tr("Marking the address verified needs a passed check \"%1\" on "
                               "this ticket.")
                                .arg(VerificationMethods::label(VerificationMethod::EmailCode))),
                {}};
    }

    // How often links may be sent, and whether they can be.
    if (action == AccountAction::SendResetLink || action == AccountAction::SendActivationLink) {
        if (!s.mailConfigured)
            return Refusal{Error::make(Error::Code::Unavailable,
                                       tr("Mail is not set up yet, so a link could not reach the "
                                          "customer. Ask an administrator to set up the mail "
                                          "relay in the settings.")),
                           {}};
        const int limit = s.settings.linksPerHour;
        const int sent = int(s.recentIssues.size());
        if (sent >= limit) {
            const qint64 next = s.recentIssues.at(sent - limit) + kHour;
            return Refusal{
                Error::make(Error::Code::Unavailable,
                            tr("Rate limit: this account was sent %1 links in the last hour, "
                               "and %2 an hour is the most allowed. The next link is possible at "
                               "%3.")
                                .arg(sent)
                                .arg(limit)
                                .arg(when(next))),
                QDateTime::fromMSecsSinceEpoch(next, Qt::UTC)};
        }
    }
    return std::nullopt;
}

Result<void> AccountActions::check(AccountAction action, const Situation &s) const
{
    if (auto r = refusal(action, s))
        return r->error;
    return {};
}

Result<void> AccountActions::can(AccountAction action, qint64 accountId,
                                 std::optional<qint64> ticketId)
{
    auto s = load(accountId, ticketId, false);
    if (!s)
        return s.error();
    return check(action, s.value());
}

Result<QList<ActionAvailability>> AccountActions::availability(qint64 accountId,
                                                               std::optional<qint64> ticketId)
{
    auto s = load(accountId, ticketId, false);
    if (!s)
        return s.error();
    QList<ActionAvailability> list;
    for (AccountAction action : AccountActionKeys::all()) {
        ActionAvailability a;
        a.action = action;
        if (auto r = refusal(action, s.value())) {
            a.reason = r->error.message;
            a.code = r->error.code;
            a.retryAt = r->retryAt;
        } else {
            a.available = true;
        }
        list.append(a);
    }
    return list;
}

// ---- Writing ---------------------------------------------------------------------------------

Result<qint64> AccountActions::addEvent(const std::optional<TicketRef> &ticket, const QString &kind,
                                        const QString &body, const QJsonObject &data)
{
    if (!ticket)
        return qint64(0);
    auto q = Database::exec(
        m_db,
        QStringLiteral("INSERT INTO ticket_events (ticket_id, at, staff_id, kind, body, data) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
        {QVariant::fromValue(ticket->id), QVariant::fromValue(m_now),
         QVariant::fromValue(m_actor.id), kind, body, json(data)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::make(Error::Code::DatabaseQuery, tr("Recording the timeline event failed."));
    const qint64 id = q.value().value(0).toLongLong();
    q.value().finish(); // SQLite cannot commit while a RETURNING statement is open
    m_eventTicket = ticket->id;
    // Other clients refresh the ticket's timeline (SQLite clients see it through data_version).
    if (Database::dialect(m_db) == Dialect::PostgreSQL) {
        auto notified =
            Database::exec(m_db, QStringLiteral("SELECT pg_notify('helpdesk_ticket', ?)"),
                           {QString::number(ticket->id)});
        if (!notified)
            return notified.error();
    }
    return id;
}

Result<void> AccountActions::updateEventData(qint64 eventId, const QJsonObject &data)
{
    if (eventId <= 0)
        return {};
    auto q = Database::exec(m_db, QStringLiteral("UPDATE ticket_events SET data = ? WHERE id = ?"),
                            {json(data), QVariant::fromValue(eventId)});
    if (!q)
        return q.error();
    return {};
}

Result<void> AccountActions::audit(qint64 accountId, AccountAction action,
                                   const QJsonObject &details)
{
    return AuditLog::append(m_db, m_now, m_actor, QStringLiteral("account"), accountId,
                            AccountActionKeys::key(action), details);
}

Result<qint64> AccountActions::queueMail(const Situation &s, const QString &templateKey,
                                         const QHash<QString, QString> &extraValues,
                                         bool containsSecret, std::optional<qint64> eventId,
                                         QString *messageId)
{
    auto mailTemplate = TemplateStore(m_db).byKey(templateKey, m_now);
    if (!mailTemplate)
        return mailTemplate.error();
    Settings settings(m_db);
    auto mail = MailSettings::load(settings);
    if (!mail)
        return mail.error();

    const Account &a = s.account;
    const QString customerName =
        a.displayName.trimmed().isEmpty() ? a.email.section(u'@', 0, 0) : a.displayName;
    TemplateValues values{
        {QStringLiteral("customer.name"), customerName},
        {QStringLiteral("customer.email"), a.email},
        {QStringLiteral("agent.name"),
         m_actor.displayName.isEmpty() ? m_actor.login : m_actor.displayName},
        {QStringLiteral("agent.signature"),
         m_actor.signature.isNull() ? QStringLiteral("") : m_actor.signature},
        {QStringLiteral("company.name"), mail.value().fromName.trimmed().isEmpty()
                                             ? tr("Customer Support")
                                             : mail.value().fromName},
    };
    if (s.ticket) {
        values.insert(QStringLiteral("ticket.number"), ticketNumberText(s.ticket->id));
        values.insert(QStringLiteral("ticket.subject"), s.ticket->subject);
    }
    for (auto it = extraValues.begin(); it != extraValues.end(); ++it)
        values.insert(it.key(), it.value());
    auto rendered = TemplateRenderer::render(mailTemplate.value(), values);
    if (!rendered)
        return rendered.error();
    auto id = MimeBuilder::generateMessageId(mail.value().effectiveMessageIdDomain());
    if (!id)
        return id.error();

    MailMessage message;
    message.from = mail.value().sender(); // may be empty: the sender fills it in
    message.to = {MailAddress(a.email, customerName)};
    message.subject = rendered.value().subject;
    message.textBody = rendered.value().textBody;
    message.htmlBody = rendered.value().htmlBody;
    message.messageId = id.value();
    EnqueueOptions options;
    options.nowMs = m_now;
    options.templateKey = templateKey;
    auto queued = Outbox::enqueue(
        m_db, message, s.ticket ? std::optional<qint64>(s.ticket->id) : std::nullopt,
        eventId && *eventId > 0 ? eventId : std::nullopt, containsSecret, options);
    if (!queued)
        return queued.error();
    if (messageId)
        *messageId = id.value();
    return queued.value();
}

Result<AccountActionResult> AccountActions::finish(qint64 accountId, AccountActionResult result)
{
    auto fresh = AccountStore(m_db).account(accountId);
    if (!fresh)
        return fresh.error();
    result.account = fresh.value();
    if (result.eventId)
        result.ticketId = m_eventTicket;
    return result;
}

// ---- The actions -----------------------------------------------------------------------------

Result<AccountActionResult> AccountActions::sendLink(TokenKind kind, qint64 accountId,
                                                     std::optional<qint64> ticketId)
{
    const AccountAction action =
        kind == TokenKind::Reset ? AccountAction::SendResetLink : AccountAction::SendActivationLink;
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(action, s); !ok)
        return ok.error();
    TokenStore tokens(m_db);
    // A new link replaces the earlier unused ones of its kind.
    auto revoked =
        tokens.revokeOutstanding(accountId, kind, m_now, m_actor.id, RevokeReasons::Reissued);
    if (!revoked)
        return revoked.error();

    const QString token = OneTimeToken::generate();
    const int minutes = s.settings.expiryMinutes(kind);
    const qint64 expiresAt = m_now + qint64(minutes) * 60'000;
    const QString kindKey = TokenKinds::key(kind);

    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("email"), s.account.email},
                     {QStringLiteral("kind"), kindKey},
                     {QStringLiteral("expires_at"), double(expiresAt)},
                     {QStringLiteral("revoked_earlier"), revoked.value()}};
    const QString body = kind == TokenKind::Reset
                             ? tr("Sent a password-reset link to %1; it expires at %2.")
                                   .arg(s.account.email, when(expiresAt))
                             : tr("Sent an activation link to %1; it expires at %2.")
                                   .arg(s.account.email, when(expiresAt));
    auto eventId = addEvent(s.ticket, QStringLiteral("account_link_sent"), body, data);
    if (!eventId)
        return eventId.error();

    QString messageId;
    auto outboxId = queueMail(
        s, kind == TokenKind::Reset ? TemplateKeys::PasswordReset : TemplateKeys::AccountActivation,
        {{QStringLiteral("link"), s.settings.link(kind, token)},
         {QStringLiteral("expires.minutes"), QString::number(minutes)}},
        true, eventId.value(), &messageId);
    if (!outboxId)
        return outboxId.error();

    NewToken row;
    row.accountId = accountId;
    row.kind = kind;
    row.sha256 = OneTimeToken::sha256Hex(token);
    row.issuedBy = m_actor.id;
    row.issuedAtMs = m_now;
    row.expiresAtMs = expiresAt;
    row.ticketId = s.ticket ? std::optional<qint64>(s.ticket->id) : std::nullopt;
    row.outboxId = outboxId.value();
    auto tokenId = tokens.insert(row);
    if (!tokenId)
        return tokenId.error();

    data.insert(QStringLiteral("token_id"), double(tokenId.value()));
    data.insert(QStringLiteral("outbox_id"), double(outboxId.value()));
    data.insert(QStringLiteral("message_id"), messageId);
    if (auto st = updateEventData(eventId.value(), data); !st)
        return st.error();
    if (auto st = audit(accountId, action, data); !st)
        return st.error();

    auto info = tokens.token(tokenId.value(), m_now);
    if (!info)
        return info.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    qCInfo(lcAccounts) << "sent" << kindKey << "link" << tokenId.value() << "for account"
                       << accountId;

    AccountActionResult result;
    result.action = action;
    result.token = info.value();
    result.outboxId = outboxId.value();
    if (eventId.value() > 0)
        result.eventId = eventId.value();
    result.revokedTokens = revoked.value();
    result.summary = body;
    if (m_queued)
        m_queued(outboxId.value());
    return finish(accountId, result);
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
    auto why = oneLine(reason, tr("A reason for the lock"), true, 500);
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(AccountAction::LockNow, s); !ok)
        return ok.error();
    if (!why)
        return why.error();

    const Account &before = s.account;
    auto locked = AccountStore(m_db).setLocked(accountId, before.status, why.value(), m_actor.login,
                                               LockCause::Security, m_now);
    if (!locked)
        return locked.error();
    if (!locked.value())
        return accountChangedMeanwhile();
    auto revoked = TokenStore(m_db).revokeOutstanding(accountId, std::nullopt, m_now, m_actor.id,
                                                      RevokeReasons::Locked);
    if (!revoked)
        return revoked.error();
    auto cancelled = RecoveryStore(m_db).cancelPending(accountId, m_now);
    if (!cancelled)
        return cancelled.error();

    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("email"), before.email},
                     {QStringLiteral("reason"), why.value()},
                     {QStringLiteral("previous_status"), AccountStatuses::key(before.status)},
                     {QStringLiteral("revoked_tokens"), revoked.value()}};
    if (before.status == AccountStatus::Locked)
        data.insert(QStringLiteral("previous_lock"), LockCauses::key(before.lockCause()));
    const QString body =
        revoked.value() > 0
            ? tr("Locked the account %1: %2. Outstanding links revoked: %3. The customer is "
                 "told by email.")
                  .arg(before.email, why.value())
                  .arg(revoked.value())
            : tr("Locked the account %1: %2. The customer is told by email.")
                  .arg(before.email, why.value());
    auto eventId = addEvent(s.ticket, QStringLiteral("account_locked"), body, data);
    if (!eventId)
        return eventId.error();
    QString messageId;
    auto outboxId =
        queueMail(s, TemplateKeys::AccountLocked, {}, false, eventId.value(), &messageId);
    if (!outboxId)
        return outboxId.error();
    data.insert(QStringLiteral("outbox_id"), double(outboxId.value()));
    data.insert(QStringLiteral("message_id"), messageId);
    if (auto st = updateEventData(eventId.value(), data); !st)
        return st.error();
    if (auto st = audit(accountId, AccountAction::LockNow, data); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();

    AccountActionResult result;
    result.action = AccountAction::LockNow;
    result.outboxId = outboxId.value();
    if (eventId.value() > 0)
        result.eventId = eventId.value();
    result.revokedTokens = revoked.value();
    result.summary = body;
    if (m_queued)
        m_queued(outboxId.value());
    return finish(accountId, result);
}

Result<AccountActionResult> AccountActions::unlock(qint64 accountId, qint64 ticketId,
                                                   const QString &note)
{
    auto text = oneLine(note, tr("The note"), false, 500);
    if (!text)
        return text.error();
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(AccountAction::Unlock, s); !ok)
        return ok.error();

    auto unlocked = AccountStore(m_db).setUnlocked(accountId, m_now);
    if (!unlocked)
        return unlocked.error();
    if (!unlocked.value())
        return accountChangedMeanwhile();
    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("email"), s.account.email},
                     {QStringLiteral("lock_reason"), s.account.lockReason},
                     {QStringLiteral("lock_cause"), LockCauses::key(s.account.lockCause())},
                     {QStringLiteral("note"), text.value()}};
    const QString body =
        text.value().isEmpty()
            ? tr("Unlocked the account %1 (it was locked after failed sign-ins).")
                  .arg(s.account.email)
            : tr("Unlocked the account %1 (it was locked after failed sign-ins): %2")
                  .arg(s.account.email, text.value());
    auto eventId = addEvent(s.ticket, QStringLiteral("account_unlocked"), body, data);
    if (!eventId)
        return eventId.error();
    if (auto st = audit(accountId, AccountAction::Unlock, data); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    AccountActionResult result;
    result.action = AccountAction::Unlock;
    result.eventId = eventId.value();
    result.summary = body;
    return finish(accountId, result);
}

Result<AccountActionResult> AccountActions::requestUnlock(qint64 accountId, qint64 ticketId,
                                                          const QString &reason)
{
    auto why = oneLine(reason, tr("A reason for unlocking"), true, 1000);
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(AccountAction::RequestUnlock, s); !ok)
        return ok.error();
    if (!why)
        return why.error();

    auto request =
        RecoveryStore(m_db).addUnlockRequest(accountId, ticketId, m_actor.id, why.value(), m_now);
    if (!request)
        return request.error();
    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("email"), s.account.email},
                     {QStringLiteral("request_id"), double(request->id)},
                     {QStringLiteral("reason"), why.value()},
                     {QStringLiteral("lock_reason"), s.account.lockReason}};
    const QString body = tr("Asked a team lead to unlock the account %1 (locked: %2). Reason: %3")
                             .arg(s.account.email, s.account.lockReason, why.value());
    auto eventId = addEvent(s.ticket, QStringLiteral("account_unlock_requested"), body, data);
    if (!eventId)
        return eventId.error();
    if (auto st = audit(accountId, AccountAction::RequestUnlock, data); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    AccountActionResult result;
    result.action = AccountAction::RequestUnlock;
    result.eventId = eventId.value();
    result.unlockRequest = request.value();
    result.summary = tr("Unlock requested; a team lead other than you must approve it.");
    return finish(accountId, result);
}

Result<AccountActionResult> AccountActions::decideUnlock(qint64 requestId, bool approve,
                                                         const QString &note)
{
    const AccountAction action =
        approve ? AccountAction::ApproveUnlock : AccountAction::RejectUnlock;
    auto text = oneLine(note, tr("A note for the requester"), !approve, 1000);
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto request = RecoveryStore(m_db).unlockRequest(requestId);
    if (!request)
        return request.error();
    const UnlockRequest &r = request.value();
    if (r.status != UnlockRequestStatus::Pending)
        return Error::make(Error::Code::Conflict,
                           tr("This unlock request was already decided (%1).")
                               .arg(UnlockRequestStatuses::label(r.status).toLower()));
    // The request's ticket, when it still exists, gets the decision on its timeline.
    std::optional<qint64> ticketId = r.ticketId;
    if (ticketId && !TicketStore(m_db).ticket(*ticketId))
        ticketId.reset();
    auto loaded = load(r.accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(action, s); !ok)
        return ok.error();
    if (!text)
        return text.error();
    if (s.pending && s.pending->id != requestId)
        return Error::make(Error::Code::Conflict, tr("This unlock request is no longer pending."));

    auto decided = RecoveryStore(m_db).decide(
        requestId, approve ? UnlockRequestStatus::Approved : UnlockRequestStatus::Rejected,
        m_actor.id, text.value(), m_now);
    if (!decided)
        return decided.error();
    if (!decided.value())
        return Error::make(Error::Code::Conflict,
                           tr("Someone decided this unlock request at the same moment."));
    if (approve) {
        auto unlocked = AccountStore(m_db).setUnlocked(r.accountId, m_now);
        if (!unlocked)
            return unlocked.error();
        if (!unlocked.value())
            return accountChangedMeanwhile();
    }
    QJsonObject data{{QStringLiteral("account_id"), double(r.accountId)},
                     {QStringLiteral("email"), s.account.email},
                     {QStringLiteral("request_id"), double(requestId)},
                     {QStringLiteral("requested_by"), double(r.requestedById)},
                     {QStringLiteral("note"), text.value()}};
    const QString body =
        approve
            ? (text.value().isEmpty() ? tr("Approved %1's request and unlocked the account %2.")
                                            .arg(r.requestedByName, s.account.email)
                                      : tr("Approved %1's request and unlocked the account %2: %3")
                                            .arg(r.requestedByName, s.account.email, text.value()))
            : tr("Turned down %1's request to unlock the account %2: %3")
                  .arg(r.requestedByName, s.account.email, text.value());
    auto eventId = addEvent(s.ticket,
                            approve ? QStringLiteral("account_unlock_approved")
                                    : QStringLiteral("account_unlock_rejected"),
                            body, data);
    if (!eventId)
        return eventId.error();
    if (auto st = audit(r.accountId, action, data); !st)
        return st.error();
    auto after = RecoveryStore(m_db).unlockRequest(requestId);
    if (!after)
        return after.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    AccountActionResult result;
    result.action = action;
    if (eventId.value() > 0)
        result.eventId = eventId.value();
    result.unlockRequest = after.value();
    result.summary = body;
    return finish(r.accountId, result);
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
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(AccountAction::RevokeTokens, s); !ok)
        return ok.error();
    auto revoked = TokenStore(m_db).revokeOutstanding(accountId, std::nullopt, m_now, m_actor.id,
                                                      RevokeReasons::Revoked);
    if (!revoked)
        return revoked.error();
    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("email"), s.account.email},
                     {QStringLiteral("revoked"), revoked.value()}};
    const QString body = tr("Revoked the outstanding links of the account %1 (%2).")
                             .arg(s.account.email)
                             .arg(revoked.value());
    auto eventId = addEvent(s.ticket, QStringLiteral("account_links_revoked"), body, data);
    if (!eventId)
        return eventId.error();
    if (auto st = audit(accountId, AccountAction::RevokeTokens, data); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    AccountActionResult result;
    result.action = AccountAction::RevokeTokens;
    if (eventId.value() > 0)
        result.eventId = eventId.value();
    result.revokedTokens = revoked.value();
    result.summary = body;
    return finish(accountId, result);
}

Result<AccountActionResult> AccountActions::markEmailVerified(qint64 accountId, qint64 ticketId)
{
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(AccountAction::MarkEmailVerified, s); !ok)
        return ok.error();
    auto marked = AccountStore(m_db).setEmailVerified(accountId, m_now);
    if (!marked)
        return marked.error();
    if (!marked.value())
        return accountChangedMeanwhile();
    QJsonArray methods;
    for (VerificationMethod m : s.verification->passedMethods)
        methods.append(VerificationMethods::key(m));
    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("email"), s.account.email},
                     {QStringLiteral("verified_with"), methods}};
    const QString body = tr("Marked the email address %1 as verified.").arg(s.account.email);
    auto eventId = addEvent(s.ticket, QStringLiteral("account_email_verified"), body, data);
    if (!eventId)
        return eventId.error();
    if (auto st = audit(accountId, AccountAction::MarkEmailVerified, data); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    AccountActionResult result;
    result.action = AccountAction::MarkEmailVerified;
    result.eventId = eventId.value();
    result.summary = body;
    return finish(accountId, result);
}

Result<AccountActionResult> AccountActions::recordVerification(qint64 ticketId, qint64 accountId,
                                                               VerificationMethod method,
                                                               bool passed, const QString &note)
{
    auto text = oneLine(note, tr("The note"), false, 1000);
    if (!text)
        return text.error();
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st.error();
    auto loaded = load(accountId, ticketId, true);
    if (!loaded)
        return loaded.error();
    const Situation &s = loaded.value();
    if (auto ok = check(AccountAction::RecordVerification, s); !ok)
        return ok.error();
    if (method == VerificationMethod::PhoneCode && s.account.phone.trimmed().isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("No phone number is registered on this account, so a phone code "
                              "cannot be checked. Use another check."));

    RecoveryStore recovery(m_db);
    auto added =
        recovery.addCheck(ticketId, accountId, method, passed, text.value(), m_actor.id, m_now);
    if (!added)
        return added.error();
    auto verification =
        recovery.verification(ticketId, accountId, m_now, s.settings.verificationValidHours);
    if (!verification)
        return verification.error();
    QJsonObject data{{QStringLiteral("account_id"), double(accountId)},
                     {QStringLiteral("ticket_id"), double(ticketId)},
                     {QStringLiteral("method"), VerificationMethods::key(method)},
                     {QStringLiteral("passed"), passed},
                     {QStringLiteral("note"), text.value()},
                     {QStringLiteral("verified"), verification->passed}};
    QString body = passed
                       ? tr("Identity check passed: %1.").arg(VerificationMethods::label(method))
                       : tr("Identity check failed: %1.").arg(VerificationMethods::label(method));
    if (!text.value().isEmpty())
        body += u' ' + text.value();
    if (verification->passed && !s.verification->passed)
        body += u' ' + tr("The customer's identity is now verified.");
    auto eventId = addEvent(s.ticket, QStringLiteral("identity_check"), body, data);
    if (!eventId)
        return eventId.error();
    if (auto st = audit(accountId, AccountAction::RecordVerification, data); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    AccountActionResult result;
    result.action = AccountAction::RecordVerification;
    result.eventId = eventId.value();
    result.check = added.value();
    result.check->staffName = m_actor.displayName;
    result.verification = verification.value();
    result.summary = body;
    return finish(accountId, result);
}

} // namespace helpdesk
