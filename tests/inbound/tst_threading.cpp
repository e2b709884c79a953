// Threading over the corpus: the decision for each message with the manifest's lookup table,
// with and without the requester's-open-ticket rule; duplicates; failing lookups; the category
// rules.
#include "Corpus.h"

#include "inbound/ForwardDetector.h"
#include "inbound/InboundAnalyzer.h"
#include "inbound/MimeParser.h"
#include "inbound/Threading.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TstThreading : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_corpus.isValid(), qPrintable(m_corpus.error())); }
    void corpus_data();
    void corpus();
    void duplicateIsRecognised();
    void lookupFailureIsPassedOn();
    void tagFromAnotherSenderIsFlagged();
    void closedTicketIsSaid();
    void analyzerReportsUnreadableAndTooLarge();
    void categoryRules_data();
    void categoryRules();
    void categoryRulesRejectUnknownCategory();

private:
    static void check(const ThreadingDecision &d, const QJsonObject &expect);
    Corpus m_corpus;
};

void TstThreading::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    QTest::addColumn<bool>("requesterRule");
    for (const QJsonValue &v : m_corpus.messages()) {
        const QJsonObject o = v.toObject();
        if (!o.contains(u"thread"))
            continue;
        const QString file = o.value(u"file").toString();
        QTest::newRow(qPrintable(file)) << o << false;
        QTest::newRow(qPrintable(file + QStringLiteral(" +requester rule"))) << o << true;
    }
}

void TstThreading::check(const ThreadingDecision &d, const QJsonObject &expect)
{
    QCOMPARE(ThreadingDecision::key(d.action), expect.value(u"action").toString());
    QVERIFY(!d.reason.isEmpty());
    if (expect.contains(u"rule"))
        QCOMPARE(ThreadingDecision::key(d.rule), expect.value(u"rule").toString());
    if (expect.contains(u"ticket")) {
        QVERIFY(d.ticketId);
        QCOMPARE(*d.ticketId, expect.value(u"ticket").toInteger());
    }
    if (expect.contains(u"outbox")) {
        QVERIFY(d.outboxId);
        QCOMPARE(*d.outboxId, expect.value(u"outbox").toInteger());
        QVERIFY(d.delivery);
    }
    if (expect.contains(u"category"))
        QCOMPARE(Vocabulary::key(d.category.category), expect.value(u"category").toString());
}

void TstThreading::corpus()
{
    QFETCH(QJsonObject, entry);
    QFETCH(bool, requesterRule);
    InboundContext context;
    context.classifier = m_corpus.classifierOptions();
    context.threading.useRequesterOpenTicket = requesterRule;
    FunctionThreadingLookup lookup = m_corpus.lookup();
    const auto analysis =
        InboundAnalyzer::analyze(m_corpus.raw(entry.value(u"file").toString()), context, lookup);
    QVERIFY(analysis);
    QCOMPARE(analysis->status, InboundAnalysis::Status::Parsed);
    QCOMPARE(analysis->dedupKey, analysis->message->messageId);
    const QJsonObject expect = requesterRule && entry.contains(u"threadWithRequesterRule")
                                   ? entry.value(u"threadWithRequesterRule").toObject()
                                   : entry.value(u"thread").toObject();
    const ThreadingDecision &d = analysis->decision;
    if (d.action == ThreadingDecision::Action::NewTicket)
        qInfo().noquote() << d.reason;
    check(d, expect);
}

void TstThreading::duplicateIsRecognised()
{
    Corpus corpus;
    corpus.addInbound(QStringLiteral("<tagonly.7781@mail.example.net>"), 1042);
    FunctionThreadingLookup lookup = corpus.lookup();
    InboundContext context;
    context.classifier = corpus.classifierOptions();
    const auto a = InboundAnalyzer::analyze(corpus.raw(QStringLiteral("subject-tag-only.eml")),
                                            context, lookup);
    QVERIFY(a);
    QCOMPARE(a->decision.action, ThreadingDecision::Action::Duplicate);
    QCOMPARE(a->decision.ticketId.value_or(0), 1042);
}

void TstThreading::lookupFailureIsPassedOn()
{
    FunctionThreadingLookup lookup;
    lookup.message = [](const QString &) -> Result<std::optional<KnownMessage>> {
        return Error::make(Error::Code::Unavailable, QStringLiteral("database gone"));
    };
    InboundContext context;
    const auto a = InboundAnalyzer::analyze(m_corpus.raw(QStringLiteral("reply-in-reply-to.eml")),
                                            context, lookup);
    QVERIFY(!a);
    QCOMPARE(a.error().code, Error::Code::Unavailable);
}

