#pragma once
// The kinds of ticket timeline events: the key stored in ticket_events.kind and the translated
// label the timeline shows. The timeline store writes only these; a kind read back that this
// version does not know (written by a newer client) still gets a readable label.

#include <QList>
#include <QString>

#include <optional>

namespace helpdesk {

enum class TicketEventKind {
    Created,
    Reply,
    CustomerReply,
    Note,
    Status,
    Assignment,
    Priority,
    Category,
    MailSent,
    MailFailed,
    Escalation,
    SlaBreach,
    WizardStep,
    WizardStarted,
    WizardPaused,
    WizardResumed,
    WizardAbandoned,
    WizardEmailSteps,
    AccountAction,
    AccountLinkSent,
    AccountLocked,
    AccountUnlocked,
    AccountUnlockRequested,
    AccountUnlockApproved,
    AccountUnlockRejected,
    AccountLinksRevoked,
    AccountEmailVerified,
    IdentityCheck,
    ArticleUsed,        // a knowledge-base article went into a reply (data: article id, title)
    MailBounced,        // a delivery status notification: the mail did not reach the customer
    ForwardedMailCheck, // the verdict on a forwarded copy of one of our mails
};

namespace Vocabulary {
QString key(TicketEventKind kind);   // "account_link_sent"
QString label(TicketEventKind kind); // "Account link sent", translated
std::optional<TicketEventKind> eventKindFromKey(const QString &key);
QList<TicketEventKind> allEventKinds();
// The label of a stored kind: a known key's label, the label of an older key that has been
// renamed ("mail"), or else the key as words ("password_reset" -> "Password reset").
QString eventKindLabel(const QString &key);
} // namespace Vocabulary

} // namespace helpdesk
