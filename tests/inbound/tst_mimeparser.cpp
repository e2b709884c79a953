// MimeParser over the corpus (each message's expected fields from corpus/manifest.json), the
// 30 MB attachment over the size limit, a little fuzzing (truncation, flipped bytes, broken
// boundaries, huge headers, NUL bytes), and parsing from several threads at once.
#include "Corpus.h"

#include "inbound/HtmlToText.h"
#include "inbound/MimeParser.h"
#include "mail/MailText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QtConcurrent>

using namespace helpdesk;
using namespace helpdesk::test;

class TstMimeParser : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void corpus_data();
    void corpus();
    void bigAttachmentIsOmitted();
    void bigAttachmentKeptUnderAHigherLimit();
    void rawSizeLimitRefuses();
    void emptyInputIsAnError();
    void fuzz_data();
    void fuzz();
    void hugeHeaders();
    void parallelParsesAgree();
    void htmlToText_data();
    void htmlToText();
    void oneLine_data();
    void oneLine();

private:
    Corpus m_corpus;
};

void TstMimeParser::initTestCase()
{
    QVERIFY2(m_corpus.isValid(), qPrintable(m_corpus.error()));
    QVERIFY(m_corpus.messages().size() >= 30);
}

void TstMimeParser::corpus_data()
{
    QTest::addColumn<QJsonObject>("entry");
    for (const QJsonValue &v : m_corpus.messages()) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(u"file").toString())) << o;
    }
}

void TstMimeParser::corpus()
{
    QFETCH(QJsonObject, entry);
    const QByteArray raw = m_corpus.raw(entry.value(u"file").toString());
    QVERIFY(!raw.isEmpty());
    const QJsonObject expect = entry.value(u"parse").toObject();
    const auto parsed = MimeParser().parse(raw);
    if (!expect.value(u"ok").toBool()) {
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
        QVERIFY2(parsed.error().message.contains(expect.value(u"errorContains").toString()),
                 qPrintable(parsed.error().message));
        return;
    }
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
    const InboundMessage &m = parsed.value();
    QCOMPARE(m.rawSize, raw.size());
    const QString problem = checkOneLineFields(m);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    auto str = [&](const char *key) { return expect.value(QLatin1String(key)).toString(); };
    if (expect.contains(u"messageId"))
        QCOMPARE(m.messageId, str("messageId"));
    if (expect.contains(u"inReplyTo"))
        QCOMPARE(m.inReplyTo, str("inReplyTo"));
    if (expect.contains(u"references")) {
        QStringList refs;
        for (const QJsonValue &r : expect.value(u"references").toArray())
            refs << r.toString();
        QCOMPARE(m.references, refs);
    }
    if (expect.contains(u"fromAddress"))
        QCOMPARE(m.from.address, str("fromAddress"));
    if (expect.contains(u"fromName"))
        QCOMPARE(m.from.name, str("fromName"));
    if (expect.contains(u"subject"))
        QCOMPARE(m.subject, str("subject"));
    if (expect.contains(u"dateUtc"))
        QCOMPARE(m.date.toUTC().toString(Qt::ISODate), str("dateUtc"));
    if (expect.contains(u"charset"))
        QCOMPARE(m.bodyCharset, str("charset"));
    if (expect.contains(u"reportType"))
        QCOMPARE(m.reportType, str("reportType"));
    QCOMPARE(m.textFromHtml, expect.value(u"textFromHtml").toBool(false));
    for (const QJsonValue &s : expect.value(u"bodyContains").toArray())
        QVERIFY2(m.textBody.contains(s.toString()),
                 qPrintable(QStringLiteral("body lacks \"%1\"").arg(s.toString())));
    for (const QJsonValue &s : expect.value(u"bodyNotContains").toArray())
        QVERIFY2(!m.textBody.contains(s.toString()),
                 qPrintable(QStringLiteral("body has \"%1\"").arg(s.toString())));
    for (const QJsonValue &s : expect.value(u"notesContain").toArray())
        QVERIFY2(m.notes.join(u'\n').contains(s.toString(), Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("no note about \"%1\" in: %2")
                                .arg(s.toString(), m.notes.join(QStringLiteral(" | ")))));
    if (!expect.contains(u"notesContain") && !m.notes.isEmpty())
        qInfo() << "notes:" << m.notes;
    if (expect.contains(u"attachedMessages"))
        QCOMPARE(m.attachedMessages.size(), expect.value(u"attachedMessages").toInt());
    if (expect.contains(u"parts")) {
        const QJsonArray parts = expect.value(u"parts").toArray();
        QCOMPARE(m.parts.size(), parts.size());
        for (qsizetype i = 0; i < parts.size(); ++i) {
            const QJsonObject p = parts.at(i).toObject();
            const InboundPart &got = m.parts.at(i);
            QCOMPARE(got.fileName, p.value(u"name").toString());
            QCOMPARE(got.mimeType, p.value(u"type").toString());
            QCOMPARE(got.inlinePart, p.value(u"inline").toBool());
            QVERIFY(!got.omitted);
            QCOMPARE(got.data.size(), got.size);
            if (p.contains(u"size"))
                QCOMPARE(got.size, p.value(u"size").toInteger());
            if (p.contains(u"contentId"))
                QCOMPARE(got.contentId, p.value(u"contentId").toString());
        }
    }
}

