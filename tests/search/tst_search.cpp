// Full-text search finds the same tickets on SQLite and PostgreSQL: words, phrases, prefixes,
// case and accents, the kinds of timeline text that are searched, edits and deletions, and
// hostile input that must never become an SQL error.
#include "Fixtures.h"
#include "TestDatabase.h"
#include "db/Database.h"
#include "db/Migrator.h"
#include "tickets/TicketSearch.h"

#include <QtTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr qint64 kT0 = 1'750'000'000'000;
constexpr qint64 kMinute = 60 * 1000;

struct World
{
    QHash<QString, qint64> tickets; // key -> id
    qint64 note = 0;                // the internal note of "signin"
    qint64 reply = 0;               // the reply on "reset"
    qint64 statusEvent = 0;         // a status change on "billing" (not searched)
};

QString keyOf(const World &w, qint64 id)
{
    return w.tickets.key(id, QStringLiteral("#%1").arg(id));
}

// Six tickets whose texts make every rule visible; ids and times are the same on both dialects.
World populate(QSqlDatabase &db)
{
    World w;
    int n = 0;
    auto ticket = [&](const QString &key, const QString &subject) {
        TicketRow r;
        r.subject = subject;
        r.createdAt = kT0 + n * kMinute;
        r.updatedAt = kT0 + 100 * kMinute + n * kMinute;
        ++n;
        const qint64 id = addTicket(db, r);
        w.tickets.insert(key, id);
        return id;
    };
    auto event = [&](qint64 ticketId, const char *kind, const QString &body) {
        return addEvent(db, ticketId, kT0 + 50 * kMinute, QString::fromLatin1(kind), body);
    };

    qint64 t = ticket("reset", "Password reset link expired");
    event(t, "created",
          "Hi,\n\nmy password reset link from yesterday has expired.\n\nRegards,\nAnna Müller");
    w.reply = event(t, "reply", "Hello Anna, I have sent you a new link to reset it.");

    t = ticket("signin", "Cannot sign in");
    event(t, "created", "The login page says my password is wrong. I am sitting in a café.");
    w.note = event(t, "note", "Verified the caller by phone, quokka code matched.");

    t = ticket("locked", "Account locked after trip");
    event(t, "created",
          "I was abroad and my account got locked. Please reset my access, the link in your "
          "mail did not work.");

    t = ticket("alert", "Strange xylophone alert");
    event(t, "created", "I got an alert about a new device.");

    t = ticket("mfa", "MÜLLER needs new codes");
    event(t, "created", "Codes for two-factor sign-in never arrive.");

    t = ticket("billing", "Billing question");
    event(t, "created", "How do I change my plan?");
    w.statusEvent = event(t, "status", "zeppelin");
    event(t, "assignment", "zeppelin");
    return w;
}

QStringList keys(const World &w, const QList<SearchHit> &hits)
{
    QStringList out;
    for (const SearchHit &h : hits)
        out.append(keyOf(w, h.ticketId));
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QList<SearchHit> find(QSqlDatabase &db, const QString &text, int limit = 50, int offset = 0)
{
    auto hits = TicketSearch::search(db, SearchQuery::parse(text), limit, offset);
    if (!hits) {
        qWarning("search for %s failed: %s", qPrintable(text.left(80)),
                 qPrintable(hits.error().toString()));
        return {};
    }
    return hits.value();
}

QStringList findKeys(QSqlDatabase &db, const World &w, const QString &text)
{
    return sorted(keys(w, find(db, text)));
}

// Every marked stretch of a snippet, e.g. {"quokka"} or {"reset link"}.
QStringList marked(const QString &snippet)
{
    QStringList out;
    qsizetype from = 0;
    while (true) {
        const qsizetype start = snippet.indexOf(SearchHit::kMarkStart, from);
        if (start < 0)
            break;
        const qsizetype end = snippet.indexOf(SearchHit::kMarkEnd, start);
        if (end < 0)
            break;
        out.append(snippet.mid(start + 1, end - start - 1));
        from = end + 1;
    }
    return out;
}

QString sourceName(SearchHit::Source s)
{
    return TicketSearch::sourceKey(s);
}
} // namespace

