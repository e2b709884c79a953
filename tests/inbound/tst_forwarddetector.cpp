// ForwardDetector over the corpus: the forwarded copies each message holds, their surviving
// headers, and whether the text fingerprint matches the mail we sent (outbox-*.txt) and not
// another one; dates as mail programs show them; the fingerprint's normalisation; and the
// header block ForwardedMailCheck reads today.
#include "Corpus.h"

#include "accounts/ForwardedMailCheck.h"
#include "inbound/ForwardDetector.h"
#include "inbound/MimeParser.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {
constexpr double kMatch = 0.8;   // what a forward of our whole mail keeps, at least
constexpr double kNoMatch = 0.2; // what another mail shares with it, at most
} // namespace

class TstForwardDetector : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_corpus.isValid(), qPrintable(m_corpus.error())); }
    void corpus_data();
    void corpus();
    void dates_data();
    void dates();
    void fingerprintIgnoresFormatting();
    void fingerprintStorageRoundTrip();
    void outlookBlockNeedsSentAndSubject();

private:
    Corpus m_corpus;
};

void TstForwardDetector::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue &v : m_corpus.messages()) {
        const QJsonObject o = v.toObject();
        if (o.value(u"parse").toObject().value(u"ok").toBool())
            QTest::newRow(qPrintable(o.value(u"file").toString())) << o;
    }
}

void TstForwardDetector::corpus()
{
    QFETCH(QJsonObject, entry);
    const auto parsed = MimeParser().parse(m_corpus.raw(entry.value(u"file").toString()));
    QVERIFY(parsed);
    const QList<ForwardedCopy> copies = ForwardDetector::find(parsed.value());
    const QJsonArray expected = entry.value(u"forwards").toArray();
    QCOMPARE(copies.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QJsonObject e = expected.at(i).toObject();
        const ForwardedCopy &c = copies.at(i);
        QCOMPARE(ForwardedCopy::key(c.style), e.value(u"style").toString());
        QCOMPARE(c.messageId, e.value(u"messageId").toString());
        if (e.contains(u"subject"))
            QCOMPARE(c.subject, e.value(u"subject").toString());
        if (e.contains(u"fromAddress"))
            QCOMPARE(c.fromAddress, e.value(u"fromAddress").toString());
        if (e.contains(u"toAddress"))
            QCOMPARE(c.toAddress, e.value(u"toAddress").toString());
        if (e.contains(u"date")) {
            QVERIFY2(c.date.isValid(), qPrintable(c.dateText));
            QCOMPARE(c.dateHasZone, e.value(u"dateHasZone").toBool());
            QCOMPARE(c.date.toString(c.dateHasZone ? Qt::ISODate : Qt::ISODate).left(19),
                     e.value(u"date").toString().left(19));
        }
        QVERIFY(!c.fingerprint.isEmpty());
        QVERIFY(!c.text.contains(u"\n>"));
        if (e.contains(u"matches")) {
            const double score = TextFingerprint::containment(
                TextFingerprint::of(m_corpus.text(e.value(u"matches").toString())), c.fingerprint);
            qInfo("containment of our mail in the %s copy: %.2f",
                  qPrintable(ForwardedCopy::key(c.style)), score);
            QVERIFY2(score >= kMatch, qPrintable(QString::number(score)));
        }
        if (e.contains(u"notMatches")) {
            const double score = TextFingerprint::containment(
                TextFingerprint::of(m_corpus.text(e.value(u"notMatches").toString())),
                c.fingerprint);
            QVERIFY2(score <= kNoMatch, qPrintable(QString::number(score)));
        }
        // What ForwardedMailCheck reads today finds the same Message-ID in the header block.
        const QStringList ids = ForwardedMailCheck::extractMessageIds(c.headerBlock);
        QCOMPARE(ids.isEmpty(), c.messageId.isEmpty());
        if (!ids.isEmpty())
            QCOMPARE(ids.constFirst(), c.messageId);
    }
}

