// The knowledge base on both dialects: articles and their versions (save, conflict, restore),
// who may publish, article search with ticket search's semantics (words, prefixes as you type,
// phrases, scope), uses recorded on the ticket, a draft from a resolved ticket, the demo
// articles; and ticket search finding a customer's name or address, troubleshooting notes and
// de-escalation comments.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "knowledge/ArticleSearch.h"
#include "knowledge/KnowledgeActions.h"
#include "knowledge/KnowledgeDemo.h"
#include "knowledge/MacroApply.h"
#include "knowledge/MacroStore.h"
#include "tickets/TicketSearch.h"
#include "tickets/TicketStore.h"

#include <QJsonDocument>
#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

// A Result that must have succeeded; the failure message is read only when it did not.
#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(), (result).ok() ? "" : qPrintable((result).error().toString()))

namespace {
// The code of a failed Result; Unknown when it succeeded (so a test expecting a refusal fails).
template <typename R> Error::Code codeOf(const R &result)
{
    return result.ok() ? Error::Code::Unknown : result.error().code;
}

constexpr qint64 kT0 = 1'760'000'000'000;

Staff staffMember(QSqlDatabase &db, const QString &login, StaffRole role)
{
    Staff s;
    s.login = login;
    s.displayName = login.toUpper();
    s.role = role;
    s.id = addStaff(db, login, s.displayName, StaffRoles::key(role));
    return s;
}

ArticleDraft draft(const QString &title, const QString &body, TicketCategory category,
                   ArticleAudience audience, QStringList tags = {})
{
    ArticleDraft d;
    d.title = title;
    d.body = body;
    d.category = category;
    d.audience = audience;
    d.tags = tags;
    return d;
}

QStringList titles(const QList<ArticleHit> &hits)
{
    QStringList out;
    for (const ArticleHit &h : hits)
        out.append(h.title);
    return out;
}

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

qint64 addEventWithData(QSqlDatabase &db, qint64 ticketId, const QString &kind, const QString &body,
                        const QJsonObject &data)
{
    auto q =
        Database::scalar(db,
                         QStringLiteral("INSERT INTO ticket_events (ticket_id, at, kind, body,"
                                        " data) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                         {QVariant::fromValue(ticketId), QVariant::fromValue(kT0), kind, body,
                          QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact))});
    if (!q)
        qFatal("%s", qPrintable(q.error().toString()));
    return q.value().toLongLong();
}
} // namespace

class TestKnowledge : public QObject
{
    Q_OBJECT

    struct Desk
    {
        Staff agent, lead;
    };
    Desk desk(QSqlDatabase &db)
    {
        return {staffMember(db, QStringLiteral("ann"), StaffRole::Agent),
                staffMember(db, QStringLiteral("lee"), StaffRole::Lead)};
    }

private slots:
    void versionsAndPermissions_data() { addDialectRows(); }
    void versionsAndPermissions()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Desk d = desk(db);

        KnowledgeActions agent(db, d.agent, kT0);
        KnowledgeActions lead(db, d.lead, kT0 + 1000);

        // Agents propose; they cannot publish.
        auto refused = agent.create(draft(QStringLiteral("Reset"), QStringLiteral("Text"),
                                          TicketCategory::Recovery, ArticleAudience::Public),
                                    true);
        QVERIFY(!refused);
        QCOMPARE(codeOf(refused), Error::Code::PermissionDenied);
        auto created = agent.create(draft(
            QStringLiteral("  Reset your password "), QStringLiteral("Use **Forgot password**."),
            TicketCategory::Recovery, ArticleAudience::Public, {QStringLiteral("reset")}));
        VERIFY_OK(created);
        Article a = created.value();
        QCOMPARE(a.title, QStringLiteral("Reset your password"));
        QCOMPARE(a.slug, QStringLiteral("reset-your-password"));
        QCOMPARE(a.status, ArticleStatus::Proposed);
        QCOMPARE(a.authorName, QStringLiteral("ANN"));
        QVERIFY(!a.reviewedAt.isValid());
        QVERIFY(!agent.publish(a.id, a.version));

