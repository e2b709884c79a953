#include "inbound/Threading.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Threading", text);
}

bool sameAddress(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

ThreadingDecision addTo(const KnownTicket &ticket, ThreadingDecision::Rule rule,
                        const InboundMessage &m, QString matchedId)
{
    ThreadingDecision d;
    d.action = ThreadingDecision::Action::AddToTicket;
    d.rule = rule;
    d.ticketId = ticket.id;
    d.ticketOpen = ticket.open;
    d.senderIsRequester = sameAddress(m.from.address, ticket.requesterEmail);
    d.matchedMessageId = std::move(matchedId);
    const QString number = ticketNumberText(ticket.id);
    switch (rule) {
    case ThreadingDecision::Rule::InReplyTo:
        d.reason = tr("A reply to a message of ticket %1 (In-Reply-To).").arg(number);
        break;
    case ThreadingDecision::Rule::References:
        d.reason = tr("Part of the conversation of ticket %1 (References).").arg(number);
        break;
    case ThreadingDecision::Rule::SubjectTag:
        d.reason = tr("The subject carries the tag of ticket %1.").arg(number);
        break;
    case ThreadingDecision::Rule::ForwardedCopy:
        d.reason = tr("It forwards a mail we sent on ticket %1.").arg(number);
        break;
    case ThreadingDecision::Rule::RequesterOpenTicket:
        d.reason = tr("The sender's open ticket is %1.").arg(number);
        break;
    case ThreadingDecision::Rule::None:
        break;
    }
    if (!d.senderIsRequester)
        d.reason +=
            u' ' + tr("It comes from %1, not from the ticket's requester.")
                       .arg(m.from.address.isEmpty() ? tr("an unknown sender") : m.from.address);
    return d;
}

// The ticket a known Message-ID belongs to, if it still exists.
Result<std::optional<KnownTicket>> ticketOfMessage(ThreadingLookup &lookup, const QString &id,
                                                   bool outgoingOnly)
{
    auto known = lookup.findMessage(id);
    if (!known)
        return known.error();
    if (!known.value() || !known.value()->ticketId)
        return std::optional<KnownTicket>{};
    if (outgoingOnly && known.value()->direction != KnownMessage::Direction::Outgoing)
        return std::optional<KnownTicket>{};
    return lookup.findTicket(*known.value()->ticketId);
}
} // namespace

Result<std::optional<KnownMessage>> FunctionThreadingLookup::findMessage(const QString &messageId)
{
    return message ? message(messageId) : std::optional<KnownMessage>{};
}

Result<std::optional<KnownTicket>> FunctionThreadingLookup::findTicket(qint64 number)
{
    return ticket ? ticket(number) : std::optional<KnownTicket>{};
}

Result<std::optional<KnownTicket>> FunctionThreadingLookup::openTicketOf(const QString &email)
{
    return openTicket ? openTicket(email) : std::optional<KnownTicket>{};
}

QString ThreadingDecision::key(Action action)
{
    switch (action) {
    case Action::AddToTicket:
        return QStringLiteral("add");
    case Action::NewTicket:
        return QStringLiteral("new");
    case Action::Ignore:
        return QStringLiteral("ignore");
    case Action::Bounce:
        return QStringLiteral("bounce");
    case Action::Duplicate:
        return QStringLiteral("duplicate");
    }
    return {};
}

QString ThreadingDecision::key(Rule rule)
{
    switch (rule) {
    case Rule::None:
        return QStringLiteral("none");
    case Rule::InReplyTo:
        return QStringLiteral("in_reply_to");
    case Rule::References:
        return QStringLiteral("references");
    case Rule::SubjectTag:
        return QStringLiteral("subject_tag");
    case Rule::ForwardedCopy:
        return QStringLiteral("forwarded_copy");
    case Rule::RequesterOpenTicket:
        return QStringLiteral("requester_open_ticket");
    }
    return {};
}

