#pragma once
// SignInWatch: the unusual-sign-in notices. One pass reads the sign-in events that arrived since
// the watermark (notice_watermarks 'sign_ins', by id), runs the suspicious-activity rules
// (SuspiciousActivity) over each new successful sign-in with the account's history, and for a
// sign-in from a device the account has not used successfully in the baseline before it, queues
// one unusual_sign_in notice (AccountNotices) — at most one per account, device and UTC day,
// never twice for the same event. Sign-ins from known devices stay quiet.
//
// Safe with several watchers (apps and `helpdesk-admin accounts watch`): each notice is one
// transaction whose unique key (account, device, day) lets only one of them commit. Events
// younger than GraceMs are read again by the next pass, because on PostgreSQL an event with a
// lower id can commit after one with a higher id; the watermark only passes events older than
// that. Events older than MaxAgeMs when first seen are history, not news, and send nothing.
//
// The same pass tells customers about the platform's own lockouts (locked_by "system") of the
// last day: one account_locked notice per lock. A lock by an agent is noticed in the lock's own
// transaction (AccountActions); the platform's lock happens in the platform's transaction, so
// the watch queues its notice within a minute of it instead. Changes to two-step sign-in, which
// only the platform makes, are told the same way: a trigger on accounts writes each change into
// account_changes (migration 0019) and the pass queues one mfa_changed notice per change.
//
// Synchronous on the connection it is given (the apps run it on their DbWorker).

#include "accounts/SuspiciousActivity.h"
#include "common/Result.h"
#include "staff/Actor.h"

#include <QSqlDatabase>

namespace helpdesk {

struct SignInWatchPass
{
    int examined = 0;       // successful sign-ins looked at
    int noticed = 0;        // notices queued
    int quiet = 0;          // known devices, or nothing unusual
    int alreadyNoticed = 0; // the device's notice of that day exists
    int lockNotices = 0;    // the platform's own lockouts told to the customer
    int mfaNotices = 0;     // two-step sign-in changes (account_changes) told to the customer
    int failed = 0;         // notices that could not be queued (lastError says why)
    QString lastError;
    qint64 watermark = 0; // after the pass
    QList<qint64> outboxIds;
};

class SignInWatch
{
public:
    static constexpr qint64 GraceMs = 10 * 60'000;
    static constexpr qint64 MaxAgeMs = 24LL * 3'600'000;
    static constexpr int BatchSize = 2000;
    static constexpr const char *LeaseName = "sign-in-watch";

    SignInWatch(QSqlDatabase &db, Actor actor, qint64 nowMs, SuspicionRules rules = {});

    Result<SignInWatchPass> runOnce();

    // One watcher per desk at a time in the apps (desk_leases, like the SLA monitor).
    static Result<bool> claimLease(QSqlDatabase &db, const QString &holder, qint64 nowMs,
                                   qint64 leaseMs);
    // Moves the watermark to the newest event there is: seeding demo data makes history.
    static Result<void> skipToNewest(QSqlDatabase &db, qint64 nowMs);
    // The notice's key for a device on a day: "device:<hash>:<yyyy-MM-dd>" (UTC).
    // What a change of two-step sign-in did, in the customer's words ("turned off", "turned on
    // (authenticator app)").
    static QString mfaChangeText(bool enabled, const QString &method);
    static QString noticeKey(const LoginEvent &event);

private:
    Result<void> platformLocks(SignInWatchPass &pass, const QString &companyName);
    Result<void> mfaChanges(SignInWatchPass &pass, const QString &companyName);

    QSqlDatabase &m_db;
    Actor m_actor;
    qint64 m_now;
    SuspicionRules m_rules;
};

} // namespace helpdesk
