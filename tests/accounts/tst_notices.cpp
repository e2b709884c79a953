// Proactive notices on both dialects (issue 17): each account event queues exactly one mail in
// its own transaction, and none when it rolls back; the customer's opt-out silences the other
// notices but never a security one; an unusual sign-in is noticed once, a repeated or second
// watch sends nothing new, and known devices stay quiet. No notice carries a token.
#include "AccountFixtures.h"
#include "TestDatabase.h"
#include "accounts/AccountActions.h"
#include "accounts/AccountNotices.h"
#include "accounts/AccountStore.h"
#include "accounts/SignInWatch.h"
#include "db/Database.h"
#include "write/WritePath.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

template <typename T> QString describe(const Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

// Mails of one template to the account's owner.
qint64 mails(QSqlDatabase &db, const QString &templateKey)
{
    return count(db, "SELECT COUNT(*) FROM outbox WHERE template_key = ?", {templateKey});
}

qint64 notices(QSqlDatabase &db, const QString &kind)
{
    return count(db, "SELECT COUNT(*) FROM account_notices WHERE kind = ?", {kind});
}

// Two passing checks on the ticket, so that recovery actions are allowed.
void verify(QSqlDatabase &db, const Staff &by, qint64 ticketId, qint64 accountId, qint64 at)
{
    AccountActions a(db, by, at);
    auto c1 = a.recordVerification(ticketId, accountId, VerificationMethod::EmailCode, true,
                                   "read back 4711");
    auto c2 = a.recordVerification(ticketId, accountId, VerificationMethod::RegistrationDetails,
                                   true, "month of sign-up");
    if (!c1 || !c2)
        qFatal("verification failed: %s %s", qPrintable(describe(c1)), qPrintable(describe(c2)));
}

// A customer who signed in from the same laptop every day for three weeks.
qint64 regularCustomer(QSqlDatabase &db, const QString &email, qint64 now)
{
    const qint64 account = addAccount(db, accountRow(email, "Pat Doe"));
    for (int day = 21; day >= 1; --day)
        addLogin(db, account, now - day * kDayMs, true);
    return account;
}

} // namespace

class TestNotices : public QObject
{
    Q_OBJECT
private slots:
    void eachAccountEventNoticesOnce_data() { addDialectRows(); }
    void eachAccountEventNoticesOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const Staff agent = addStaffMember(db, "maria.k", StaffRole::Agent);
        const Staff lead = addStaffMember(db, "lena.v", StaffRole::Lead);
        const Staff lead2 = addStaffMember(db, "jonas.w", StaffRole::Lead);

        // Locked by an agent: the lock mail is the notice, recorded once.
        const qint64 pat = addAccount(db, AccountRow{});
        const qint64 patTicket = addAccountTicket(db, pat, "pat@example.com");
        auto locked = AccountActions(db, agent, kT0)
                          .lockNow(pat, "Password typed into a fake site", patTicket);
        QVERIFY2(locked.ok(), qPrintable(describe(locked)));
        QCOMPARE(mails(db, TemplateKeys::AccountLocked), 1);
        QCOMPARE(notices(db, "locked"), 1);
        QCOMPARE(count(db, "SELECT outbox_id FROM account_notices WHERE kind = 'locked'"),
                 *locked->outboxId);

        // The security lock lifted after the recovery checks: "recovered".
        verify(db, agent, patTicket, pat, kT0 + kMinuteMs);
        auto asked = AccountActions(db, agent, kT0 + 2 * kMinuteMs)
                         .requestUnlock(pat, patTicket, "Identity confirmed on the phone");
        QVERIFY2(asked.ok(), qPrintable(describe(asked)));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox"), 1); // a request tells nobody yet
        auto approved = AccountActions(db, lead, kT0 + 3 * kMinuteMs)
                            .approveUnlock(asked->unlockRequest->id, "Checked");
        QVERIFY2(approved.ok(), qPrintable(describe(approved)));
        QCOMPARE(mails(db, TemplateKeys::AccountRecovered), 1);
        QVERIFY(approved->noticeOutboxId.has_value());

