#include "accounts/AccountChecks.h"

#include <QCoreApplication>
#include <QLocale>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountActions", text);
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

AccountChecks::AccountChecks(Staff actor, qint64 nowMs) : m_actor(std::move(actor)), m_now(nowMs) {}

QString AccountChecks::when(qint64 ms) const
{
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime();
    const QDateTime nowLocal = QDateTime::fromMSecsSinceEpoch(m_now, Qt::UTC).toLocalTime();
    if (local.date() == nowLocal.date())
        return QLocale().toString(local.time(), QLocale::ShortFormat);
    return QLocale().toString(local, QLocale::ShortFormat);
}

std::optional<AccountRefusal> AccountChecks::refusal(AccountAction action,
                                                     const AccountSituation &s) const
{
    if (auto allowed = AccountPermissions::check(m_actor, action); !allowed)
        return AccountRefusal{allowed.error(), {}};
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
            return AccountRefusal{stateError(why), {}};
        }
        break;
    case AccountAction::SendActivationLink:
        if (a.status != AccountStatus::Inactive && a.status != AccountStatus::PendingActivation)
            return AccountRefusal{
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
            return AccountRefusal{
                stateError(tr("This account is already locked for a security reason.")), {}};
        if (a.status != AccountStatus::Active && a.status != AccountStatus::Locked)
            return AccountRefusal{
                stateError(tr("Only an active account can be locked; this one is %1, "
                              "so nobody can sign in to it anyway.")
                               .arg(statusText(a))),
                {}};
        break;
    case AccountAction::Unlock:
        if (a.status != AccountStatus::Locked)
            return AccountRefusal{stateError(tr("This account is not locked.")), {}};
        if (a.lockCause() == LockCause::Security)
            return AccountRefusal{
                Error::make(Error::Code::PermissionDenied,
                            tr("This lock was set for a security reason, so a team "
                               "lead must approve lifting it. Use \"Request "
                               "unlock\".")),
                {}};
        break;
    case AccountAction::RequestUnlock:
        if (a.status != AccountStatus::Locked)
            return AccountRefusal{stateError(tr("This account is not locked.")), {}};
        if (a.lockCause() != LockCause::Security)
            return AccountRefusal{
                stateError(tr("This lock came from failed sign-ins; you can lift it "
                              "yourself with \"Unlock\".")),
                {}};
        if (s.pending)
            return AccountRefusal{
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
            return AccountRefusal{
                stateError(tr("Nobody has asked for this account to be unlocked.")), {}};
        if (action == AccountAction::ApproveUnlock && s.pending->requestedById == m_actor.id)
            return AccountRefusal{
                Error::make(Error::Code::PermissionDenied,
                            tr("You asked for this unlock yourself; a different team "
                               "lead must approve it (four-eyes rule).")),
                {}};
        if (action == AccountAction::ApproveUnlock && a.status != AccountStatus::Locked)
            return AccountRefusal{
                stateError(tr("This account is no longer locked; there is nothing to "
                              "approve.")),
                {}};
        break;
    case AccountAction::RevokeTokens:
        if (s.outstandingTokens == 0)
            return AccountRefusal{
                stateError(tr("This account has no links that could still be used.")), {}};
        break;
    case AccountAction::MarkEmailVerified:
        if (a.emailVerified)
            return AccountRefusal{stateError(tr("The email address is already verified.")), {}};
        break;
    case AccountAction::RecordVerification:
        if (!s.ticket)
            return AccountRefusal{
                stateError(tr("Identity checks are recorded on a ticket. Open the "
                              "account from the customer's ticket.")),
                {}};
        break;
    }

    // Identity verification on the ticket.
    if (AccountPermissions::needsVerification(action)) {
        if (!s.ticket || !s.verification)
            return AccountRefusal{
                Error::make(Error::Code::PermissionDenied,
                            tr("Needs identity verification first: open the account "
                               "from the customer's ticket and record the checks "
                               "there.")),
                {}};
        if (!s.verification->passed)
            return AccountRefusal{
                Error::make(
                    Error::Code::PermissionDenied,
                    tr("Needs identity verification first. %1").arg(s.verification->summary)),
                {}};
        if (action == AccountAction::MarkEmailVerified &&
            !s.verification->hasPassed(VerificationMethod::EmailCode))
            return AccountRefusal{
                Error::make(Error::Code::PermissionDenied,
                            tr("Marking the address verified needs a passed check \"%1\" on "
                               "this ticket.")
                                .arg(VerificationMethods::label(VerificationMethod::EmailCode))),
                {}};
    }

    // How often links may be sent, and whether they can be.
    if (action == AccountAction::SendResetLink || action == AccountAction::SendActivationLink) {
        if (!s.mailConfigured)
            return AccountRefusal{
                Error::make(Error::Code::Unavailable,
                            tr("Mail is not set up yet, so a link could not reach the "
                               "customer. Ask an administrator to set up the mail "
                               "relay in the settings.")),
                {}};
        const int limit = s.settings.linksPerHour;
        const int sent = int(s.recentIssues.size());
        if (sent >= limit) {
            const qint64 next = s.recentIssues.at(sent - limit) + AccountSituation::RateWindowMs;
            return AccountRefusal{
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

Result<void> AccountChecks::check(AccountAction action, const AccountSituation &s) const
{
    if (auto r = refusal(action, s))
        return r->error;
    return {};
}

QList<ActionAvailability> AccountChecks::availability(const AccountSituation &s) const
{
    QList<ActionAvailability> list;
    for (AccountAction action : AccountActionKeys::all()) {
        ActionAvailability a;
        a.action = action;
        if (auto r = refusal(action, s)) {
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

} // namespace helpdesk
