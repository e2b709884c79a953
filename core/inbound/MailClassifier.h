#pragma once
// MailClassifier: what kind of mail a parsed message is, from its headers and structure alone
// (pure, no database): a person's mail, an auto-reply, bulk or list mail, one of our own mails
// coming back (a loop), or a delivery status notification, with the original message it reports
// on. Also reads the ticket tags ("[#123]") our subjects carry.

#include "inbound/InboundMessage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace helpdesk {

// A delivery status notification for one of the messages we sent (RFC 3464, or one of the
// common non-standard bounces that quote the original's headers).
struct DeliveryReport
{
    QString originalMessageId; // "<id@domain>" of the message that was not delivered
    QString recipient;         // the address that failed
    QString action;            // "failed", "delayed", "delivered", "relayed", "expanded"
    QString status;            // "5.1.1"
    QString diagnostic;        // "smtp; 550 5.1.1 <x@y>: Recipient address rejected: ..."
    QString reportingMta;      // "dns; relay.example.com"
    bool standard = false;     // RFC 3464 multipart/report; false: read from a human bounce
    // A final failure: Action failed, or a 5.x.x status / 5xx code. Delays are not.
    bool permanent() const;
    // One line for the outbox and the timeline: "5.1.1 nobody@gone.example: 550 ...".
    QString reason() const;
};

struct MailClassification
{
    enum class Kind {
        Personal,       // written by a person: may create or extend a ticket
        AutoReply,      // out-of-office, auto-responders, Auto-Submitted
        Bulk,           // Precedence bulk/junk, newsletters
        List,           // mailing lists (List-Id, List-Unsubscribe, Precedence list)
        Loop,           // one of our own mails, or from our own address
        DeliveryReport, // a bounce or delay notice
    };
    Kind kind = Kind::Personal;
    // The headers that decided it, e.g. "Auto-Submitted: auto-replied" (not translated).
    QStringList evidence;
    std::optional<DeliveryReport> delivery; // for Kind::DeliveryReport
    QList<qint64> ticketTags;               // "[#123]" in the subject, in order

    bool isAutomated() const { return kind != Kind::Personal; }
    // Translated, one line: why the message does not create tickets ("an automatic reply
    // (Auto-Submitted: auto-replied)"); empty for Personal.
    QString reason() const;
};

struct ClassifierOptions
{
    // The domains of the Message-IDs we generate (the outbox's MimeBuilder domain).
    QStringList ourMessageIdDomains;
    // Our own addresses (the support mailbox): mail from them is a loop.
    QStringList ourAddresses;
};

namespace MailClassifier {
MailClassification classify(const InboundMessage &message, const ClassifierOptions &options);
// "[#123]" tags in a subject, in order of appearance, without repeats.
QList<qint64> ticketTags(QStringView subject);
// The delivery report in a message, standard or not; nullopt when it is not a bounce.
std::optional<DeliveryReport> deliveryReport(const InboundMessage &message,
                                             const ClassifierOptions &options);
// Stable keys for logs, JSON and tests: "personal", "auto_reply", "bulk", "list", "loop",
// "delivery_report".
QString key(MailClassification::Kind kind);
} // namespace MailClassifier

} // namespace helpdesk