        // A failed-sign-ins lock lifted: "unlocked".
        AccountRow lockedOut = accountRow("sam@example.com", "Sam Roe");
        lockedOut.status = "locked";
        lockedOut.lockedBy = "system";
        lockedOut.lockReason = "Too many failed sign-ins";
        lockedOut.failedLoginCount = 7;
        const qint64 sam = addAccount(db, lockedOut);
        const qint64 samTicket = addAccountTicket(db, sam, "sam@example.com");
        verify(db, agent, samTicket, sam, kT0 + 4 * kMinuteMs);
        auto unlocked = AccountActions(db, agent, kT0 + 5 * kMinuteMs).unlock(sam, samTicket);
        QVERIFY2(unlocked.ok(), qPrintable(describe(unlocked)));
        QCOMPARE(mails(db, TemplateKeys::AccountUnlocked), 1);

        // Email address verified.
        auto verified =
            AccountActions(db, agent, kT0 + 6 * kMinuteMs).markEmailVerified(sam, samTicket);
        QVERIFY2(verified.ok(), qPrintable(describe(verified)));
        QCOMPARE(mails(db, TemplateKeys::EmailVerified), 1);

        // Links revoked: a notice only when there was a link to revoke.
        auto none = AccountActions(db, agent, kT0 + 7 * kMinuteMs).revokeTokens(sam, samTicket);
        QVERIFY(!none.ok()); // nothing to revoke: refused, and nobody is told
        QCOMPARE(mails(db, TemplateKeys::LinksRevoked), 0);
        auto link = AccountActions(db, agent, kT0 + 8 * kMinuteMs).sendResetLink(sam, samTicket);
        QVERIFY2(link.ok(), qPrintable(describe(link)));
        auto revoked = AccountActions(db, agent, kT0 + 9 * kMinuteMs).revokeTokens(sam, samTicket);
        QVERIFY2(revoked.ok(), qPrintable(describe(revoked)));
        QCOMPARE(revoked->revokedTokens, 1);
        QCOMPARE(mails(db, TemplateKeys::LinksRevoked), 1);

        // Every notice went to the account's own address, without a token, and on the ticket.
        auto result =
            Database::exec(db, "SELECT o.to_address, o.text_body, o.html_body, o.ticket_id, "
                               "n.ticket_id FROM account_notices n JOIN outbox o ON o.id = "
                               "n.outbox_id");
        QVERIFY(result.ok());
        QSqlQuery *q = &result.value();
        int seen = 0;
        while (q->next()) {
            ++seen;
            QVERIFY(q->value(0).toString() == "pat@example.com" ||
                    q->value(0).toString() == "sam@example.com");
            QVERIFY2(tokenIn(q->value(1).toString()).isEmpty(), qPrintable(q->value(1).toString()));
            QVERIFY(!q->value(1).toString().contains("token="));
            QVERIFY(!q->value(2).toString().contains("token="));
            QVERIFY(!q->value(1).toString().contains("{{"));
            QCOMPARE(q->value(3).toLongLong(), q->value(4).toLongLong());
        }
        QCOMPARE(seen, 5);
        Q_UNUSED(lead2);

