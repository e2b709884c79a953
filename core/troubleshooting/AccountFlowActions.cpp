#include "troubleshooting/AccountFlowActions.h"

#include "accounts/AccountActions.h"
#include "accounts/AccountSettings.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>

#include <algorithm>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountFlowActions", text);
}

FlowActionResult fromAction(const AccountActionResult &done)
{
    FlowActionResult result;
    result.summary = done.summary;
    if (done.eventId)
        result.data.insert(QStringLiteral("eventId"), QJsonValue(double(*done.eventId)));
    if (done.outboxId)
        result.data.insert(QStringLiteral("outboxId"), QJsonValue(double(*done.outboxId)));
    if (done.token)
        result.data.insert(QStringLiteral("tokenId"), QJsonValue(double(done.token->id)));
    if (done.revokedTokens > 0)
        result.data.insert(QStringLiteral("revokedTokens"), done.revokedTokens);
    result.data.insert(QStringLiteral("accountStatus"), AccountStatuses::key(done.account.status));
    return result;
}

Result<FlowActionResult> verifyIdentity(QSqlDatabase &db, const FlowActionRequest &request,
                                        qint64 accountId)
{
    FlowActionResult result;
    if (request.outcome != QLatin1String("verified")) {
        result.summary = tr("Identity not verified; no recovery action taken.");
        result.data.insert(QStringLiteral("verified"), false);
        return result;
    }
    Settings settings(db);
    HD_TRY_ASSIGN(auto accountSettings, AccountSettings::load(settings));
    HD_TRY_ASSIGN(auto state,
                  RecoveryStore(db).verification(request.ticket.id, accountId, request.nowMs,
                                                 accountSettings.verificationValidHours));
    if (!state.passed)
        return Error::make(Error::Code::InvalidInput,
                           tr("The identity checklist has not passed yet: %1 Record the checks "
                              "in the account panel (Record identity check), then confirm again.")
                               .arg(state.summary));
    result.summary = tr("Identity verified: %1").arg(state.summary);
    result.data.insert(QStringLiteral("verified"), true);
    return result;
}
} // namespace

AccountFlowActions::AccountFlowActions(std::function<void(qint64)> mailQueued)
    : m_mailQueued(std::move(mailQueued))
{}

Result<FlowActionResult> AccountFlowActions::perform(QSqlDatabase &db,
                                                     const FlowActionRequest &request)
{
    if (!request.accountId)
        return Error::make(Error::Code::InvalidInput,
                           tr("This ticket's requester (%1) is not linked to a customer account, "
                              "so account actions are not possible. Link the ticket to the "
                              "account, or continue with the steps that need no account.")
                               .arg(request.ticket.requesterEmail));
    const qint64 accountId = *request.accountId;
    AccountActions actions(db, request.actor, request.nowMs);
    actions.setMailQueued(m_mailQueued);

    Result<AccountActionResult> done = Error::make(Error::Code::Unknown, QString());
    switch (request.action) {
    case FlowAction::SendResetLink:
        done = actions.sendResetLink(accountId, request.ticket.id);
        break;
    case FlowAction::SendActivationLink:
        done = actions.sendActivationLink(accountId, request.ticket.id);
        break;
    case FlowAction::LockAccount: {
        const QString reason =
            request.notes.trimmed().isEmpty()
                ? tr("Security concern reported on ticket %1 (troubleshooting wizard).")
                      .arg(ticketNumberText(request.ticket.id))
                : request.notes.trimmed();
        done = actions.lockNow(accountId, reason, request.ticket.id);
        break;
    }
    case FlowAction::RevokeTokens: {
        // In a flow this step is a safeguard ("make sure no link is left"): when nothing is
        // outstanding, for example because the lock just cancelled every link, it is done.
        HD_TRY_ASSIGN(auto tokens, TokenStore(db).forAccount(accountId, request.nowMs));
        const bool anyOutstanding =
            std::any_of(tokens.cbegin(), tokens.cend(), [](const TokenInfo &t) {
                return t.state == TokenState::Issued || t.state == TokenState::Sent;
            });
        if (!anyOutstanding) {
            FlowActionResult none;
            none.summary = tr("No unused links were outstanding; nothing to cancel.");
            none.data.insert(QStringLiteral("revokedTokens"), 0);
            return none;
        }
        done = actions.revokeTokens(accountId, request.ticket.id);
        break;
    }
    case FlowAction::VerifyIdentity:
        return verifyIdentity(db, request, accountId);
    case FlowAction::EmailSteps:
    case FlowAction::SetPendingCustomer:
    case FlowAction::Escalate:
    case FlowAction::Resolve:
        return Error::make(Error::Code::InvalidInput,
                           tr("The step asks for \"%1\", which is not an account action.")
                               .arg(FlowVocabulary::label(request.action)));
    }
    if (!done)
        return done.error();
    return fromAction(done.value());
}

} // namespace helpdesk
