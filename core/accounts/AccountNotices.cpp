#include "accounts/AccountNotices.h"

#include "accounts/AccountsLogging.h"
#include "db/Database.h"
#include "mail/MailAddress.h"
#include "mail/Outbox.h"

namespace helpdesk {

namespace NoticeKinds {

QString key(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Locked:
        return QStringLiteral("locked");
    case NoticeKind::Unlocked:
        return QStringLiteral("unlocked");
    case NoticeKind::Recovered:
        return QStringLiteral("recovered");
    case NoticeKind::EmailVerified:
        return QStringLiteral("email_verified");
    case NoticeKind::LinksRevoked:
        return QStringLiteral("links_revoked");
    case NoticeKind::UnusualSignIn:
        return QStringLiteral("unusual_sign_in");
    case NoticeKind::MfaChanged:
        return QStringLiteral("mfa_changed");
    }
    return {};
}

std::optional<NoticeKind> fromKey(const QString &k)
{
    for (NoticeKind kind : all())
        if (key(kind) == k)
            return kind;
    return std::nullopt;
}

QString templateKey(NoticeKind kind)
{
    switch (kind) {
    case NoticeKind::Locked:
        return TemplateKeys::AccountLocked;
    case NoticeKind::Unlocked:
        return TemplateKeys::AccountUnlocked;
    case NoticeKind::Recovered:
        return TemplateKeys::AccountRecovered;
    case NoticeKind::EmailVerified:
        return TemplateKeys::EmailVerified;
    case NoticeKind::LinksRevoked:
        return TemplateKeys::LinksRevoked;
    case NoticeKind::UnusualSignIn:
        return TemplateKeys::UnusualSignIn;
    case NoticeKind::MfaChanged:
        return TemplateKeys::MfaChanged;
    }
    return {};
}

bool isSecurity(NoticeKind kind)
{
    return kind == NoticeKind::Locked || kind == NoticeKind::UnusualSignIn ||
           kind == NoticeKind::MfaChanged;
}

QList<NoticeKind> all()
{
    return {NoticeKind::Locked,        NoticeKind::Unlocked,     NoticeKind::Recovered,
            NoticeKind::EmailVerified, NoticeKind::LinksRevoked, NoticeKind::UnusualSignIn,
            NoticeKind::MfaChanged};
}

} // namespace NoticeKinds

namespace {
QVariant optionalId(const std::optional<qint64> &id)
{
    return id ? QVariant::fromValue(*id) : QVariant(QMetaType::fromType<qint64>());
}
Result<qint64> insertRow(Recorder &record, qint64 accountId, NoticeKind kind, const QString &key,
                         std::optional<qint64> outboxId, bool optedOut,
                         std::optional<qint64> loginEventId, std::optional<qint64> ticketId)
{
    HD_TRY_ASSIGN(
        auto inserted,
        Database::exec(
            record.db(),
            QStringLiteral("INSERT INTO account_notices (account_id, kind, notice_key, "
                           "security, outbox_id, skipped, login_event_id, ticket_id, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
            {accountId, NoticeKinds::key(kind), key, NoticeKinds::isSecurity(kind),
             optionalId(outboxId),
             optedOut ? QVariant(QStringLiteral("opted_out"))
                      : QVariant(QMetaType::fromType<QString>()),
             optionalId(loginEventId), optionalId(ticketId), QVariant::fromValue(record.now())}));
    return inserted.next() ? inserted.value(0).toLongLong() : 0;
}
} // namespace

Result<qint64> AccountNotices::recordQueued(Recorder &record, const Account &account,
                                            NoticeKind kind, const QString &key, qint64 outboxId,
                                            std::optional<qint64> ticketId)
{
    return insertRow(record, account.id, kind, key, outboxId, false, std::nullopt, ticketId);
}

Result<bool> AccountNotices::exists(QSqlDatabase &db, qint64 accountId, NoticeKind kind,
                                    const QString &key)
{
    HD_TRY_ASSIGN(const QVariant found,
                  Database::scalar(db,
                                   QStringLiteral("SELECT COUNT(*) FROM account_notices WHERE "
                                                  "account_id = ? AND kind = ? AND notice_key = ?"),
                                   {accountId, NoticeKinds::key(kind), key}));
    return found.toInt() > 0;
}

Result<NoticeOutcome> AccountNotices::queue(Recorder &record, const Account &a,
                                            const QString &companyName, const Notice &notice)
{
    QSqlDatabase &db = record.db();
    NoticeOutcome out;
    // Checked before the mail is queued, so that a notice known already queues nothing. Two
    // writers racing past this check meet at the unique key: the second one's INSERT fails and
    // its whole transaction (its mail with it) rolls back.
    HD_TRY_ASSIGN(const bool known, exists(db, a.id, notice.kind, notice.key));
    if (known) {
        out.what = NoticeOutcome::What::AlreadyNoticed;
        return out;
    }
    const bool security = NoticeKinds::isSecurity(notice.kind);
    if (!security && a.noticesOptOut) {
        out.what = NoticeOutcome::What::OptedOut;
    } else {
        const QString name =
            a.displayName.trimmed().isEmpty() ? a.email.section(u'@', 0, 0) : a.displayName;
        TemplateMail mail;
        mail.templateKey = NoticeKinds::templateKey(notice.kind);
        mail.to = MailAddress(a.email, name);
        mail.values = {{QStringLiteral("customer.name"), name},
                       {QStringLiteral("customer.email"), a.email},
                       {QStringLiteral("company.name"), companyName}};
        mail.values.insert(notice.values);
        mail.ticketId = notice.ticketId;
        mail.eventId = notice.eventId;
        HD_TRY_ASSIGN(const QueuedMail queued, Outbox::queueTemplate(record, mail));
        out.outboxId = queued.id;
    }
    HD_TRY_ASSIGN(out.noticeId, insertRow(record, a.id, notice.kind, notice.key, out.outboxId,
                                          out.what == NoticeOutcome::What::OptedOut,
                                          notice.loginEventId, notice.ticketId));
    qCDebug(lcAccounts) << "notice" << NoticeKinds::key(notice.kind) << "for account" << a.id
                        << (out.outboxId ? "queued" : "skipped (opted out)");
    return out;
}

} // namespace helpdesk
