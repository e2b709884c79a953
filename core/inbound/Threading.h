#pragma once
// Threading: where a received message goes (pure rules; the caller answers the lookups, e.g.
// from the database inside its ingest transaction). In order:
//   1. automated mail (auto-replies, lists, bulk, our own mail coming back) is ignored, and a
//      delivery report for one of our outbox messages is a bounce of that message;
//   2. a Message-ID we have seen from this message before is a duplicate;
//   3. In-Reply-To, then References (newest first), against our outbox and earlier inbound mail;
//   4. the "[#123]" tag in the subject, when that ticket exists;
//   5. a forwarded copy of one of our mails (its Message-ID), from that ticket's requester;
//   6. optionally, the requester's open ticket;
//   7. otherwise a new ticket, with a category guessed by CategoryRules.

#include "common/Result.h"
#include "inbound/CategoryRules.h"
#include "inbound/MailClassifier.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace helpdesk {

// A Message-ID the helpdesk knows: a mail it sent (outbox) or one it received.
struct KnownMessage
{
    enum class Direction { Outgoing, Inbound };
    Direction direction = Direction::Outgoing;
    std::optional<qint64> ticketId;
    std::optional<qint64> outboxId; // for Outgoing
};

struct KnownTicket
{
    qint64 id = 0;
    QString requesterEmail;
    bool open = true; // not resolved or closed
};

// What threading needs to know; each answer may fail (the database is gone), and the failure is
// passed on so that the message can be retried.
class ThreadingLookup
{
public:
    virtual ~ThreadingLookup() = default;
    virtual Result<std::optional<KnownMessage>> findMessage(const QString &messageId) = 0;
    virtual Result<std::optional<KnownTicket>> findTicket(qint64 number) = 0;
    // The requester's most recently updated open ticket, matched by address (case-insensitive).
    virtual Result<std::optional<KnownTicket>> openTicketOf(const QString &email) = 0;
};

// The same from three functions (tests, small callers); a missing function answers "none".
class FunctionThreadingLookup : public ThreadingLookup
{
public:
    std::function<Result<std::optional<KnownMessage>>(const QString &)> message;
    std::function<Result<std::optional<KnownTicket>>(qint64)> ticket;
    std::function<Result<std::optional<KnownTicket>>(const QString &)> openTicket;

    Result<std::optional<KnownMessage>> findMessage(const QString &messageId) override;
    Result<std::optional<KnownTicket>> findTicket(qint64 number) override;
    Result<std::optional<KnownTicket>> openTicketOf(const QString &email) override;
};

struct ThreadingOptions
{
    bool useRequesterOpenTicket = false; // rule 6 (a setting: some teams want one ticket each)
    bool useForwardedCopy = true;        // rule 5
    const CategoryRules *categoryRules = nullptr; // nullptr: CategoryRules::builtIn()
};

struct ThreadingDecision
{
    enum class Action { AddToTicket, NewTicket, Ignore, Bounce, Duplicate };
    enum class Rule { None, InReplyTo, References, SubjectTag, ForwardedCopy, RequesterOpenTicket };

    Action action = Action::NewTicket;
    Rule rule = Rule::None;
    std::optional<qint64> ticketId; // AddToTicket, Duplicate; Bounce when the outbox row has one
    std::optional<qint64> outboxId; // Bounce: the outbox message that was not delivered
    std::optional<DeliveryReport> delivery; // Bounce
    QString matchedMessageId;      // the id that threaded it (rules 3 and 5) or the bounced one
    bool ticketOpen = true;        // AddToTicket: false when the ticket is resolved or closed
    bool senderIsRequester = true; // AddToTicket: From is the ticket's requester
    CategoryGuess category;        // NewTicket
    QString reason;                // translated, one line: for the timeline, logs and --json

    static QString key(Action action); // "add", "new", "ignore", "bounce", "duplicate"
    static QString key(Rule rule);     // "in_reply_to", "references", "subject_tag", ...
};

namespace Threading {
// forwardedIds: Message-IDs of forwarded copies found in the message (ForwardDetector).
Result<ThreadingDecision> decide(const InboundMessage &message,
                                 const MailClassification &classification, ThreadingLookup &lookup,
                                 const ThreadingOptions &options = {},
                                 const QStringList &forwardedIds = {});
} // namespace Threading

} // namespace helpdesk