void TstForwardDetector::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso");
    QTest::addColumn<bool>("zone");
    QTest::newRow("gmail") << "Mon, Jan 20, 2025 at 9:58 AM"
                           << "2025-01-20T09:58:00" << false;
    QTest::newRow("gmail pm") << "Mon, Jan 20, 2025 at 3:07 PM"
                              << "2025-01-20T15:07:00" << false;
    QTest::newRow("outlook") << "Monday, January 20, 2025 9:58 AM"
                             << "2025-01-20T09:58:00" << false;
    QTest::newRow("apple cet") << "20 January 2025 at 09:58:12 CET"
                               << "2025-01-20T08:58:12" << true;
    QTest::newRow("german") << "Montag, 20. Januar 2025 09:58"
                            << "2025-01-20T09:58:00" << false;
    QTest::newRow("rfc 5322") << "Mon, 20 Jan 2025 08:58:12 +0000"
                              << "2025-01-20T08:58:12" << true;
    QTest::newRow("numeric offset") << "20 January 2025 09:58 +01:00"
                                    << "2025-01-20T08:58:00" << true;
    QTest::newRow("nonsense") << "yesterday-ish"
                              << "" << false;
}

void TstForwardDetector::dates()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(bool, zone);
    bool hasZone = false;
    const QDateTime dt = ForwardDetector::parseDate(text, &hasZone);
    QCOMPARE(dt.isValid(), !iso.isEmpty());
    if (!dt.isValid())
        return;
    QCOMPARE(hasZone, zone);
    QCOMPARE(dt.toUTC().toString(Qt::ISODate).left(19), iso);
}

void TstForwardDetector::fingerprintIgnoresFormatting()
{
    const QString ours = m_corpus.text(QStringLiteral("outbox-password-reset.txt"));
    QString quoted;
    for (const QString &line : ours.split(u'\n'))
        quoted += QStringLiteral("> > ") + line.toUpper() + u'\n';
    quoted.replace(QStringLiteral("HTTPS://PORTAL.EXAMPLE.COM/RESET?TOKEN="),
                   QStringLiteral("https://scanner.example/?u=x&t="));
    const TextFingerprint a = TextFingerprint::of(ours);
    const TextFingerprint b = TextFingerprint::of(quoted);
    QCOMPARE(a.digest(), b.digest());
    QCOMPARE(TextFingerprint::containment(a, b), 1.0);
    QVERIFY(!TextFingerprint::normalize(ours).contains(u"token"));
    QCOMPARE(TextFingerprint::containment(a, TextFingerprint::of(u"Hello")), 0.0);
    QCOMPARE(TextFingerprint::containment(TextFingerprint(), a), 0.0);
}

void TstForwardDetector::fingerprintStorageRoundTrip()
{
    const TextFingerprint a =
        TextFingerprint::of(m_corpus.text(QStringLiteral("outbox-password-reset.txt")));
    const TextFingerprint b = TextFingerprint::fromStorage(a.toStorage());
    QCOMPARE(b.digest(), a.digest());
    QCOMPARE(b.shingles(), a.shingles());
    QCOMPARE(b.wordCount(), a.wordCount());
    QVERIFY(TextFingerprint::fromStorage("garbage").isEmpty());
}

void TstForwardDetector::outlookBlockNeedsSentAndSubject()
{
    InboundMessage m;
    m.textBody = QStringLiteral("From: my colleague I heard that the reset works.\nThanks\n");
    QVERIFY(ForwardDetector::find(m).isEmpty());
    m.textBody = QStringLiteral("Hi\n\nFrom: Support <s@h.example>\nSent: Monday, January 20, 2025 "
                                "9:58 AM\nTo: a@b.example\nSubject: Hello there\n\nBody text\n");
    const auto copies = ForwardDetector::find(m);
    QCOMPARE(copies.size(), 1);
    QCOMPARE(copies.at(0).style, ForwardedCopy::Style::Outlook);
    QCOMPARE(copies.at(0).text, QStringLiteral("Body text"));
}

QTEST_GUILESS_MAIN(TstForwardDetector)
#include "tst_forwarddetector.moc"
