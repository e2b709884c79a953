// TemplateStore on both dialects: the shipped templates are seeded once and never overwrite an
// admin's edits; saving refuses unknown placeholders and leaves the stored template unchanged.
#include "TestDatabase.h"
#include "db/Database.h"
#include "mail/TemplateStore.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kNow = 1'760'000'000'000;
}

class TestTemplateStore : public QObject
{
    Q_OBJECT
private slots:
    void seededOnFirstUse_data() { addDialectRows(); }
    void seededOnFirstUse()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        QCOMPARE(Database::scalar(db, "SELECT COUNT(*) FROM templates").value().toInt(), 0);

        TemplateStore store(db);
        auto reply = store.byKey(TemplateKeys::TicketReply, kNow);
        QVERIFY2(reply.ok(), reply ? "" : qPrintable(reply.error().toString()));
        QCOMPARE(reply->subject, TemplateStore::shipped(TemplateKeys::TicketReply)->subject);
        QVERIFY(reply->updatedBy.isEmpty());
        QCOMPARE(reply->updatedAt.toMSecsSinceEpoch(), kNow);

        const int shippedCount = int(TemplateStore::shipped()->size());
        auto all = store.all(kNow);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), shippedCount);
        auto again = store.seedMissing(kNow + 1);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 0);

        auto unknown = store.byKey("no_such_template", kNow);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
    }

    void saveChecksPlaceholders_data() { addDialectRows(); }
    void saveChecksPlaceholders()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TemplateStore store(db);
        auto original = store.byKey(TemplateKeys::PasswordReset, kNow);
        QVERIFY(original.ok());

        MailTemplate bad = original.value();
        bad.textBody += "\nYour PIN: {{account.pin}}\n";
        auto refused = store.save(bad, "maria.k", kNow + 10);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("{{account.pin}}"),
                 qPrintable(refused.error().message));
        QCOMPARE(store.byKey(TemplateKeys::PasswordReset, kNow)->textBody, original->textBody);

        MailTemplate edited = original.value();
        edited.subject = "Your new password link";
        auto saved = store.save(edited, "maria.k", kNow + 20);
        QVERIFY2(saved.ok(), saved ? "" : qPrintable(saved.error().toString()));
        QCOMPARE(saved->subject, QString("Your new password link"));
        QCOMPARE(saved->updatedBy, QString("maria.k"));
        QCOMPARE(saved->updatedAt.toMSecsSinceEpoch(), kNow + 20);

        // Seeding again keeps the edit.
        QVERIFY(store.seedMissing(kNow + 30).ok());
        QCOMPARE(store.byKey(TemplateKeys::PasswordReset, kNow)->subject, edited.subject);

        auto reset = store.resetToShipped(TemplateKeys::PasswordReset, "lead.l", kNow + 40);
        QVERIFY(reset.ok());
        QCOMPARE(reset->subject, original->subject);
        QCOMPARE(reset->updatedBy, QString("lead.l"));

        // A new template of the admin's own.
        MailTemplate own;
        own.key = "vip_welcome";
        own.name = "VIP welcome";
        own.subject = "Welcome, {{customer.name}}";
        own.textBody = "Hello {{customer.name}}";
        auto added = store.save(own, "admin", kNow);
        QVERIFY(added.ok());
        QCOMPARE(store.all(kNow)->size(), TemplateStore::shipped()->size() + 1);
    }

    // A database from before the fixed wording: a template nobody edited takes the shipped
    // text when seeded; one an administrator edited keeps its words (migration 0018 only took
    // the doubled name and the bare minutes out of it).
    void uneditedTemplatesFollowTheShippedText_data() { addDialectRows(); }
    void uneditedTemplatesFollowTheShippedText()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TemplateStore store(db);
        QVERIFY(store.seedMissing(kNow).ok());
        const QString old = "Hello {{customer.name}},\n\nexpires in {{expires.minutes}} minutes."
                            "\n\nKind regards,\n{{agent.name}}\n{{agent.signature}}\n";
        QVERIFY(Database::exec(db, "UPDATE templates SET text_body = ? WHERE key = ?",
                               {old, TemplateKeys::PasswordReset})
                    .ok());
        QVERIFY(store.seedMissing(kNow + 1).ok());
        QCOMPARE(store.byKey(TemplateKeys::PasswordReset, kNow)->textBody,
                 TemplateStore::shipped(TemplateKeys::PasswordReset)->textBody);

        // An admin's edit stays, whatever the shipped text says.
        QVERIFY(Database::exec(db,
                               "UPDATE templates SET text_body = ?, updated_by = 'oliver.b' "
                               "WHERE key = ?",
                               {old, TemplateKeys::PasswordReset})
                    .ok());
        QVERIFY(store.seedMissing(kNow + 2).ok());
        QCOMPARE(store.byKey(TemplateKeys::PasswordReset, kNow)->textBody, old);
    }

    // The editor's history: the text before the first edit, each save and the revert.
    void everySavedStateIsKept_data() { addDialectRows(); }
    void everySavedStateIsKept()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TemplateStore store(db);
        const MailTemplate shipped = TemplateStore::shipped(TemplateKeys::AccountUnlocked).value();
        MailTemplate edited = store.byKey(TemplateKeys::AccountUnlocked, kNow).value();
        edited.subject = "You can sign in again";
        QVERIFY(store.save(edited, "oliver.b", kNow + 10).ok());
        edited.textBody.replace("Kind regards", "Best wishes");
        QVERIFY(store.save(edited, "oliver.b", kNow + 20).ok());
        QVERIFY(store.resetToShipped(TemplateKeys::AccountUnlocked, "oliver.b", kNow + 30).ok());

        auto versions = store.versions(TemplateKeys::AccountUnlocked);
        QVERIFY2(versions.ok(), versions ? "" : qPrintable(versions.error().toString()));
        QCOMPARE(versions->size(), 4);
        QCOMPARE(versions->at(0).change, QString("revert"));
        QCOMPARE(versions->at(0).subject, shipped.subject);
        QCOMPARE(versions->at(1).change, QString("edit"));
        QVERIFY(versions->at(1).textBody.contains("Best wishes"));
        QCOMPARE(versions->at(1).changedAt.toMSecsSinceEpoch(), kNow + 20);
        QCOMPARE(versions->at(2).subject, QString("You can sign in again"));
        QCOMPARE(versions->at(3).change, QString("before_edit"));
        QCOMPARE(versions->at(3).textBody, shipped.textBody);
        QVERIFY(store.versions(TemplateKeys::TicketReply)->isEmpty());
    }

    // A placeholder this mail never has a value for blocks saving, and is named.
    void valuelessPlaceholderBlocksSaving_data() { addDialectRows(); }
    void valuelessPlaceholderBlocksSaving()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TemplateStore store(db);
        MailTemplate reply = store.byKey(TemplateKeys::TicketReply, kNow).value();
        reply.textBody += "\nReset your password here: {{link}}\n";
        auto refused = store.save(reply, "oliver.b", kNow + 10);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains("{{link}}"), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains("{{reply.body}}")); // what it may use instead
        MailTemplate notice = store.byKey(TemplateKeys::LinksRevoked, kNow).value();
        notice.textBody += "\n{{agent.name}}\n";
        QVERIFY(!store.save(notice, "oliver.b", kNow + 10).ok());
        QVERIFY(store.versions(TemplateKeys::TicketReply)->isEmpty());
        QCOMPARE(store.byKey(TemplateKeys::TicketReply, kNow)->textBody,
                 TemplateStore::shipped(TemplateKeys::TicketReply)->textBody);
    }
};

QTEST_GUILESS_MAIN(TestTemplateStore)
#include "tst_templatestore.moc"
