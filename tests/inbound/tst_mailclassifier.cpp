// MailClassifier over the corpus (kind, ticket tags, delivery reports), and rows for the
// markers one by one.
#include "Corpus.h"

#include "inbound/MailClassifier.h"
#include "inbound/MimeParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

class TstMailClassifier : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_corpus.isValid(), qPrintable(m_corpus.error())); }
    void corpus_data();
    void corpus();
    void markers_data();
    void markers();
    void ticketTags_data();
    void ticketTags();
    void delayedIsNotPermanent();
    void personWritingUndeliverableIsNoBounce();

private:
    Corpus m_corpus;
};

void TstMailClassifier::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue &v : m_corpus.messages()) {
        const QJsonObject o = v.toObject();
        if (o.contains(u"classify"))
            QTest::newRow(qPrintable(o.value(u"file").toString())) << o;
    }
}

void TstMailClassifier::corpus()
{
    QFETCH(QJsonObject, entry);
    const auto parsed = MimeParser().parse(m_corpus.raw(entry.value(u"file").toString()));
    QVERIFY(parsed);
    const QJsonObject expect = entry.value(u"classify").toObject();
    const MailClassification c =
        MailClassifier::classify(parsed.value(), m_corpus.classifierOptions());
    QCOMPARE(MailClassifier::key(c.kind), expect.value(u"kind").toString());
    QCOMPARE(c.isAutomated(), c.kind != MailClassification::Kind::Personal);
    QCOMPARE(c.reason().isEmpty(), !c.isAutomated());
    if (expect.contains(u"ticketTags")) {
        QList<qint64> tags;
        for (const QJsonValue &t : expect.value(u"ticketTags").toArray())
            tags << t.toInteger();
        QCOMPARE(c.ticketTags, tags);
    }
    if (!expect.contains(u"delivery")) {
        QVERIFY(!c.delivery);
        return;
    }
    QVERIFY(c.delivery);
    const QJsonObject d = expect.value(u"delivery").toObject();
    QCOMPARE(c.delivery->standard, d.value(u"standard").toBool());
    QCOMPARE(c.delivery->originalMessageId, d.value(u"originalMessageId").toString());
    QCOMPARE(c.delivery->recipient, d.value(u"recipient").toString());
    QCOMPARE(c.delivery->action, d.value(u"action").toString());
    QCOMPARE(c.delivery->status, d.value(u"status").toString());
    QCOMPARE(c.delivery->permanent(), d.value(u"permanent").toBool());
    QVERIFY2(c.delivery->diagnostic.contains(d.value(u"diagnosticContains").toString()),
             qPrintable(c.delivery->diagnostic));
    QVERIFY(c.delivery->reason().contains(c.delivery->status));
}

namespace {
InboundMessage personal()
{
    InboundMessage m;
    m.messageId = QStringLiteral("<p.1@customer.example>");
    m.from = {QStringLiteral("someone@customer.example"), QStringLiteral("Someone")};
    m.subject = QStringLiteral("Question");
    m.textBody = QStringLiteral("Hello");
    return m;
}
} // namespace

void TstMailClassifier::markers_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("kind");
    QTest::newRow("none") << ""
                          << ""
                          << "personal";
    QTest::newRow("auto-submitted no") << "Auto-Submitted"
                                       << "no"
                                       << "personal";
    QTest::newRow("auto-replied") << "Auto-Submitted"
                                  << "auto-replied; owner-email=x"
                                  << "auto_reply";
    QTest::newRow("auto-generated") << "Auto-Submitted"
                                    << "Auto-Generated"
                                    << "auto_reply";
    QTest::newRow("precedence auto_reply") << "Precedence"
                                           << "auto_reply"
                                           << "auto_reply";
    QTest::newRow("precedence bulk") << "Precedence"
                                     << "bulk"
                                     << "bulk";
    QTest::newRow("precedence junk") << "Precedence"
                                     << "junk"
                                     << "bulk";
    QTest::newRow("precedence list") << "Precedence"
                                     << "list"
                                     << "list";
    QTest::newRow("list-id") << "List-Id"
                             << "<a.b.example>"
                             << "list";
    QTest::newRow("list-unsubscribe") << "List-Unsubscribe"
                                      << "<mailto:x@y>"
                                      << "list";
    QTest::newRow("x-autoreply") << "X-Autoreply"
                                 << "yes"
                                 << "auto_reply";
    QTest::newRow("x-autorespond") << "X-Autorespond"
                                   << "1"
                                   << "auto_reply";
    QTest::newRow("suppress all") << "X-Auto-Response-Suppress"
                                  << "All"
                                  << "auto_reply";
    QTest::newRow("suppress oof") << "X-Auto-Response-Suppress"
                                  << "DR, OOF, AutoReply"
                                  << "auto_reply";
    QTest::newRow("suppress rn only") << "X-Auto-Response-Suppress"
                                      << "RN"
                                      << "personal";
    QTest::newRow("x-loop ours") << "X-Loop"
                                 << "support@helpdesk.example.com"
                                 << "loop";
    QTest::newRow("subject automatic reply") << "Subject"
                                             << "Automatic reply: Question"
                                             << "auto_reply";
    QTest::newRow("subject out of office") << "Subject"
                                           << "Out of Office: back Monday"
                                           << "auto_reply";
    QTest::newRow("subject mentions office") << "Subject"
                                             << "My office cannot log in"
                                             << "personal";
}

