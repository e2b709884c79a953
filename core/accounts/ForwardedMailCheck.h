#pragma once
// The forwarded-email check: the login runbook asks the customer to forward the reset or
// activation email back. The agent pastes the forwarded message (or just its headers); this
// finds the Message-IDs in it (Message-ID, In-Reply-To and References headers, also inside
// quoted or forwarded blocks), looks each up in the outbox and reports when the relay accepted
// that mail and the state of the link it carried. It never reveals, accepts or redeems a token:
// a token in the pasted text is ignored, not compared with anything.
// A Message-ID this helpdesk never sent means the mail did not come from us: possible phishing.

#include "accounts/AccountToken.h"
#include "common/Result.h"
#include "inbound/ForwardDetector.h"
#include "mail/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace helpdesk {

// One of our outgoing mails, found by its Message-ID.
struct ForwardedMailMatch
{
    QString messageId;
    qint64 outboxId = 0;
    QString templateKey;  // "password_reset", "account_activation", ...
    QString templateName; // translated kind of mail: "Password-reset link"
    QString to;           // who it was sent to
    QString subject;
    OutboxStatus status = OutboxStatus::Queued;
    QDateTime queuedAt;
    QDateTime acceptedAt; // when the mail relay accepted it (invalid: not yet)
    std::optional<qint64> ticketId;
    std::optional<TokenInfo> token; // the link it carried, if any (state only)
    // How it was recognised: "message_id", or "inline" (recipient, subject, date and text of an
    // inline forward that lost its headers).
    QString matchedBy = QStringLiteral("message_id");
    QString forwardStyle; // ForwardedCopy::key() of the copy it was found in; empty for a paste
};

struct ForwardedMailReport
{
    enum class Verdict {
        NoMessageId, // nothing that looks like a Message-ID: paste the full headers
        NotSentByUs, // Message-IDs found, none of them ours: possible phishing
        SentByUs,    // at least one is one of our mails
    };
    Verdict verdict = Verdict::NoMessageId;
    QStringList messageIds;            // every Message-ID found, in order of appearance
    QList<ForwardedMailMatch> matches; // the ones we sent
    QStringList unknownIds;            // found, but not sent by us
    bool containsLink = false;         // a portal link with a token is in the text (not used)
    // Forwarded or quoted copies without a Message-ID that were looked for inline, and how many
    // of them matched none of our mails.
    int inlineCopies = 0;
    int inlineUnmatched = 0;
    QString summary; // translated: what the agent should conclude

    // For the timeline and the audit log: verdict, ids, matches (outbox id, template, state of
    // the link, how matched); never a token or a link.
    QJsonObject toJson() const;
    static QString key(Verdict verdict); // "no_message_id", "not_sent_by_us", "sent_by_us"
};

namespace ForwardedMailCheck {
// The Message-IDs in pasted text, without repeats, each as "<id@domain>".
QStringList extractMessageIds(const QString &pastedText);
// Pasted text: its Message-IDs, else the inline forwards in it (Gmail, Outlook, Apple Mail,
// a quoted block) matched by what survives. customerAddress (the ticket's requester) stands in
// for a copy that does not show whom it was sent to.
Result<ForwardedMailReport> check(QSqlDatabase &db, const QString &pastedText, qint64 nowMs,
                                  const QString &customerAddress = {});
// The copies ForwardDetector found in a received message (attached ones carry their
// Message-ID; inline ones are matched by recipient, subject, date and text fingerprint).
Result<ForwardedMailReport> checkCopies(QSqlDatabase &db, const QList<ForwardedCopy> &copies,
                                        const QString &customerAddress, qint64 nowMs);
// Puts the verdict on the ticket's timeline (a forwarded_mail_check event with the summary) and
// in the audit log, in the record's write.
Result<void> record(Recorder &record, qint64 ticketId, const ForwardedMailReport &report);
} // namespace ForwardedMailCheck

} // namespace helpdesk
