#include "accounts/ForwardedMailCheck.h"

#include "accounts/TokenStore.h"
#include "db/Database.h"
#include "mail/Template.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ForwardedMailCheck", text);
}

QString templateName(const QString &key)
{
    if (key == TemplateKeys::PasswordReset)
        return tr("Password-reset link");
    if (key == TemplateKeys::AccountActivation)
        return tr("Activation link");
    if (key == TemplateKeys::AccountLocked)
        return tr("Account locked notice");
    if (key == TemplateKeys::TicketReply)
        return tr("Reply on a ticket");
    if (key.isEmpty())
        return tr("Mail");
    return key;
}

QString whenText(const QDateTime &dt)
{
    return QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

QStringList ForwardedMailCheck::extractMessageIds(const QString &pastedText)
{
    QString text = pastedText;
    // Pasted from an HTML view: the brackets may arrive escaped.
    text.replace(QLatin1String("&lt;"), QLatin1String("<"), Qt::CaseInsensitive);
    text.replace(QLatin1String("&gt;"), QLatin1String(">"), Qt::CaseInsensitive);
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(u'\r', u'\n');

    // Header lines, also quoted ("> Message-ID: ...") or indented in a forwarded block; a
    // folded header continues on lines that start with white space.
    static const QRegularExpression header(
        QStringLiteral("^[ \\t>]*(message-id|in-reply-to|references|original-message-id|"
                       "resent-message-id|x-original-message-id)[ \\t]*:[ \\t]*(.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bracketed(QStringLiteral("<([^<>\\s@]+@[^<>\\s@]+)>"));
    static const QRegularExpression bare(QStringLiteral("^([^<>\\s@]+@[^<>\\s@]+)$"));

    QStringList ids;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto m = header.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        QString value = m.captured(2);
        // Folded continuation lines (within the same quoting level).
        while (i + 1 < lines.size()) {
            static const QRegularExpression continuation(QStringLiteral("^[>]*[ \\t]+\\S"));
            const QString next = lines.at(i + 1);
            if (!continuation.match(next).hasMatch() || header.match(next).hasMatch())
                break;
            QString stripped = next;
            while (stripped.startsWith(u'>'))
                stripped.remove(0, 1);
            value += u' ' + stripped.trimmed();
            ++i;
        }
        bool found = false;
        auto it = bracketed.globalMatch(value);
        while (it.hasNext()) {
            const QString id = u'<' + it.next().captured(1) + u'>';
            found = true;
            if (!ids.contains(id))
                ids.append(id);
        }
        if (!found) {
            // Some clients show the ID without its angle brackets.
            const auto b = bare.match(value.trimmed());
            if (b.hasMatch()) {
                const QString id = u'<' + b.captured(1) + u'>';
                if (!ids.contains(id))
                    ids.append(id);
            }
        }
    }
    return ids;
}

Result<ForwardedMailReport> ForwardedMailCheck::check(QSqlDatabase &db, const QString &pastedText,
                                                      qint64 nowMs)
{
    ForwardedMailReport report;
    report.messageIds = extractMessageIds(pastedText);
    static const QRegularExpression tokenLink(
        QStringLiteral("(?:/reset|/activate)\\?(?:[^\\s\"'<>]*&)?token=[A-Za-z0-9_-]{20,}"),
        QRegularExpression::CaseInsensitiveOption);
    report.containsLink = tokenLink.match(pastedText).hasMatch();
    const QString linkWarning =
        report.containsLink
            ? u' ' + tr("The pasted text contains a one-time link: do not open it, and do not "
                        "copy it anywhere.")
            : QString();

    if (report.messageIds.isEmpty()) {
        report.verdict = ForwardedMailReport::Verdict::NoMessageId;
        report.summary = tr("No Message-ID was found in the pasted text. Ask the customer to "
                            "forward the email as an attachment, or paste its full headers "
                            "(\"Show original\" or \"View source\" in most mail programs).") +
                         linkWarning;
        return report;
    }

    QStringList marks;
    QVariantList values;
    for (const QString &id : std::as_const(report.messageIds)) {
        marks << QStringLiteral("?");
        values << id;
    }
    HD_TRY_ASSIGN(auto q,
                  Database::exec(
                      db,
                      QStringLiteral(
                          "SELECT id, message_id, COALESCE(template_key, ''), to_address, subject, "
                          "status, created_at, sent_at, ticket_id FROM outbox WHERE message_id IN "
                          "(") +
                          marks.join(u',') + QStringLiteral(")"),
                      values));
    QHash<QString, ForwardedMailMatch> byId;
    while (q.next()) {
        const QSqlQuery &r = q;
        ForwardedMailMatch m;
        m.outboxId = r.value(0).toLongLong();
        m.messageId = r.value(1).toString();
        m.templateKey = r.value(2).toString();
        m.templateName = templateName(m.templateKey);
        m.to = r.value(3).toString();
        m.subject = r.value(4).toString();
        m.status = OutboxStatuses::fromKey(r.value(5).toString()).value_or(OutboxStatus::Failed);
        m.queuedAt = fromEpochMs(r.value(6));
        m.acceptedAt = fromEpochMs(r.value(7));
        if (!r.value(8).isNull())
            m.ticketId = r.value(8).toLongLong();
        byId.insert(m.messageId, m);
    }
    q.finish();

    QList<qint64> outboxIds;
    for (const ForwardedMailMatch &m : std::as_const(byId))
        outboxIds.append(m.outboxId);
    HD_TRY_ASSIGN(auto tokens, TokenStore(db).forOutbox(outboxIds, nowMs));
    for (const TokenInfo &t : tokens) {
        for (ForwardedMailMatch &m : byId) {
            if (t.outboxId && *t.outboxId == m.outboxId)
                m.token = t;
        }
    }

    for (const QString &id : std::as_const(report.messageIds)) {
        if (byId.contains(id))
            report.matches.append(byId.value(id));
        else
            report.unknownIds.append(id);
    }

    if (report.matches.isEmpty()) {
        report.verdict = ForwardedMailReport::Verdict::NotSentByUs;
        report.summary = tr("This email was not sent by us: none of its Message-IDs is in our "
                            "outbox. Treat it as possible phishing and warn the customer not to "
                            "use its links or reply with any details.") +
                         linkWarning;
        return report;
    }

    report.verdict = ForwardedMailReport::Verdict::SentByUs;
    const ForwardedMailMatch &m = report.matches.constFirst();
    QString text;
    if (m.acceptedAt.isValid())
        text = tr("We sent this email (%1) to %2; the mail relay accepted it at %3.")
                   .arg(m.templateName, m.to, whenText(m.acceptedAt));
    else
        text = tr("We queued this email (%1) to %2 at %3; the mail relay has not accepted it yet "
                  "(%4).")
                   .arg(m.templateName, m.to, whenText(m.queuedAt),
                        OutboxStatuses::label(m.status).toLower());
    if (m.token) {
        switch (m.token->state) {
        case TokenState::Used:
            text += u' ' + tr("Its link was used at %1.").arg(whenText(m.token->usedAt));
            break;
        case TokenState::Revoked:
            text += u' ' + tr("Its link was revoked (%1) and no longer works.")
                               .arg(RevokeReasons::label(m.token->revokeReason));
            break;
        case TokenState::Expired:
            text += u' ' + tr("Its link expired at %1; send a new one if needed.")
                               .arg(whenText(m.token->expiresAt));
            break;
        case TokenState::Issued:
        case TokenState::Sent:
            text += u' ' +
                    tr("Its link is unused and valid until %1.").arg(whenText(m.token->expiresAt));
            break;
        }
    }
    if (!report.unknownIds.isEmpty())
        text += u' ' + tr("The text also holds Message-IDs we did not send (replies or forwards "
                          "by the customer's mail program).");
    report.summary = text + linkWarning;
    return report;
}

} // namespace helpdesk
