// The pure rules behind the account panel, without a database: suspicious-activity flags, the
// identity-verification rule, token making and hashing, portal links and settings, finding
// Message-IDs in pasted mail, and the role matrix as written down in the README.
#include "accounts/AccountPermissions.h"
#include "accounts/AccountSettings.h"
#include "accounts/AccountToken.h"
#include "accounts/ForwardedMailCheck.h"
#include "accounts/IdentityCheck.h"
#include "accounts/SuspiciousActivity.h"

#include <QCryptographicHash>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <QtTest>

using namespace helpdesk;

namespace {
constexpr qint64 kNow = 1'760'000'000'000;
constexpr qint64 kMin = 60'000;
constexpr qint64 kDay = 24 * 60 * kMin;

// One sign-in, minutes before kNow: "ok" or "fail", device, country.
struct E
{
    qint64 minutesAgo;
    bool success;
    QString device = QStringLiteral("Laptop");
    QString country = QStringLiteral("Germany");
};

QList<LoginEvent> events(const QList<E> &list)
{
    QList<LoginEvent> out;
    qint64 id = 1;
    for (const E &e : list) {
        LoginEvent l;
        l.id = id++;
        l.accountId = 7;
        l.at = QDateTime::fromMSecsSinceEpoch(kNow - e.minutesAgo * kMin, Qt::UTC);
        l.success = e.success;
        l.device = e.device;
        l.browser = QStringLiteral("Firefox");
        l.country = e.country;
        out.append(l);
    }
    return out;
}

// A quiet month: one sign-in from the laptop in Germany every other day.
QList<E> quietMonth()
{
    QList<E> list;
    for (int d = 28; d >= 2; d -= 2)
        list.append({d * 24 * 60, true});
    return list;
}

IdentityCheck check(VerificationMethod m, bool passed, qint64 minutesAgo, qint64 id)
{
    IdentityCheck c;
    c.id = id;
    c.method = m;
    c.passed = passed;
    c.at = QDateTime::fromMSecsSinceEpoch(kNow - minutesAgo * kMin, Qt::UTC);
    return c;
}
} // namespace

