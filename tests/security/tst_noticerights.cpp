// Proactive notices and the mail templates on the shared PostgreSQL, from each staff role's own
// login (issue 17 on the security boundary of issue 12): an agent's app records the notices of
// its actions and runs the sign-in watch, but no agent rewrites or deletes what a customer was
// told, records a security notice as skipped, turns a customer's notices off, or moves the
// watch back; the templates and their history are administrators' only.

#include "AccountFixtures.h"
#include "SecurityFixture.h"

#include "accounts/AccountActions.h"
#include "accounts/SignInWatch.h"
#include "mail/TemplateStore.h"

#include <QDateTime>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

class TestNoticeRights : public QObject
{
    Q_OBJECT

    std::unique_ptr<SecurityFixture> f;

    void refused(const QString &who, const QString &sql, const QVariantList &values = {})
    {
        QString error;
        QVERIFY2(!tryExec(f->as(who), sql, values, &error), qPrintable("allowed: " + sql));
        QVERIFY2(error.startsWith(QLatin1String("42501")), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        f = std::make_unique<SecurityFixture>();
        if (!f->isAvailable()) {
            if (TestDatabase::pgRequired())
                QFAIL(qPrintable(f->skipReason()));
            QSKIP(qPrintable(f->skipReason()));
        }
        // migrate seeds the templates; no staff login may.
        QVERIFY(TemplateStore(f->admin()).seedMissing(nowMs()).ok());
        configureMail(f->admin());
    }
    void cleanupTestCase() { f.reset(); }

    void agentsRecordNoticesButNeverRewriteThem()
    {
        const Staff agent = f->staff(QStringLiteral("agent"));
        const qint64 account =
            addAccount(f->admin(), accountRow(QStringLiteral("kim@example.com"), "Kim Lee"));
        const qint64 ticket = addAccountTicket(f->admin(), account, "kim@example.com");
        auto locked = AccountActions(f->as(QStringLiteral("agent")), agent, nowMs())
                          .lockNow(account, QStringLiteral("Phished"), ticket);
        QVERIFY2(locked.ok(), locked ? "" : qPrintable(locked.error().toString()));
        QCOMPARE(f->scalar(QStringLiteral("SELECT COUNT(*) FROM account_notices WHERE "
                                          "account_id = ? AND kind = 'locked' AND outbox_id IS "
                                          "NOT NULL"),
                           {account})
                     .toInt(),
                 1);
        const QString before = f->fingerprint(QStringLiteral("account_notices"));
        for (const QString &who : {QStringLiteral("agent"), QStringLiteral("lead")}) {
            refused(who, QStringLiteral("UPDATE account_notices SET outbox_id = NULL"));
            refused(who, QStringLiteral("DELETE FROM account_notices"));
            // Switching a customer's notices off is the platform's, not staff's.
            refused(who, QStringLiteral("UPDATE accounts SET notices_opt_out = true WHERE id = ?"),
                    {account});
        }
        // A security notice cannot be recorded as skipped, by anyone.
        QString error;
        QVERIFY(!tryExec(f->as(QStringLiteral("agent")),
                         QStringLiteral("INSERT INTO account_notices (account_id, kind, "
                                        "notice_key, security, skipped, created_at) VALUES (?, "
                                        "'unusual_sign_in', 'device:x:2026-01-01', true, "
                                        "'opted_out', 0)"),
                         {account}, &error));
        QVERIFY2(error.startsWith(QLatin1String("23514")), qPrintable(error));
        QCOMPARE(f->fingerprint(QStringLiteral("account_notices")), before);
    }

    // The watch runs in an agent's app: it notices, attributed to the session, and the
    // watermark never moves back, whatever a client writes.
    void theWatchRunsAsAnAgent()
    {
        QSqlDatabase &admin = f->admin();
        const qint64 now = nowMs();
        const qint64 account =
            addAccount(admin, accountRow(QStringLiteral("ana@example.com"), "Ana Silva"));
        for (int day = 14; day >= 1; --day)
            addLogin(admin, account, now - day * kDayMs, true);
        QVERIFY(SignInWatch::skipToNewest(admin, now).ok());
        addLogin(admin, account, now - 30 * kMinuteMs, true, QStringLiteral("Pixel 8"),
                 QStringLiteral("Chrome"), QStringLiteral("Portugal"), QStringLiteral("Porto"));

        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        QVERIFY(SignInWatch::claimLease(agent, QStringLiteral("agent-app"), now, 120000).value());
        auto pass =
            SignInWatch(agent, Actor::system(QStringLiteral("sign-in-watch")), now).runOnce();
        QVERIFY2(pass.ok(), pass ? "" : qPrintable(pass.error().toString()));
        QCOMPARE(pass->noticed, 1);
        QCOMPARE(f->scalar(QStringLiteral("SELECT staff_id FROM audit_log WHERE action = "
                                          "'notice_unusual_sign_in' AND entity_id = ?"),
                           {account})
                     .toLongLong(),
                 f->staff(QStringLiteral("agent")).id);
        const qint64 mark =
            f->scalar(
                 QStringLiteral("SELECT last_id FROM notice_watermarks WHERE name = 'sign_ins'"))
                .toLongLong();
        QVERIFY(tryExec(agent, QStringLiteral("UPDATE notice_watermarks SET last_id = 0")));
        QCOMPARE(f->scalar(QStringLiteral(
                               "SELECT last_id FROM notice_watermarks WHERE name = 'sign_ins'"))
                     .toLongLong(),
                 mark);
        refused(QStringLiteral("agent"), QStringLiteral("DELETE FROM notice_watermarks"));
        refused(QStringLiteral("agent"),
                QStringLiteral("INSERT INTO notice_watermarks VALUES ('other', 0, 0)"));
    }

    // Templates and their history: an administrator edits through the app's own code and the
    // version names them; an agent or a lead can do neither, by SQL either.
    void templatesAreTheAdministrators()
    {
        const Staff admin = f->staff(QStringLiteral("admin"));
        TemplateStore asAdmin(f->as(QStringLiteral("admin")));
        MailTemplate t = asAdmin.byKey(TemplateKeys::EmailVerified, nowMs()).value();
        t.subject = QStringLiteral("We have confirmed your address");
        auto saved = asAdmin.save(t, admin.login, 1, admin.id);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().toString()));
        QCOMPARE(f->scalar(QStringLiteral("SELECT changed_by FROM template_versions WHERE "
                                          "template_key = ? AND change = 'edit'"),
                           {TemplateKeys::EmailVerified})
                     .toLongLong(),
                 admin.id);
        // The time is the server's, not the 1 ms the client sent.
        QVERIFY(f->scalar(QStringLiteral("SELECT changed_at FROM template_versions WHERE "
                                         "template_key = ? AND change = 'edit'"),
                          {TemplateKeys::EmailVerified})
                    .toLongLong() > 1000);

        const QString versions = f->fingerprint(QStringLiteral("template_versions"));
        for (const QString &who : {QStringLiteral("agent"), QStringLiteral("lead")}) {
            refused(who, QStringLiteral("UPDATE templates SET subject = 'Hi' WHERE key = ?"),
                    {TemplateKeys::EmailVerified});
            refused(who,
                    QStringLiteral("INSERT INTO template_versions (template_key, subject, "
                                   "text_body, html_body, changed_at, change) VALUES ('x', 'x', "
                                   "'x', '', 0, 'edit')"));
            refused(who, QStringLiteral("DELETE FROM template_versions"));
            const Staff staff = f->staff(who);
            auto mine = TemplateStore(f->as(who)).save(t, staff.login, nowMs(), staff.id);
            QVERIFY(!mine.ok());
        }
        refused(QStringLiteral("admin"), QStringLiteral("DELETE FROM template_versions"));
        refused(QStringLiteral("admin"),
                QStringLiteral("UPDATE template_versions SET subject = 'rewritten'"));
        QCOMPARE(f->fingerprint(QStringLiteral("template_versions")), versions);
    }
};

QTEST_GUILESS_MAIN(TestNoticeRights)
#include "tst_noticerights.moc"
