#pragma once
// ForwardDetector: finds forwarded or quoted copies of other mails inside a customer's message
// (pure), so that a copy of one of ours (the password-reset mail the runbook asks for) can be
// matched against the outbox by what survived: the Message-ID when there is one, else subject,
// date, recipient and a fingerprint of the text.
//
// Styles: an attached message/rfc822; Gmail's "---------- Forwarded message ---------" block;
// Outlook's "-----Original Message-----" or its bare "From: / Sent: / To: / Subject:" block (also
// German, French, Spanish, Italian and Dutch labels, which Outlook localises); Apple Mail's
// "Begin forwarded message:"; and a quoted block ("> ...") after an "On ... wrote:" line.

#include "inbound/InboundMessage.h"
#include "inbound/TextFingerprint.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace helpdesk {

struct ForwardedCopy
{
    enum class Style { Attached, Gmail, Outlook, AppleMail, Quoted };
    Style style = Style::Attached;

    QString messageId;   // "<id@domain>" when the copy carries one (attached, Apple Mail)
    QString from;        // as shown: "Customer Support <support@example.com>"
    QString fromAddress; // the address in it, or empty
    QString to;
    QString toAddress; // the (first) recipient: who we sent it to
    QString subject;
    QString dateText; // as written
    // The date when it could be read. Inline forwards mostly show the customer's local time
    // without a zone: then dateHasZone is false and date holds that wall time as UTC, so compare
    // with a window of +-14 hours.
    QDateTime date;
    bool dateHasZone = false;
    QString text;                // the forwarded body, quote marks removed
    TextFingerprint fingerprint; // of text
    // The copy's header lines as found, one per line: what ForwardedMailCheck::check() reads.
    QString headerBlock;

    static QString key(Style style); // "attached", "gmail", "outlook", "apple_mail", "quoted"
};

namespace ForwardDetector {
QList<ForwardedCopy> find(const InboundMessage &message);
// Reads the dates inline forwards show: "Mon, Jan 20, 2025 at 9:58 AM", "Monday, January 20,
// 2025 9:58 AM", "20 January 2025 at 09:58:12 CET", "Montag, 20. Januar 2025 09:58", RFC 5322.
QDateTime parseDate(const QString &text, bool *hasZone);
} // namespace ForwardDetector

} // namespace helpdesk
