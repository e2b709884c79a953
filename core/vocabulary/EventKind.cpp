#include "vocabulary/EventKind.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
struct KindEntry
{
    TicketEventKind kind;
    const char *key;
    const char *label;
};

// The one table of kinds: keys as stored, labels as the timeline shows them.
constexpr KindEntry kKinds[] = {
    {TicketEventKind::Created, "created", QT_TRANSLATE_NOOP("TicketEvents", "Created")},
    {TicketEventKind::Reply, "reply", QT_TRANSLATE_NOOP("TicketEvents", "Reply")},
    {TicketEventKind::CustomerReply, "customer_reply",
     QT_TRANSLATE_NOOP("TicketEvents", "Customer reply")},
    {TicketEventKind::Note, "note", QT_TRANSLATE_NOOP("TicketEvents", "Internal note")},
    {TicketEventKind::Status, "status", QT_TRANSLATE_NOOP("TicketEvents", "Status change")},
    {TicketEventKind::Assignment, "assignment", QT_TRANSLATE_NOOP("TicketEvents", "Assignment")},
    {TicketEventKind::Priority, "priority", QT_TRANSLATE_NOOP("TicketEvents", "Priority change")},
    {TicketEventKind::Category, "category", QT_TRANSLATE_NOOP("TicketEvents", "Category change")},
    {TicketEventKind::MailSent, "mail_sent", QT_TRANSLATE_NOOP("TicketEvents", "Email sent")},
    {TicketEventKind::MailFailed, "mail_failed",
     QT_TRANSLATE_NOOP("TicketEvents", "Email not sent")},
    {TicketEventKind::Escalation, "escalation", QT_TRANSLATE_NOOP("TicketEvents", "Escalation")},
    {TicketEventKind::SlaBreach, "sla_breach", QT_TRANSLATE_NOOP("TicketEvents", "SLA breach")},
    {TicketEventKind::WizardStep, "wizard_step",
     QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting step")},
    {TicketEventKind::WizardStarted, "wizard_started",
     QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting started")},
    {TicketEventKind::WizardPaused, "wizard_paused",
     QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting paused")},
    {TicketEventKind::WizardResumed, "wizard_resumed",
     QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting resumed")},
    {TicketEventKind::WizardAbandoned, "wizard_abandoned",
     QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting abandoned")},
    {TicketEventKind::WizardEmailSteps, "wizard_email_steps",
     QT_TRANSLATE_NOOP("TicketEvents", "Troubleshooting steps emailed")},
    {TicketEventKind::AccountAction, "account_action",
     QT_TRANSLATE_NOOP("TicketEvents", "Account action")},
    {TicketEventKind::AccountLinkSent, "account_link_sent",
     QT_TRANSLATE_NOOP("TicketEvents", "Account link sent")},
    {TicketEventKind::AccountLocked, "account_locked",
     QT_TRANSLATE_NOOP("TicketEvents", "Account locked")},
    {TicketEventKind::AccountUnlocked, "account_unlocked",
     QT_TRANSLATE_NOOP("TicketEvents", "Account unlocked")},
    {TicketEventKind::AccountUnlockRequested, "account_unlock_requested",
     QT_TRANSLATE_NOOP("TicketEvents", "Unlock requested")},
    {TicketEventKind::AccountUnlockApproved, "account_unlock_approved",
     QT_TRANSLATE_NOOP("TicketEvents", "Unlock approved")},
    {TicketEventKind::AccountUnlockRejected, "account_unlock_rejected",
     QT_TRANSLATE_NOOP("TicketEvents", "Unlock turned down")},
    {TicketEventKind::AccountLinksRevoked, "account_links_revoked",
     QT_TRANSLATE_NOOP("TicketEvents", "Account links revoked")},
    {TicketEventKind::AccountEmailVerified, "account_email_verified",
     QT_TRANSLATE_NOOP("TicketEvents", "Email address verified")},
    {TicketEventKind::IdentityCheck, "identity_check",
     QT_TRANSLATE_NOOP("TicketEvents", "Identity check")},
    {TicketEventKind::ArticleUsed, "kb_article_used",
     QT_TRANSLATE_NOOP("TicketEvents", "Knowledge article used")},
    {TicketEventKind::MailBounced, "mail_bounced",
     QT_TRANSLATE_NOOP("TicketEvents", "Email undeliverable")},
    {TicketEventKind::ForwardedMailCheck, "forwarded_mail_check",
     QT_TRANSLATE_NOOP("TicketEvents", "Forwarded email checked")},
};

// Keys older versions wrote, read as the kind they became.
constexpr struct
{
    const char *key;
    TicketEventKind kind;
} kOldKeys[] = {{"mail", TicketEventKind::MailSent}};

const KindEntry *entry(TicketEventKind kind)
{
    for (const KindEntry &e : kKinds)
        if (e.kind == kind)
            return &e;
    return nullptr;
}
} // namespace

namespace Vocabulary {

QString key(TicketEventKind kind)
{
    const KindEntry *e = entry(kind);
    return e ? QString::fromLatin1(e->key) : QString();
}

QString label(TicketEventKind kind)
{
    const KindEntry *e = entry(kind);
    return e ? QCoreApplication::translate("TicketEvents", e->label) : QString();
}

std::optional<TicketEventKind> eventKindFromKey(const QString &key)
{
    for (const KindEntry &e : kKinds)
        if (key == QLatin1String(e.key))
            return e.kind;
    return std::nullopt;
}

QList<TicketEventKind> allEventKinds()
{
    QList<TicketEventKind> all;
    for (const KindEntry &e : kKinds)
        all.append(e.kind);
    return all;
}

QString eventKindLabel(const QString &key)
{
    if (const auto kind = eventKindFromKey(key))
        return label(*kind);
    for (const auto &old : kOldKeys)
        if (key == QLatin1String(old.key))
            return label(old.kind);
    QString text = key;
    text.replace(u'_', u' ');
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

} // namespace Vocabulary

} // namespace helpdesk