class TestAccountRules : public QObject
{
    Q_OBJECT
private slots:
    void suspicious_data()
    {
        QTest::addColumn<QList<LoginEvent>>("history");
        QTest::addColumn<QStringList>("expected"); // flag kinds, newest first
        QTest::addColumn<QList<qint64>>("firstFlagEvents");

        const QList<E> quiet = quietMonth();
        const qint64 q = quiet.size(); // ids of the added events start at q + 1

        QTest::newRow("quiet month") << events(quiet) << QStringList{} << QList<qint64>{};
        QTest::newRow("five failures in ten minutes")
            << events(quiet +
                      QList<E>{{50, false}, {48, false}, {45, false}, {43, false}, {40, false}})
            << QStringList{"failure_burst"} << QList<qint64>{q + 1, q + 2, q + 3, q + 4, q + 5};
        QTest::newRow("four failures are not a burst")
            << events(quiet + QList<E>{{50, false}, {48, false}, {45, false}, {43, false}})
            << QStringList{} << QList<qint64>{};
        QTest::newRow("five failures spread over forty minutes")
            << events(quiet +
                      QList<E>{{90, false}, {80, false}, {70, false}, {60, false}, {50, false}})
            << QStringList{} << QList<qint64>{};
        QTest::newRow("burst, then success")
            << events(
                   quiet +
                   QList<E>{
                       {20, false}, {19, false}, {18, false}, {17, false}, {16, false}, {14, true}})
            << QStringList{"success_after_failures", "failure_burst"}
            << QList<qint64>{q + 1, q + 2, q + 3, q + 4, q + 5, q + 6};
        QTest::newRow("three failures, then success")
            << events(quiet + QList<E>{{20, false}, {18, false}, {16, false}, {10, true}})
            << QStringList{"success_after_failures"} << QList<qint64>{q + 1, q + 2, q + 3, q + 4};
        QTest::newRow("three failures, success an hour later")
            << events(quiet + QList<E>{{80, false}, {78, false}, {76, false}, {10, true}})
            << QStringList{} << QList<qint64>{};
        QTest::newRow("two failures, then success")
            << events(quiet + QList<E>{{20, false}, {18, false}, {10, true}}) << QStringList{}
            << QList<qint64>{};
        QTest::newRow("new device") << events(quiet + QList<E>{{30, true, "Unknown phone"}})
                                    << QStringList{"new_device"} << QList<qint64>{q + 1};
        QTest::newRow("first sign-in ever is not a new device")
            << events({{30, true, "Unknown phone"}}) << QStringList{} << QList<qint64>{};
        QTest::newRow("device last seen before the baseline")
            << events(QList<E>{{45 * 24 * 60, true, "Old tablet"}, {3 * 24 * 60, true}} +
                      QList<E>{{30, true, "Old tablet"}})
            << QStringList{"new_device"} << QList<qint64>{3};
        QTest::newRow("new country") << events(quiet + QList<E>{{30, true, "Laptop", "Brazil"}})
                                     << QStringList{"new_country"} << QList<qint64>{q + 1};
        QTest::newRow("failed attempt from a new country")
            << events(quiet + QList<E>{{30, false, "Laptop", "Brazil"}}) << QStringList{}
            << QList<qint64>{};
        QTest::newRow("two countries within two hours")
            << events(QList<E>{{20 * 24 * 60 + 300, true, "Laptop", "Japan"}} + quiet +
                      QList<E>{{100, true, "Laptop", "Germany"}, {10, true, "Laptop", "Japan"}})
            << QStringList{"distant_sign_ins", "new_country"} << QList<qint64>{q + 2, q + 3};
        QTest::newRow("two countries three hours apart")
            << events(QList<E>{{20 * 24 * 60 + 300, true, "Laptop", "France"}} + quiet +
                      QList<E>{{190, true, "Laptop", "Germany"}, {10, true, "Laptop", "France"}})
            << QStringList{"new_country"} << QList<qint64>{1};
        QTest::newRow("burst before the look-back window")
            << events(QList<E>{{40 * 24 * 60, false},
                               {40 * 24 * 60 - 1, false},
                               {40 * 24 * 60 - 2, false},
                               {40 * 24 * 60 - 3, false},
                               {40 * 24 * 60 - 4, false}} +
                      quiet)
            << QStringList{} << QList<qint64>{};
    }

    void suspicious()
    {
        QFETCH(QList<LoginEvent>, history);
        QFETCH(QStringList, expected);
        QFETCH(QList<qint64>, firstFlagEvents);
        // The order of the input must not matter.
        QList<LoginEvent> shuffled = history;
        std::reverse(shuffled.begin(), shuffled.end());
        const QList<SuspiciousFlag> flags = SuspiciousActivity::analyze(shuffled, kNow);
        QStringList kinds;
        for (const SuspiciousFlag &f : flags) {
            kinds << SuspicionKinds::key(f.kind);
            QVERIFY2(!f.reason.isEmpty(), "every flag says why");
            QVERIFY(!f.eventIds.isEmpty());
        }
        if (kinds != expected)
            for (const SuspiciousFlag &f : flags)
                qWarning() << SuspicionKinds::key(f.kind) << f.at << f.reason << f.eventIds;
        QCOMPARE(kinds, expected);
        if (!flags.isEmpty())
            QCOMPARE(flags.first().eventIds, firstFlagEvents);
    }

    void suspiciousReasonsAreSpecific()
    {
        const auto flags = SuspiciousActivity::analyze(
            events(
                quietMonth() +
                QList<E>{
                    {20, false}, {19, false}, {18, false}, {17, false}, {16, false}, {15, false}}),
            kNow);
        QCOMPARE(flags.size(), 1);
        QCOMPARE(flags.first().reason, QString("6 failed sign-ins within 5 min"));
        const auto travel =
            SuspiciousActivity::analyze(events({{20 * 24 * 60, true, "Laptop", "Japan"},
                                                {100, true, "Laptop", "Germany"},
                                                {10, true, "Laptop", "Japan"}}),
                                        kNow);
        QVERIFY(!travel.isEmpty());
        QCOMPARE(travel.first().reason,
                 QString("Signed in from Germany and from Japan within 1 h 30 min"));
    }

