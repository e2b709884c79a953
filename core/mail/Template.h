#pragma once
// MailTemplate: one editable mail template (subject, plain text and HTML with {{placeholders}})
// and the placeholder values it is rendered with.

#include <QDateTime>
#include <QHash>
#include <QString>

namespace helpdesk {

struct MailTemplate
{
    QString key;  // stable identifier, e.g. "ticket_reply"
    QString name; // what the template editor lists, e.g. "Reply on a ticket"
    QString subject;
    QString textBody;
    QString htmlBody; // empty: the message is plain text only
    QDateTime updatedAt;
    QString updatedBy; // staff login; empty for the shipped version

    bool operator==(const MailTemplate &) const = default;
};

// One saved state of a template (template_versions), for the editor's history.
struct TemplateVersion
{
    qint64 id = 0;
    QString key;
    QString subject;
    QString textBody;
    QString htmlBody;
    qint64 changedById = 0; // 0: not a staff member (migrate, a script)
    QString changedByName;
    QDateTime changedAt;
    QString change; // "before_edit", "edit", "revert", "restore"
};

// Placeholder name ("customer.name") -> value. A name that is absent has no value.
using TemplateValues = QHash<QString, QString>;

// What a template turns into; MailMessage takes these three fields as they are.
struct RenderedMail
{
    QString subject;
    QString textBody;
    QString htmlBody;
};

// Keys of the templates shipped in resources/templates.
namespace TemplateKeys {
inline const QString LoginTroubleshooting = QStringLiteral("login_troubleshooting");
inline const QString PasswordReset = QStringLiteral("password_reset");
inline const QString AccountActivation = QStringLiteral("account_activation");
inline const QString AccountLocked = QStringLiteral("account_locked");
inline const QString UnusualSignIn = QStringLiteral("unusual_sign_in");
inline const QString TicketReply = QStringLiteral("ticket_reply");
inline const QString ResolutionFollowUp = QStringLiteral("resolution_follow_up");
// Proactive notices on account events (core/accounts/AccountNotices).
inline const QString AccountUnlocked = QStringLiteral("account_unlocked");
inline const QString AccountRecovered = QStringLiteral("account_recovered");
inline const QString EmailVerified = QStringLiteral("email_verified");
inline const QString MfaChanged = QStringLiteral("mfa_changed");
inline const QString LinksRevoked = QStringLiteral("links_revoked");
} // namespace TemplateKeys

} // namespace helpdesk
