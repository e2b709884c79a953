// Customer accounts on both dialects: one-time links (length, URL safety, only the hash stored,
// single use, expiry, revocation, rate limit), every action against the role matrix, the
// four-eyes unlock, locks, the recovery checklist, the forwarded-email check, the account store
// (search, keyset paging, devices, changes), live change notices and the async service.
#include "AccountFixtures.h"
#include "TestClock.h"
#include "TestDatabase.h"
#include "accounts/AccountActions.h"
#include "accounts/AccountOverview.h"
#include "accounts/AccountService.h"
#include "accounts/AccountStore.h"
#include "accounts/ForwardedMailCheck.h"
#include "accounts/RecoveryStore.h"
#include "accounts/TokenStore.h"
#include "db/ChangeNotifier.h"
#include "db/Database.h"
#include "db/DbWorker.h"
#include "mail/Outbox.h"
#include "settings/Settings.h"
#include "tickets/TicketStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

template <typename T> QString describe(const Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

// The staff of every test: two agents, two leads, an admin.
struct Team
{
    Staff agent;  // maria.k
    Staff agent2; // tom.h
    Staff lead;   // lena.v
    Staff lead2;  // jonas.w
    Staff admin;  // oliver.b

    explicit Team(QSqlDatabase &db)
        : agent(addStaffMember(db, "maria.k", StaffRole::Agent)),
          agent2(addStaffMember(db, "tom.h", StaffRole::Agent)),
          lead(addStaffMember(db, "lena.v", StaffRole::Lead)),
          lead2(addStaffMember(db, "jonas.w", StaffRole::Lead)),
          admin(addStaffMember(db, "oliver.b", StaffRole::Admin))
    {}

    const Staff &byRole(const QString &role) const
    {
        if (role == QLatin1String("lead"))
            return lead;
        if (role == QLatin1String("admin"))
            return admin;
        return agent;
    }
};

// The outbox row of a queued mail, and the token in it.
QString mailText(QSqlDatabase &db, qint64 outboxId)
{
    return text(db, "SELECT text_body FROM outbox WHERE id = ?", {outboxId});
}

// Two passing checks (a code and registration details) on the ticket, by `by`.
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

QJsonObject eventData(QSqlDatabase &db, qint64 eventId)
{
    return QJsonDocument::fromJson(
               text(db, "SELECT data FROM ticket_events WHERE id = ?", {eventId}).toUtf8())
        .object();
}

} // namespace

class TestAccountActions : public QObject
{
    Q_OBJECT
private slots:
    // ---- One-time links ------------------------------------------------------------------

    void resetLinkTokenProperties_data() { addDialectRows(); }
    void resetLinkTokenProperties()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 ticket = addAccountTicket(db, account, "pat@example.com");

        auto sent = AccountActions(db, team.agent, kT0).sendResetLink(account, ticket);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QVERIFY(sent->token.has_value());
        QVERIFY(sent->outboxId.has_value());
        QCOMPARE(sent->token->state, TokenState::Issued);
        QCOMPARE(sent->token->kind, TokenKind::Reset);
        QCOMPARE(sent->token->expiresAt.toMSecsSinceEpoch(), kT0 + 60 * kMinuteMs);
        QCOMPARE(sent->ticketId, std::optional<qint64>(ticket));

