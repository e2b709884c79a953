// The knowledge base on the shared PostgreSQL, from each staff role's own login (issue 16 on the
// security boundary of issue 12): an agent proposes and edits drafts through the app's own code
// but cannot publish, review or change a published public article, even with plain SQL; a lead
// publishes; versions name the session's staff member; an agent keeps personal macros only.

#include "SecurityFixture.h"

#include "knowledge/KnowledgeActions.h"

#include <QDateTime>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

ArticleDraft draft(const QString &title, ArticleAudience audience)
{
    ArticleDraft d;
    d.title = title;
    d.body = QStringLiteral("1. Open the sign-in page in a private window.\n2. Try again.");
    d.category = TicketCategory::Login;
    d.audience = audience;
    return d;
}

} // namespace

class TestKbRights : public QObject
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
    }
    void cleanupTestCase() { f.reset(); }

    void agentProposesLeadPublishes()
    {
        const Staff agent = f->staff(QStringLiteral("agent"));
        KnowledgeActions asAgent(f->as(QStringLiteral("agent")), agent, nowMs());
        auto proposed = asAgent.create(
            draft(QStringLiteral("Signing in from a private window"), ArticleAudience::Public));
        QVERIFY2(proposed.ok(), proposed.ok() ? "" : qPrintable(proposed.error().message));
        const qint64 id = proposed.value().id;
        QCOMPARE(f->scalar(QStringLiteral("SELECT status FROM kb_articles WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("proposed"));
        // The version names the session's staff member, whatever the client wrote.
        QCOMPARE(f->scalar(QStringLiteral("SELECT changed_by FROM kb_article_versions WHERE "
                                          "article_id = ? ORDER BY version DESC LIMIT 1"),
                           {id})
                     .toLongLong(),
                 agent.id);

        // Publishing is not the agent's, by SQL either.
        refused(QStringLiteral("agent"),
                QStringLiteral("UPDATE kb_articles SET status = 'published' WHERE id = ?"), {id});
        refused(QStringLiteral("agent"),
                QStringLiteral("INSERT INTO kb_articles (slug, title, body, category, audience, "
                               "status, created_at, updated_at) VALUES ('x', 'x', 'x', 'login', "
                               "'public', 'published', 0, 0)"));

        const Staff lead = f->staff(QStringLiteral("lead"));
        KnowledgeActions asLead(f->as(QStringLiteral("lead")), lead, nowMs());
        auto published = asLead.publish(id, proposed.value().version);
        QVERIFY2(published.ok(), published.ok() ? "" : qPrintable(published.error().message));
        QCOMPARE(f->scalar(QStringLiteral("SELECT status FROM kb_articles WHERE id = ?"), {id})
                     .toString(),
                 QStringLiteral("published"));

        // Now public and published: the agent's edit is refused by the database as by the app.
        refused(QStringLiteral("agent"),
                QStringLiteral("UPDATE kb_articles SET body = 'changed' WHERE id = ?"), {id});
        refused(QStringLiteral("agent"),
                QStringLiteral("UPDATE kb_articles SET reviewed_at = 1 WHERE id = ?"), {id});
        QVERIFY(!tryExec(f->as(QStringLiteral("agent")),
                         QStringLiteral("DELETE FROM kb_article_versions WHERE article_id = ?"),
                         {id}));
        QVERIFY(f->scalar(QStringLiteral("SELECT COUNT(*) FROM kb_article_versions WHERE "
                                         "article_id = ?"),
                          {id})
                    .toInt() >= 2);
    }

    void agentsKeepPersonalMacrosOnly()
    {
        const qint64 me = f->staff(QStringLiteral("agent")).id;
        const qint64 colleague = f->staff(QStringLiteral("agent2")).id;
        QSqlDatabase &agent = f->as(QStringLiteral("agent"));
        QString error;
        QVERIFY2(tryExec(agent,
                         QStringLiteral("INSERT INTO macros (title, body, owner_id, updated_at) "
                                        "VALUES ('Mine', 'Hello', ?, 0)"),
                         {me}, &error),
                 qPrintable(error));
        refused(QStringLiteral("agent"),
                QStringLiteral("INSERT INTO macros (title, body, owner_id, updated_at) VALUES "
                               "('Shared', 'Hello', NULL, 0)"));
        refused(QStringLiteral("agent"),
                QStringLiteral("INSERT INTO macros (title, body, owner_id, updated_at) VALUES "
                               "('Theirs', 'Hello', ?, 0)"),
                {colleague});
        // A shared macro (a lead's) is the agent's to use, not to change: the row is not theirs.
        QVERIFY(tryExec(f->as(QStringLiteral("lead")),
                        QStringLiteral("INSERT INTO macros (title, body, owner_id, updated_at) "
                                       "VALUES ('Team reply', 'Hello', NULL, 0)")));
        QVERIFY(
            tryExec(agent, QStringLiteral("UPDATE macros SET body = 'x' WHERE owner_id IS NULL")));
        QCOMPARE(f->scalar(QStringLiteral("SELECT body FROM macros WHERE title = 'Team reply'"))
                     .toString(),
                 QStringLiteral("Hello"));
        QVERIFY(tryExec(agent, QStringLiteral("SELECT COUNT(*) FROM macros")));
    }
};

QTEST_GUILESS_MAIN(TestKbRights)
#include "tst_kbrights.moc"
