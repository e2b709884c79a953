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
#include "mail/Outbox.h"

#include <QDateTime>
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
    QString summary;                   // translated: what the agent should conclude
};

namespace ForwardedMailCheck {
// The Message-IDs in pasted text, without repeats, each as "<id@domain>".
QStringList extractMessageIds(const QString &pastedText);
Result<ForwardedMailReport> check(QSqlDatabase &db, const QString &pastedText, qint64 nowMs);
} // namespace ForwardedMailCheck

} // namespace helpdesk
