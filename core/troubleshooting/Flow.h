#pragma once
// Flow, FlowStep and FlowOutcome: a troubleshooting flow as read from its JSON file (see
// docs/flows.md), and the fixed vocabularies of step kinds, actions and standard outcomes.

#include "tickets/Ticket.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpdesk {

enum class FlowStepKind {
    Question,     // ask the customer something; the flow names the answers
    Check,        // the customer tries something: resolved / did_not_help / could_not_try
    Action,       // the runner performs actions when the agent confirms (done) the step
    AccountCheck, // the branch is the status of the customer's account
    Terminal,     // the end: the runner performs its actions and the run is finished
};

enum class FlowAction {
    SendResetLink,      // account action (FlowActionHandler)
    SendActivationLink, // account action
    LockAccount,        // account action
    RevokeTokens,       // account action: cancel the account's outstanding links
    VerifyIdentity,     // account action: the identity checklist; outcome verified/not_verified
    EmailSteps,         // ticket side: mail the steps still to try (login troubleshooting template)
    SetPendingCustomer, // ticket side: status pending customer
    Escalate,           // ticket side: status escalated, with a summary of every step tried
    Resolve,            // ticket side: status resolved
};

// The outcome keys with a fixed meaning. Question steps may use any other key, with a label.
namespace FlowOutcomes {
inline const QString Resolved = QStringLiteral("resolved");
inline const QString DidNotHelp = QStringLiteral("did_not_help");
inline const QString CouldNotTry = QStringLiteral("could_not_try");
inline const QString Done = QStringLiteral("done");
inline const QString Skipped = QStringLiteral("skipped");
inline const QString Verified = QStringLiteral("verified");
inline const QString NotVerified = QStringLiteral("not_verified");
inline const QString Finished = QStringLiteral("finished"); // recorded for a terminal step
inline const QString Active = QStringLiteral("active");
inline const QString Inactive = QStringLiteral("inactive");
inline const QString PendingActivation = QStringLiteral("pending_activation");
inline const QString Locked = QStringLiteral("locked");
inline const QString Suspended = QStringLiteral("suspended");
inline const QString NoAccount = QStringLiteral("no_account"); // optional on account checks
} // namespace FlowOutcomes

namespace FlowVocabulary {
QString key(FlowStepKind kind); // "account-check"
std::optional<FlowStepKind> kindFromKey(const QString &key);
QString key(FlowAction action); // "send_reset_link"
std::optional<FlowAction> actionFromKey(const QString &key);
QList<FlowAction> allActions();
// Translated, e.g. "Send a password-reset link".
QString label(FlowAction action);
// Performed through the injected FlowActionHandler (the customer-account actions); the others
// the runner performs itself on the ticket.
bool isAccountAction(FlowAction action);
// Changes the ticket's status (at most one per step).
bool isStatusAction(FlowAction action);
// The five account statuses, in the order the accounts table knows them.
QStringList accountStatuses();
// Translated label of a standard outcome key; empty for a key without a fixed meaning.
QString standardOutcomeLabel(const QString &outcomeKey);
// The outcomes a step of this kind (with these actions) must have, and those it may have.
QStringList requiredOutcomes(FlowStepKind kind, const QList<FlowAction> &actions);
QStringList optionalOutcomes(FlowStepKind kind, const QList<FlowAction> &actions);
} // namespace FlowVocabulary

struct FlowOutcome
{
    QString key;   // "did_not_help"
    QString label; // translated standard label, or the label from the file
    QString next;  // id of the step it leads to
};

struct FlowStep
{
    QString id;
    FlowStepKind kind = FlowStepKind::Check;
    QString title;
    QString instructions; // for the agent
    QString customerText; // what to ask or tell the customer; may be copied or emailed
    QList<FlowAction> actions;
    QList<FlowOutcome> outcomes; // in file order; empty for a terminal step

    std::optional<FlowOutcome> outcome(const QString &key) const;
    QStringList outcomeKeys() const;
    bool hasAction(FlowAction action) const { return actions.contains(action); }
};

struct Flow
{
    QString id;
    QString title;
    QString description;
    TicketCategory category = TicketCategory::Other;
    int version = 1;
    QString start; // id of the first step
    QList<FlowStep> steps;
    QString sourceFile; // where it was loaded from (":/helpdesk/flows/..." for a built-in one)

    bool isValid() const { return !id.isEmpty() && !steps.isEmpty(); }
    const FlowStep *step(const QString &stepId) const;
    // The steps still to try from stepId, for "email these steps to the customer": the step
    // itself when it has customer text, then, while the step is a check, the steps along its
    // did_not_help branch whose kind is check or question and that have customer text. Stops
    // at the first step that is not a check (the branch after it is not known yet).
    QList<FlowStep> stepsToTry(const QString &stepId) const;
};

} // namespace helpdesk