        // A lead publishes; the page now says when it was reviewed.
        auto published = lead.publish(a.id, a.version);
        VERIFY_OK(published);
        a = published.value();
        QCOMPARE(a.status, ArticleStatus::Published);
        QCOMPARE(a.version, 2);
        QCOMPARE(a.reviewedAt.toMSecsSinceEpoch(), kT0 + 1000);
        QCOMPARE(a.reviewedByName, QStringLiteral("LEE"));

        // A published public article is the leads' to change.
        ArticleDraft changed = draft(a.title, QStringLiteral("New text"), a.category, a.audience);
        auto agentEdit = agent.edit(a.id, a.version, changed);
        QVERIFY(!agentEdit);
        QCOMPARE(codeOf(agentEdit), Error::Code::PermissionDenied);
        auto leadEdit = lead.edit(a.id, a.version, changed);
        VERIFY_OK(leadEdit);
        QCOMPARE(leadEdit->body, QStringLiteral("New text"));
        QCOMPARE(leadEdit->version, 3);

        // Saving over someone else's save is a conflict, naming who saved.
        auto stale = lead.edit(a.id, a.version, changed);
        QVERIFY(!stale);
        QCOMPARE(codeOf(stale), Error::Code::Conflict);
        QVERIFY2(!stale.ok() && stale.error().message.contains(QLatin1String("LEE")),
                 qPrintable(stale.error().message));

