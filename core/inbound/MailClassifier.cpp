#include "inbound/MailClassifier.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MailClassifier", text);
}

bool containsCi(const QStringList &list, QStringView value)
{
    for (const QString &s : list) {
        if (QStringView(s).compare(value, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString firstToken(const QString &value)
{
    QString v = value.section(u';', 0, 0).trimmed().toLower();
    return v;
}

// "Name: value" fields of one block of a message/delivery-status part, unfolded.
struct Fields
{
    QList<std::pair<QString, QString>> items;
    QString value(QStringView name) const
    {
        for (const auto &[n, v] : items) {
            if (QStringView(n).compare(name, Qt::CaseInsensitive) == 0)
                return v;
        }
        return {};
    }
};

QList<Fields> statusBlocks(const QString &text)
{
    QList<Fields> blocks;
    Fields current;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().isEmpty()) {
            if (!current.items.isEmpty())
                blocks.append(current);
            current = {};
            continue;
        }
        if ((line.startsWith(u' ') || line.startsWith(u'\t')) && !current.items.isEmpty()) {
            current.items.last().second += u' ' + line.trimmed();
            continue;
        }
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0)
            current.items.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!current.items.isEmpty())
        blocks.append(current);
    return blocks;
}

// "rfc822; a@b" -> "a@b"; "smtp; 550 ..." -> "550 ...".
QString afterType(const QString &value)
{
    const qsizetype semi = value.indexOf(u';');
    return InboundText::oneLine(semi < 0 ? value : value.mid(semi + 1), 500);
}

// Message-ID header lines anywhere in text (quoted or not), in order.
QStringList messageIdsIn(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^[ \\t>]*message-id[ \\t]*:[ \\t]*(<[^<>\\s]+@[^<>\\s]+>)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    QStringList ids;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QString id = it.next().captured(1);
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

// The original's Message-ID: ours when one is ours, else the last one that is not the
// bounce's own.
QString pickOriginal(const QStringList &candidates, const InboundMessage &m,
                     const ClassifierOptions &options)
{
    QString fallback;
    for (const QString &id : candidates) {
        if (id == m.messageId)
            continue;
        if (containsCi(options.ourMessageIdDomains, InboundText::domainOf(id)))
            return id;
        fallback = id;
    }
    return fallback;
}

bool isDaemonAddress(const QString &address)
{
    const QString local = address.section(u'@', 0, 0).toLower();
    return local == u"mailer-daemon" || local == u"postmaster" || local == u"mail-daemon" ||
           local == u"maildaemon" || local == u"mailerdaemon";
}

bool hasBounceSubject(const QString &subject)
{
    static const QRegularExpression re(
        QStringLiteral("undeliver|returned mail|delivery status notification|delivery failure|"
                       "failure notice|mail delivery failed|delivery has failed|could not be "
                       "delivered|non[- ]?deliver|unzustellbar|nicht zustellbar|non remis|"
                       "no se puede entregar|delivery notification"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(subject).hasMatch();
}

std::optional<DeliveryReport> standardReport(const InboundMessage &m,
                                             const ClassifierOptions &options)
{
    if (m.reportType != u"delivery-status" || m.deliveryStatus.isEmpty())
        return std::nullopt;
    DeliveryReport r;
    r.standard = true;
    const QList<Fields> blocks = statusBlocks(m.deliveryStatus);
    const Fields *chosen = nullptr;
    for (const Fields &b : blocks) {
        if (!b.value(u"Reporting-MTA").isEmpty())
            r.reportingMta = InboundText::oneLine(b.value(u"Reporting-MTA"), 300);
        if (b.value(u"Final-Recipient").isEmpty() && b.value(u"Original-Recipient").isEmpty())
            continue;
        if (!chosen || firstToken(b.value(u"Action")) == u"failed")
            chosen = &b;
        if (firstToken(chosen->value(u"Action")) == u"failed")
            break;
    }
    if (chosen) {
        const QString finalRecipient = chosen->value(u"Final-Recipient");
        r.recipient = afterType(finalRecipient.isEmpty() ? chosen->value(u"Original-Recipient")
                                                         : finalRecipient);
        r.action = firstToken(chosen->value(u"Action"));
        r.status = InboundText::oneLine(chosen->value(u"Status").section(u' ', 0, 0), 20);
        r.diagnostic = afterType(chosen->value(u"Diagnostic-Code"));
    }
    QStringList ids = messageIdsIn(m.returnedHeaders);
    for (const InboundMessage &attached : m.attachedMessages) {
        if (!attached.messageId.isEmpty())
            ids.append(attached.messageId);
    }
    ids += messageIdsIn(m.textBody);
    r.originalMessageId = pickOriginal(ids, m, options);
    return r;
}

std::optional<DeliveryReport> heuristicReport(const InboundMessage &m,
                                              const ClassifierOptions &options)
{
    const bool daemon = isDaemonAddress(m.from.address) || m.markers.returnPath == u"<>";
    const bool failedHeader = !m.markers.xFailedRecipients.isEmpty();
    static const QRegularExpression forwarded(QStringLiteral("^\\s*(?:fwd?|wg|tr|rv)\\s*:"),
                                              QRegularExpression::CaseInsensitiveOption);
    const bool subject = hasBounceSubject(m.subject) && !forwarded.match(m.subject).hasMatch();
    if (!daemon && !failedHeader && !subject)
        return std::nullopt;
    QString text = m.textBody;
    QStringList ids = messageIdsIn(text);
    for (const InboundMessage &attached : m.attachedMessages) {
        if (!attached.messageId.isEmpty())
            ids.append(attached.messageId);
        text += u'\n' + attached.textBody;
    }
    const QString original = pickOriginal(ids, m, options);
    // A person writing "undeliverable" in a subject is not a bounce: that takes the mailer
    // daemon as sender, X-Failed-Recipients, or the original's Message-ID quoted.
    if (!daemon && !failedHeader && original.isEmpty())
        return std::nullopt;

    DeliveryReport r;
    r.originalMessageId = original;
    r.recipient = InboundText::oneLine(m.markers.xFailedRecipients.section(u',', 0, 0), 320);
    static const QRegularExpression recipientLine(
        QStringLiteral("^\\s*<([^<>\\s]+@[^<>\\s]+)>:?\\s*$"), QRegularExpression::MultilineOption);
    const auto rl = recipientLine.match(text);
    if (r.recipient.isEmpty() && rl.hasMatch())
        r.recipient = rl.captured(1);
    static const QRegularExpression statusCode(
        QStringLiteral("\\b([245]\\.\\d{1,3}\\.\\d{1,3})\\b"));
    const auto sc = statusCode.match(text);
    if (sc.hasMatch())
        r.status = sc.captured(1);
    // The diagnostic: the line after the recipient, or the first line with an SMTP code.
    if (rl.hasMatch()) {
        const qsizetype lineEnd = text.indexOf(u'\n', rl.capturedEnd());
        if (lineEnd >= 0) {
            const QString next = text.mid(lineEnd + 1).section(u'\n', 0, 0);
            r.diagnostic = InboundText::oneLine(next, 500);
        }
    }
    static const QRegularExpression smtpLine(QStringLiteral("^.*\\b[45]\\d\\d[ -][^\\n]*$"),
                                             QRegularExpression::MultilineOption);
    if (r.diagnostic.isEmpty()) {
        const auto sl = smtpLine.match(text);
        if (sl.hasMatch())
            r.diagnostic = InboundText::oneLine(sl.captured(0), 500);
    }
    static const QRegularExpression delayed(
        QStringLiteral("delayed|will (?:retry|keep trying)|not yet been delivered"),
        QRegularExpression::CaseInsensitiveOption);
    const bool isDelay = delayed.match(text).hasMatch() || r.status.startsWith(u'4');
    r.action = isDelay && !r.status.startsWith(u'5') ? QStringLiteral("delayed")
                                                     : QStringLiteral("failed");
    return r;
}

bool hasAutoReplySubject(const QString &subject)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:automatic reply|auto[- ]?reply|auto[- ]?response|out of "
                       "(?:the )?office|abwesenheitsnotiz|automatische antwort|r[ée]ponse "
                       "automatique|respuesta autom[áa]tica)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(subject).hasMatch();
}

} // namespace

bool DeliveryReport::permanent() const
{
    if (action == u"failed")
        return !status.startsWith(u'4');
    return status.startsWith(u'5');
}

QString DeliveryReport::reason() const
{
    QStringList bits;
    if (!status.isEmpty())
        bits << status;
    if (!recipient.isEmpty())
        bits << recipient + u':';
    if (!diagnostic.isEmpty())
        bits << diagnostic;
    else if (!action.isEmpty())
        bits << action;
    return InboundText::oneLine(bits.join(u' '), 500);
}

QString MailClassification::reason() const
{
    const QString why = evidence.isEmpty()
                            ? QString()
                            : QStringLiteral(" (") + evidence.join(QStringLiteral(", ")) + u')';
    switch (kind) {
    case Kind::Personal:
        return {};
    case Kind::AutoReply:
        return tr("an automatic reply%1").arg(why);
    case Kind::Bulk:
        return tr("bulk mail%1").arg(why);
    case Kind::List:
        return tr("mailing-list mail%1").arg(why);
    case Kind::Loop:
        return tr("one of our own mails coming back%1").arg(why);
    case Kind::DeliveryReport:
        return tr("a delivery report%1").arg(why);
    }
    return {};
}

QString MailClassifier::key(MailClassification::Kind kind)
{
    switch (kind) {
    case MailClassification::Kind::Personal:
        return QStringLiteral("personal");
    case MailClassification::Kind::AutoReply:
        return QStringLiteral("auto_reply");
    case MailClassification::Kind::Bulk:
        return QStringLiteral("bulk");
    case MailClassification::Kind::List:
        return QStringLiteral("list");
    case MailClassification::Kind::Loop:
        return QStringLiteral("loop");
    case MailClassification::Kind::DeliveryReport:
        return QStringLiteral("delivery_report");
    }
    return {};
}

QList<qint64> MailClassifier::ticketTags(QStringView subject)
{
    static const QRegularExpression re(QStringLiteral("\\[#(\\d{1,15})\\]"));
    QList<qint64> tags;
    auto it = re.globalMatch(subject);
    while (it.hasNext()) {
        bool ok = false;
        const qint64 n = it.next().captured(1).toLongLong(&ok);
        if (ok && n > 0 && !tags.contains(n))
            tags.append(n);
    }
    return tags;
}

std::optional<DeliveryReport> MailClassifier::deliveryReport(const InboundMessage &message,
                                                             const ClassifierOptions &options)
{
    if (auto r = standardReport(message, options))
        return r;
    return heuristicReport(message, options);
}

MailClassification MailClassifier::classify(const InboundMessage &m,
                                            const ClassifierOptions &options)
{
    MailClassification c;
    c.ticketTags = ticketTags(m.subject);
    const InboundMarkers &k = m.markers;

    if (auto report = deliveryReport(m, options)) {
        c.kind = MailClassification::Kind::DeliveryReport;
        c.evidence << (report->standard ? QStringLiteral("multipart/report; delivery-status")
                                        : QStringLiteral("bounce from %1").arg(m.from.address));
        c.delivery = std::move(report);
        return c;
    }

    const QString idDomain = InboundText::domainOf(m.messageId);
    if (!idDomain.isEmpty() && containsCi(options.ourMessageIdDomains, idDomain))
        c.evidence << QStringLiteral("Message-ID: %1").arg(m.messageId);
    if (!m.from.address.isEmpty() && containsCi(options.ourAddresses, m.from.address))
        c.evidence << QStringLiteral("From: %1").arg(m.from.address);
    for (const QString &address : options.ourAddresses) {
        if (!address.isEmpty() && k.xLoop.contains(address, Qt::CaseInsensitive)) {
            c.evidence << QStringLiteral("X-Loop: %1").arg(k.xLoop);
            break;
        }
    }
    if (!c.evidence.isEmpty()) {
        c.kind = MailClassification::Kind::Loop;
        return c;
    }

    const QString autoSubmitted = firstToken(k.autoSubmitted);
    const QString precedence = firstToken(k.precedence);
    if (!autoSubmitted.isEmpty() && autoSubmitted != u"no")
        c.evidence << QStringLiteral("Auto-Submitted: %1").arg(autoSubmitted);
    if (precedence == u"auto_reply")
        c.evidence << QStringLiteral("Precedence: auto_reply");
    if (!k.xAutoreply.isEmpty())
        c.evidence << k.xAutoreply;
    static const QRegularExpression suppress(QStringLiteral("\\b(?:all|oof|autoreply)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (suppress.match(k.autoResponseSuppress).hasMatch())
        c.evidence << QStringLiteral("X-Auto-Response-Suppress: %1").arg(k.autoResponseSuppress);
    if (hasAutoReplySubject(m.subject))
        c.evidence << QStringLiteral("Subject: %1").arg(m.subject.left(40));
    if (!c.evidence.isEmpty()) {
        c.kind = MailClassification::Kind::AutoReply;
        return c;
    }

    if (!k.listId.isEmpty())
        c.evidence << QStringLiteral("List-Id: %1").arg(k.listId);
    if (!k.listUnsubscribe.isEmpty())
        c.evidence << QStringLiteral("List-Unsubscribe");
    if (!k.listPost.isEmpty())
        c.evidence << QStringLiteral("List-Post");
    if (m.hasHeader(u"Mailing-List"))
        c.evidence << QStringLiteral("Mailing-List");
    if (precedence == u"list")
        c.evidence << QStringLiteral("Precedence: list");
    if (!c.evidence.isEmpty()) {
        c.kind = MailClassification::Kind::List;
        return c;
    }

    if (precedence == u"bulk" || precedence == u"junk") {
        c.evidence << QStringLiteral("Precedence: %1").arg(precedence);
        c.kind = MailClassification::Kind::Bulk;
    }
    return c;
}

} // namespace helpdesk