void TstMimeParser::bigAttachmentIsOmitted()
{
    const qint64 size = 30LL * 1024 * 1024;
    const QByteArray raw = Corpus::bigMessage(size);
    const auto parsed = MimeParser().parse(raw);
    QVERIFY(parsed);
    const InboundMessage &m = parsed.value();
    QVERIFY(m.textBody.contains(u"when I try to log in"));
    QCOMPARE(m.parts.size(), 1);
    QCOMPARE(m.parts.at(0).fileName, QStringLiteral("recording.mp4"));
    QVERIFY(m.parts.at(0).omitted);
    QCOMPARE(m.parts.at(0).size, size);
    QVERIFY(m.parts.at(0).data.isEmpty());
    QCOMPARE(m.omittedParts().size(), 1);
    QVERIFY(m.notes.join(u' ').contains(u"size limit of 25 MB"));
}

void TstMimeParser::bigAttachmentKeptUnderAHigherLimit()
{
    const qint64 size = 3LL * 1024 * 1024 + 17;
    MimeParserOptions options;
    options.maxKeptBytes = 4LL * 1024 * 1024;
    const auto parsed = MimeParser(options).parse(Corpus::bigMessage(size));
    QVERIFY(parsed);
    QCOMPARE(parsed->parts.size(), 1);
    QVERIFY(!parsed->parts.at(0).omitted);
    QCOMPARE(parsed->parts.at(0).data.size(), size);
    QCOMPARE(parsed->keptBytes(), size);
}

void TstMimeParser::rawSizeLimitRefuses()
{
    MimeParserOptions options;
    options.maxRawBytes = 1024 * 1024;
    const auto parsed = MimeParser(options).parse(Corpus::bigMessage(2 * 1024 * 1024));
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
    QVERIFY(parsed.error().message.contains(u"over the limit of 1 MB"));
}

void TstMimeParser::emptyInputIsAnError()
{
    for (const QByteArray &raw : {QByteArray(), QByteArray("\r\n\r\n"), QByteArray("   ")}) {
        const auto parsed = MimeParser().parse(raw);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().message.isEmpty());
    }
}

void TstMimeParser::fuzz_data()
{
    QTest::addColumn<QString>("file");
    for (const QJsonValue &v : m_corpus.messages()) {
        const QString file = v.toObject().value(u"file").toString();
        QTest::newRow(qPrintable(file)) << file;
    }
}

