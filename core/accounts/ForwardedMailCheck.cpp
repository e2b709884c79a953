#include "accounts/ForwardedMailCheck.h"

#include "accounts/TokenStore.h"
#include "db/Database.h"
#include "mail/MailSettings.h"
#include "mail/Template.h"
#include "settings/Settings.h"
#include "tickets/Ticket.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
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

namespace {
// Our mails as the outbox has them, for inline matching.
struct SentMail
{
    ForwardedMailMatch match;
    QString fromAddress;
    QString textBody;
    bool redacted = false;
};

Result<QList<SentMail>> sentTo(QSqlDatabase &db, const QString &address, const QDateTime &around,
                               qint64 windowMs)
{
    const qint64 at = around.toMSecsSinceEpoch();
    HD_TRY_ASSIGN(
        auto q,
        Database::exec(
            db,
            QStringLiteral("SELECT id, message_id, COALESCE(template_key, ''), "
                           "to_address, subject, status, created_at, sent_at, ticket_id, "
                           "from_address, text_body, redacted FROM outbox WHERE "
                           "lower(to_address) = lower(?) AND created_at BETWEEN ? AND "
                           "? ORDER BY created_at DESC LIMIT 50"),
            {address, QVariant::fromValue(at - windowMs), QVariant::fromValue(at + windowMs)}));
    QList<SentMail> out;
    while (q.next()) {
        SentMail m;
        m.match.outboxId = q.value(0).toLongLong();
        m.match.messageId = q.value(1).toString();
        m.match.templateKey = q.value(2).toString();
        m.match.templateName = templateName(m.match.templateKey);
        m.match.to = q.value(3).toString();
        m.match.subject = q.value(4).toString();
        m.match.status =
            OutboxStatuses::fromKey(q.value(5).toString()).value_or(OutboxStatus::Failed);
        m.match.queuedAt = fromEpochMs(q.value(6));
        m.match.acceptedAt = fromEpochMs(q.value(7));
        if (!q.value(8).isNull())
            m.match.ticketId = q.value(8).toLongLong();
        m.fromAddress = q.value(9).toString();
        m.textBody = q.value(10).toString();
        m.redacted = q.value(11).toBool();
        out.append(m);
    }
    return out;
}

QString simplifiedSubject(QString subject)
{
    static const QRegularExpression prefixes(
        QStringLiteral("^\\s*((re|fw|fwd|aw|wg|tr|rv|sv|vs)\\s*:\\s*)+"),
        QRegularExpression::CaseInsensitiveOption);
    subject.remove(prefixes);
    return subject.simplified().toCaseFolded();
}

// One of our mails this inline copy is a copy of, or nullopt. The date must fit (within minutes
// when the forward shows its zone, else within the 14 hours a wall time can be off), and then
// the subject, or the text when the outbox still holds it, must be ours; a From that is not
// our sender rules it out (a look-alike is not ours).
Result<std::optional<ForwardedMailMatch>> matchInline(QSqlDatabase &db, const ForwardedCopy &copy,
                                                      const QString &customerAddress,
                                                      const QString &ourSender)
{
    const QString to = copy.toAddress.isEmpty() ? customerAddress : copy.toAddress;
    if (to.isEmpty() || !copy.date.isValid())
        return std::optional<ForwardedMailMatch>();
    const qint64 window = copy.dateHasZone ? 10 * 60'000 : 14 * 3'600'000 + 60'000;
    HD_TRY_ASSIGN(const QList<SentMail> sent, sentTo(db, to, copy.date, window));
    const QString subject = simplifiedSubject(copy.subject);
    for (const SentMail &m : sent) {
        const QString from = m.fromAddress.isEmpty() ? ourSender : m.fromAddress;
        if (!copy.fromAddress.isEmpty() && !from.isEmpty() &&
            copy.fromAddress.compare(from, Qt::CaseInsensitive) != 0)
            continue;
        const bool subjectFits =
            !subject.isEmpty() && subject == simplifiedSubject(m.match.subject);
        bool textFits = false;
        if (!m.redacted && !copy.fingerprint.isEmpty()) {
            const TextFingerprint ours = TextFingerprint::of(m.textBody);
            textFits =
                !ours.isEmpty() && TextFingerprint::containment(ours, copy.fingerprint) >= 0.6;
        }
        if (!subjectFits && !textFits)
            continue;
        ForwardedMailMatch match = m.match;
        match.matchedBy = QStringLiteral("inline");
        match.forwardStyle = ForwardedCopy::key(copy.style);
        return std::optional<ForwardedMailMatch>(match);
    }
    return std::optional<ForwardedMailMatch>();
}

Result<void> lookUpIds(QSqlDatabase &db, const QStringList &ids,
                       QHash<QString, ForwardedMailMatch> &byId)
{
    QStringList marks;
    QVariantList values;
    for (const QString &id : std::as_const(ids)) {
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

    return {};
}

// The verdict from the Message-IDs found and the inline copies without one.
Result<ForwardedMailReport> evaluate(QSqlDatabase &db, ForwardedMailReport report,
                                     const QList<ForwardedCopy> &inlineCopies,
                                     const QString &customerAddress, qint64 nowMs);
} // namespace

QString ForwardedMailReport::key(Verdict verdict)
{
    switch (verdict) {
    case Verdict::NoMessageId:
        return QStringLiteral("no_message_id");
    case Verdict::NotSentByUs:
        return QStringLiteral("not_sent_by_us");
    case Verdict::SentByUs:
        return QStringLiteral("sent_by_us");
    }
    return {};
}

QJsonObject ForwardedMailReport::toJson() const
{
    QJsonArray found;
    for (const ForwardedMailMatch &m : matches) {
        QJsonObject o{{QStringLiteral("outbox_id"), double(m.outboxId)},
                      {QStringLiteral("message_id"), m.messageId},
                      {QStringLiteral("template"), m.templateKey},
                      {QStringLiteral("to"), m.to},
                      {QStringLiteral("matched_by"), m.matchedBy}};
        if (!m.forwardStyle.isEmpty())
            o.insert(QStringLiteral("style"), m.forwardStyle);
        if (m.acceptedAt.isValid())
            o.insert(QStringLiteral("accepted_at"), m.acceptedAt.toUTC().toString(Qt::ISODate));
        if (m.ticketId)
            o.insert(QStringLiteral("ticket"), double(*m.ticketId));
        if (m.token)
            o.insert(QStringLiteral("link"), TokenStates::key(m.token->state));
        found.append(o);
    }
    return {{QStringLiteral("verdict"), key(verdict)},
            {QStringLiteral("message_ids"), QJsonArray::fromStringList(messageIds)},
            {QStringLiteral("unknown_ids"), QJsonArray::fromStringList(unknownIds)},
            {QStringLiteral("matches"), found},
            {QStringLiteral("inline_copies"), inlineCopies},
            {QStringLiteral("inline_unmatched"), inlineUnmatched},
            {QStringLiteral("contains_link"), containsLink},
            {QStringLiteral("summary"), summary}};
}

Result<ForwardedMailReport> ForwardedMailCheck::check(QSqlDatabase &db, const QString &pastedText,
                                                      qint64 nowMs, const QString &customerAddress)
{
    ForwardedMailReport report;
    report.messageIds = extractMessageIds(pastedText);
    static const QRegularExpression tokenLink(
        QStringLiteral("(?:/reset|/activate)\\?(?:[^\\s\"'<>]*&)?token=[A-Za-z0-9_-]{20,}"),
        QRegularExpression::CaseInsensitiveOption);
    report.containsLink = tokenLink.match(pastedText).hasMatch();
    QList<ForwardedCopy> inlineCopies;
    if (report.messageIds.isEmpty()) {
        // No headers survived: read the text the way a received message's body is read.
        InboundMessage pasted;
        pasted.textBody = InboundText::body(pastedText);
        for (const ForwardedCopy &copy : ForwardDetector::find(pasted))
            if (copy.messageId.isEmpty())
                inlineCopies.append(copy);
    }
    return evaluate(db, report, inlineCopies, customerAddress, nowMs);
}

Result<void> ForwardedMailCheck::record(Recorder &record, qint64 ticketId,
                                        const ForwardedMailReport &report)
{
    const QJsonObject data = report.toJson();
    HD_TRY(record.event(ticketId, TicketEventKind::ForwardedMailCheck, report.summary, data));
    return record.audit(QStringLiteral("ticket"), ticketId, QStringLiteral("forwarded_mail_check"),
                        data);
}

Result<ForwardedMailReport> ForwardedMailCheck::checkCopies(QSqlDatabase &db,
                                                            const QList<ForwardedCopy> &copies,
                                                            const QString &customerAddress,
                                                            qint64 nowMs)
{
    ForwardedMailReport report;
    QList<ForwardedCopy> inlineCopies;
    for (const ForwardedCopy &copy : copies) {
        if (!copy.messageId.isEmpty()) {
            if (!report.messageIds.contains(copy.messageId))
                report.messageIds.append(copy.messageId);
        } else {
            inlineCopies.append(copy);
        }
    }
    return evaluate(db, report, inlineCopies, customerAddress, nowMs);
}

namespace {
Result<ForwardedMailReport> evaluate(QSqlDatabase &db, ForwardedMailReport report,
                                     const QList<ForwardedCopy> &inlineCopies,
                                     const QString &customerAddress, qint64 nowMs)
{
    const QString linkWarning =
        report.containsLink
            ? u' ' + tr("The pasted text contains a one-time link: do not open it, and do not "
                        "copy it anywhere.")
            : QString();

    QHash<QString, ForwardedMailMatch> byId;
    if (!report.messageIds.isEmpty())
        HD_TRY(lookUpIds(db, report.messageIds, byId));
    QList<ForwardedMailMatch> inlineMatches;
    if (!inlineCopies.isEmpty()) {
        Settings settings(db);
        const auto mailSettings = MailSettings::load(settings);
        const QString ourSender = mailSettings ? mailSettings.value().fromAddress : QString();
        for (const ForwardedCopy &copy : inlineCopies) {
            ++report.inlineCopies;
            HD_TRY_ASSIGN(const auto match, matchInline(db, copy, customerAddress, ourSender));
            if (match)
                inlineMatches.append(*match);
            else
                ++report.inlineUnmatched;
        }
    }
    if (report.messageIds.isEmpty() && inlineCopies.isEmpty()) {
        report.verdict = ForwardedMailReport::Verdict::NoMessageId;
        report.summary = tr("No Message-ID was found in the pasted text. Ask the customer to "
                            "forward the email as an attachment, or paste its full headers "
                            "(\"Show original\" or \"View source\" in most mail programs).") +
                         linkWarning;
        return report;
    }

    QList<qint64> outboxIds;
    for (const ForwardedMailMatch &m : std::as_const(byId))
        outboxIds.append(m.outboxId);
    for (const ForwardedMailMatch &m : std::as_const(inlineMatches))
        outboxIds.append(m.outboxId);
    HD_TRY_ASSIGN(auto tokens, TokenStore(db).forOutbox(outboxIds, nowMs));
    for (const TokenInfo &t : tokens) {
        for (ForwardedMailMatch &m : byId) {
            if (t.outboxId && *t.outboxId == m.outboxId)
                m.token = t;
        }
        for (ForwardedMailMatch &m : inlineMatches) {
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
    for (const ForwardedMailMatch &m : std::as_const(inlineMatches)) {
        bool known = false;
        for (const ForwardedMailMatch &already : std::as_const(report.matches))
            known = known || already.outboxId == m.outboxId;
        if (!known)
            report.matches.append(m);
    }

    if (report.matches.isEmpty()) {
        report.verdict = ForwardedMailReport::Verdict::NotSentByUs;
        report.summary = (report.messageIds.isEmpty()
                              ? tr("This email was not sent by us: no mail in our outbox to that "
                                   "address matches its sender, subject, date or text. Treat it "
                                   "as possible phishing and warn the customer not to use its "
                                   "links or reply with any details.")
                              : tr("This email was not sent by us: none of its Message-IDs is in "
                                   "our outbox. Treat it as possible phishing and warn the "
                                   "customer not to use its links or reply with any details.")) +
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
    if (m.matchedBy == QLatin1String("inline"))
        text += u' ' + tr("(Recognised by its recipient, subject, date and text: the forward "
                          "kept no Message-ID.)");
    report.summary = text + linkWarning;
    return report;
}
} // namespace

} // namespace helpdesk
