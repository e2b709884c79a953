#pragma once
// AccountNotices: tells customers proactively about what happened to their account — locked,
// unlocked, recovered, email address verified, links revoked, an unusual sign-in — by a mail
// queued IN THE TRANSACTION of the event (the caller's Recorder), so a rolled-back event sends
// nothing and a committed one always has its mail.
//
// Each notice is one row of account_notices, unique per (account, kind, key): the key says what
// makes two notices the same (a lock's time; an unusual sign-in's device and UTC day), so the
// same notice is never queued twice, whichever client or watch run gets there first.
//
// Security notices (locked, unusual sign-in, two-step sign-in changed) always go; the others are
// skipped for a customer whose account says notices_opt_out (the row records "opted_out"). No
// notice carries a link with a token: the templates name what happened and what to do, never a way
// in.

#include "accounts/Account.h"
#include "common/Result.h"
#include "mail/Template.h"
#include "write/Recorder.h"

#include <optional>

namespace helpdesk {

enum class NoticeKind {
    Locked,
    Unlocked,
    Recovered,
    EmailVerified,
    LinksRevoked,
    UnusualSignIn,
    MfaChanged, // the platform turned two-step sign-in on or off, or changed its method
};

namespace NoticeKinds {
QString key(NoticeKind kind); // "links_revoked", as account_notices.kind stores it
std::optional<NoticeKind> fromKey(const QString &key);
QString templateKey(NoticeKind kind); // the mail template it is written with
// Cannot be switched off by the customer.
bool isSecurity(NoticeKind kind);
QList<NoticeKind> all();
} // namespace NoticeKinds

struct Notice
{
    NoticeKind kind = NoticeKind::Locked;
    QString key;                        // what makes two notices the same, e.g. "lock:<ms>"
    TemplateValues values;              // besides customer.* and company.name
    std::optional<qint64> ticketId;     // the ticket the event was recorded on, if any
    std::optional<qint64> eventId;      // its timeline event
    std::optional<qint64> loginEventId; // the sign-in an unusual-sign-in notice is about
};

struct NoticeOutcome
{
    enum class What { Queued, OptedOut, AlreadyNoticed };
    What what = What::Queued;
    std::optional<qint64> outboxId; // the mail, when queued
    qint64 noticeId = 0;            // the account_notices row (0 when already noticed)
};

namespace AccountNotices {
// Decides and records the notice in record's transaction: the row, and the mail unless the
// customer opted out (non-security only) or the same notice exists. companyName signs it.
Result<NoticeOutcome> queue(Recorder &record, const Account &account, const QString &companyName,
                            const Notice &notice);
// Records a notice whose mail the caller queued itself (the lock mail of AccountActions, which
// carries the action's own data).
Result<qint64> recordQueued(Recorder &record, const Account &account, NoticeKind kind,
                            const QString &key, qint64 outboxId,
                            std::optional<qint64> ticketId = {});
// Whether a notice of this kind and key was recorded for the account already.
Result<bool> exists(QSqlDatabase &db, qint64 accountId, NoticeKind kind, const QString &key);
} // namespace AccountNotices

} // namespace helpdesk