Result<ThreadingDecision> Threading::decide(const InboundMessage &m, const MailClassification &c,
                                            ThreadingLookup &lookup,
                                            const ThreadingOptions &options,
                                            const QStringList &forwardedIds)
{
    using Action = ThreadingDecision::Action;
    using Rule = ThreadingDecision::Rule;

    // 1. Automated mail never creates or extends a ticket.
    if (c.kind == MailClassification::Kind::DeliveryReport && c.delivery) {
        ThreadingDecision d;
        d.delivery = c.delivery;
        d.matchedMessageId = c.delivery->originalMessageId;
        std::optional<KnownMessage> original;
        if (!d.matchedMessageId.isEmpty()) {
            auto known = lookup.findMessage(d.matchedMessageId);
            if (!known)
                return known.error();
            original = known.value();
        }
        if (original && original->direction == KnownMessage::Direction::Outgoing &&
            original->outboxId) {
            d.action = Action::Bounce;
            d.outboxId = original->outboxId;
            d.ticketId = original->ticketId;
            d.reason = c.delivery->permanent() ? tr("Our message %1 could not be delivered: %2")
                                                     .arg(d.matchedMessageId, c.delivery->reason())
                                               : tr("Delivery of our message %1 is delayed: %2")
                                                     .arg(d.matchedMessageId, c.delivery->reason());
            return d;
        }
        d.action = Action::Ignore;
        d.reason = d.matchedMessageId.isEmpty()
                       ? tr("Ignored: a delivery report that does not say which message it is "
                            "about.")
                       : tr("Ignored: a delivery report for %1, which we did not send.")
                             .arg(d.matchedMessageId);
        return d;
    }
    if (c.isAutomated()) {
        ThreadingDecision d;
        d.action = Action::Ignore;
        d.reason = tr("Ignored: %1.").arg(c.reason());
        return d;
    }

    // 2. The same message again (a second delivery, a retried pipe).
    if (!m.messageId.isEmpty()) {
        auto known = lookup.findMessage(m.messageId);
        if (!known)
            return known.error();
        if (known.value()) {
            ThreadingDecision d;
            if (known.value()->direction == KnownMessage::Direction::Inbound) {
                d.action = Action::Duplicate;
                d.ticketId = known.value()->ticketId;
                d.reason = tr("Already received: a message with the Message-ID %1 was "
                              "processed before.")
                               .arg(m.messageId);
            } else {
                d.action = Action::Ignore;
                d.reason = tr("Ignored: one of our own mails coming back (%1).").arg(m.messageId);
            }
            d.matchedMessageId = m.messageId;
            return d;
        }
    }

    // 3. In-Reply-To, then References from the newest.
    QList<std::pair<QString, Rule>> ids;
    if (!m.inReplyTo.isEmpty())
        ids.append({m.inReplyTo, Rule::InReplyTo});
    for (qsizetype i = m.references.size() - 1; i >= 0; --i) {
        if (m.references.at(i) != m.inReplyTo)
            ids.append({m.references.at(i), Rule::References});
    }
    for (const auto &[id, rule] : ids) {
        auto ticket = ticketOfMessage(lookup, id, false);
        if (!ticket)
            return ticket.error();
        if (ticket.value())
            return addTo(*ticket.value(), rule, m, id);
    }

    // 4. The subject tag.
    for (const qint64 number : c.ticketTags) {
        auto ticket = lookup.findTicket(number);
        if (!ticket)
            return ticket.error();
        if (ticket.value())
            return addTo(*ticket.value(), Rule::SubjectTag, m, {});
    }

    // 5. A forwarded copy of one of our mails, sent back by that ticket's requester.
    if (options.useForwardedCopy) {
        for (const QString &id : forwardedIds) {
            auto ticket = ticketOfMessage(lookup, id, true);
            if (!ticket)
                return ticket.error();
            if (ticket.value() && sameAddress(m.from.address, ticket.value()->requesterEmail))
                return addTo(*ticket.value(), Rule::ForwardedCopy, m, id);
        }
    }

    // 6. The requester's open ticket.
    if (options.useRequesterOpenTicket && !m.from.address.isEmpty()) {
        auto ticket = lookup.openTicketOf(m.from.address);
        if (!ticket)
            return ticket.error();
        if (ticket.value())
            return addTo(*ticket.value(), Rule::RequesterOpenTicket, m, {});
    }

    // 7. A new ticket.
    ThreadingDecision d;
    d.action = Action::NewTicket;
    const CategoryRules &rules =
        options.categoryRules ? *options.categoryRules : CategoryRules::builtIn();
    d.category = rules.guess(m.subject, m.textBody);
    d.reason = d.category.matched.isEmpty()
                   ? tr("A new conversation; no category keywords matched.")
                   : tr("A new conversation; category %1 from: %2.")
                         .arg(Vocabulary::label(d.category.category),
                              d.category.matched.join(QStringLiteral(", ")));
    return d;
}

} // namespace helpdesk