    void verification_data()
    {
        using M = VerificationMethod;
        QTest::addColumn<QList<IdentityCheck>>("checks");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("summaryMentions");

        QTest::newRow("nothing") << QList<IdentityCheck>{} << false << "two checks";
        QTest::newRow("one code") << QList<IdentityCheck>{check(M::EmailCode, true, 5, 1)} << false
                                  << "one more check";
        QTest::newRow("code and registration details")
            << QList<IdentityCheck>{check(M::EmailCode, true, 5, 1),
                                    check(M::RegistrationDetails, true, 3, 2)}
            << true << "verified";
        QTest::newRow("two codes") << QList<IdentityCheck>{check(M::EmailCode, true, 5, 1),
                                                           check(M::PhoneCode, true, 3, 2)}
                                   << true << "verified";
        QTest::newRow("two knowledge checks, no code")
            << QList<IdentityCheck>{check(M::RegistrationDetails, true, 5, 1),
                                    check(M::RecentActivity, true, 3, 2)}
            << false << "must be a code";
        QTest::newRow("same method twice") << QList<IdentityCheck>{check(M::EmailCode, true, 5, 1),
                                                                   check(M::EmailCode, true, 3, 2)}
                                           << false << "different kind";
        QTest::newRow("a failed check blocks")
            << QList<IdentityCheck>{check(M::EmailCode, true, 5, 1),
                                    check(M::RegistrationDetails, true, 4, 2),
                                    check(M::RecentActivity, false, 3, 3)}
            << false << "failed";
        QTest::newRow("a failed check redone")
            << QList<IdentityCheck>{check(M::RegistrationDetails, false, 9, 1),
                                    check(M::RegistrationDetails, true, 5, 2),
                                    check(M::PhoneCode, true, 3, 3)}
            << true << "verified";
        QTest::newRow("a passed code that later failed")
            << QList<IdentityCheck>{check(M::EmailCode, true, 9, 1),
                                    check(M::RegistrationDetails, true, 5, 2),
                                    check(M::EmailCode, false, 3, 3)}
            << false << "failed";
        QTest::newRow("a code from yesterday no longer counts")
            << QList<IdentityCheck>{check(M::EmailCode, true, 25 * 60, 1),
                                    check(M::RegistrationDetails, true, 3, 2)}
            << false << "must be a code";
    }

    void verification()
    {
        QFETCH(QList<IdentityCheck>, checks);
        QFETCH(bool, passed);
        QFETCH(QString, summaryMentions);
        const VerificationState state = VerificationRule::evaluate(checks, kNow, 24);
        QCOMPARE(state.passed, passed);
        QVERIFY2(state.summary.contains(summaryMentions), qPrintable(state.summary));
        QCOMPARE(state.checks.size(), checks.size());
        if (passed) {
            // Valid until the oldest counted check (the latest of each passed method) is 24 hours
            // old.
            qint64 oldest = kNow;
            for (VerificationMethod m : state.passedMethods) {
                qint64 latest = 0;
                for (const IdentityCheck &c : checks)
                    if (c.method == m)
                        latest = std::max(latest, c.at.toMSecsSinceEpoch());
                oldest = std::min(oldest, latest);
            }
            QCOMPARE(state.validUntil.toMSecsSinceEpoch(), oldest + 24 * 60 * kMin);
        }
    }