void TstMailClassifier::markers()
{
    QFETCH(QString, header);
    QFETCH(QString, value);
    QFETCH(QString, kind);
    // Through the parser, so that the markers come from real header lines.
    QByteArray raw =
        "From: Someone <someone@customer.example>\r\nMessage-ID: <p.1@customer.example>\r\n";
    if (header != u"Subject")
        raw += "Subject: Question\r\n";
    if (!header.isEmpty())
        raw += header.toUtf8() + ": " + value.toUtf8() + "\r\n";
    raw += "\r\nHello\r\n";
    const auto parsed = MimeParser().parse(raw);
    QVERIFY(parsed);
    const MailClassification c =
        MailClassifier::classify(parsed.value(), m_corpus.classifierOptions());
    QCOMPARE(MailClassifier::key(c.kind), kind);
    if (c.isAutomated())
        QVERIFY(!c.evidence.isEmpty());
}

void TstMailClassifier::ticketTags_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QList<qint64>>("tags");
    QTest::newRow("none") << "Hello" << QList<qint64>{};
    QTest::newRow("one") << "Re: Help with signing in [#1042]" << QList<qint64>{1042};
    QTest::newRow("two, repeated") << "[#5] Re: [#7] [#5]" << QList<qint64>{5, 7};
    QTest::newRow("not a tag") << "#12 [12] [# 12] [#x]" << QList<qint64>{};
    QTest::newRow("zero") << "[#0]" << QList<qint64>{};
}

void TstMailClassifier::ticketTags()
{
    QFETCH(QString, subject);
    QFETCH(QList<qint64>, tags);
    QCOMPARE(MailClassifier::ticketTags(subject), tags);
}

void TstMailClassifier::delayedIsNotPermanent()
{
    InboundMessage m = personal();
    m.from = {QStringLiteral("MAILER-DAEMON@relay.example"), {}};
    m.subject = QStringLiteral("Delivery Status Notification (Delay)");
    m.reportType = QStringLiteral("delivery-status");
    m.deliveryStatus =
        QStringLiteral("Reporting-MTA: dns; relay.example\n\nFinal-Recipient: rfc822; "
                       "a@slow.example\nAction: delayed\nStatus: 4.4.7\n");
    m.returnedHeaders = QStringLiteral("Message-ID: <x1@helpdesk.example.com>\n");
    const auto c = MailClassifier::classify(m, m_corpus.classifierOptions());
    QCOMPARE(c.kind, MailClassification::Kind::DeliveryReport);
    QVERIFY(c.delivery);
    QCOMPARE(c.delivery->action, QStringLiteral("delayed"));
    QVERIFY(!c.delivery->permanent());
    QCOMPARE(c.delivery->originalMessageId, QStringLiteral("<x1@helpdesk.example.com>"));
}

void TstMailClassifier::personWritingUndeliverableIsNoBounce()
{
    InboundMessage m = personal();
    m.subject = QStringLiteral("Your mails are undeliverable to me");
    QCOMPARE(MailClassifier::classify(m, m_corpus.classifierOptions()).kind,
             MailClassification::Kind::Personal);
    m.subject = QStringLiteral("Fwd: Undeliverable: Reset your password");
    m.textBody = QStringLiteral("Message-ID: <x1@helpdesk.example.com>\n");
    QCOMPARE(MailClassifier::classify(m, m_corpus.classifierOptions()).kind,
             MailClassification::Kind::Personal);
}

QTEST_GUILESS_MAIN(TstMailClassifier)
#include "tst_mailclassifier.moc"