void TstThreading::tagFromAnotherSenderIsFlagged()
{
    InboundMessage m;
    m.messageId = QStringLiteral("<x@colleague.example>");
    m.from.address = QStringLiteral("colleague@other.example");
    m.subject = QStringLiteral("Re: Help with signing in [#1042]");
    const MailClassification c = MailClassifier::classify(m, m_corpus.classifierOptions());
    FunctionThreadingLookup lookup = m_corpus.lookup();
    const auto d = Threading::decide(m, c, lookup);
    QVERIFY(d);
    QCOMPARE(d->action, ThreadingDecision::Action::AddToTicket);
    QVERIFY(!d->senderIsRequester);
    QVERIFY(d->reason.contains(u"colleague@other.example"));
    // A forwarded copy only threads when the ticket's requester sends it.
    m.subject = QStringLiteral("Fwd: Reset your password");
    const auto f =
        Threading::decide(m, MailClassifier::classify(m, m_corpus.classifierOptions()), lookup, {},
                          {QStringLiteral("<a1b2c3d4e5f60718@helpdesk.example.com>")});
    QVERIFY(f);
    QCOMPARE(f->action, ThreadingDecision::Action::NewTicket);
}

void TstThreading::closedTicketIsSaid()
{
    FunctionThreadingLookup lookup;
    lookup.ticket = [](qint64 n) -> Result<std::optional<KnownTicket>> {
        return std::optional<KnownTicket>(KnownTicket{n, QStringLiteral("a@b.example"), false});
    };
    InboundMessage m;
    m.from.address = QStringLiteral("a@b.example");
    m.subject = QStringLiteral("Re: thanks [#7]");
    const auto d = Threading::decide(m, MailClassifier::classify(m, {}), lookup);
    QVERIFY(d);
    QCOMPARE(d->ticketId.value_or(0), 7);
    QVERIFY(!d->ticketOpen);
    QVERIFY(d->senderIsRequester);
}

void TstThreading::analyzerReportsUnreadableAndTooLarge()
{
    FunctionThreadingLookup lookup;
    InboundContext context;
    const auto junk =
        InboundAnalyzer::analyze(m_corpus.raw(QStringLiteral("not-an-email.eml")), context, lookup);
    QVERIFY(junk);
    QCOMPARE(junk->status, InboundAnalysis::Status::Unreadable);
    QVERIFY(junk->parseError);
    QVERIFY(junk->dedupKey.startsWith(u"sha256:"));
    QCOMPARE(junk->rawSha256.size(), 64);
    context.parser.maxRawBytes = 100;
    const auto big = InboundAnalyzer::analyze(m_corpus.raw(QStringLiteral("reply-in-reply-to.eml")),
                                              context, lookup);
    QVERIFY(big);
    QCOMPARE(big->status, InboundAnalysis::Status::TooLarge);
}

void TstThreading::categoryRules_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("category");
    QTest::newRow("empty") << ""
                           << ""
                           << "other";
    QTest::newRow("login") << "Cannot sign in"
                           << "The login page says no."
                           << "login";
    QTest::newRow("recovery") << "Forgot my password"
                              << ""
                              << "recovery";
    QTest::newRow("security") << "My account was hacked"
                              << "someone changed my password"
                              << "security";
    QTest::newRow("wrapped phrase") << ""
                                    << "I forgot my\npassword"
                                    << "recovery";
    QTest::newRow("quoted lines ignored") << "Thanks"
                                          << "> reset your password\n> reset link"
                                          << "other";
    QTest::newRow("prefix") << ""
                            << "Problem z logowaniem"
                            << "login";
    QTest::newRow("word boundary") << ""
                                   << "blocked loginess"
                                   << "other";
    QTest::newRow("cjk without spaces") << "" << QStringLiteral("我的账户无法登录") << "login";
}

void TstThreading::categoryRules()
{
    QFETCH(QString, subject);
    QFETCH(QString, body);
    QFETCH(QString, category);
    QVERIFY(!CategoryRules::builtIn().isEmpty());
    const CategoryGuess g = CategoryRules::builtIn().guess(subject, body);
    QCOMPARE(Vocabulary::key(g.category), category);
    QCOMPARE(g.matched.isEmpty(), category == u"other");
}

void TstThreading::categoryRulesRejectUnknownCategory()
{
    const auto r =
        CategoryRules::fromJson(R"({"categories":[{"category":"billing","phrases":["x"]}]})");
    QVERIFY(!r);
    QVERIFY(r.error().message.contains(u"billing"));
    QVERIFY(!CategoryRules::fromJson("not json"));
}

QTEST_GUILESS_MAIN(TstThreading)
#include "tst_threading.moc"
