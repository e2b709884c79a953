#include "troubleshooting/Flow.h"

#include <QCoreApplication>
#include <QSet>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Flow", text);
}
} // namespace

namespace FlowVocabulary {

QString key(FlowStepKind kind)
{
    switch (kind) {
    case FlowStepKind::Question:
        return QStringLiteral("question");
    case FlowStepKind::Check:
        return QStringLiteral("check");
    case FlowStepKind::Action:
        return QStringLiteral("action");
    case FlowStepKind::AccountCheck:
        return QStringLiteral("account-check");
    case FlowStepKind::Terminal:
        return QStringLiteral("terminal");
    }
    return {};
}

std::optional<FlowStepKind> kindFromKey(const QString &k)
{
    for (auto kind : {FlowStepKind::Question, FlowStepKind::Check, FlowStepKind::Action,
                      FlowStepKind::AccountCheck, FlowStepKind::Terminal})
        if (key(kind) == k)
            return kind;
    return std::nullopt;
}

QList<FlowAction> allActions()
{
    return {FlowAction::SendResetLink,      FlowAction::SendActivationLink, FlowAction::LockAccount,
            FlowAction::RevokeTokens,       FlowAction::VerifyIdentity,     FlowAction::EmailSteps,
            FlowAction::SetPendingCustomer, FlowAction::Escalate,           FlowAction::Resolve};
}

QString key(FlowAction action)
{
    switch (action) {
    case FlowAction::SendResetLink:
        return QStringLiteral("send_reset_link");
    case FlowAction::SendActivationLink:
        return QStringLiteral("send_activation_link");
    case FlowAction::LockAccount:
        return QStringLiteral("lock_account");
    case FlowAction::RevokeTokens:
        return QStringLiteral("revoke_tokens");
    case FlowAction::VerifyIdentity:
        return QStringLiteral("verify_identity");
    case FlowAction::EmailSteps:
        return QStringLiteral("email_steps");
    case FlowAction::SetPendingCustomer:
        return QStringLiteral("set_pending_customer");
    case FlowAction::Escalate:
        return QStringLiteral("escalate");
    case FlowAction::Resolve:
        return QStringLiteral("resolve");
    }
    return {};
}

std::optional<FlowAction> actionFromKey(const QString &k)
{
    for (FlowAction a : allActions())
        if (key(a) == k)
            return a;
    return std::nullopt;
}

QString label(FlowAction action)
{
    switch (action) {
    case FlowAction::SendResetLink:
        return tr("Send a password-reset link");
    case FlowAction::SendActivationLink:
        return tr("Send an activation link");
    case FlowAction::LockAccount:
        return tr("Lock the account");
    case FlowAction::RevokeTokens:
        return tr("Cancel the account's outstanding links");
    case FlowAction::VerifyIdentity:
        return tr("Identity checklist");
    case FlowAction::EmailSteps:
        return tr("Email the steps to the customer");
    case FlowAction::SetPendingCustomer:
        return tr("Set the ticket to pending customer");
    case FlowAction::Escalate:
        return tr("Escalate the ticket");
    case FlowAction::Resolve:
        return tr("Resolve the ticket");
    }
    return {};
}

bool isAccountAction(FlowAction action)
{
    switch (action) {
    case FlowAction::SendResetLink:
    case FlowAction::SendActivationLink:
    case FlowAction::LockAccount:
    case FlowAction::RevokeTokens:
    case FlowAction::VerifyIdentity:
        return true;
    default:
        return false;
    }
}

bool isStatusAction(FlowAction action)
{
    return action == FlowAction::SetPendingCustomer || action == FlowAction::Escalate ||
           action == FlowAction::Resolve;
}

QStringList accountStatuses()
{
    return {FlowOutcomes::Active, FlowOutcomes::Inactive, FlowOutcomes::PendingActivation,
            FlowOutcomes::Locked, FlowOutcomes::Suspended};
}

QString standardOutcomeLabel(const QString &k)
{
    if (k == FlowOutcomes::Resolved)
        return tr("Resolved");
    if (k == FlowOutcomes::DidNotHelp)
        return tr("Did not help");
    if (k == FlowOutcomes::CouldNotTry)
        return tr("Customer could not try");
    if (k == FlowOutcomes::Done)
        return tr("Done");
    if (k == FlowOutcomes::Skipped)
        return tr("Skipped");
    if (k == FlowOutcomes::Verified)
        return tr("Identity confirmed");
    if (k == FlowOutcomes::NotVerified)
        return tr("Identity not confirmed");
    if (k == FlowOutcomes::Finished)
        return tr("Finished");
    if (k == FlowOutcomes::Active)
        return tr("Account active");
    if (k == FlowOutcomes::Inactive)
        return tr("Account inactive");
    if (k == FlowOutcomes::PendingActivation)
        return tr("Account pending activation");
    if (k == FlowOutcomes::Locked)
        return tr("Account locked");
    if (k == FlowOutcomes::Suspended)
        return tr("Account suspended");
    if (k == FlowOutcomes::NoAccount)
        return tr("No account linked");
    return {};
}

QStringList requiredOutcomes(FlowStepKind kind, const QList<FlowAction> &actions)
{
    switch (kind) {
    case FlowStepKind::Check:
        return {FlowOutcomes::Resolved, FlowOutcomes::DidNotHelp, FlowOutcomes::CouldNotTry};
    case FlowStepKind::AccountCheck:
        return accountStatuses();
    case FlowStepKind::Action:
        if (actions.contains(FlowAction::VerifyIdentity))
            return {FlowOutcomes::Verified, FlowOutcomes::NotVerified};
        return {FlowOutcomes::Done};
    case FlowStepKind::Question:
    case FlowStepKind::Terminal:
        return {};
    }
    return {};
}

QStringList optionalOutcomes(FlowStepKind kind, const QList<FlowAction> &)
{
    switch (kind) {
    case FlowStepKind::AccountCheck:
        return {FlowOutcomes::NoAccount};
    case FlowStepKind::Action:
        return {FlowOutcomes::Skipped};
    default:
        return {};
    }
}

} // namespace FlowVocabulary

std::optional<FlowOutcome> FlowStep::outcome(const QString &key) const
{
    for (const FlowOutcome &o : outcomes)
        if (o.key == key)
            return o;
    return std::nullopt;
}

QStringList FlowStep::outcomeKeys() const
{
    QStringList keys;
    for (const FlowOutcome &o : outcomes)
        keys << o.key;
    return keys;
}

const FlowStep *Flow::step(const QString &stepId) const
{
    for (const FlowStep &s : steps)
        if (s.id == stepId)
            return &s;
    return nullptr;
}

QList<FlowStep> Flow::stepsToTry(const QString &stepId) const
{
    QList<FlowStep> list;
    QSet<QString> seen;
    const FlowStep *s = step(stepId);
    bool first = true;
    while (s && !seen.contains(s->id)) {
        seen.insert(s->id);
        const bool customerStep =
            s->kind == FlowStepKind::Check || s->kind == FlowStepKind::Question;
        const bool include = first ? s->kind != FlowStepKind::AccountCheck : customerStep;
        if (include && !s->customerText.trimmed().isEmpty())
            list.append(*s);
        if (s->kind != FlowStepKind::Check)
            break;
        const auto next = s->outcome(FlowOutcomes::DidNotHelp);
        s = next ? step(next->next) : nullptr;
        first = false;
    }
    return list;
}

} // namespace helpdesk