class TestSearch : public QObject
{
    Q_OBJECT
private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("dialect");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("expected"); // ticket keys, sorted
        QTest::addColumn<QString>("matchedIn");    // checked when one ticket is expected
        for (const char *d : {"sqlite", "postgresql"}) {
            const QString dialect = QString::fromLatin1(d);
            auto row = [&](const char *name, const QString &input, QStringList expected,
                           const char *matchedIn = "") {
                expected.sort();
                QTest::addRow("%s: %s", d, name)
                    << dialect << input << expected << QString::fromLatin1(matchedIn);
            };
            row("single word", "quokka ", {"signin"}, "note");
            row("word only in a note", "verified ", {"signin"}, "note");
            row("word only in the subject", "xylophone ", {"alert"}, "subject");
            row("word in a reply", "sent ", {"reset"}, "reply");
            row("word in the customer's message", "abroad ", {"locked"}, "created");
            row("two words, both needed", "password expired ", {"reset"});
            row("words in different texts do not match", "café expired ", {});
            row("one hit per ticket", "password ", {"reset", "signin"});
            row("prefix while typing", "passw", {"reset", "signin"});
            row("three-letter prefix", "xyl", {"alert"});
            row("two letters are a whole word", "xy", {});
            row("finished word is whole", "passw ", {});
            row("phrase matches adjacent words", "\"reset link\"", {"reset"});
            row("same words without quotes", "reset link ", {"locked", "reset"});
            row("phrase in order only", "\"link reset\"", {});
            row("hyphenated word", "sign-in ", {"mfa", "signin"});
            row("upper case", "PASSWORD ", {"reset", "signin"});
            row("mixed case", "QuOkKa ", {"signin"}, "note");
            row("umlaut", "müller ", {"mfa", "reset"});
            row("umlaut upper case", "MÜLLER ", {"mfa", "reset"});
            row("accents matter", "muller ", {});
            row("accented word", "café ", {"signin"}, "created");
            row("unaccented is another word", "cafe ", {});
            row("accented prefix", "caf", {"signin"}, "created");
            row("upper-case accented prefix", "MÜL", {"mfa", "reset"});
            row("prefix after a phrase", "\"reset link\" expi", {"reset"});
            row("status text is not searched", "zeppelin ", {});
            row("nothing matches", "walrus ", {});
            // Hostile input: plain text, never syntax.
            row("lone quote", "\"", {});
            row("star", "*", {});
            row("OR", "OR", {});
            row("AND NOT", "AND NOT", {"locked"}, "created");
            row("quoted OR", "a\" OR \"b", {});
            row("NEAR(", "NEAR(", {});
            row("SQL injection", "'; DROP TABLE tickets; --", {});
            row("column filter", "col:val", {});
            row("column filter on a real word", "subject:password ", {});
            row("minus", "-quokka", {"signin"}, "note");
            row("caret", "^xylophone", {"alert"}, "subject");
            row("tsquery syntax", "password & !expired | x:*", {});
            row("10k of one letter", QString(10000, u'a'), {});
            QString repeated;
            while (repeated.size() < 10000)
                repeated += QStringLiteral("password ");
            row("10k of one word", repeated, {"reset", "signin"});
            QString many;
            for (int i = 0; many.size() < 10000; ++i)
                many += QStringLiteral("word%1 ").arg(i);
            row("10k of different words", many, {});
            QString quoted = u'"' + many + u'"';
            row("10k inside quotes", quoted, {});
        }
    }
    void finds()
    {
        QFETCH(QString, dialect);
        QFETCH(QString, input);
        QFETCH(QStringList, expected);
        QFETCH(QString, matchedIn);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());

        const SearchQuery query = SearchQuery::parse(input);
        auto hits = TicketSearch::search(tdb.db(), query, 50, 0);
        QVERIFY2(hits.ok(), hits ? "" : qPrintable(hits.error().toString()));
        if (query.isEmpty()) {
            QVERIFY(hits.value().isEmpty());
            QVERIFY(!query.hint().isEmpty());
        }
        QCOMPARE(sorted(keys(w, hits.value())), expected);

        auto count = TicketSearch::count(tdb.db(), query);
        QVERIFY2(count.ok(), count ? "" : qPrintable(count.error().toString()));
        QCOMPARE(count.value(), qint64(expected.size()));

        for (const SearchHit &h : hits.value()) {
            // The snippet marks what matched, and only words of the query.
            const QStringList marks = marked(h.snippet);
            QVERIFY2(!marks.isEmpty(), qPrintable(h.snippet));
            for (const QString &m : marks) {
                for (const QString &word : SearchQuery::words(m)) {
                    bool fromQuery = false;
                    for (const SearchQuery::Term &t : query.terms())
                        for (const QString &qw : t.words)
                            fromQuery = fromQuery || word.compare(qw, Qt::CaseInsensitive) == 0 ||
                                        (t.prefix && word.startsWith(qw, Qt::CaseInsensitive));
                    QVERIFY2(fromQuery, qPrintable(h.snippet));
                }
            }
            QCOMPARE(h.subject.isEmpty(), false);
            QVERIFY(h.updatedAt.isValid());
        }
        if (!matchedIn.isEmpty()) {
            QCOMPARE(hits.value().size(), 1);
            QCOMPARE(sourceName(hits.value().constFirst().matchedIn), matchedIn);
        }
        QVERIFY(tdb.db().tables().contains(QStringLiteral("tickets")));
    }

    void snippets_data() { addDialectRows(); }
    void snippets()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const World w = populate(tdb.db());

        QList<SearchHit> hits = find(tdb.db(), QStringLiteral("quokka"));
        QCOMPARE(hits.size(), 1);
        QVERIFY2(hits[0].snippet.contains(QStringLiteral("\x02quokka\x03")),
                 qPrintable(hits[0].snippet));
        QCOMPARE(hits[0].snippetText(), QStringLiteral("Verified the caller by phone, quokka "
                                                       "code matched."));
        QCOMPARE(hits[0].snippetHtml(), QStringLiteral("Verified the caller by phone, "
                                                       "<b>quokka</b> code matched."));
        QCOMPARE(hits[0].status, TicketStatus::Open);
        QCOMPARE(hits[0].subject, QStringLiteral("Cannot sign in"));
        QCOMPARE(hits[0].updatedAt.toMSecsSinceEpoch(), kT0 + 101 * kMinute);

        // The text keeps its own case inside the marks.
        hits = find(tdb.db(), QStringLiteral("müller"));
        QCOMPARE(hits.size(), 2);
        for (const SearchHit &h : hits) {
            const QStringList marks = marked(h.snippet);
            QVERIFY2(marks == QStringList{"MÜLLER"} || marks == QStringList{"Müller"},
                     qPrintable(h.snippet));
        }

        // A long text is cut around the match, with an ellipsis where it was cut.
        const qint64 id = w.tickets.value(QStringLiteral("locked"));
        QString longText;
        for (int i = 0; i < 30; ++i)
            longText += QStringLiteral("filler%1 ").arg(i);
        longText += QStringLiteral("the narwhal appeared ");
        for (int i = 30; i < 60; ++i)
            longText += QStringLiteral("filler%1 ").arg(i);
        addEvent(tdb.db(), id, kT0 + 60 * kMinute, QStringLiteral("reply"), longText);
        hits = find(tdb.db(), QStringLiteral("narwhal "));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(marked(hits[0].snippet), QStringList{"narwhal"});
        QVERIFY2(hits[0].snippet.startsWith(QStringLiteral("\u2026")), qPrintable(hits[0].snippet));
        QVERIFY2(hits[0].snippet.endsWith(QStringLiteral("\u2026")), qPrintable(hits[0].snippet));
        const int words = int(SearchQuery::words(hits[0].snippetText()).size());
        QVERIFY2(words >= 5 && words <= 13, qPrintable(hits[0].snippet));

        // Markup in the text is escaped in the HTML form.
        addEvent(tdb.db(), id, kT0 + 61 * kMinute, QStringLiteral("note"),
                 QStringLiteral("<script>okapi</script> & co"));
        hits = find(tdb.db(), QStringLiteral("okapi "));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].snippetHtml(),
                 QStringLiteral("&lt;script&gt;<b>okapi</b>&lt;/script&gt; &amp; co"));
    }

    void followsEdits_data() { addDialectRows(); }
    void followsEdits()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        const World w = populate(db);
        auto run = [&](const char *sql, QVariantList values) {
            auto q = Database::exec(db, QString::fromLatin1(sql), values);
            QVERIFY2(q.ok(), q ? "" : qPrintable(q.error().toString()));
        };
        const qint64 alert = w.tickets.value(QStringLiteral("alert"));

        // A new subject: the old word is gone, the new one is found.
        run("UPDATE tickets SET subject = ? WHERE id = ?",
            {QStringLiteral("Calendar invite broken"), alert});
        QCOMPARE(findKeys(db, w, QStringLiteral("xylophone ")), QStringList{});
        QCOMPARE(findKeys(db, w, QStringLiteral("calendar ")), QStringList{"alert"});
        // Other columns change without touching the index.
        run("UPDATE tickets SET status = 'resolved', version = version + 1 WHERE id = ?", {alert});
        QCOMPARE(findKeys(db, w, QStringLiteral("calendar ")), QStringList{"alert"});
        QCOMPARE(find(db, QStringLiteral("calendar ")).constFirst().status, TicketStatus::Resolved);

        // An edited reply.
        run("UPDATE ticket_events SET body = ? WHERE id = ?",
            {QStringLiteral("Checked by video call."), w.reply});
        QCOMPARE(findKeys(db, w, QStringLiteral("sent ")), QStringList{});
        QCOMPARE(findKeys(db, w, QStringLiteral("video ")), QStringList{"reset"});

        // A deleted note.
        run("DELETE FROM ticket_events WHERE id = ?", {w.note});
        QCOMPARE(findKeys(db, w, QStringLiteral("quokka ")), QStringList{});
        QCOMPARE(findKeys(db, w, QStringLiteral("café ")), QStringList{"signin"});

        // An event that turns into a searched kind and back.
        run("UPDATE ticket_events SET kind = 'note' WHERE id = ?", {w.statusEvent});
        QCOMPARE(findKeys(db, w, QStringLiteral("zeppelin ")), QStringList{"billing"});
        run("UPDATE ticket_events SET kind = 'status' WHERE id = ?", {w.statusEvent});
        QCOMPARE(findKeys(db, w, QStringLiteral("zeppelin ")), QStringList{});

        // A deleted ticket takes its subject and timeline with it.
        run("DELETE FROM tickets WHERE id = ?", {w.tickets.value(QStringLiteral("signin"))});
        QCOMPARE(findKeys(db, w, QStringLiteral("café ")), QStringList{});
        QCOMPARE(findKeys(db, w, QStringLiteral("password ")), QStringList{"reset"});

        if (dialect == QLatin1String("sqlite")) {
            // The external-content indexes still agree with their tables row for row.
            for (const char *table : {"ticket_subject_search", "ticket_event_search"}) {
                const QString sql = QStringLiteral("INSERT INTO %1 (%1) VALUES ('integrity-check')")
                                        .arg(QString::fromLatin1(table));
                auto check = Database::exec(db, sql);
                QVERIFY2(check.ok(), check ? "" : qPrintable(check.error().toString()));
            }
        }
    }

    // Best match first; equal matches: the most recently updated ticket first.
    void ranking_data() { addDialectRows(); }
    void ranking()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        World w;
        auto ticket = [&](const QString &key, const QString &subject, qint64 updated) {
            TicketRow r;
            r.subject = subject;
            r.updatedAt = kT0 + updated * kMinute;
            w.tickets.insert(key, addTicket(db, r));
            return w.tickets.value(key);
        };
        QString longMessage;
        for (int i = 0; i < 40; ++i)
            longMessage += QStringLiteral("word%1 ").arg(i);
        const qint64 inMessage = ticket("message", "Help needed", 90);
        addEvent(db, inMessage, kT0, QStringLiteral("created"), longMessage + "router");
        ticket("subject", "Router", 10);
        ticket("old twin", "Twin walrus", 20);
        ticket("new twin", "Twin walrus", 30);
        ticket("mid twin", "Twin walrus", 25);

        QCOMPARE(keys(w, find(db, QStringLiteral("router "))), (QStringList{"subject", "message"}));
        QCOMPARE(keys(w, find(db, QStringLiteral("walrus "))),
                 (QStringList{"new twin", "mid twin", "old twin"}));

        // Pages follow the same order and never repeat a ticket.
        QStringList paged;
        for (int offset = 0; offset < 4; ++offset)
            paged += keys(w, find(db, QStringLiteral("walrus "), 1, offset));
        QCOMPARE(paged, (QStringList{"new twin", "mid twin", "old twin"}));
        QCOMPARE(keys(w, find(db, QStringLiteral("walrus "), 2, 1)),
                 (QStringList{"mid twin", "old twin"}));
        QCOMPARE(find(db, QStringLiteral("walrus "), 0).size(), 0);
    }

    // Rows written before the search migration are found after it.
    void backfill_data() { addDialectRows(); }
    void backfill()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        const QString name = QStringLiteral("search_backfill_%1").arg(dialect);
        {
            auto opened = Database::open(tdb.settings(), name);
            QVERIFY2(opened.ok(), opened ? "" : qPrintable(opened.error().toString()));
            QSqlDatabase db = opened.value();
            const Dialect d = Database::dialect(db);
            const auto migrations = Migrator::available(d);
            QVERIFY(migrations.size() >= 2);
            QCOMPARE(migrations.at(0).version, 1);
            QCOMPARE(migrations.at(1).name, QStringLiteral("search"));
            QVERIFY(Database::exec(db, QStringLiteral("CREATE TABLE schema_version (version "
                                                      "INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                      "applied_at BIGINT NOT NULL)"))
                        .ok());
            for (const QString &statement : Migrator::splitStatements(migrations.at(0).sql)) {
                auto st = Database::exec(db, statement);
                QVERIFY2(st.ok(), st ? "" : qPrintable(st.error().toString()));
            }
            QVERIFY(Database::exec(db, QStringLiteral("INSERT INTO schema_version VALUES (1, "
                                                      "'foundation', 0)"))
                        .ok());
            const World w = populate(db);
            QVERIFY(!db.tables().contains(QStringLiteral("ticket_subject_search")));

            auto migrated = Migrator::migrate(db);
            QVERIFY2(migrated.ok(), migrated ? "" : qPrintable(migrated.error().toString()));
            QCOMPARE(findKeys(db, w, QStringLiteral("quokka ")), QStringList{"signin"});
            QCOMPARE(findKeys(db, w, QStringLiteral("xylophone ")), QStringList{"alert"});
            QCOMPARE(findKeys(db, w, QStringLiteral("zeppelin ")), QStringList{});
            QCOMPARE(findKeys(db, w, QStringLiteral("passw")), (QStringList{"reset", "signin"}));
            // And the triggers work on top of the backfill.
            addEvent(db, w.tickets.value(QStringLiteral("alert")), kT0, QStringLiteral("reply"),
                     QStringLiteral("Meet the axolotl."));
            QCOMPARE(findKeys(db, w, QStringLiteral("axolotl ")), QStringList{"alert"});
        }
        Database::close(name);
    }

    // A prefix finds every word it starts, whether SQLite expands it into those words (up to 32)
    // or keeps it a prefix query (more).
    void prefixOfManyWords_data() { addDialectRows(); }
    void prefixOfManyWords()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        QSqlDatabase &db = tdb.db();
        for (int i = 0; i < 50; ++i) {
            TicketRow r;
            r.subject = QStringLiteral("Ticket %1").arg(i);
            r.updatedAt = kT0 + i * kMinute;
            const qint64 id = addTicket(db, r);
            addEvent(db, id, kT0, QStringLiteral("note"), QStringLiteral("code qzz%1x").arg(i));
        }
        QCOMPARE(find(db, QStringLiteral("qz")).size(), 0); // two letters: a whole word
        QCOMPARE(find(db, QStringLiteral("qzzx")).size(), 0);
        QCOMPARE(find(db, QStringLiteral("qzz4")).size(), 11); // qzz4x, qzz40x .. qzz49x
        QCOMPARE(find(db, QStringLiteral("code qzz1")).size(), 11);
        auto some = TicketSearch::count(db, SearchQuery::parse(QStringLiteral("qzz1")));
        QVERIFY(some.ok());
        QCOMPARE(some.value(), 11);
        // 50 words start with "qzz": more than SQLite expands.
        QList<qint64> ids;
        for (int offset = 0; offset < 60; offset += 20)
            for (const SearchHit &h : find(db, QStringLiteral("qzz"), 20, offset))
                ids.append(h.ticketId);
        QCOMPARE(ids.size(), 50);
        QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 50);
        auto all = TicketSearch::count(db, SearchQuery::parse(QStringLiteral("qzz")));
        QVERIFY(all.ok());
        QCOMPARE(all.value(), 50);
    }

    void emptyQuery_data() { addDialectRows(); }
    void emptyQuery()
    {
        QFETCH(QString, dialect);
        TestDatabase tdb(dialect);
        HELPDESK_REQUIRE_DB(tdb);
        populate(tdb.db());
        const SearchQuery q = SearchQuery::parse(QStringLiteral("  \"  "));
        QVERIFY(q.isEmpty());
        QCOMPARE(q.hint(), QStringLiteral("Type at least one word to search."));
        auto hits = TicketSearch::search(tdb.db(), q, 50, 0);
        QVERIFY(hits.ok());
        QVERIFY(hits.value().isEmpty());
        auto count = TicketSearch::count(tdb.db(), q);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