        // The mail carries a 43-character base64url token (256 bits) in the portal link.
        const QString body = mailText(db, *sent->outboxId);
        QVERIFY(body.contains("https://portal.example.com/reset?token="));
        const QString token = tokenIn(body);
        QCOMPARE(token.size(), 43);
        QVERIFY(QRegularExpression("^[A-Za-z0-9_-]{43}$").match(token).hasMatch());
        const auto decoded = QByteArray::fromBase64Encoding(
            token.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded);
        QCOMPARE(decoded.decoded.size(), 32);
        QVERIFY(text(db, "SELECT html_body FROM outbox WHERE id = ?", {*sent->outboxId})
                    .contains(token));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox WHERE id = ? AND has_secret = ?",
                       {*sent->outboxId, true}),
                 1);
        QCOMPARE(text(db, "SELECT template_key FROM outbox WHERE id = ?", {*sent->outboxId}),
                 QString("password_reset"));

        // Only its SHA-256 is stored; the token is in no table but the queued mail.
        QCOMPARE(
            text(db, "SELECT token_sha256 FROM account_tokens WHERE id = ?", {sent->token->id}),
            OneTimeToken::sha256Hex(token));
        for (const char *table :
             {"account_tokens", "ticket_events", "audit_log", "accounts", "settings"})
            for (const QString &value : allText(db, table))
                QVERIFY2(!value.contains(token), qPrintable(QString("token found in ") + table));

        // Once the relay accepted it, the stored mail no longer holds the token either.
        auto accepted = Outbox::markSent(db, *sent->outboxId, "250 2.0.0 Ok", kT0 + 1000);
        QVERIFY(accepted.ok() && accepted.value());
        for (const char *table : {"outbox", "account_tokens", "ticket_events", "audit_log"})
            for (const QString &value : allText(db, table))
                QVERIFY2(!value.contains(token), qPrintable(QString("token found in ") + table));
        auto afterSend = TokenStore(db).token(sent->token->id, kT0 + 2000);
        QVERIFY(afterSend.ok());
        QCOMPARE(afterSend->state, TokenState::Sent);
        QVERIFY(afterSend->mailAcceptedAt.isValid());

        // Timeline and audit describe the link without it.
        const QJsonObject data = eventData(db, *sent->eventId);
        QCOMPARE(data["kind"].toString(), QString("reset"));
        QCOMPARE(qint64(data["token_id"].toDouble()), sent->token->id);
        QCOMPARE(qint64(data["outbox_id"].toDouble()), *sent->outboxId);
        QCOMPARE(count(db,
                       "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'account' AND "
                       "entity_id = ? AND action = 'send_reset_link'",
                       {account}),
                 1);

        // Single use: the portal's one UPDATE marks it used; the second try finds nothing.
        auto redeemed = TokenStore::redeem(db, TokenKind::Reset, token, kT0 + 5 * kMinuteMs);
        QVERIFY2(redeemed.ok(), qPrintable(describe(redeemed)));
        QCOMPARE(redeemed.value(), account);
        auto again = TokenStore::redeem(db, TokenKind::Reset, token, kT0 + 6 * kMinuteMs);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::NotFound);
        QCOMPARE(TokenStore(db).token(sent->token->id, kT0 + 7 * kMinuteMs)->state,
                 TokenState::Used);
    }

    // The README's statement for the customer portal, run as written (PostgreSQL: it hashes with
    // the server's sha256()).
    void portalStatementFromTheReadme()
    {
        TestDatabase tdb("postgresql");
        HELPDESK_REQUIRE_DB(tdb);
        QFile readme(qEnvironmentVariable("HELPDESK_SOURCE_DIR") + "/README.md");
        QVERIFY2(readme.open(QIODevice::ReadOnly), qPrintable(readme.fileName()));
        const QString doc = QString::fromUtf8(readme.readAll());
        const qsizetype start = doc.indexOf("```sql\nUPDATE account_tokens");
        QVERIFY(start >= 0);
        const qsizetype end = doc.indexOf("```", start + 6);
        QStringList lines;
        for (QString line : doc.mid(start + 7, end - start - 7).split('\n')) {
            if (const qsizetype comment = line.indexOf("--"); comment >= 0)
                line.truncate(comment);
            lines << line;
        }
        const QString sql = lines.join('\n').replace("$1", "?").trimmed();
        QVERIFY(sql.endsWith("RETURNING account_id;"));

        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto sent = AccountActions(db, team.agent, now).sendResetLink(account);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        const QString token = tokenIn(mailText(db, *sent->outboxId));

        auto first = Database::exec(db, sql, {token});
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QVERIFY(first.value().next());
        QCOMPARE(first.value().value(0).toLongLong(), account);
        first.value().finish();
        auto second = Database::exec(db, sql, {token});
        QVERIFY(second.ok());
        QVERIFY(!second.value().next()); // used: no row the second time
        QCOMPARE(TokenStore(db).token(sent->token->id, now + 1000)->state, TokenState::Used);
    }

    void redeemRefusesWrongKindAndMalformedTokens_data() { addDialectRows(); }
    void redeemRefusesWrongKindAndMalformedTokens()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        auto sent = AccountActions(db, team.agent, kT0).sendResetLink(account);
        QVERIFY2(sent.ok(), qPrintable(describe(sent)));
        QVERIFY(!sent->eventId.has_value()); // no ticket, no timeline
        const QString token = tokenIn(mailText(db, *sent->outboxId));
        QCOMPARE(TokenStore::redeem(db, TokenKind::Activation, token, kT0).error().code,
                 Error::Code::NotFound);
        QCOMPARE(TokenStore::redeem(db, TokenKind::Reset, token.left(42), kT0).error().code,
                 Error::Code::NotFound);
        QCOMPARE(
            TokenStore::redeem(db, TokenKind::Reset, OneTimeToken::generate(), kT0).error().code,
            Error::Code::NotFound);
        // The wrong tries did not use it up.
        QVERIFY(TokenStore::redeem(db, TokenKind::Reset, token, kT0).ok());
    }

    void linksExpire_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<qint64>("lifetime");
        for (const char *d : {"sqlite", "postgresql"}) {
            QTest::addRow("%s reset", d) << QString(d) << "reset" << 60 * kMinuteMs;
            QTest::addRow("%s activation", d) << QString(d) << "activation" << 7 * kDayMs;
        }
    }
    void linksExpire()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, kind);
        QFETCH(qint64, lifetime);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const bool reset = kind == "reset";
        AccountRow row;
        row.status = reset ? "active" : "pending_activation";
        const qint64 account = addAccount(db, row);

        AccountActions actions(db, team.agent, kT0);
        auto first = reset ? actions.sendResetLink(account) : actions.sendActivationLink(account);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(first->token->expiresAt.toMSecsSinceEpoch() - kT0, lifetime);
        const QString token = tokenIn(mailText(db, *first->outboxId));
        QVERIFY(
            mailText(db, *first->outboxId).contains(reset ? "/reset?token=" : "/activate?token="));
        const TokenKind k = reset ? TokenKind::Reset : TokenKind::Activation;

        // At the moment it expires it no longer works, and its state says so.
        QCOMPARE(TokenStore::redeem(db, k, token, kT0 + lifetime).error().code,
                 Error::Code::NotFound);
        QCOMPARE(TokenStore(db).token(first->token->id, kT0 + lifetime)->state,
                 TokenState::Expired);
        // A millisecond before, it did.
        QVERIFY(TokenStore::redeem(db, k, token, kT0 + lifetime - 1).ok());
    }

    void expiryAndRateLimitAreConfigurable_data() { addDialectRows(); }
    void expiryAndRateLimitAreConfigurable()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        Settings settings(db);
        QVERIFY(settings.set(AccountSettings::ResetExpiryMinutesKey, 15).ok());
        QVERIFY(settings.set(AccountSettings::LinksPerHourKey, 5).ok());
        QVERIFY(settings.set(AccountSettings::PortalUrlKey, "https://id.example.net/help/").ok());
        const qint64 account = addAccount(db, AccountRow{});
        for (int i = 0; i < 5; ++i) {
            auto sent = AccountActions(db, team.agent, kT0 + i * kMinuteMs).sendResetLink(account);
            QVERIFY2(sent.ok(), qPrintable(describe(sent)));
            QCOMPARE(sent->token->expiresAt.toMSecsSinceEpoch(), kT0 + (i + 15) * kMinuteMs);
            QVERIFY(
                mailText(db, *sent->outboxId).contains("https://id.example.net/help/reset?token="));
        }
        QCOMPARE(
            AccountActions(db, team.agent, kT0 + 6 * kMinuteMs).sendResetLink(account).error().code,
            Error::Code::Unavailable);
        // A broken setting is named, not silently replaced.
        QVERIFY(settings.setRaw(AccountSettings::LinksPerHourKey.key, "lots").ok());
        auto broken = AccountActions(db, team.agent, kT0 + 2 * kHourMs).sendResetLink(account);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains("accounts/links_per_hour"),
                 qPrintable(broken.error().message));
    }

    void reissueRevokesEarlierLinksOfThatKind_data() { addDialectRows(); }
    void reissueRevokesEarlierLinksOfThatKind()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        AccountRow row;
        row.status = "inactive";
        const qint64 account = addAccount(db, row);

        auto activation = AccountActions(db, team.agent, kT0).sendActivationLink(account);
        QVERIFY2(activation.ok(), qPrintable(describe(activation)));
        const QString activationToken = tokenIn(mailText(db, *activation->outboxId));
        // The customer reactivated meanwhile (the platform set the account active).
        QVERIFY(Database::exec(db, "UPDATE accounts SET status = 'active' WHERE id = ?", {account})
                    .ok());

        auto first = AccountActions(db, team.agent, kT0 + kMinuteMs).sendResetLink(account);
        QVERIFY2(first.ok(), qPrintable(describe(first)));
        QCOMPARE(first->revokedTokens, 0); // the activation link is another kind
        const QString firstToken = tokenIn(mailText(db, *first->outboxId));
        auto second = AccountActions(db, team.agent2, kT0 + 2 * kMinuteMs).sendResetLink(account);
        QVERIFY2(second.ok(), qPrintable(describe(second)));
        QCOMPARE(second->revokedTokens, 1);
        const QString secondToken = tokenIn(mailText(db, *second->outboxId));
        QVERIFY(firstToken != secondToken);

        auto revoked = TokenStore(db).token(first->token->id, kT0 + 3 * kMinuteMs);
        QCOMPARE(revoked->state, TokenState::Revoked);
        QCOMPARE(revoked->revokeReason, RevokeReasons::Reissued);
        QCOMPARE(
            TokenStore::redeem(db, TokenKind::Reset, firstToken, kT0 + 3 * kMinuteMs).error().code,
            Error::Code::NotFound);
        QVERIFY(TokenStore::redeem(db, TokenKind::Reset, secondToken, kT0 + 3 * kMinuteMs).ok());
        QVERIFY(TokenStore::redeem(db, TokenKind::Activation, activationToken, kT0 + 3 * kMinuteMs)
                    .ok());
        // Who issued which is kept.
        auto all = TokenStore(db).forAccount(account, kT0 + 4 * kMinuteMs);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).issuedByName, team.agent2.displayName);
        QCOMPARE(all->at(1).issuedByName, team.agent.displayName);
    }

    void rateLimitRefusesTheFourthLink_data() { addDialectRows(); }
    void rateLimitRefusesTheFourthLink()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        for (int i = 0; i < 3; ++i)
            QVERIFY(AccountActions(db, i == 1 ? team.lead : team.agent, kT0 + i * 10 * kMinuteMs)
                        .sendResetLink(account)
                        .ok());
        const qint64 fourthAt = kT0 + 30 * kMinuteMs;
        const qint64 before = count(db, "SELECT COUNT(*) FROM outbox");
        auto fourth = AccountActions(db, team.agent, fourthAt).sendResetLink(account);
        QVERIFY(!fourth.ok());
        QCOMPARE(fourth.error().code, Error::Code::Unavailable);
        QVERIFY2(fourth.error().message.contains("Rate limit"), qPrintable(fourth.error().message));
        QVERIFY2(fourth.error().message.contains("next link is possible at"),
                 qPrintable(fourth.error().message));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox"), before);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM account_tokens"), 3);

        // The UI can disable the button and say until when.
        auto available = AccountActions(db, team.agent, fourthAt).availability(account);
        QVERIFY(available.ok());
        bool checked = false;
        for (const ActionAvailability &a : available.value()) {
            if (a.action != AccountAction::SendResetLink)
                continue;
            checked = true;
            QVERIFY(!a.available);
            QCOMPARE(a.code, Error::Code::Unavailable);
            QCOMPARE(a.retryAt.toMSecsSinceEpoch(), kT0 + kHourMs);
            QCOMPARE(a.reason, fourth.error().message);
        }
        QVERIFY(checked);
        // An hour after the first link, the next one goes out.
        QCOMPARE(
            AccountActions(db, team.agent, kT0 + kHourMs - 1).sendResetLink(account).error().code,
            Error::Code::Unavailable);
        QVERIFY(AccountActions(db, team.agent, kT0 + kHourMs).sendResetLink(account).ok());
    }

    void linksNeedTheRightStatusAndMail_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("resetAllowed");
        QTest::addColumn<bool>("activationAllowed");
        for (const char *d : {"sqlite", "postgresql"}) {
            QTest::addRow("%s active", d) << QString(d) << "active" << true << false;
            QTest::addRow("%s inactive", d) << QString(d) << "inactive" << false << true;
            QTest::addRow("%s pending", d) << QString(d) << "pending_activation" << false << true;
            QTest::addRow("%s locked", d) << QString(d) << "locked" << false << false;
            QTest::addRow("%s suspended", d) << QString(d) << "suspended" << false << false;
        }
    }
    void linksNeedTheRightStatusAndMail()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, status);
        QFETCH(bool, resetAllowed);
        QFETCH(bool, activationAllowed);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        Team team(db);
        AccountRow row;
        row.status = status;
        row.lockReason = status == "locked" ? "Too many failed sign-ins" : "";
        const qint64 account = addAccount(db, row);

        // Without mail set up, no link is sent (it could not arrive before it expires).
        auto noMail =
            AccountActions(db, team.agent, kT0).can(AccountAction::SendResetLink, account);
        QVERIFY(!noMail.ok());
        if (resetAllowed) {
            QCOMPARE(noMail.error().code, Error::Code::Unavailable);
            QVERIFY(noMail.error().message.contains("Mail is not set up"));
        }
        configureMail(db);

        AccountActions actions(db, team.agent, kT0);
        auto reset = actions.sendResetLink(account);
        QCOMPARE(reset.ok(), resetAllowed);
        auto activation = AccountActions(db, team.agent, kT0 + 1).sendActivationLink(account);
        QCOMPARE(activation.ok(), activationAllowed);
        if (!resetAllowed) {
            QCOMPARE(reset.error().code, Error::Code::InvalidInput);
            QVERIFY2(reset.error().message.contains("active accounts only"),
                     qPrintable(reset.error().message));
        }
        if (!activationAllowed)
            QCOMPARE(activation.error().code, Error::Code::InvalidInput);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM account_tokens"),
                 qint64(resetAllowed) + qint64(activationAllowed));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM outbox"),
                 qint64(resetAllowed) + qint64(activationAllowed));
    }

    // ---- The role matrix, by running every action as every role ---------------------------

    void permissionMatrix_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("allowed");
        // Written out here, not read from AccountPermissions: this is the contract.
        const QList<std::tuple<const char *, bool, bool, bool>> matrix = {
            {"send_reset_link", true, true, true},
            {"send_activation_link", true, true, true},
            {"lock", true, true, true},
            {"unlock", true, true, true},
            {"request_unlock", true, true, true},
            {"approve_unlock", false, true, true},
            {"reject_unlock", false, true, true},
            {"revoke_tokens", true, true, true},
            {"mark_email_verified", true, true, true},
            {"identity_check", true, true, true},
        };
        for (const char *d : {"sqlite", "postgresql"})
            for (const auto &[action, agent, lead, admin] : matrix) {
                QTest::addRow("%s %s agent", d, action) << QString(d) << action << "agent" << agent;
                QTest::addRow("%s %s lead", d, action) << QString(d) << action << "lead" << lead;
                QTest::addRow("%s %s admin", d, action) << QString(d) << action << "admin" << admin;
            }
    }

    void permissionMatrix()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, action);
        QFETCH(QString, role);
        QFETCH(bool, allowed);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const auto act = AccountActionKeys::fromKey(action);
        QVERIFY(act.has_value());

        // A situation in which the action is possible for whoever may do it.
        AccountRow row;
        row.phone = "+1 202-555-0142";
        if (action == "send_activation_link")
            row.status = "pending_activation";
        if (action == "unlock") {
            row.status = "locked";
            row.lockReason = "Too many failed sign-ins";
            row.lockedBy = "system";
            row.failedLoginCount = 6;
        }
        if (action == "request_unlock" || action == "approve_unlock" || action == "reject_unlock") {
            row.status = "locked";
            row.lockReason = "Reported compromise";
            row.lockedBy = "tom.h";
            row.lockKind = "security";
        }
        const qint64 account = addAccount(db, row);
        const qint64 ticket = addAccountTicket(db, account, row.email);
        const qint64 setupAt = kT0 - 10 * kMinuteMs;
        if (AccountPermissions::needsVerification(*act) || action == "approve_unlock" ||
            action == "reject_unlock")
            verify(db, team.agent2, ticket, account, setupAt);
        qint64 requestId = 0;
        if (action == "approve_unlock" || action == "reject_unlock") {
            auto requested = AccountActions(db, team.agent2, setupAt + 1)
                                 .requestUnlock(account, ticket, "Customer verified by phone");
            QVERIFY2(requested.ok(), qPrintable(describe(requested)));
            requestId = requested->unlockRequest->id;
        }
        if (action == "revoke_tokens")
            QVERIFY(AccountActions(db, team.agent2, setupAt).sendResetLink(account).ok());

        const Staff &actor = team.byRole(role);
        AccountActions actions(db, actor, kT0);
        auto can = actions.can(*act, account, ticket);
        QCOMPARE(can.ok(), allowed);
        const qint64 auditBefore =
            count(db, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'account' AND action = ?",
                  {action});

        Result<AccountActionResult> result = Error::make(Error::Code::Unknown, "not run");
        switch (*act) {
        case AccountAction::SendResetLink:
            result = actions.sendResetLink(account, ticket);
            break;
        case AccountAction::SendActivationLink:
            result = actions.sendActivationLink(account, ticket);
            break;
        case AccountAction::LockNow:
            result = actions.lockNow(account, "Customer reports a stolen laptop", ticket);
            break;
        case AccountAction::Unlock:
            result = actions.unlock(account, ticket);
            break;
        case AccountAction::RequestUnlock:
            result = actions.requestUnlock(account, ticket, "Customer verified by phone");
            break;
        case AccountAction::ApproveUnlock:
            result = actions.approveUnlock(requestId, "Checked the recent activity with them");
            break;
        case AccountAction::RejectUnlock:
            result = actions.rejectUnlock(requestId, "Wait for the security review");
            break;
        case AccountAction::RevokeTokens:
            result = actions.revokeTokens(account, ticket);
            break;
        case AccountAction::MarkEmailVerified:
            result = actions.markEmailVerified(account, ticket);
            break;
        case AccountAction::RecordVerification:
            result = actions.recordVerification(ticket, account, VerificationMethod::PhoneCode,
                                                true, "read back 0815");
            break;
        }
        const qint64 auditAfter =
            count(db, "SELECT COUNT(*) FROM audit_log WHERE entity_type = 'account' AND action = ?",
                  {action});
        if (allowed) {
            QVERIFY2(result.ok(), qPrintable(describe(result)));
            // Done in a ticket's context: a timeline event with structured data, and an audit row.
            QVERIFY(result->eventId.has_value());
            QCOMPARE(result->ticketId, std::optional<qint64>(ticket));
            QCOMPARE(count(db,
                           "SELECT COUNT(*) FROM ticket_events WHERE id = ? AND ticket_id = ? "
                           "AND staff_id = ?",
                           {*result->eventId, ticket, actor.id}),
                     1);
            QCOMPARE(qint64(eventData(db, *result->eventId)["account_id"].toDouble()), account);
            QCOMPARE(auditAfter, auditBefore + 1);
            QCOMPARE(result->account.id, account);
            QVERIFY(!result->summary.isEmpty());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().code, Error::Code::PermissionDenied);
            QVERIFY2(result.error().message.contains("team lead"),
                     qPrintable(result.error().message));
            QCOMPARE(can.error().message, result.error().message);
            QCOMPARE(auditAfter, auditBefore);
        }
    }

    void inactiveOrUnknownStaffMayNotAct_data() { addDialectRows(); }
    void inactiveOrUnknownStaffMayNotAct()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Staff gone = addStaffMember(db, "former.x", StaffRole::Lead);
        gone.active = false;
        const qint64 account = addAccount(db, AccountRow{});
        QCOMPARE(AccountActions(db, gone, kT0).lockNow(account, "x").error().code,
                 Error::Code::PermissionDenied);
        QCOMPARE(AccountActions(db, Staff{}, kT0).sendResetLink(account).error().code,
                 Error::Code::PermissionDenied);
        QCOMPARE(count(db, "SELECT COUNT(*) FROM audit_log"), 0);
    }

    // ---- Locks and the four-eyes unlock ---------------------------------------------------

    void lockNowRevokesLinksAndTellsTheCustomer_data() { addDialectRows(); }
    void lockNowRevokesLinksAndTellsTheCustomer()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 ticket = addAccountTicket(db, account, "pat@example.com");
        auto sent = AccountActions(db, team.agent, kT0 - kMinuteMs).sendResetLink(account, ticket);
        QVERIFY(sent.ok());
        const QString token = tokenIn(mailText(db, *sent->outboxId));

        AccountActions agent(db, team.agent, kT0);
        auto noReason = agent.lockNow(account, "   ", ticket);
        QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
        QCOMPARE(AccountStore(db).account(account)->status, AccountStatus::Active);

        auto locked = agent.lockNow(account, "Customer reports\na stolen laptop", ticket);
        QVERIFY2(locked.ok(), qPrintable(describe(locked)));
        const Account &a = locked->account;
        QCOMPARE(a.status, AccountStatus::Locked);
        QCOMPARE(a.lockReason, QString("Customer reports a stolen laptop"));
        QCOMPARE(a.lockedBy, QString("maria.k"));
        QCOMPARE(a.lockedAt.toMSecsSinceEpoch(), kT0);
        QCOMPARE(a.lockCause(), LockCause::Security);
        QCOMPARE(locked->revokedTokens, 1);
        QCOMPARE(TokenStore(db).token(sent->token->id, kT0)->revokeReason, RevokeReasons::Locked);
        QCOMPARE(TokenStore::redeem(db, TokenKind::Reset, token, kT0 + 1).error().code,
                 Error::Code::NotFound);
        // The customer is told, by the account_locked template, in the same transaction.
        QVERIFY(locked->outboxId.has_value());
        auto mail = Outbox::entry(db, *locked->outboxId);
        QCOMPARE(mail->templateKey, QString("account_locked"));
        QCOMPARE(mail->to.address, QString("pat@example.com"));
        QVERIFY(mail->textBody.contains("Pat Doe"));
        QVERIFY(!mail->hasSecret);
        QVERIFY(eventData(db, *locked->eventId)["reason"].toString().contains("stolen laptop"));

        // Locking again is refused; an agent cannot lift a security lock directly.
        QCOMPARE(agent.lockNow(account, "again", ticket).error().code, Error::Code::InvalidInput);
        verify(db, team.agent, ticket, account, kT0 + kMinuteMs);
        auto direct = AccountActions(db, team.lead, kT0 + 2 * kMinuteMs).unlock(account, ticket);
        QCOMPARE(direct.error().code, Error::Code::PermissionDenied);
        QVERIFY(direct.error().message.contains("Request unlock"));

        // The changes list shows it.
        auto changes = AccountStore(db).changes(account);
        QVERIFY(changes.ok());
        QCOMPARE(changes->first().action, QString("identity_check"));
        bool lockShown = false;
        for (const AccountChange &c : changes.value())
            if (c.action == "lock") {
                lockShown = true;
                QCOMPARE(c.description(),
                         QString("Locked the account: Customer reports a stolen laptop"));
                QCOMPARE(c.staffName, team.agent.displayName);
            }
        QVERIFY(lockShown);
    }

    void fourEyesUnlock_data() { addDialectRows(); }
    void fourEyesUnlock()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 ticket = addAccountTicket(db, account, "pat@example.com");
        QVERIFY(
            AccountActions(db, team.lead, kT0).lockNow(account, "Possible takeover", ticket).ok());

        // Without verification, no request.
        auto early = AccountActions(db, team.lead, kT0 + kMinuteMs)
                         .requestUnlock(account, ticket, "Customer called back");
        QCOMPARE(early.error().code, Error::Code::PermissionDenied);
        QVERIFY2(early.error().message.contains("identity verification"),
                 qPrintable(early.error().message));
        verify(db, team.lead, ticket, account, kT0 + 2 * kMinuteMs);

        // The lead asks...
        auto requested = AccountActions(db, team.lead, kT0 + 3 * kMinuteMs)
                             .requestUnlock(account, ticket, "Customer verified; laptop found");
        QVERIFY2(requested.ok(), qPrintable(describe(requested)));
        const qint64 requestId = requested->unlockRequest->id;
        QCOMPARE(requested->unlockRequest->status, UnlockRequestStatus::Pending);
        QCOMPARE(requested->account.status, AccountStatus::Locked);
        // ...a second request is refused while one is pending...
        QCOMPARE(AccountActions(db, team.agent, kT0 + 4 * kMinuteMs)
                     .requestUnlock(account, ticket, "me too")
                     .error()
                     .code,
                 Error::Code::Conflict);
        // ...the requester cannot approve it...
        auto self = AccountActions(db, team.lead, kT0 + 5 * kMinuteMs).approveUnlock(requestId);
        QCOMPARE(self.error().code, Error::Code::PermissionDenied);
        QVERIFY2(self.error().message.contains("yourself"), qPrintable(self.error().message));
        // ...nor can an agent...
        auto agent = AccountActions(db, team.agent, kT0 + 5 * kMinuteMs).approveUnlock(requestId);
        QCOMPARE(agent.error().code, Error::Code::PermissionDenied);
        QCOMPARE(AccountStore(db).account(account)->status, AccountStatus::Locked);
        // ...and the database itself refuses a decision by the requester.
        QVERIFY(!Database::exec(db,
                                "UPDATE account_unlock_requests SET status = 'approved', "
                                "decided_by = requested_by WHERE id = ?",
                                {requestId})
                     .ok());
        // A second lead's view shows the approval as possible.
        auto overview = AccountOverview::load(db, account, ticket, team.lead2, kT0 + 6 * kMinuteMs);
        QVERIFY(overview.ok());
        QVERIFY(overview->pendingUnlock.has_value());
        for (const ActionAvailability &a : overview->actions)
            if (a.action == AccountAction::ApproveUnlock)
                QVERIFY2(a.available, qPrintable(a.reason));

        auto approved = AccountActions(db, team.lead2, kT0 + 7 * kMinuteMs)
                            .approveUnlock(requestId, "Called the customer back");
        QVERIFY2(approved.ok(), qPrintable(describe(approved)));
        QCOMPARE(approved->account.status, AccountStatus::Active);
        QVERIFY(approved->account.lockReason.isEmpty());
        QCOMPARE(approved->unlockRequest->status, UnlockRequestStatus::Approved);
        QCOMPARE(approved->unlockRequest->decidedById, std::optional<qint64>(team.lead2.id));
        QCOMPARE(approved->ticketId, std::optional<qint64>(ticket));

        // Request and approval are both on the timeline, by different people.
        auto events = TicketStore(db).events(ticket);
        QVERIFY(events.ok());
        std::optional<qint64> requestedBy, approvedBy;
        for (const TicketEvent &e : events.value()) {
            if (e.kind == "account_unlock_requested")
                requestedBy = e.staffId;
            if (e.kind == "account_unlock_approved")
                approvedBy = e.staffId;
        }
        QCOMPARE(requestedBy, std::optional<qint64>(team.lead.id));
        QCOMPARE(approvedBy, std::optional<qint64>(team.lead2.id));
        // Decided once only.
        QCOMPARE(AccountActions(db, team.admin, kT0 + 8 * kMinuteMs)
                     .approveUnlock(requestId)
                     .error()
                     .code,
                 Error::Code::Conflict);
    }

    void adminMayApproveAndRejectionNeedsANote_data() { addDialectRows(); }
    void adminMayApproveAndRejectionNeedsANote()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        AccountRow row;
        row.status = "locked";
        row.lockReason = "Sign-in from an unusual location";
        row.lockedBy = "system";
        row.failedLoginCount = 3; // a platform lock, but not a failed-sign-in lockout
        const qint64 account = addAccount(db, row);
        QCOMPARE(AccountStore(db).account(account)->lockCause(), LockCause::Security);
        const qint64 ticket = addAccountTicket(db, account, row.email);
        verify(db, team.agent, ticket, account, kT0 - kMinuteMs);
        auto requested =
            AccountActions(db, team.agent, kT0).requestUnlock(account, ticket, "It was them");
        QVERIFY(requested.ok());
        const qint64 id = requested->unlockRequest->id;
        QCOMPARE(AccountActions(db, team.lead, kT0).rejectUnlock(id, "").error().code,
                 Error::Code::InvalidInput);
        auto rejected = AccountActions(db, team.lead, kT0).rejectUnlock(id, "Needs a video call");
        QVERIFY2(rejected.ok(), qPrintable(describe(rejected)));
        QCOMPARE(rejected->account.status, AccountStatus::Locked);
        QCOMPARE(rejected->unlockRequest->status, UnlockRequestStatus::Rejected);

        auto again = AccountActions(db, team.agent, kT0 + 1)
                         .requestUnlock(account, ticket, "Video call done");
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        auto approved =
            AccountActions(db, team.admin, kT0 + 2).approveUnlock(again->unlockRequest->id);
        QVERIFY2(approved.ok(), qPrintable(describe(approved)));
        QCOMPARE(approved->account.status, AccountStatus::Active);
        auto history = RecoveryStore(db).unlockRequests(account);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).decidedByName, team.admin.displayName);
    }

    void failedSignInLockIsLiftedByAnAgentAfterVerification_data() { addDialectRows(); }
    void failedSignInLockIsLiftedByAnAgentAfterVerification()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        AccountRow row;
        row.status = "locked";
        row.lockReason = "Too many failed sign-ins";
        row.lockedBy = "system";
        row.failedLoginCount = 7;
        const qint64 account = addAccount(db, row);
        QCOMPARE(AccountStore(db).account(account)->lockCause(), LockCause::FailedSignIns);
        const qint64 ticket = addAccountTicket(db, account, row.email);

        AccountActions agent(db, team.agent, kT0);
        auto unverified = agent.unlock(account, ticket);
        QCOMPARE(unverified.error().code, Error::Code::PermissionDenied);
        QVERIFY(unverified.error().message.contains("identity verification"));
        // Only a code does not verify.
        QVERIFY(
            agent.recordVerification(ticket, account, VerificationMethod::EmailCode, true).ok());
        QCOMPARE(agent.unlock(account, ticket).error().code, Error::Code::PermissionDenied);
        // Phone code without a phone on the account is refused.
        QCOMPARE(agent.recordVerification(ticket, account, VerificationMethod::PhoneCode, true)
                     .error()
                     .code,
                 Error::Code::InvalidInput);
        auto second = agent.recordVerification(ticket, account, VerificationMethod::RecentActivity,
                                               true, "Described the iPhone sign-in on Monday");
        QVERIFY(second.ok());
        QVERIFY(second->verification->passed);
        QVERIFY(second->summary.contains("now verified"));

        auto unlocked = agent.unlock(account, ticket, "Customer confirmed the attempts");
        QVERIFY2(unlocked.ok(), qPrintable(describe(unlocked)));
        QCOMPARE(unlocked->account.status, AccountStatus::Active);
        QCOMPARE(unlocked->account.failedLoginCount, 0);
        QVERIFY(!unlocked->account.lockedAt.isValid());
        // The checks stay on the ticket for the record.
        auto checks = RecoveryStore(db).checks(ticket, account);
        QCOMPARE(checks->size(), 2);
        QCOMPARE(checks->first().staffName, team.agent.displayName);
        // A verification on another ticket does not count for this account's other ticket.
        const qint64 other = addAccountTicket(db, account, row.email);
        QCOMPARE(AccountActions(db, team.agent, kT0).markEmailVerified(account, other).error().code,
                 Error::Code::PermissionDenied);
        // Nor can a ticket of someone else be used.
        const qint64 stranger = addAccount(db, accountRow("sam@example.net", "Sam Roe"));
        const qint64 strangersTicket = addAccountTicket(db, stranger, "sam@example.net");
        QCOMPARE(AccountActions(db, team.agent, kT0)
                     .markEmailVerified(account, strangersTicket)
                     .error()
                     .code,
                 Error::Code::InvalidInput);
    }

    void markEmailVerifiedNeedsTheEmailCode_data() { addDialectRows(); }
    void markEmailVerifiedNeedsTheEmailCode()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        Team team(db);
        AccountRow row;
        row.phone = "+44 7700 900123";
        const qint64 account = addAccount(db, row);
        const qint64 ticket = addAccountTicket(db, account, row.email);
        AccountActions a(db, team.agent, kT0);
        QVERIFY(a.recordVerification(ticket, account, VerificationMethod::PhoneCode, true).ok());
        QVERIFY(a.recordVerification(ticket, account, VerificationMethod::RegistrationDetails, true)
                    .ok());
        auto withoutEmailCode = a.markEmailVerified(account, ticket);
        QCOMPARE(withoutEmailCode.error().code, Error::Code::PermissionDenied);
        QVERIFY(withoutEmailCode.error().message.contains("registered email"));
        QVERIFY(a.recordVerification(ticket, account, VerificationMethod::EmailCode, true).ok());
        auto marked = a.markEmailVerified(account, ticket);
        QVERIFY2(marked.ok(), qPrintable(describe(marked)));
        QVERIFY(marked->account.emailVerified);
        QCOMPARE(a.markEmailVerified(account, ticket).error().code, Error::Code::InvalidInput);
        // Verification runs out after 24 hours.
        QVERIFY(RecoveryStore(db).verification(ticket, account, kT0 + 23 * kHourMs, 24)->passed);
        QVERIFY(!RecoveryStore(db).verification(ticket, account, kT0 + 25 * kHourMs, 24)->passed);
    }

    // ---- The forwarded-email check --------------------------------------------------------

    void forwardedMailCheck_data() { addDialectRows(); }
    void forwardedMailCheck()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        auto sent = AccountActions(db, team.agent, kT0).sendResetLink(account);
        QVERIFY(sent.ok());
        const QString token = tokenIn(mailText(db, *sent->outboxId));
        const QString link = "https://portal.example.com/reset?token=" + token;
        const QString messageId = sent->token->messageId;
        QVERIFY(messageId.startsWith('<') && messageId.endsWith("@helpdesk.example.org>"));
        QVERIFY(Outbox::markSent(db, *sent->outboxId, "250 Ok", kT0 + kMinuteMs).value());

        // The whole forwarded message, link included.
        const QString forwarded = "Hi, is this real?\n\n---------- Forwarded message ---------\n"
                                  "From: Example Support <helpdesk@example.org>\n"
                                  "Subject: Reset your password\nTo: <pat@example.com>\n"
                                  "Message-ID: " +
                                  messageId + "\n\nHello Pat,\n" + link + "\n";
        auto report = ForwardedMailCheck::check(db, forwarded, kT0 + 2 * kMinuteMs);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report->verdict, ForwardedMailReport::Verdict::SentByUs);
        QCOMPARE(report->matches.size(), 1);
        const ForwardedMailMatch &m = report->matches.first();
        QCOMPARE(m.outboxId, *sent->outboxId);
        QCOMPARE(m.templateKey, QString("password_reset"));
        QCOMPARE(m.to, QString("pat@example.com"));
        QCOMPARE(m.acceptedAt.toMSecsSinceEpoch(), kT0 + kMinuteMs);
        QVERIFY(m.token.has_value());
        QCOMPARE(m.token->state, TokenState::Sent);
        QVERIFY(report->containsLink);
        QVERIFY2(report->summary.contains("unused"), qPrintable(report->summary));
        QVERIFY(report->summary.contains("do not open it"));
        QVERIFY(!report->summary.contains(token));
        // Checking did not use the link.
        QCOMPARE(TokenStore(db).token(sent->token->id, kT0 + 3 * kMinuteMs)->state,
                 TokenState::Sent);

        // Just the headers.
        auto headers = ForwardedMailCheck::check(db, "Message-Id: " + messageId, kT0);
        QCOMPARE(headers->verdict, ForwardedMailReport::Verdict::SentByUs);
        QVERIFY(!headers->containsLink);

        // Used, then checked again.
        QVERIFY(TokenStore::redeem(db, TokenKind::Reset, token, kT0 + 4 * kMinuteMs).ok());
        auto used = ForwardedMailCheck::check(db, forwarded, kT0 + 5 * kMinuteMs);
        QCOMPARE(used->matches.first().token->state, TokenState::Used);
        QVERIFY(used->summary.contains("was used"));

        // A Message-ID we never sent: possible phishing.
        auto phishing = ForwardedMailCheck::check(
            db,
            "From: Support <support@examp1e.org>\nMessage-ID: "
            "<d00d@mailer.examp1e.org>\n\nhttps://examp1e.org/reset?token=AAAAAAAAAAAAAAAAAAAAAAAA",
            kT0);
        QCOMPARE(phishing->verdict, ForwardedMailReport::Verdict::NotSentByUs);
        QVERIFY(phishing->matches.isEmpty());
        QCOMPARE(phishing->unknownIds, QStringList{"<d00d@mailer.examp1e.org>"});
        QVERIFY(phishing->summary.contains("not sent by us"));
        QVERIFY(phishing->summary.contains("phishing"));

        auto nothing = ForwardedMailCheck::check(db, "I never got anything", kT0);
        QCOMPARE(nothing->verdict, ForwardedMailReport::Verdict::NoMessageId);
        QVERIFY(nothing->summary.contains("headers"));
    }

    // ---- The store ------------------------------------------------------------------------

    void searchByEmailOrName_data() { addDialectRows(); }
    void searchByEmailOrName()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        addAccount(db, accountRow("pat@example.com", "Pat Doe"));
        addAccount(db, accountRow("patricia.lang@example.org", "Patricia Lang"));
        addAccount(db, accountRow("sam.pattison@example.net", "Sam Pattison"));
        addAccount(db, accountRow("o_brien@example.com", "Ann O'Brien"));
        addAccount(db, accountRow("ob100@example.com", "Oscar Bell"));
        AccountStore store(db);

        const auto emails = [&](const QString &q, int limit = 50) {
            QStringList out;
            auto found = store.search(q, limit);
            if (!found)
                qFatal("search failed: %s", qPrintable(found.error().toString()));
            for (const Account &a : found.value())
                out << a.email;
            return out;
        };
        // Exact address first, then other prefixes, then matches elsewhere.
        QCOMPARE(emails("PAT@example.com"), QStringList{"pat@example.com"});
        QCOMPARE(emails("pat"), (QStringList{"pat@example.com", "patricia.lang@example.org",
                                             "sam.pattison@example.net"}));
        QCOMPARE(emails("pat", 2), (QStringList{"pat@example.com", "patricia.lang@example.org"}));
        QCOMPARE(emails("lang"), QStringList{"patricia.lang@example.org"});
        QCOMPARE(emails("sam p"), QStringList{"sam.pattison@example.net"});
        // LIKE wildcards in the text match literally.
        QCOMPARE(emails("o_b"), QStringList{"o_brien@example.com"});
        QCOMPARE(emails("%"), QStringList{});
        QCOMPARE(emails("  "), QStringList{});

        QCOMPARE(store.byEmail(" Pat@Example.com ")->displayName, QString("Pat Doe"));
        auto missing = store.byEmail("nobody@example.com");
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(missing.error().message.contains("nobody@example.com"));
    }

    void loginEventsPageNewestFirst_data() { addDialectRows(); }
    void loginEventsPageNewestFirst()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 other = addAccount(db, accountRow("sam@example.net", "Sam Roe"));
        QSet<qint64> inserted;
        // 130 sign-ins, some sharing a timestamp (ties are ordered by id).
        for (int i = 0; i < 130; ++i)
            inserted.insert(addLogin(db, account, kT0 - (i / 3) * kMinuteMs, i % 4 != 0,
                                     i % 2 ? "iPhone" : "Windows laptop",
                                     i % 2 ? "Safari" : "Chrome", i == 5 ? "France" : "Germany"));
        addLogin(db, other, kT0, true);
        AccountStore store(db);
        QList<qint64> seen;
        std::optional<LoginCursor> cursor;
        int pages = 0;
        qint64 previousAt = std::numeric_limits<qint64>::max();
        qint64 previousId = std::numeric_limits<qint64>::max();
        do {
            auto page = store.loginEvents(account, cursor, 50);
            QVERIFY(page.ok());
            ++pages;
            for (const LoginEvent &e : page->events) {
                QCOMPARE(e.accountId, account);
                const qint64 at = e.at.toMSecsSinceEpoch();
                QVERIFY(at < previousAt || (at == previousAt && e.id < previousId));
                previousAt = at;
                previousId = e.id;
                seen.append(e.id);
            }
            cursor = page->next;
        } while (cursor);
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 130);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()), inserted);

        // Failed sign-ins in the last 24 hours: every fourth of those 130, all within 44 min.
        QCOMPARE(store.failedSignInsSince(account, kT0 - kDayMs).value(), 33);
        auto devices = store.devices(account);
        QVERIFY(devices.ok());
        QCOMPARE(devices->size(), 2);
        int total = 0;
        for (const DeviceSummary &d : devices.value()) {
            total += d.signIns;
            QVERIFY(d.firstSeen < d.lastSeen);
            QCOMPARE(d.lastCountry, QString("Germany"));
        }
        QCOMPARE(total, 130);
        QCOMPARE(devices->first().lastSeen.toMSecsSinceEpoch(), kT0);
    }

    void overviewForThePanel_data() { addDialectRows(); }
    void overviewForThePanel()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        AccountRow row;
        row.status = "locked";
        row.lockReason = "Too many failed sign-ins";
        row.lockedBy = "system";
        row.failedLoginCount = 6;
        row.mfa = true;
        row.mfaMethod = "totp";
        const qint64 account = addAccount(db, row);
        for (int d = 20; d >= 2; d -= 3)
            addLogin(db, account, kT0 - d * kDayMs, true);
        for (int i = 0; i < 6; ++i)
            addLogin(db, account, kT0 - (30 - i) * kMinuteMs, false, "Android phone", "Chrome",
                     "Brazil", "São Paulo");
        const qint64 ticket = addAccountTicket(db, account, row.email);

        auto o = AccountOverview::load(db, account, ticket, team.agent, kT0);
        QVERIFY2(o.ok(), qPrintable(describe(o)));
        QCOMPARE(o->account.status, AccountStatus::Locked);
        QCOMPARE(o->lockCause, LockCause::FailedSignIns);
        QCOMPARE(o->failedSignIns24h, 6);
        QCOMPARE(o->flags.size(), 1);
        QCOMPARE(o->flags.first().kind, SuspicionKind::FailureBurst);
        QVERIFY(o->verification.has_value());
        QVERIFY(!o->verification->passed);
        QCOMPARE(o->actions.size(), AccountActionKeys::all().size());
        QHash<AccountAction, ActionAvailability> byAction;
        for (const ActionAvailability &a : o->actions)
            byAction.insert(a.action, a);
        QVERIFY(!byAction[AccountAction::SendResetLink].available);
        QVERIFY(byAction[AccountAction::SendResetLink].reason.contains("locked"));
        QVERIFY(!byAction[AccountAction::Unlock].available);
        QVERIFY2(byAction[AccountAction::Unlock].reason.contains("identity verification"),
                 qPrintable(byAction[AccountAction::Unlock].reason));
        QVERIFY(byAction[AccountAction::LockNow].available); // becomes a security lock
        QVERIFY(!byAction[AccountAction::ApproveUnlock].available);
        QVERIFY(byAction[AccountAction::RecordVerification].available);
        QVERIFY(!byAction[AccountAction::RevokeTokens].available);

        // Without a viewer (the CLI), no actions are computed.
        auto plain = AccountOverview::load(db, account, std::nullopt, Staff{}, kT0);
        QVERIFY(plain.ok());
        QVERIFY(plain->actions.isEmpty());
        QVERIFY(!plain->verification.has_value());
    }

    // ---- Live refresh and the async service -----------------------------------------------

    void anotherClientsChangeIsAnnounced_data() { addDialectRows(); }
    void anotherClientsChangeIsAnnounced()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        ChangeNotifier notifier(tdb.settings());
        QSignalSpy listening(&notifier, &ChangeNotifier::listening);
        QSignalSpy changed(&notifier, &ChangeNotifier::accountChanged);
        notifier.start(100, 500);
        QTRY_COMPARE(listening.size(), 1);
        QVERIFY(listening.first().first().toBool());

        const auto announced = [&](qint64 id) {
            for (const QList<QVariant> &args : std::as_const(changed))
                if (args.first().toLongLong() == id)
                    return true;
            return false;
        };
        const qint64 expected = dialect == "postgresql" ? account : 0;
        QSqlDatabase other = tdb.openSecondConnection();
        QVERIFY(AccountActions(other, team.agent, kT0).lockNow(account, "Takeover suspected").ok());
        QTRY_VERIFY_WITH_TIMEOUT(announced(expected), 10000);

        // A new sign-in, and a link's mail accepted by the relay, are announced too.
        changed.clear();
        addLogin(other, account, kT0 + 1, false);
        QTRY_VERIFY_WITH_TIMEOUT(announced(expected), 10000);
        QVERIFY(
            Database::exec(other, "UPDATE accounts SET status = 'active' WHERE id = ?", {account})
                .ok());
        auto sent = AccountActions(other, team.agent, kT0 + 2).sendResetLink(account);
        QVERIFY(sent.ok());
        QTest::qWait(300);
        changed.clear();
        QVERIFY(Outbox::markSent(other, *sent->outboxId, "250 Ok", kT0 + 3).value());
        QTRY_VERIFY_WITH_TIMEOUT(announced(expected), 10000);
    }

    void serviceRunsActionsOnTheWorker_data() { addDialectRows(); }
    void serviceRunsActionsOnTheWorker()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        configureMail(db);
        Team team(db);
        const qint64 account = addAccount(db, AccountRow{});
        const qint64 ticket = addAccountTicket(db, account, "pat@example.com");
        addLogin(db, account, kT0 - kHourMs, true);

        DbWorker worker(tdb.settings());
        auto opened = worker.open(false);
        opened.waitForFinished();
        QVERIFY(opened.result().ok());
        AccountService service(&worker);
        service.setActor(team.agent);
        service.setClock(TestClock(kT0).fn());
        QSignalSpy changed(&service, &AccountService::accountChanged);
        QSignalSpy timeline(&service, &AccountService::ticketTimelineChanged);
        QSignalSpy mail(&service, &AccountService::mailQueued);

        auto found = service.search("pat");
        QTRY_VERIFY(found.isFinished());
        QCOMPARE(found.result().value().size(), 1);
        auto byEmail = service.accountByEmail("pat@example.com");
        QTRY_VERIFY(byEmail.isFinished());
        QCOMPARE(byEmail.result().value().id, account);

        auto sent = service.sendResetLink(account, ticket);
        QTRY_VERIFY(sent.isFinished());
        QVERIFY2(sent.result().ok(), qPrintable(describe(sent.result())));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().toLongLong(), account);
        QCOMPARE(timeline.size(), 1);
        QCOMPARE(timeline.first().first().toLongLong(), ticket);
        QCOMPARE(mail.size(), 1);
        QCOMPARE(mail.first().first().toLongLong(), *sent.result()->outboxId);

        auto tokens = service.tokens(account);
        QTRY_VERIFY(tokens.isFinished());
        QCOMPARE(tokens.result().value().size(), 1);
        QCOMPARE(tokens.result().value().first().state, TokenState::Issued);

        auto overview = service.overview(account, ticket);
        QTRY_VERIFY(overview.isFinished());
        QVERIFY(overview.result().ok());
        QCOMPARE(overview.result()->tokens.size(), 1);

        // A refused action emits nothing.
        auto refused = service.approveUnlock(12345);
        QTRY_VERIFY(refused.isFinished());
        QVERIFY(!refused.result().ok());
        QCOMPARE(changed.size(), 1);

        auto events = service.loginEvents(account);
        QTRY_VERIFY(events.isFinished());
        QCOMPARE(events.result()->events.size(), 1);
        QVERIFY(!events.result()->next.has_value());

        auto changes = service.changes(account);
        QTRY_VERIFY(changes.isFinished());
        QCOMPARE(changes.result()->first().action, QString("send_reset_link"));

        service.notifyExternalChange(account);
        QCOMPARE(changed.size(), 2);
        worker.drain();
    }
};

QTEST_GUILESS_MAIN(TestAccountActions)
#include "tst_accountactions.moc"
