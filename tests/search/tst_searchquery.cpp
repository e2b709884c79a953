// What the agent types becomes the same safe query for FTS5 and for tsquery: words, phrases,
// the prefix while typing, and hostile input that must stay plain text.
#include "tickets/SearchQuery.h"

#include <QtTest>

using namespace helpdesk;

class TestSearchQuery : public QObject
{
    Q_OBJECT
private slots:
    void render_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fts5");
        QTest::addColumn<QString>("tsquery");
        auto row = [](const char *name, const QString &input, const char *fts5,
                      const char *tsquery) {
            QTest::newRow(name) << input << QString::fromUtf8(fts5) << QString::fromUtf8(tsquery);
        };
        row("word being typed", "passw", "\"passw\"*", "'passw':*");
        row("finished word", "password ", "\"password\"", "'password'");
        row("two words", "reset link ", "\"reset\" AND \"link\"", "'reset' & 'link'");
        row("last word is a prefix", "reset lin", "\"reset\" AND \"lin\"*", "'reset' & 'lin':*");
        row("two letters are a whole word", "reset li", "\"reset\" AND \"li\"", "'reset' & 'li'");
        row("phrase", "\"reset link\"", "\"reset link\"", "('reset' <-> 'link')");
        row("phrase and word", "\"reset link\" expired", "\"reset link\" AND \"expired\"*",
            "('reset' <-> 'link') & 'expired':*");
        row("unclosed quote is ignored", "\"reset link", "\"reset\" AND \"link\"*",
            "'reset' & 'link':*");
        row("non-ASCII", "Müller café", "\"Müller\" AND \"café\"*", "'Müller' & 'café':*");
        row("punctuation inside makes a phrase", "sign-inc", "\"sign inc\"*",
            "('sign' <-> 'inc':*)");
        row("e-mail address", "julia@example.com ", "\"julia example com\"",
            "('julia' <-> 'example' <-> 'com')");
        row("apostrophe", "it's", "\"it s\"", "('it' <-> 's')");
        row("digits", "error 0x80070005", "\"error\" AND \"0x80070005\"*",
            "'error' & '0x80070005':*");
        row("tabs and newlines", "reset\tlink\n", "\"reset\" AND \"link\"", "'reset' & 'link'");
        row("repeats collapse", "password PASSWORD password ", "\"password\"", "'password'");
        // Hostile or operator-looking input is plain text.
        row("OR is a word", "OR", "\"OR\"", "'OR'");
        row("AND NOT are words", "AND NOT", "\"AND\" AND \"NOT\"*", "'AND' & 'NOT':*");
        row("ORDER is a word too", "ORDER", "\"ORDER\"*", "'ORDER':*");
        row("quotes around an operator", "a\" OR \"b", "\"a\" AND \"OR\" AND \"b\"",
            "'a' & 'OR' & 'b'");
        row("NEAR(", "NEAR(", "\"NEAR\"", "'NEAR'");
        row("SQL", "'; DROP TABLE tickets; --", "\"DROP\" AND \"TABLE\" AND \"tickets\"",
            "'DROP' & 'TABLE' & 'tickets'");
        row("column filter", "col:val", "\"col val\"*", "('col' <-> 'val':*)");
        row("minus", "-foo", "\"foo\"*", "'foo':*");
        row("caret", "^start", "\"start\"*", "'start':*");
        row("star is not a prefix operator", "reset*", "\"reset\"", "'reset'");
        row("parentheses", "(reset OR link)", "\"reset\" AND \"OR\" AND \"link\"",
            "'reset' & 'OR' & 'link'");
        row("tsquery operators", "a & b | !c <-> d:*", "\"a\" AND \"b\" AND \"c\" AND \"d\"",
            "'a' & 'b' & 'c' & 'd'");
        row("backslash", "back\\slash", "\"back slash\"*", "('back' <-> 'slash':*)");
    }
    void render()
    {
        QFETCH(QString, input);
        QFETCH(QString, fts5);
        QFETCH(QString, tsquery);
        const SearchQuery q = SearchQuery::parse(input);
        QVERIFY(!q.isEmpty());
        QCOMPARE(q.toFts5Match(), fts5);
        QCOMPARE(q.toTsQuery(), tsquery);
        QCOMPARE(q.text(), input);
    }

    void nothingToSearch_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("spaces") << "   \t ";
        QTest::newRow("quote") << "\"";
        QTest::newRow("two quotes") << "\"\"";
        QTest::newRow("star") << "*";
        QTest::newRow("punctuation") << "-+*^:()!?.,;'\"";
        QTest::newRow("quoted punctuation") << "\" - \"";
        QTest::newRow("one very long word") << QString(10000, u'a');
    }
    void nothingToSearch()
    {
        QFETCH(QString, input);
        const SearchQuery q = SearchQuery::parse(input);
        QVERIFY(q.isEmpty());
        QVERIFY(q.terms().isEmpty());
        QVERIFY(!q.hint().isEmpty());
        QVERIFY(q.toFts5Match().isEmpty());
        QVERIFY(q.toTsQuery().isEmpty());
    }

    void hintForEmptyInput()
    {
        QCOMPARE(SearchQuery::parse(QStringLiteral("*")).hint(),
                 QStringLiteral("Type at least one word to search."));
        QCOMPARE(SearchQuery::parse(QStringLiteral("password")).hint(), QString());
    }

    void longInputIsCapped()
    {
        QString many;
        for (int i = 0; i < 2000; ++i)
            many += QStringLiteral("word%1 ").arg(i);
        QVERIFY(many.size() > 10000);
        const SearchQuery q = SearchQuery::parse(many);
        QCOMPARE(q.terms().size(), SearchQuery::kMaxWords);
        QVERIFY(!q.hint().isEmpty());

        const SearchQuery phrase = SearchQuery::parse(u'"' + many + u'"');
        QCOMPARE(phrase.terms().size(), 1);
        QCOMPARE(phrase.terms().constFirst().words.size(), SearchQuery::kMaxWords);

        QString repeated;
        while (repeated.size() < 10000)
            repeated += QStringLiteral("password ");
        const SearchQuery same = SearchQuery::parse(repeated);
        QCOMPARE(same.terms().size(), 1);
        QCOMPARE(same.hint(), QString());

        const SearchQuery longAndShort =
            SearchQuery::parse(QString(500, u'x') + QStringLiteral(" reset "));
        QCOMPARE(longAndShort.toFts5Match(), QStringLiteral("\"reset\""));
        QVERIFY(!longAndShort.hint().isEmpty());
    }

    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("punctuation")
            << "Hello, Müller! café-au-lait 3.14"
            << QStringList{"Hello", "Müller", "café", "au", "lait", "3", "14"};
        QTest::newRow("underscore separates") << "under_score" << QStringList{"under", "score"};
        QTest::newRow("outside the BMP")
            << QString::fromUtf8("x \U0001D400bc y")
            << QStringList{"x", QString::fromUtf8("\U0001D400bc"), "y"};
        QTest::newRow("Greek and Cyrillic") << "Σίσυφος Пароль" << QStringList{"Σίσυφος", "Пароль"};
        QTest::newRow("nothing") << " -- " << QStringList{};
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(SearchQuery::words(text), expected);
    }

    void snippet_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QString numbers;
        for (int i = 1; i <= 40; ++i)
            numbers += QStringLiteral("n%1 ").arg(i);
        QTest::newRow("short text, whole")
            << "quokka"
            << "Verified the caller by phone, quokka code matched."
            << "Verified the caller by phone, [quokka] code matched.";
        QTest::newRow("case folds") << "müller "
                                    << "Regards, MÜLLER."
                                    << "Regards, [MÜLLER].";
        QTest::newRow("prefix") << "passw"
                                << "Password reset"
                                << "[Password] reset";
        QTest::newRow("phrase marks its words only where adjacent")
            << "\"reset link\""
            << "reset it; link sent; reset link now"
            << "reset it; link sent; [reset] [link] now";
        QTest::newRow("words anywhere") << "reset link "
                                        << "reset it; link sent"
                                        << "[reset] it; [link] sent";
        QTest::newRow("inside an e-mail address") << "julia "
                                                  << "Write to julia@example.com today"
                                                  << "Write to [julia]@example.com today";
        QTest::newRow("tags are text") << "okapi "
                                       << "<script>okapi</script>"
                                       << "<script>[okapi]</script>";
        QTest::newRow("cut around the match")
            << "n20 " << numbers << "\u2026n18 n19 [n20] n21 n22 n23 n24 n25 n26 n27 n28 n29\u2026";
        QTest::newRow("match near the end")
            << "n40 " << numbers << "\u2026n29 n30 n31 n32 n33 n34 n35 n36 n37 n38 n39 [n40] ";
        QTest::newRow("densest window wins")
            << "n5 n30 n31 " << numbers
            << "\u2026n28 n29 [n30] [n31] n32 n33 n34 n35 n36 n37 n38 n39\u2026";
        QTest::newRow("no match: the start")
            << "zebra " << numbers << "n1 n2 n3 n4 n5 n6 n7 n8 n9 n10 n11 n12\u2026";
    }
    void snippet()
    {
        QFETCH(QString, query);
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(SearchQuery::parse(query).snippet(text, 12, u'[', u']', u"\u2026"), expected);
    }

    void expandedPrefix()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("reset sign-inc"));
        QCOMPARE(q.toFts5Match({{}, {QStringLiteral("incident"), QStringLiteral("include")}}),
                 QStringLiteral("\"reset\" AND (\"sign incident\" OR \"sign include\")"));
        // No expansion given: the prefix query stays.
        QCOMPARE(q.toFts5Match({{}, {}}), QStringLiteral("\"reset\" AND \"sign inc\"*"));
        QCOMPARE(q.toFts5Match({}), q.toFts5Match());
        // Only prefix terms are expanded.
        const SearchQuery whole = SearchQuery::parse(QStringLiteral("reset "));
        QCOMPARE(whole.toFts5Match({{QStringLiteral("resets")}}), QStringLiteral("\"reset\""));
    }

    void terms()
    {
        const SearchQuery q = SearchQuery::parse(QStringLiteral("\"reset link\" passw"));
        QCOMPARE(q.terms().size(), 2);
        QCOMPARE(q.terms().at(0),
                 (SearchQuery::Term{{QStringLiteral("reset"), QStringLiteral("link")}, false}));
        QCOMPARE(q.terms().at(1), (SearchQuery::Term{{QStringLiteral("passw")}, true}));
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