    void tokensAreLongRandomAndUrlSafe()
    {
        QSet<QString> seen;
        QSet<QChar> alphabet;
        for (int i = 0; i < 2000; ++i) {
            const QString token = OneTimeToken::generate();
            QCOMPARE(token.size(), 43);
            QVERIFY(OneTimeToken::isWellFormed(token));
            // base64url without padding decodes to exactly 256 bits.
            const auto decoded = QByteArray::fromBase64Encoding(
                token.toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
            QVERIFY(decoded);
            QCOMPARE(decoded.decoded.size(), 32);
            // Nothing in it needs escaping in a URL.
            QCOMPARE(QUrl::toPercentEncoding(token), token.toLatin1());
            QVERIFY(!seen.contains(token));
            seen.insert(token);
            for (QChar c : token)
                alphabet.insert(c);
        }
        // 2000 tokens use all 64 symbols of the alphabet (a broken generator would not).
        QCOMPARE(alphabet.size(), 64);
    }

    void tokenHashIsSha256Hex()
    {
        const QString token = QStringLiteral("q4Z7dQ0xWb2k1Uv-9sYt_3hJmNcRpLeA6oGiKfXyVwT");
        QCOMPARE(token.size(), 43);
        const QString hash = OneTimeToken::sha256Hex(token);
        QCOMPARE(hash.size(), 64);
        QCOMPARE(
            hash,
            QString::fromLatin1(
                QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex()));
        QVERIFY(!OneTimeToken::isWellFormed(token.left(42)));
        QVERIFY(!OneTimeToken::isWellFormed(token.left(42) + u'='));
        QVERIFY(!OneTimeToken::isWellFormed(token.left(42) + u'+'));
    }

    void links_data()
    {
        QTest::addColumn<QString>("portal");
        QTest::addColumn<QString>("reset");
        QTest::addColumn<QString>("activate");
        QTest::newRow("default") << QString("https://portal.example.com")
                                 << QString("https://portal.example.com/reset?token=TOKEN")
                                 << QString("https://portal.example.com/activate?token=TOKEN");
        QTest::newRow("trailing slash and path")
            << QString("https://example.com/account/")
            << QString("https://example.com/account/reset?token=TOKEN")
            << QString("https://example.com/account/activate?token=TOKEN");
    }

    void links()
    {
        QFETCH(QString, portal);
        QFETCH(QString, reset);
        QFETCH(QString, activate);
        AccountSettings s;
        s.portalUrl = portal;
        QVERIFY(s.validate().ok());
        QCOMPARE(s.link(TokenKind::Reset, "TOKEN"), reset);
        QCOMPARE(s.link(TokenKind::Activation, "TOKEN"), activate);
        // The portal reads the token back unchanged from the query.
        const QString token = OneTimeToken::generate();
        const QUrl url(s.link(TokenKind::Reset, token));
        QCOMPARE(QUrlQuery(url).queryItemValue("token", QUrl::FullyDecoded), token);
    }

    void badSettingsAreRefused_data()
    {
        QTest::addColumn<QString>("portal");
        QTest::addColumn<int>("resetMinutes");
        QTest::addColumn<int>("perHour");
        QTest::newRow("not a URL") << QString("portal") << 60 << 3;
        QTest::newRow("ftp") << QString("ftp://portal.example.com") << 60 << 3;
        QTest::newRow("with a query") << QString("https://portal.example.com/?a=b") << 60 << 3;
        QTest::newRow("zero minutes") << QString("https://portal.example.com") << 0 << 3;
        QTest::newRow("no links at all") << QString("https://portal.example.com") << 60 << 0;
    }

    void badSettingsAreRefused()
    {
        QFETCH(QString, portal);
        QFETCH(int, resetMinutes);
        QFETCH(int, perHour);
        AccountSettings s;
        s.portalUrl = portal;
        s.resetExpiryMinutes = resetMinutes;
        s.linksPerHour = perHour;
        auto ok = s.validate();
        QVERIFY(!ok.ok());
        QCOMPARE(ok.error().code, Error::Code::InvalidInput);
        QVERIFY(ok.error().message.contains("accounts/"));
    }

    void messageIds_data()
    {
        QTest::addColumn<QString>("pasted");
        QTest::addColumn<QStringList>("ids");

        QTest::newRow("forwarded message (Gmail style)")
            << QString("Hi, here it is.\n\n---------- Forwarded message ---------\n"
                       "From: Example Support <helpdesk@example.org>\n"
                       "Date: Mon, 6 Oct 2025 at 10:12\nSubject: Reset your password\n"
                       "To: Pat Doe <pat@example.com>\n"
                       "Message-ID: <3f9a0c@helpdesk.example.org>\n\nHello Pat,\n")
            << QStringList{"<3f9a0c@helpdesk.example.org>"};
        QTest::newRow("quoted headers")
            << QString("> Message-Id: <abc123@helpdesk.example.org>\n> Subject: x\n")
            << QStringList{"<abc123@helpdesk.example.org>"};
        QTest::newRow("full headers, folded References")
            << QString(
                   "Received: from x\nIn-Reply-To: <one@a.example>\nReferences: <one@a.example>\n"
                   "\t<two@b.example>\n <three@c.example>\nMessage-ID: <four@d.example>\n"
                   "Subject: Fwd: Reset your password\n")
            << QStringList{"<one@a.example>", "<two@b.example>", "<three@c.example>",
                           "<four@d.example>"};
        QTest::newRow("no angle brackets") << QString("Message-ID: abc@helpdesk.example.org\n")
                                           << QStringList{"<abc@helpdesk.example.org>"};
        QTest::newRow("pasted from HTML") << QString("Message-ID: &lt;xyz@helpdesk.example.org&gt;")
                                          << QStringList{"<xyz@helpdesk.example.org>"};
        QTest::newRow("Windows line ends")
            << QString("Subject: x\r\nMessage-ID: <crlf@helpdesk.example.org>\r\n\r\nbody")
            << QStringList{"<crlf@helpdesk.example.org>"};
        QTest::newRow("addresses are not Message-IDs")
            << QString("From: Example Support <helpdesk@example.org>\nTo: <pat@example.com>\n"
                       "Write to <help@example.org> if in doubt.\n")
            << QStringList{};
        QTest::newRow("nothing") << QString("I never got the email!") << QStringList{};
    }

    void messageIds()
    {
        QFETCH(QString, pasted);
        QFETCH(QStringList, ids);
        QCOMPARE(ForwardedMailCheck::extractMessageIds(pasted), ids);
    }

    // The matrix as the README documents it, written out here rather than read from the code.
    void roleMatrix_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("agent");
        QTest::addColumn<bool>("lead");
        QTest::addColumn<bool>("admin");
        QTest::addColumn<bool>("needsVerification");
        QTest::newRow("send_reset_link") << "send_reset_link" << true << true << true << false;
        QTest::newRow("send_activation_link")
            << "send_activation_link" << true << true << true << false;
        QTest::newRow("lock") << "lock" << true << true << true << false;
        QTest::newRow("unlock") << "unlock" << true << true << true << true;
        QTest::newRow("request_unlock") << "request_unlock" << true << true << true << true;
        QTest::newRow("approve_unlock") << "approve_unlock" << false << true << true << false;
        QTest::newRow("reject_unlock") << "reject_unlock" << false << true << true << false;
        QTest::newRow("revoke_tokens") << "revoke_tokens" << true << true << true << false;
        QTest::newRow("mark_email_verified")
            << "mark_email_verified" << true << true << true << true;
        QTest::newRow("identity_check") << "identity_check" << true << true << true << false;
    }

    void roleMatrix()
    {
        QFETCH(QString, action);
        QFETCH(bool, agent);
        QFETCH(bool, lead);
        QFETCH(bool, admin);
        QFETCH(bool, needsVerification);
        const auto a = AccountActionKeys::fromKey(action);
        QVERIFY(a.has_value());
        QCOMPARE(AccountPermissions::allows(StaffRole::Agent, *a), agent);
        QCOMPARE(AccountPermissions::allows(StaffRole::Lead, *a), lead);
        QCOMPARE(AccountPermissions::allows(StaffRole::Admin, *a), admin);
        QCOMPARE(AccountPermissions::needsVerification(*a), needsVerification);
        QVERIFY(!AccountActionKeys::label(*a).isEmpty());
        QCOMPARE(AccountActionKeys::all().size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestAccountRules)
#include "tst_accountrules.moc"