        // The history keeps every state; restoring an old one is a new version.
        auto history = ArticleStore(db).versions(a.id);
        QVERIFY(history);
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(0).change, QStringLiteral("edit"));
        QCOMPARE(history->at(1).change, QStringLiteral("publish"));
        QCOMPARE(history->at(2).change, QStringLiteral("proposed"));
        QCOMPARE(history->at(2).body, QStringLiteral("Use **Forgot password**."));
        QCOMPARE(history->at(2).changedByName, QStringLiteral("ANN"));
        auto restored = lead.restore(a.id, 3, 1);
        VERIFY_OK(restored);
        QCOMPARE(restored->body, QStringLiteral("Use **Forgot password**."));
        QCOMPARE(restored->version, 4);
        QCOMPARE(restored->status, ArticleStatus::Published); // the text, not the state
        QVERIFY(!agent.restore(a.id, 4, 3));

        // Agents edit internal articles freely; the same title gets a page name of its own.
        auto internal =
            agent.create(draft(QStringLiteral("Reset your password"), QStringLiteral("Staff notes"),
                               TicketCategory::Recovery, ArticleAudience::Internal));
        QVERIFY(internal);
        QCOMPARE(internal->slug, QStringLiteral("reset-your-password-2"));
        auto edited = agent.edit(internal->id, internal->version,
                                 draft(internal->title, QStringLiteral("More notes"),
                                       TicketCategory::Recovery, ArticleAudience::Internal));
        VERIFY_OK(edited);

        // Every change left an audit row.
        auto audits = Database::scalar(
            db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_type = 'kb_article'"));
        QVERIFY(audits);
        QCOMPARE(audits->toInt(), 6);

        QVERIFY(!agent.create(draft(QString(), QStringLiteral("x"), TicketCategory::Other,
                                    ArticleAudience::Internal)));
        QVERIFY(!agent.create(draft(QStringLiteral("a\nb"), QStringLiteral("x"),
                                    TicketCategory::Other, ArticleAudience::Internal)));
    }

    void search_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("input");
        QTest::addColumn<bool>("internal");
        QTest::addColumn<QStringList>("expected"); // titles, sorted
        const QStringList dialects = {QStringLiteral("sqlite"), QStringLiteral("postgresql")};
        for (const QString &dialect : dialects) {
            auto row = [&](const char *name, const char *input, bool internal,
                           QStringList expected) {
                expected.sort();
                QTest::newRow(qPrintable(dialect + u' ' + QLatin1String(name)))
                    << dialect << QString::fromUtf8(input) << internal << expected;
            };
            row("word", "password", true, {"Forgotten password", "Verify the caller"});
            row("word, customers' view", "password", false, {"Forgotten password"});
            row("case", "PASSWORD", false, {"Forgotten password"});
            row("prefix as you type", "passw", false, {"Forgotten password"});
            row("no prefix after a space", "passw ", false, {});
            row("tag", "mfa", true, {"Codes do not arrive"});
            row("title word", "arrive", true, {"Codes do not arrive"});
            row("phrase in order", "\"reset link\"", true, {"Forgotten password"});
            row("phrase out of order", "\"link reset\"", true, {});
            row("two words anywhere", "caller password", true, {"Verify the caller"});
            row("accents kept", "cafe", true, {});
            row("accented word", "café", true, {"Codes do not arrive"});
            row("punctuation is a phrase", "sign-in", true,
                {"Codes do not arrive", "Forgotten password"});
            row("phrase needs adjacency", "\"page sign\"", true, {});
            row("operators are words", "OR NOT", true, {});
            row("sql is text", "'; DROP TABLE kb_articles; --", true, {});
            row("proposed not found", "draftonly", true, {});
        }
    }
    void search()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, input);
        QFETCH(bool, internal);
        QFETCH(QStringList, expected);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Desk d = desk(db);
        KnowledgeActions lead(db, d.lead, kT0);
        QVERIFY(lead.create(draft(QStringLiteral("Forgotten password"),
                                  QStringLiteral("Ask for a **reset link** on the sign in page."),
                                  TicketCategory::Recovery, ArticleAudience::Public),
                            true));
        QVERIFY(lead.create(draft(QStringLiteral("Verify the caller"),
                                  QStringLiteral("Before a password reset, check who calls."),
                                  TicketCategory::Recovery, ArticleAudience::Internal),
                            true));
        QVERIFY(lead.create(draft(QStringLiteral("Codes do not arrive"),
                                  QStringLiteral("Two-factor sign-in codes; also from a café."),
                                  TicketCategory::Security, ArticleAudience::Public,
                                  {QStringLiteral("mfa")}),
                            true));
        QVERIFY(lead.create(draft(QStringLiteral("Draft"), QStringLiteral("draftonly"),
                                  TicketCategory::Other, ArticleAudience::Public)));

        ArticleSearchScope scope;
        scope.includeInternal = internal;
        auto hits = ArticleSearch::search(db, SearchQuery::parse(input), scope);
        VERIFY_OK(hits);
        QCOMPARE(sorted(titles(hits.value())), expected);

        if (input == QLatin1String("password")) {
            // A title match ranks first; the snippet marks the words the index matched.
            QCOMPARE(hits->constFirst().title, QStringLiteral("Forgotten password"));
            auto broad =
                ArticleSearch::search(db, SearchQuery::parse(QStringLiteral("reset")), scope);
            QVERIFY(broad);
            QVERIFY(broad->constFirst().snippet.contains(
                SearchHit::kMarkStart + QStringLiteral("reset") + SearchHit::kMarkEnd));
            // Editors see proposals too.
            scope.includeUnpublished = true;
            auto all =
                ArticleSearch::search(db, SearchQuery::parse(QStringLiteral("draftonly")), scope);
            QVERIFY(all);
            QCOMPARE(titles(all.value()), QStringList{QStringLiteral("Draft")});
        }
    }

    void usesAndDraft_data() { addDialectRows(); }
    void usesAndDraft()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Desk d = desk(db);
        KnowledgeActions lead(db, d.lead, kT0);
        auto a = lead.create(draft(QStringLiteral("Locked"), QStringLiteral("Wait 30 minutes."),
                                   TicketCategory::Login, ArticleAudience::Public),
                             true);
        QVERIFY(a);

        TicketRow open;
        open.subject = QStringLiteral("Locked out");
        const qint64 t1 = addTicket(db, open);
        TicketRow solved = open;
        solved.status = QStringLiteral("resolved");
        const qint64 t2 = addTicket(db, solved);

        KnowledgeActions agent(db, d.agent, kT0 + 5000);
        QVERIFY(agent.recordUse(a->id, t1));
        QVERIFY(agent.recordUse(a->id, t2));
        QVERIFY(!agent.recordUse(a->id, 999999));

        auto again = ArticleStore(db).article(a->id);
        QVERIFY(again);
        QCOMPARE(again->uses, 2);
        QCOMPARE(again->resolvedWith, 1);
        auto used = ArticleStore(db).usedOn(t1);
        QVERIFY(used);
        QCOMPARE(used.value(), QList<qint64>{a->id});
        auto months = ArticleStore(db).usesPerMonth(a->id);
        QVERIFY(months);
        QCOMPARE(months->size(), 1);
        QCOMPARE(months->constFirst().second, 2);
        // The ticket's timeline says which article was used.
        auto event = Database::scalar(
            db, QStringLiteral("SELECT data FROM ticket_events WHERE ticket_id = ? AND kind = ?"),
            {QVariant::fromValue(t1), QStringLiteral("kb_article_used")});
        QVERIFY(event);
        QCOMPARE(QJsonDocument::fromJson(event->toString().toUtf8())
                     .object()
                     .value(QStringLiteral("article"))
                     .toInteger(),
                 a->id);

        // A draft from the resolved ticket: problem, steps that worked, resolution.
        QVERIFY(!agent.draftFromTicket(t1)); // not resolved
        addEvent(db, t2, kT0, QStringLiteral("created"),
                 QStringLiteral("I cannot get in since *yesterday*.\n\n> quoted old mail"));
        addEvent(db, t2, kT0 + 10, QStringLiteral("reply"),
                 QStringLiteral("I unlocked your account; please sign in again."));
        auto draftResult = agent.draftFromTicket(t2);
        VERIFY_OK(draftResult);
        const ArticleDraft dr = draftResult.value();
        QCOMPARE(dr.title, QStringLiteral("Locked out"));
        QCOMPARE(dr.audience, ArticleAudience::Internal);
        QCOMPARE(dr.sourceTicketId, std::optional<qint64>(t2));
        QVERIFY2(dr.body.contains(QLatin1String("I cannot get in since \\*yesterday\\*.")),
                 qPrintable(dr.body));
        QVERIFY(!dr.body.contains(QLatin1String("quoted old mail")));
        QVERIFY(dr.body.contains(QLatin1String("I unlocked your account")));
        // A lead edits and publishes it.
        auto fromTicket = lead.create(dr, true);
        VERIFY_OK(fromTicket);
        QCOMPARE(fromTicket->sourceTicketId, std::optional<qint64>(t2));
    }

    void demoArticles_data() { addDialectRows(); }
    void demoArticles()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        auto added = KnowledgeDemo::seed(db, kT0);
        VERIFY_OK(added);
        QVERIFY(added.value() >= 3);
        auto twice = KnowledgeDemo::seed(db, kT0);
        QVERIFY(twice);
        QCOMPARE(twice.value(), 0);
        auto all = ArticleStore(db).list();
        QVERIFY(all);
        QSet<TicketCategory> categories;
        for (const Article &a : all.value()) {
            categories.insert(a.category);
            QCOMPARE(a.status, ArticleStatus::Published);
            QVERIFY(a.reviewedAt.isValid());
        }
        QVERIFY(categories.contains(TicketCategory::Login));
        QVERIFY(categories.contains(TicketCategory::Recovery));
        QVERIFY(categories.contains(TicketCategory::Security));
        ArticleSearchScope scope;
        scope.includeInternal = false;
        auto hits =
            ArticleSearch::search(db, SearchQuery::parse(QStringLiteral("reset link")), scope);
        QVERIFY(hits);
        QVERIFY(titles(hits.value()).contains(QStringLiteral("Resetting a forgotten password")));
    }

    void macros_data() { addDialectRows(); }
    void macros()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const Desk d = desk(db);

        auto shipped = MacroStore::shipped();
        VERIFY_OK(shipped);
        QStringList shippedTitles;
        for (const Macro &m : shipped.value())
            shippedTitles << m.title;
        QVERIFY(
            shippedTitles.contains(QStringLiteral("Sent reset link \u2014 waiting for forward")));
        QVERIFY(shippedTitles.contains(QStringLiteral("Account re-activated")));
        QVERIFY(shippedTitles.contains(QStringLiteral("Escalated to security")));
        const Macro security = [&] {
            for (const Macro &m : shipped.value())
                if (m.key == QLatin1String("escalated_to_security"))
                    return m;
            return Macro();
        }();
        QCOMPARE(security.changes.status, std::optional(TicketStatus::Escalated));
        QCOMPARE(security.changes.category, std::optional(TicketCategory::Security));
        QCOMPARE(security.changes.priority, std::optional(TicketPriority::High));
        QVERIFY(!security.changes.note.isEmpty());

        // Placeholders are the mail templates': one without a value blocks, and is named.
        TemplateValues values{{QStringLiteral("customer.name"), QStringLiteral("Pat")},
                              {QStringLiteral("agent.name"), QStringLiteral("Ann")},
                              {QStringLiteral("agent.signature"), QStringLiteral("")}};
        auto blocked = MacroStore::renderBody(security, values);
        QVERIFY(!blocked);
        QVERIFY2(!blocked.ok() &&
                     blocked.error().message.contains(QLatin1String("{{ticket.number}}")),
                 qPrintable(blocked.error().message));
        values.insert(QStringLiteral("ticket.number"), QStringLiteral("#42"));
        auto rendered = MacroStore::renderBody(security, values);
        VERIFY_OK(rendered);
        QVERIFY(rendered->startsWith(QLatin1String("Thank you for telling us.")));
        QVERIFY(rendered->contains(QLatin1String("#42")));
        QVERIFY(!rendered->contains(QLatin1String("{{")));

        Macro bad;
        bad.title = QStringLiteral("Typo");
        bad.body = QStringLiteral("Hi {{customer.nmae}}");
        auto invalid = MacroStore::validate(bad);
        QVERIFY(!invalid);
        QVERIFY(invalid.error().message.contains(QLatin1String("{{customer.nmae}}")));
        QVERIFY(!MacroChanges::fromJson({{QStringLiteral("status"), QStringLiteral("done")}},
                                        QStringLiteral("x")));

        // Found by words, with the last word as a prefix.
        QVERIFY(MacroStore::matches(security, SearchQuery::parse(QStringLiteral("secur"))));
        QVERIFY(MacroStore::matches(security, SearchQuery::parse(QStringLiteral("security team"))));
        QVERIFY(!MacroStore::matches(security,
                                     SearchQuery::parse(QStringLiteral("\"team security\""))));
        QVERIFY(!MacroStore::matches(security, SearchQuery::parse(QStringLiteral("unlock"))));

        // Personal and shared: agents keep their own; shared ones are the leads'.
        MacroStore store(db);
        Macro mine;
        mine.title = QStringLiteral("My greeting");
        mine.body = QStringLiteral("Hi {{customer.name}}, thanks for waiting.");
        mine.ownerId = d.agent.id;
        auto saved = store.save(mine, d.agent, kT0);
        VERIFY_OK(saved);
        Macro shared = mine;
        shared.ownerId.reset();
        QCOMPARE(codeOf(store.save(shared, d.agent, kT0)), Error::Code::PermissionDenied);
        QVERIFY(store.save(shared, d.lead, kT0));
        Macro edited = security;
        edited.title = QStringLiteral("Escalated to the security team");
        QCOMPARE(codeOf(store.save(edited, d.agent, kT0)), Error::Code::PermissionDenied);
        QVERIFY(store.save(edited, d.lead, kT0));

        auto forAgent = store.available(d.agent.id);
        QVERIFY(forAgent);
        QStringList agentTitles;
        for (const Macro &m : forAgent.value())
            agentTitles << m.title;
        QCOMPARE(agentTitles.count(QStringLiteral("My greeting")), 2); // personal + shared
        QVERIFY(agentTitles.contains(QStringLiteral("Escalated to the security team")));
        QVERIFY(!agentTitles.contains(QStringLiteral("Escalated to security"))); // replaced
        auto forLead = store.available(d.lead.id);
        QVERIFY(forLead);
        QCOMPARE(forLead->size(), forAgent->size() - 1); // not the agent's own
        // An edit from a loaded copy: a colleague's save in between is refused, not overwritten.
        Macro loaded;
        for (const Macro &m : forAgent.value())
            if (m.id == saved.value())
                loaded = m;
        QVERIFY(loaded.updatedAt.isValid());
        Macro first = loaded;
        first.body = QStringLiteral("Hi {{customer.name}}, thank you for your patience.");
        VERIFY_OK(store.save(first, d.agent, kT0 + 1000));
        Macro stale = loaded;
        stale.body = QStringLiteral("Hi {{customer.name}}!");
        QCOMPARE(codeOf(store.save(stale, d.agent, kT0 + 2000)), Error::Code::Conflict);
        auto reread = store.available(d.agent.id);
        QVERIFY(reread);
        for (const Macro &m : reread.value())
            if (m.id == saved.value())
                QCOMPARE(m.body, first.body);

        QCOMPARE(codeOf(store.remove(saved.value(), d.lead)), Error::Code::PermissionDenied);
        QVERIFY(store.remove(saved.value(), d.agent));
        Macro gone = first;
        gone.updatedAt = {};
        QCOMPARE(codeOf(store.save(gone, d.agent, kT0 + 3000)), Error::Code::NotFound);

        // Sending with the staged macro makes its changes, each with the ticket's own rules.
        TicketRow row;
        row.status = QStringLiteral("open");
        const qint64 ticketId = addTicket(db, row);
        auto ticket = TicketStore(db).ticket(ticketId);
        QVERIFY(ticket);
        TicketActions actions(db, d.lead, kT0);
        auto after = MacroApply::apply(db, actions, d.lead, ticket.value(), security.changes);
        VERIFY_OK(after);
        QCOMPARE(after->status, TicketStatus::Escalated);
        QCOMPARE(after->category, TicketCategory::Security);
        QCOMPARE(after->priority, TicketPriority::High);
        auto notes = Database::scalar(db,
                                      QStringLiteral("SELECT COUNT(*) FROM ticket_events WHERE"
                                                     " ticket_id = ? AND kind = 'note'"),
                                      {QVariant::fromValue(ticketId)});
        QVERIFY(notes);
        QCOMPARE(notes->toInt(), 1);
        // Applied again, what is in effect already is skipped; "me" assigns the sender.
        MacroChanges mine2;
        mine2.assignee = MacroChanges::kMe;
        mine2.status = TicketStatus::Escalated;
        auto again = MacroApply::apply(db, actions, d.lead, after.value(), mine2);
        VERIFY_OK(again);
        QCOMPARE(again->assigneeId, std::optional<qint64>(d.lead.id));
        QCOMPARE(again->version, after->version + 1);
    }

    void ticketSearchLearns_data() { addDialectRows(); }
    void ticketSearchLearns()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        TicketRow r;
        r.subject = QStringLiteral("Cannot sign in");
        r.requesterName = QStringLiteral("Julia Okonkwo");
        r.requesterEmail = QStringLiteral("julia.o@mailbox.example");
        const qint64 julia = addTicket(db, r);
        r.requesterName = QStringLiteral("Pat Doe");
        r.requesterEmail = QStringLiteral("pat@example.com");
        const qint64 pat = addTicket(db, r);
        addEventWithData(
            db, pat, QStringLiteral("wizard_step"),
            QStringLiteral("Troubleshooting step \"Browser\": Done.\nNotes: customer "
                           "uses a kiosk browser"),
            {{QStringLiteral("notes"), QStringLiteral("customer uses a kiosk browser")}});
        addEventWithData(db, pat, QStringLiteral("wizard_step"),
                         QStringLiteral("Troubleshooting step \"Cookies\": Done."),
                         {{QStringLiteral("notes"), QString()}});
        addEventWithData(db, julia, QStringLiteral("status"),
                         QStringLiteral("Not a takeover, the traveller confirmed by phone"),
                         {{QStringLiteral("from"), QStringLiteral("escalated")},
                          {QStringLiteral("to"), QStringLiteral("open")}});
        addEventWithData(db, pat, QStringLiteral("status"), QStringLiteral("zeppelin"),
                         {{QStringLiteral("from"), QStringLiteral("open")},
                          {QStringLiteral("to"), QStringLiteral("resolved")}});

        auto find = [&](const QString &text) {
            auto hits = TicketSearch::search(db, SearchQuery::parse(text), 50);
            if (!hits) {
                qWarning("%s", qPrintable(hits.error().toString()));
                return std::make_pair(QList<qint64>(), QList<SearchHit::Source>());
            }
            QList<qint64> ids;
            QList<SearchHit::Source> sources;
            for (const SearchHit &h : hits.value()) {
                ids.append(h.ticketId);
                sources.append(h.matchedIn);
            }
            return std::make_pair(ids, sources);
        };
        auto [ids, sources] = find(QStringLiteral("okonkwo"));
        QCOMPARE(ids, QList<qint64>{julia});
        QCOMPARE(sources.constFirst(), SearchHit::Source::Requester);
        std::tie(ids, sources) = find(QStringLiteral("julia.o@mailbox.example"));
        QCOMPARE(ids, QList<qint64>{julia});
        std::tie(ids, sources) = find(QStringLiteral("mailb"));
        QCOMPARE(ids, QList<qint64>{julia});
        std::tie(ids, sources) = find(QStringLiteral("julia sign"));
        QCOMPARE(ids, QList<qint64>{julia});
        std::tie(ids, sources) = find(QStringLiteral("kiosk"));
        QCOMPARE(ids, QList<qint64>{pat});
        QCOMPARE(sources.constFirst(), SearchHit::Source::WizardNotes);
        std::tie(ids, sources) = find(QStringLiteral("traveller"));
        QCOMPARE(ids, QList<qint64>{julia});
        QCOMPARE(sources.constFirst(), SearchHit::Source::Comment);
        // Step titles and other status changes stay out of the index.
        QCOMPARE(find(QStringLiteral("cookies")).first, QList<qint64>{});
        QCOMPARE(find(QStringLiteral("zeppelin")).first, QList<qint64>{});

        // Edits and deletions keep the index in step.
        QVERIFY(Database::exec(db,
                               QStringLiteral("UPDATE tickets SET requester_name = ? WHERE id = ?"),
                               {QStringLiteral("Julia Smith"), QVariant::fromValue(julia)}));
        QCOMPARE(find(QStringLiteral("okonkwo")).first, QList<qint64>{});
        QCOMPARE(find(QStringLiteral("smith")).first, QList<qint64>{julia});
        QVERIFY(Database::exec(
            db,
            QStringLiteral("UPDATE ticket_events SET data = ? WHERE ticket_id = ?"
                           " AND kind = 'wizard_step' AND body LIKE '%kiosk%'"),
            {QStringLiteral("{\"notes\":\"tablet app\"}"), QVariant::fromValue(pat)}));
        QCOMPARE(find(QStringLiteral("kiosk")).first, QList<qint64>{});
        QCOMPARE(find(QStringLiteral("tablet")).first, QList<qint64>{pat});
        QVERIFY(Database::exec(db, QStringLiteral("DELETE FROM tickets WHERE id = ?"),
                               {QVariant::fromValue(julia)}));
        QCOMPARE(find(QStringLiteral("traveller")).first, QList<qint64>{});
        QCOMPARE(find(QStringLiteral("smith")).first, QList<qint64>{});
        if (dialect == QLatin1String("sqlite")) {
            QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO ticket_event_search"
                                                      " (ticket_event_search, rank) VALUES"
                                                      " ('integrity-check', 1)")));
            QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO ticket_subject_search"
                                                      " (ticket_subject_search, rank) VALUES"
                                                      " ('integrity-check', 1)")));
        }
    }
};

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