// Variants of each corpus message; none may crash, and whatever parses keeps the rules for
// one-line fields.
void TstMimeParser::fuzz()
{
    QFETCH(QString, file);
    const QByteArray raw = m_corpus.raw(file);
    QRandomGenerator rng(qHash(file));
    QList<QByteArray> variants;
    for (qsizetype cut = 1; cut < raw.size(); cut += std::max<qsizetype>(1, raw.size() / 23))
        variants << raw.left(cut);
    for (int i = 0; i < 30; ++i) {
        QByteArray v = raw;
        for (int k = 0; k < 8; ++k)
            v[rng.bounded(static_cast<int>(v.size()))] = static_cast<char>(rng.bounded(256));
        variants << v;
    }
    QByteArray noBoundaries = raw;
    noBoundaries.replace("\n--", "\n-");
    variants << noBoundaries;
    QByteArray nuls = raw;
    for (qsizetype i = 0; i < nuls.size(); i += 13)
        nuls[i] = '\0';
    variants << nuls;
    QByteArray badB64 = raw;
    badB64.replace("Content-Transfer-Encoding: 7bit", "Content-Transfer-Encoding: base64");
    badB64.replace("Content-Type: text/plain",
                   "Content-Transfer-Encoding: base64\r\nContent-Type: text/plain");
    variants << badB64;
    variants << raw.repeated(3);
    const MimeParser parser;
    int parsedCount = 0;
    for (const QByteArray &v : std::as_const(variants)) {
        const auto parsed = parser.parse(v);
        if (!parsed) {
            QCOMPARE(parsed.error().code, Error::Code::InvalidInput);
            continue;
        }
        ++parsedCount;
        const QString problem = checkOneLineFields(parsed.value());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY(parsedCount > 0 || file == u"not-an-email.eml");
}

void TstMimeParser::hugeHeaders()
{
    QByteArray raw = "From: a@b.example\r\nSubject: " + QByteArray(1024 * 1024, 'x') + "\r\n";
    for (int i = 0; i < 20000; ++i)
        raw += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(20, 'y') + "\r\n";
    raw += "Message-ID: <huge@b.example>\r\n\r\nbody\r\n";
    const auto parsed = MimeParser().parse(raw);
    QVERIFY(parsed);
    QVERIFY(parsed->subject.size() <= 1000);
    QCOMPARE(parsed->messageId, QStringLiteral("<huge@b.example>"));
    QVERIFY(parsed->textBody.contains(u"body"));
}

void TstMimeParser::parallelParsesAgree()
{
    QList<QByteArray> raws;
    for (const QJsonValue &v : m_corpus.messages())
        raws << m_corpus.raw(v.toObject().value(u"file").toString());
    auto digest = [](const QByteArray &raw) {
        const auto p = MimeParser().parse(raw);
        return p ? p->messageId + p->subject + p->textBody + QString::number(p->parts.size())
                 : p.error().message;
    };
    QStringList serial;
    for (const QByteArray &raw : std::as_const(raws))
        serial << digest(raw);
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    for (int round = 0; round < 3; ++round) {
        const QStringList parallel = QtConcurrent::blockingMapped<QStringList>(&pool, raws, digest);
        QCOMPARE(parallel, serial);
    }
}

void TstMimeParser::htmlToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");
    QTest::newRow("paragraphs") << "<p>One</p><p>Two</p>"
                                << "One\n\nTwo";
    QTest::newRow("br") << "a<br>b<br/>c"
                        << "a\nb\nc";
    QTest::newRow("script") << "x<script>var a = '<p>';</script>y"
                            << "xy";
    QTest::newRow("style upper") << "<STYLE>p{}</STYLE>Text"
                                 << "Text";
    QTest::newRow("entities") << "&lt;&amp;&gt; &quot;q&quot; &#65;&#x42; &euro;&nbsp;1"
                              << "<&> \"q\" AB € 1";
    QTest::newRow("cp1252 numeric") << "&#150; &#147;x&#148;"
                                    << "– “x”";
    QTest::newRow("unknown entity") << "&bogus; &"
                                    << "&bogus; &";
    QTest::newRow("link") << "<a href=\"https://x.example/a?b=1&amp;c=2\">Open</a>"
                          << "Open (https://x.example/a?b=1&c=2)";
    QTest::newRow("link same as text") << "<a href='https://x.example'>https://x.example</a>"
                                       << "https://x.example";
    QTest::newRow("javascript link") << "<a href=\"javascript:evil()\">Click</a>"
                                     << "Click";
    QTest::newRow("mailto") << "<a href=\"mailto:a@b.example\">write</a>"
                            << "write (a@b.example)";
    QTest::newRow("list") << "<ul><li>a</li><li>b</li></ul><ol><li>x</li><li>y</li></ol>"
                          << "- a\n- b\n1. x\n2. y";
    QTest::newRow("blockquote") << "<p>Hi</p><blockquote><p>old</p><p>text</p></blockquote>"
                                << "Hi\n\n> old\n\n> text";
    QTest::newRow("whitespace") << "  a \n\t b  "
                                << "a b";
    QTest::newRow("pre") << "<pre>a\n  b</pre>"
                         << "a\n  b";
    QTest::newRow("comment") << "a<!-- <b>hidden</b> -->b"
                             << "ab";
    QTest::newRow("less than in text") << "1 < 2 and 3 > 2"
                                       << "1 < 2 and 3 > 2";
    QTest::newRow("unclosed tag") << "text <b"
                                  << "text <b";
    QTest::newRow("img alt") << "<img src=\"cid:x\" alt=\"logo\">"
                             << "[logo]";
    QTest::newRow("table") << "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>"
                           << "a b\nc";
}

void TstMimeParser::htmlToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlToText::convert(html), text);
}

void TstMimeParser::oneLine_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("crlf") << "a\r\nb"
                          << "a b";
    QTest::newRow("controls") << QStringLiteral("a\u0001\u007f\u0085b") << "a b";
    QTest::newRow("separators") << QStringLiteral("a\u2028b\u2029c") << "a b c";
    QTest::newRow("replacement") << QStringLiteral("a\ufffdb") << "a b";
    QTest::newRow("lone surrogate")
        << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << "a b";
    QTest::newRow("emoji kept") << QStringLiteral("a \U0001F600 b")
                                << QStringLiteral("a \U0001F600 b");
    QTest::newRow("trim") << "  \t a  b \r\n"
                          << "a b";
}

void TstMimeParser::oneLine()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(InboundText::oneLine(in), out);
    QVERIFY(!MailText::findInLine(InboundText::oneLine(in), MailText::Rules::Entered));
}

QTEST_GUILESS_MAIN(TstMimeParser)
#include "tst_mimeparser.moc"
