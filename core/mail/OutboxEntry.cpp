#include "mail/OutboxEntry.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Outbox", text);
}
} // namespace

QString OutboxStatuses::key(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return QStringLiteral("queued");
    case OutboxStatus::Sending:
        return QStringLiteral("sending");
    case OutboxStatus::Sent:
        return QStringLiteral("sent");
    case OutboxStatus::Failed:
        return QStringLiteral("failed");
    case OutboxStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxStatus> OutboxStatuses::fromKey(const QString &key)
{
    for (auto s : {OutboxStatus::Queued, OutboxStatus::Sending, OutboxStatus::Sent,
                   OutboxStatus::Failed, OutboxStatus::Cancelled})
        if (OutboxStatuses::key(s) == key)
            return s;
    return std::nullopt;
}

QString OutboxStatuses::label(OutboxStatus status)
{
    switch (status) {
    case OutboxStatus::Queued:
        return tr("Queued");
    case OutboxStatus::Sending:
        return tr("Sending");
    case OutboxStatus::Sent:
        return tr("Sent");
    case OutboxStatus::Failed:
        return tr("Failed");
    case OutboxStatus::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString OutboxEntry::readableText() const
{
    if (!hasSecret || redacted)
        return textBody;
    // Any URL: the one-time link is one of them, and which one is not for the screen to guess.
    static const QRegularExpression url(QStringLiteral(R"((?:https?|ftp)://[^\s<>"']+)"),
                                        QRegularExpression::CaseInsensitiveOption);
    QString text = textBody;
    text.replace(url, tr("[one-time link hidden]"));
    return text;
}

MailMessage OutboxEntry::toMessage(const MailAddress &fallbackFrom) const
{
    MailMessage m;
    m.from = from.isEmpty() ? fallbackFrom : from;
    m.to = {to};
    m.replyTo = replyTo;
    m.subject = subject;
    m.textBody = textBody;
    m.htmlBody = htmlBody;
    m.messageId = messageId;
    m.date = createdAt;
    m.extraHeaders = extraHeaders;
    return m;
}

QString OutboxLeases::describe() const
{
    const auto at = [](const QDateTime &t) {
        return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
    };
    const QString senders = holders.join(QStringLiteral(", "));
    QStringList parts;
    if (held == 1)
        parts.append(tr("1 message being sent by %1 (held until %2; if that sender stopped, any "
                        "sender takes it over then)")
                         .arg(senders, at(heldUntil)));
    else if (held > 1)
        parts.append(tr("%1 messages being sent by %2 (held until %3; if that sender stopped, "
                        "any sender takes them over then)")
                         .arg(QString::number(held), senders, at(heldUntil)));
    if (expired == 1)
        parts.append(tr("1 message left by a sender that stopped, for the next run to send"));
    else if (expired > 1)
        parts.append(
            tr("%1 messages left by a sender that stopped, for the next run to send").arg(expired));
    if (due == 1)
        parts.append(tr("1 message due now"));
    else if (due > 1)
        parts.append(tr("%1 messages due now").arg(due));
    if (forMailer == 1)
        parts.append(tr("1 message with a one-time link waiting for the server's mailer "
                        "(helpdesk-admin outbox run as the mail login; see the README)"));
    else if (forMailer > 1)
        parts.append(tr("%1 messages with one-time links waiting for the server's mailer "
                        "(helpdesk-admin outbox run as the mail login; see the README)")
                         .arg(forMailer));
    if (waiting == 1)
        parts.append(tr("1 message waiting to be retried at %1").arg(at(nextAttemptAt)));
    else if (waiting > 1)
        parts.append(tr("%1 messages waiting to be retried, the next at %2")
                         .arg(QString::number(waiting), at(nextAttemptAt)));
    return parts.join(QStringLiteral("; "));
}

} // namespace helpdesk