        // Two events at the same moment are two notices (one AccountActions, one clock).
        AccountActions twice(db, agent, kT0 + 10 * kMinuteMs);
        const qint64 kim = addAccount(db, accountRow("kim@example.com", "Kim Lee"));
        const qint64 lou = addAccount(db, accountRow("lou@example.com", "Lou Park"));
        QVERIFY(twice.lockNow(kim, "Phished").ok());
        QVERIFY(twice.lockNow(lou, "Phished").ok());
        QCOMPARE(mails(db, TemplateKeys::AccountLocked), 3);
    }

    // A notice is part of its event: when the event's transaction rolls back, so does the
    // notice, mail and all; a refused action queues nothing.
    void rolledBackEventNoticesNothing_data() { addDialectRows(); }
    void rolledBackEventNoticesNothing()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const Staff agent = addStaffMember(db, "maria.k", StaffRole::Agent);
        AccountRow lockedOut = accountRow("sam@example.com", "Sam Roe");
        lockedOut.status = "locked";
        lockedOut.lockedBy = "system";
        lockedOut.failedLoginCount = 7;
        const qint64 sam = addAccount(db, lockedOut);
        const qint64 ticket = addAccountTicket(db, sam, "sam@example.com");

        // Refused (no identity check yet): nothing at all.
        auto refused = AccountActions(db, agent, kT0).unlock(sam, ticket);
        QVERIFY(!refused.ok());
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM account_notices"), 0);

        // The notice queued, then the event fails after it: both gone.
        const Account account = AccountStore(db).account(sam).value();
        WritePath write(db, Actor::staff(agent), kT0);
        auto failed = write.run([&](Recorder &record) -> Result<void> {
            Notice n;
            n.kind = NoticeKind::Unlocked;
            n.key = "unlock:test";
            HD_TRY_ASSIGN(const NoticeOutcome out,
                          AccountNotices::queue(record, account, "Example Support", n));
            if (!out.outboxId)
                return Error::make(Error::Code::Unknown, "no mail queued");
            return Error::make(Error::Code::Conflict, "the event failed after its notice");
        });
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().code, Error::Code::Conflict);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox"), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM account_notices"), 0);
    }

    void optOutSilencesOnlyTheOtherNotices_data() { addDialectRows(); }
    void optOutSilencesOnlyTheOtherNotices()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const Staff agent = addStaffMember(db, "maria.k", StaffRole::Agent);
        AccountRow lockedOut = accountRow("sam@example.com", "Sam Roe");
        lockedOut.status = "locked";
        lockedOut.lockedBy = "system";
        lockedOut.failedLoginCount = 7;
        const qint64 sam = addAccount(db, lockedOut);
        QVERIFY(Database::exec(db,
                               dialect == "sqlite"
                                   ? "UPDATE accounts SET notices_opt_out = 1 WHERE id = ?"
                                   : "UPDATE accounts SET notices_opt_out = true WHERE id = ?",
                               {sam})
                    .ok());
        QVERIFY(AccountStore(db).account(sam)->noticesOptOut);
        const qint64 ticket = addAccountTicket(db, sam, "sam@example.com");
        verify(db, agent, ticket, sam, kT0);

        auto unlocked = AccountActions(db, agent, kT0 + kMinuteMs).unlock(sam, ticket);
        QVERIFY2(unlocked.ok(), qPrintable(describe(unlocked)));
        QVERIFY(!unlocked->noticeOutboxId.has_value());
        QCOMPARE(mails(db, TemplateKeys::AccountUnlocked), 0);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM account_notices WHERE kind = 'unlocked' AND "
                           "skipped = 'opted_out' AND outbox_id IS NULL"),
                 1);

        // A lock is a security notice: it goes whatever the account says.
        auto locked = AccountActions(db, agent, kT0 + 2 * kMinuteMs)
                          .lockNow(sam, "Reported a stolen phone", ticket);
        QVERIFY2(locked.ok(), qPrintable(describe(locked)));
        QCOMPARE(mails(db, TemplateKeys::AccountLocked), 1);

        // ... and so does an unusual sign-in.
        for (int day = 10; day >= 1; --day)
            addLogin(db, sam, kT0 - day * kDayMs, true);
        addLogin(db, sam, kT0 + kHourMs, true, "iPhone", "Safari", "Brazil", "Recife");
        auto pass = SignInWatch(db, Actor::system("sign-in-watch"), kT0 + 2 * kHourMs).runOnce();
        QVERIFY2(pass.ok(), qPrintable(describe(pass)));
        QCOMPARE(pass->noticed, 1);
        QCOMPARE(mails(db, TemplateKeys::UnusualSignIn), 1);

        // The database keeps a security notice from being recorded as skipped.
        QVERIFY(!Database::exec(db,
                                "INSERT INTO account_notices (account_id, kind, notice_key, "
                                "security, skipped, created_at) VALUES (?, 'locked', 'x', ?, "
                                "'opted_out', 0)",
                                {sam, true})
                     .ok());
    }

    void unusualSignInNoticedOnce_data() { addDialectRows(); }
    void unusualSignInNoticedOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const qint64 now = kT0;
        const qint64 pat = regularCustomer(db, "pat@example.com", now);
        const Actor watch = Actor::system("sign-in-watch");

        // History is not news: the first pass reads it and sends nothing.
        auto first = SignInWatch(db, watch, now).runOnce();
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(first->noticed, 0);

        // The known laptop again: quiet. A new phone abroad: one notice.
        addLogin(db, pat, now + 5 * kMinuteMs, true);
        const qint64 phone =
            addLogin(db, pat, now + 6 * kMinuteMs, true, "iPhone", "Safari", "Brazil", "Recife");
        auto pass = SignInWatch(db, watch, now + 20 * kMinuteMs).runOnce();
        QVERIFY2(pass.ok(), qPrintable(describe(pass)));
        QCOMPARE(pass->examined, 2);
        QCOMPARE(pass->quiet, 1);
        QCOMPARE(pass->noticed, 1);
        QCOMPARE(mails(db, TemplateKeys::UnusualSignIn), 1);
        const QString body = text(db, "SELECT text_body FROM outbox WHERE template_key = ?",
                                  {TemplateKeys::UnusualSignIn});
        QVERIFY2(body.contains("iPhone · Safari"), qPrintable(body));
        QVERIFY(body.contains("Recife, Brazil"));
        QVERIFY(body.contains("UTC"));
        QVERIFY(body.contains("Forgot your"));
        QVERIFY(!body.contains("token=") && !body.contains("http"));
        QCOMPARE(count(db, "SELECT login_event_id FROM account_notices WHERE kind = "
                           "'unusual_sign_in'"),
                 phone);
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM audit_log WHERE action = "
                       "'notice_unusual_sign_in' AND entity_id = ?",
                       {pat}),
                 1);

        // Run again, and again as a second client that reads from an old watermark: nothing
        // new. The same phone later that day: still one notice.
        addLogin(db, pat, now + 3 * kHourMs, true, "iPhone", "Safari", "Brazil", "Recife");
        auto again = SignInWatch(db, watch, now + 4 * kHourMs).runOnce();
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again->noticed, 0);
        QVERIFY(
            Database::exec(db, "UPDATE notice_watermarks SET last_id = 0 WHERE name = 'sign_ins'")
                .ok());
        auto second = SignInWatch(db, Actor::system("other-client"), now + 4 * kHourMs).runOnce();
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(second->noticed, 0);
        QVERIFY(second->alreadyNoticed >= 1);
        QCOMPARE(mails(db, TemplateKeys::UnusualSignIn), 1);

        // The next day, the phone is known (it signed in yesterday): quiet.
        addLogin(db, pat, now + 26 * kHourMs, true, "iPhone", "Safari", "Brazil", "Recife");
        auto nextDay = SignInWatch(db, watch, now + 27 * kHourMs).runOnce();
        QVERIFY2(nextDay.ok(), qPrintable(describe(nextDay)));
        QCOMPARE(nextDay->noticed, 0);
        QCOMPARE(mails(db, TemplateKeys::UnusualSignIn), 1);
    }

    // The platform's own lockout happens outside the helpdesk: the watch tells the customer,
    // once per lock; a lock from before the upgrade (or the demo data) is history.
    void platformLockoutNoticedOnce_data() { addDialectRows(); }
    void platformLockoutNoticedOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const qint64 now = kT0;
        const qint64 old = addAccount(db, accountRow("old@example.com", "Old Lock"));
        const qint64 pat = addAccount(db, AccountRow{});
        const char *lock = "UPDATE accounts SET status = 'locked', locked_by = 'system', "
                           "lock_reason = 'Too many failed sign-ins', locked_at = ? WHERE id = ?";
        QVERIFY(Database::exec(db, lock, {now - 2 * kHourMs, old}).ok());
        QVERIFY(SignInWatch::skipToNewest(db, now - kHourMs).ok());
        QVERIFY(Database::exec(db, lock, {now - 10 * kMinuteMs, pat}).ok());

        auto pass = SignInWatch(db, Actor::system("sign-in-watch"), now).runOnce();
        QVERIFY2(pass.ok(), qPrintable(describe(pass)));
        QCOMPARE(pass->lockNotices, 1);
        QCOMPARE(mails(db, TemplateKeys::AccountLocked), 1);
        QCOMPARE(text(db, "SELECT to_address FROM outbox"), QString("pat@example.com"));
        auto again = SignInWatch(db, Actor::system("other-client"), now + kMinuteMs).runOnce();
        QVERIFY(again.ok());
        QCOMPARE(again->lockNotices, 0);
        QCOMPARE(mails(db, TemplateKeys::AccountLocked), 1);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log WHERE action = 'notice_platform_lock'"),
                 1);
    }

    // Two-step sign-in is changed by the platform, not the helpdesk: the trigger of 0019 records
    // each change and the watch tells the customer once per change — a security notice, so the
    // opt-out does not silence it; setting the same value again is no change.
    void mfaChangeNoticedOnce_data() { addDialectRows(); }
    void mfaChangeNoticedOnce()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const qint64 pat = addAccount(db, AccountRow{});
        QVERIFY(
            Database::exec(db, "UPDATE accounts SET notices_opt_out = ? WHERE id = ?", {true, pat})
                .ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(SignInWatch::skipToNewest(db, now).ok());
        const char *mfa = "UPDATE accounts SET mfa_enabled = ?, mfa_method = ? WHERE id = ?";
        QVERIFY(Database::exec(db, mfa, {true, QStringLiteral("totp"), pat}).ok());
        QVERIFY(Database::exec(db, mfa, {true, QStringLiteral("totp"), pat}).ok()); // same again
        QCOMPARE(count(db, "SELECT COUNT(*) FROM account_changes"), 1);

        auto pass = SignInWatch(db, Actor::system("sign-in-watch"), now + kMinuteMs).runOnce();
        QVERIFY2(pass.ok(), qPrintable(describe(pass)));
        QCOMPARE(pass->mfaNotices, 1);
        QCOMPARE(mails(db, TemplateKeys::MfaChanged), 1);
        QVERIFY2(text(db, "SELECT text_body FROM outbox")
                     .contains(QLatin1String("turned on (authenticator app)")),
                 qPrintable(text(db, "SELECT text_body FROM outbox")));
        // Another watcher, and the same one later: nothing new.
        auto again = SignInWatch(db, Actor::system("other-client"), now + 2 * kMinuteMs).runOnce();
        QVERIFY(again.ok());
        QCOMPARE(again->mfaNotices, 0);
        auto later =
            SignInWatch(db, Actor::system("sign-in-watch"), now + 20 * kMinuteMs).runOnce();
        QVERIFY(later.ok());
        QCOMPARE(later->mfaNotices, 0);
        QCOMPARE(mails(db, TemplateKeys::MfaChanged), 1);

        // Turned off: one more notice, saying so.
        QVERIFY(
            Database::exec(db, mfa, {false, QVariant(QMetaType::fromType<QString>()), pat}).ok());
        auto off = SignInWatch(db, Actor::system("sign-in-watch"), now + 21 * kMinuteMs).runOnce();
        QVERIFY(off.ok());
        QCOMPARE(off->mfaNotices, 1);
        QCOMPARE(mails(db, TemplateKeys::MfaChanged), 2);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox WHERE text_body LIKE '%turned off%'"), 1);
        QCOMPARE(notices(db, QStringLiteral("mfa_changed")), 2);
    }

    // The watermark passes an event only once it is older than the grace period, so an event
    // that commits late (a lower id after a higher one) is still read.
    void lateEventsAreStillRead_data() { addDialectRows(); }
    void lateEventsAreStillRead()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        const qint64 now = kT0;
        const qint64 pat = regularCustomer(db, "pat@example.com", now);
        const Actor watch = Actor::system("sign-in-watch");
        QVERIFY(SignInWatch(db, watch, now).runOnce().ok());
        const qint64 before =
            count(db, "SELECT last_id FROM notice_watermarks WHERE name = 'sign_ins'");

        addLogin(db, pat, now + kMinuteMs, true);
        auto young = SignInWatch(db, watch, now + 2 * kMinuteMs).runOnce();
        QVERIFY(young.ok());
        QCOMPARE(young->watermark, before); // within the grace period: read again next time
        auto later = SignInWatch(db, watch, now + SignInWatch::GraceMs + 2 * kMinuteMs).runOnce();
        QVERIFY(later.ok());
        QVERIFY(later->watermark > before);
        // Events from long ago that arrive now are history: read, not noticed.
        addLogin(db, pat, now - 3 * kDayMs, true, "Old tablet", "Firefox", "Spain", "Madrid");
        auto old = SignInWatch(db, watch, now + SignInWatch::GraceMs + 3 * kMinuteMs).runOnce();
        QVERIFY(old.ok());
        QCOMPARE(old->noticed, 0);
        QCOMPARE(mails(db, TemplateKeys::UnusualSignIn), 0);
    }
};

QTEST_GUILESS_MAIN(TestNotices)
#include "tst_notices.moc"
