// MimeBuilder: validation per field, header encoding and folding, body transfer encodings, and a
// round trip through Python's email package (tests/services/check_mime.py).

#include "MailTestUtil.h"
#include "mail/MimeBuilder.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace helpdesk;

namespace {

MailMessage sampleMessage()
{
    MailMessage m;
    m.from = MailAddress(QStringLiteral("helpdesk@example.org"), QStringLiteral("Helpdesk"));
    m.to = {MailAddress(QStringLiteral("anna@example.org"), QStringLiteral("Anna Example"))};
    m.subject = QStringLiteral("Your password reset");
    m.textBody = QStringLiteral("Hello Anna,\nuse the link to reset your password.\n");
    m.htmlBody = QStringLiteral("<p>Hello Anna,</p><p>use the link to reset your password.</p>");
    m.date = QDateTime(QDate(2024, 6, 4), QTime(9, 5, 0), QTimeZone(2 * 3600));
    m.messageId = QStringLiteral("<fixed-id@example.org>");
    return m;
}

QList<QByteArray> crlfLines(const QByteArray &bytes)
{
    return bytes.split('\n');
}

bool allCrlf(const QByteArray &bytes)
{
    const auto crlf = bytes.count("\r\n");
    return bytes.count('\r') == crlf && bytes.count('\n') == crlf;
}

qsizetype maxLineLength(const QByteArray &bytes)
{
    qsizetype longest = 0;
    for (const QByteArray &line : bytes.split('\n'))
        longest = std::max(longest, line.endsWith('\r') ? line.size() - 1 : line.size());
    return longest;
}

QByteArray decodeQ(QByteArray text)
{
    text.replace('_', ' ');
    return QByteArray::fromPercentEncoding(text, '=');
}

// A small RFC 2047 decoder, enough to check our own output: unfold, decode encoded-words, drop
// whitespace between adjacent encoded-words.
QString decodeHeaderValue(const QByteArray &field)
{
    QByteArray unfolded = field;
    if (unfolded.endsWith("\r\n"))
        unfolded.chop(2);
    unfolded.replace("\r\n", "");
    const qsizetype colon = unfolded.indexOf(':');
    QByteArray value = unfolded.mid(colon + 1);
    if (value.startsWith(' '))
        value.remove(0, 1);
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?([BQ])\\?([^?]*)\\?="));
    const QString text = QString::fromLatin1(value);
    QByteArray out;
    qsizetype pos = 0;
    bool previousWasEncoded = false;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString between = text.mid(pos, m.capturedStart() - pos);
        if (!(previousWasEncoded && between.trimmed().isEmpty()))
            out += between.toLatin1();
        const QByteArray payload = m.captured(2).toLatin1();
        out += m.captured(1) == u'B' ? QByteArray::fromBase64(payload) : decodeQ(payload);
        pos = m.capturedEnd();
        previousWasEncoded = true;
    }
    out += text.mid(pos).toLatin1();
    return QString::fromUtf8(out);
}

QByteArray decodeQuotedPrintable(const QByteArray &qp)
{
    QByteArray joined = qp;
    joined.replace("=\r\n", "");
    return QByteArray::fromPercentEncoding(joined, '=');
}

} // namespace

class TestMimeBuilder : public QObject
{
    Q_OBJECT
private slots:
    void refusesBadInput_data();
    void refusesBadInput();
    void normalizesAddresses_data();
    void normalizesAddresses();
    void unstructuredHeader_data();
    void unstructuredHeader();
    void displayNames_data();
    void displayNames();
    void quotedPrintableExact_data();
    void quotedPrintableExact();
    void bodyEncoding_data();
    void bodyEncoding();
    void dateFormat_data();
    void dateFormat();
    void messageIds();
    void fullMessageStructure();
    void singlePartWhenNoHtml();
    void longLinesStayShort();
    void roundTripThroughPython_data();
    void roundTripThroughPython();
};

void TestMimeBuilder::refusesBadInput_data()
{
    QTest::addColumn<QString>("mutation");
    QTest::addColumn<QString>("fieldInMessage");

    QTest::newRow("subject CR") << "subject CR"
                                << "subject";
    QTest::newRow("subject LF") << "subject LF"
                                << "subject";
    QTest::newRow("subject header injection") << "subject injection"
                                              << "subject";
    QTest::newRow("subject NUL") << "subject NUL"
                                 << "subject";
    QTest::newRow("from display name LF") << "from name LF"
                                          << "sender name";
    QTest::newRow("to display name CR") << "to name CR"
                                        << "recipient name";
    QTest::newRow("reply-to display name LF") << "reply name LF"
                                              << "Reply-To";
    QTest::newRow("reply-to address injection") << "reply address LF"
                                                << "Reply-To";
    QTest::newRow("reply-to name without address") << "reply name only"
                                                   << "Reply-To";
    QTest::newRow("message-id LF") << "message-id LF"
                                   << "Message-ID";
    QTest::newRow("message-id malformed") << "message-id bad"
                                          << "Message-ID";
    QTest::newRow("extra header value LF") << "extra LF"
                                           << "X-Ticket";
    QTest::newRow("extra header reserved") << "extra reserved"
                                           << "Bcc";
    QTest::newRow("extra header bad name") << "extra bad name"
                                           << "X Bad";
    QTest::newRow("from address with space") << "from space"
                                             << "From";
    QTest::newRow("to without @") << "to no at"
                                  << "To";
    QTest::newRow("to with angle brackets") << "to brackets"
                                            << "To";
    QTest::newRow("to domain without dot") << "to no dot"
                                           << "To";
    QTest::newRow("to control character") << "to control"
                                          << "To";
    QTest::newRow("to double dot") << "to double dot"
                                   << "To";
    QTest::newRow("to empty label") << "to empty label"
                                    << "To";
    QTest::newRow("to bad literal") << "to bad literal"
                                    << "To";
    QTest::newRow("to quoted local part") << "to quoted"
                                          << "To";
    QTest::newRow("to non-ascii local part") << "to utf8 local"
                                             << "To";
    QTest::newRow("to empty address") << "to empty"
                                      << "To";
    QTest::newRow("second recipient bad") << "second to bad"
                                          << "To";
    QTest::newRow("no recipients") << "no recipients"
                                   << "recipient";
    QTest::newRow("no body") << "no body"
                             << "body";
}

void TestMimeBuilder::refusesBadInput()
{
    QFETCH(QString, mutation);
    QFETCH(QString, fieldInMessage);
    MailMessage m = sampleMessage();
    const QString s = mutation;
    if (s == u"subject CR")
        m.subject = QStringLiteral("Hello\rWorld");
    else if (s == u"subject LF")
        m.subject = QStringLiteral("Hello\nWorld");
    else if (s == u"subject injection")
        m.subject = QStringLiteral("Hi\r\nBcc: victim@example.org");
    else if (s == u"subject NUL")
        m.subject = QStringLiteral("Hi") + QChar(0) + QStringLiteral("there");
    else if (s == u"from name LF")
        m.from.displayName = QStringLiteral("Help\ndesk");
    else if (s == u"to name CR")
        m.to[0].displayName = QStringLiteral("Anna\r");
    else if (s == u"reply name LF")
        m.replyTo = MailAddress(QStringLiteral("support@example.org"), QStringLiteral("A\nB"));
    else if (s == u"reply address LF")
        m.replyTo = MailAddress(QStringLiteral("support@example.org\nBcc: x@example.org"));
    else if (s == u"reply name only")
        m.replyTo = MailAddress(QString(), QStringLiteral("Support"));
    else if (s == u"message-id LF")
        m.messageId = QStringLiteral("<a@b.org>\nBcc: x@example.org");
    else if (s == u"message-id bad")
        m.messageId = QStringLiteral("no-brackets@example.org");
    else if (s == u"extra LF")
        m.extraHeaders = {{"X-Ticket", QStringLiteral("42\r\nBcc: x@example.org")}};
    else if (s == u"extra reserved")
        m.extraHeaders = {{"Bcc", QStringLiteral("x@example.org")}};
    else if (s == u"extra bad name")
        m.extraHeaders = {{"X Bad", QStringLiteral("1")}};
    else if (s == u"from space")
        m.from.address = QStringLiteral("help desk@example.org");
    else if (s == u"to no at")
        m.to[0].address = QStringLiteral("anna.example.org");
    else if (s == u"to brackets")
        m.to[0].address = QStringLiteral("<anna@example.org>");
    else if (s == u"to no dot")
        m.to[0].address = QStringLiteral("anna@example");
    else if (s == u"to control")
        m.to[0].address = QStringLiteral("an\x01na@example.org");
    else if (s == u"to double dot")
        m.to[0].address = QStringLiteral("an..na@example.org");
    else if (s == u"to empty label")
        m.to[0].address = QStringLiteral("anna@example..org");
    else if (s == u"to bad literal")
        m.to[0].address = QStringLiteral("anna@[300.1.2.3]");
    else if (s == u"to quoted")
        m.to[0].address = QStringLiteral("\"anna x\"@example.org");
    else if (s == u"to utf8 local")
        m.to[0].address = QStringLiteral("zoë@example.org");
    else if (s == u"to empty")
        m.to[0].address.clear();
    else if (s == u"second to bad")
        m.to.append(MailAddress(QStringLiteral("bob@@example.org")));
    else if (s == u"no recipients")
        m.to.clear();
    else if (s == u"no body")
        m.textBody.clear(), m.htmlBody.clear();
    else
        QFAIL("unknown mutation");

    const auto valid = MimeBuilder::validate(m);
    QVERIFY(!valid.ok());
    QCOMPARE(valid.error().code, Error::Code::InvalidInput);
    QVERIFY2(valid.error().message.contains(fieldInMessage, Qt::CaseInsensitive),
             qPrintable(valid.error().message));
    const auto rendered = MimeBuilder().render(m);
    QVERIFY(!rendered.ok());
    QCOMPARE(rendered.error().message, valid.error().message);
}

void TestMimeBuilder::normalizesAddresses_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("simple") << "anna@example.org" << QByteArray("anna@example.org");
    QTest::newRow("atext specials")
        << "o'brien+tag@sub.example.co.uk" << QByteArray("o'brien+tag@sub.example.co.uk");
    QTest::newRow("idn domain") << "user@bücher.example"
                                << QByteArray("user@xn--bcher-kva.example");
    QTest::newRow("ipv4 literal") << "x@[192.0.2.1]" << QByteArray("x@[192.0.2.1]");
    QTest::newRow("ipv6 literal") << "x@[IPv6:2001:db8::1]" << QByteArray("x@[IPv6:2001:db8::1]");
}

void TestMimeBuilder::normalizesAddresses()
{
    QFETCH(QString, address);
    QFETCH(QByteArray, expected);
    const auto r = MailAddress::normalized(address, QStringLiteral("To"));
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(*r, expected);
}

void TestMimeBuilder::unstructuredHeader_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("encoded");
    QTest::newRow("plain ascii") << "Your password reset" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("long ascii folds")
        << QStringLiteral("word ").repeated(60) + QStringLiteral("end") << false;
    QTest::newRow("ascii looking like an encoded word") << "a =?UTF-8?Q?x?= b" << true;
    QTest::newRow("one 1200 character word") << QString(1200, u'x') << true;
    QTest::newRow("latin umlauts (Q)") << "Passwort zurücksetzen für Jörg" << true;
    QTest::newRow("cyrillic (B)") << "Сброс пароля для вашей учётной записи" << true;
    QTest::newRow("long cjk") << QStringLiteral("パスワードの再設定").repeated(12) << true;
    QTest::newRow("emoji surrogate pairs") << QStringLiteral("🔐 Sicherheit 🔑").repeated(8) << true;
    QTest::newRow("tab inside") << "a\tb" << true;
    QTest::newRow("specials ?=_") << "Frage? Ja = nein_ä" << true;
}

void TestMimeBuilder::unstructuredHeader()
{
    QFETCH(QString, value);
    QFETCH(bool, encoded);
    const QByteArray field = MimeBuilder::unstructuredHeader("Subject", value);
    QVERIFY(field.startsWith("Subject:"));
    QVERIFY(field.endsWith("\r\n"));
    QVERIFY(allCrlf(field));
    QVERIFY2(maxLineLength(field) <= 78, field.constData());
    for (const QByteArray &line : crlfLines(field))
        QVERIFY2(!line.trimmed().isEmpty() || line.isEmpty(), "whitespace-only line");
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?[BQ]\\?[^?]*\\?="));
    auto it = word.globalMatch(QString::fromLatin1(field));
    bool sawEncoded = false;
    while (it.hasNext()) {
        const auto m = it.next();
        sawEncoded = true;
        QVERIFY2(m.capturedLength() <= 75, qPrintable(m.captured()));
    }
    QCOMPARE(sawEncoded, encoded);
    for (char c : field)
        QVERIFY(static_cast<uchar>(c) < 0x80);
    QCOMPARE(decodeHeaderValue(field), value);
}

void TestMimeBuilder::displayNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("expected"); // empty: just check it decodes back
    QTest::newRow("atoms") << "Anna Example"
                           << QByteArray("To: Anna Example <anna@example.org>\r\n");
    QTest::newRow("comma needs quotes")
        << "Example, Inc." << QByteArray("To: \"Example, Inc.\" <anna@example.org>\r\n");
    QTest::newRow("quote and backslash escaped")
        << "Say \"hi\" \\o/" << QByteArray("To: \"Say \\\"hi\\\" \\\\o/\" <anna@example.org>\r\n");
    QTest::newRow("umlauts encoded") << "Jörg Müller" << QByteArray();
    QTest::newRow("non-ascii with comma") << "Müller, Jörg" << QByteArray();
    QTest::newRow("long japanese") << QStringLiteral("山田太郎").repeated(10) << QByteArray();
}

void TestMimeBuilder::displayNames()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, expected);
    const auto field = MimeBuilder::addressHeader(
        "To", {MailAddress(QStringLiteral("anna@example.org"), name)}, QStringLiteral("To"));
    QVERIFY(field.ok());
    if (!expected.isEmpty())
        QCOMPARE(*field, expected);
    QVERIFY(maxLineLength(*field) <= 78);
    QVERIFY(field->endsWith(" <anna@example.org>\r\n"));
    if (expected.isEmpty()) {
        QByteArray nameOnly = *field;
        nameOnly.chop(QByteArray(" <anna@example.org>\r\n").size());
        QCOMPARE(decodeHeaderValue(nameOnly), name);
    }
}

void TestMimeBuilder::quotedPrintableExact_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("hello") << QByteArray("hello");
    QTest::newRow("equals sign") << QByteArray("a=b") << QByteArray("a=3Db");
    QTest::newRow("trailing spaces")
        << QByteArray("end  \r\nnext") << QByteArray("end =20\r\nnext");
    QTest::newRow("trailing tab at end") << QByteArray("tab\t") << QByteArray("tab=09");
    QTest::newRow("inner spaces literal") << QByteArray("a b\tc") << QByteArray("a b\tc");
    QTest::newRow("utf-8") << QByteArray("zur\xc3\xbc") << QByteArray("zur=C3=BC");
    QTest::newRow("exactly 76") << QByteArray(76, 'x') << QByteArray(76, 'x');
    QTest::newRow("77 gets a soft break")
        << QByteArray(77, 'x') << QByteArray(75, 'x') + "=\r\n" + QByteArray(2, 'x');
    QTest::newRow("escape not split by soft break")
        << QByteArray(74, 'x') + "==" << QByteArray(74, 'x') + "=\r\n=3D=3D";
    QTest::newRow("empty lines kept") << QByteArray("a\r\n\r\nb") << QByteArray("a\r\n\r\nb");
}

void TestMimeBuilder::quotedPrintableExact()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QByteArray qp = MimeBuilder::encodeQuotedPrintable(input);
    QCOMPARE(qp, expected);
    QCOMPARE(decodeQuotedPrintable(qp), input);
}

void TestMimeBuilder::bodyEncoding_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("quotedPrintable");
    QTest::newRow("ascii") << "Hello,\nplease reset your password.\n" << true;
    QTest::newRow("german, few umlauts") << "Hallo,\nbitte setzen Sie Ihr Passwort zurück. Grüße\n"
                                         << true;
    QTest::newRow("mostly cyrillic") << "Здравствуйте! Сбросьте пароль, пожалуйста." << false;
    QTest::newRow("chinese") << "请重置您的密码。" << false;
    QTest::newRow("long line") << QString(3000, u'a') << true;
    QTest::newRow("bare CR and LF") << "one\rtwo\nthree\r\nfour" << true;
    QTest::newRow("leading dots") << ".hidden\n..two\n." << true;
}

void TestMimeBuilder::bodyEncoding()
{
    QFETCH(QString, text);
    QFETCH(bool, quotedPrintable);
    const QByteArray canonical = MimeBuilder::toCrlf(text.toUtf8());
    QCOMPARE(MimeBuilder::preferQuotedPrintable(canonical), quotedPrintable);
    const QByteArray encoded = quotedPrintable ? MimeBuilder::encodeQuotedPrintable(canonical)
                                               : MimeBuilder::encodeBase64Lines(canonical);
    QVERIFY(maxLineLength(encoded) <= 76);
    QVERIFY(encoded.isEmpty() || allCrlf(encoded + "\r\n"));
    const QByteArray decoded =
        quotedPrintable ? decodeQuotedPrintable(encoded)
                        : QByteArray::fromBase64(QByteArray(encoded).replace("\r\n", ""));
    QCOMPARE(decoded, canonical);
}

void TestMimeBuilder::dateFormat_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("utc") << QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc())
                         << QByteArray("Mon, 1 Jan 2024 00:00:00 +0000");
    QTest::newRow("+0200") << QDateTime(QDate(2024, 6, 4), QTime(9, 5, 7), QTimeZone(7200))
                           << QByteArray("Tue, 4 Jun 2024 09:05:07 +0200");
    QTest::newRow("-0330") << QDateTime(QDate(1969, 2, 13), QTime(23, 32, 54), QTimeZone(-12600))
                           << QByteArray("Thu, 13 Feb 1969 23:32:54 -0330");
    QTest::newRow("+0545 december")
        << QDateTime(QDate(2023, 12, 31), QTime(23, 59, 59), QTimeZone(20700))
        << QByteArray("Sun, 31 Dec 2023 23:59:59 +0545");
}

void TestMimeBuilder::dateFormat()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QByteArray, expected);
    QCOMPARE(MimeBuilder::formatDate(dateTime), expected);
}

void TestMimeBuilder::messageIds()
{
    const auto a = MimeBuilder::generateMessageId(QStringLiteral("example.org"));
    const auto b = MimeBuilder::generateMessageId(QStringLiteral("example.org"));
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    static const QRegularExpression pattern(QStringLiteral("^<[0-9a-f]{32}@example\\.org>$"));
    QVERIFY2(pattern.match(*a).hasMatch(), qPrintable(*a));
    const auto idn = MimeBuilder::generateMessageId(QStringLiteral("bücher.example"));
    QVERIFY(idn.ok());
    QVERIFY(idn->endsWith(QLatin1String("@xn--bcher-kva.example>")));
    const auto bad = MimeBuilder::generateMessageId(QStringLiteral("bad domain"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);

    // Without a Message-ID the builder makes one with its domain; the envelope carries it.
    MailMessage m = sampleMessage();
    m.messageId.clear();
    const auto envelope = MimeBuilder(QStringLiteral("helpdesk.example.org")).buildEnvelope(m, 7);
    QVERIFY(envelope.ok());
    QVERIFY(envelope->messageId.endsWith("@helpdesk.example.org>"));
    QVERIFY(envelope->data.contains("\r\nMessage-ID: " + envelope->messageId + "\r\n"));
    QCOMPARE(envelope->tag, 7);
    QCOMPARE(envelope->reversePath, QByteArray("helpdesk@example.org"));
    QCOMPARE(envelope->recipients, QList<QByteArray>{"anna@example.org"});
}

void TestMimeBuilder::fullMessageStructure()
{
    MailMessage m = sampleMessage();
    m.replyTo = MailAddress(QStringLiteral("support@example.org"), QStringLiteral("Support"));
    m.to.append(MailAddress(QStringLiteral("bob@example.org")));
    m.extraHeaders = {{"Auto-Submitted", QStringLiteral("auto-generated")}};
    const auto rendered = MimeBuilder().render(m);
    QVERIFY(rendered.ok());
    const QByteArray &bytes = *rendered;
    QVERIFY(allCrlf(bytes));
    QVERIFY(maxLineLength(bytes) <= 998);
    const QByteArray head = bytes.left(bytes.indexOf("\r\n\r\n") + 2);
    QVERIFY(maxLineLength(head) <= 78);
    QVERIFY(head.startsWith("Date: Tue, 4 Jun 2024 09:05:00 +0200\r\n"));
    QVERIFY(head.contains("\r\nFrom: Helpdesk <helpdesk@example.org>\r\n"));
    QVERIFY(head.contains("\r\nReply-To: Support <support@example.org>\r\n"));
    QVERIFY(head.contains("\r\nTo: Anna Example <anna@example.org>, bob@example.org\r\n"));
    QVERIFY(head.contains("\r\nMessage-ID: <fixed-id@example.org>\r\n"));
    QVERIFY(head.contains("\r\nSubject: Your password reset\r\n"));
    QVERIFY(head.contains("\r\nMIME-Version: 1.0\r\n"));
    QVERIFY(head.contains("\r\nAuto-Submitted: auto-generated\r\n"));
    static const QRegularExpression boundaryPattern(
        QStringLiteral("Content-Type: multipart/alternative;\r\n boundary=\"([^\"]+)\"\r\n"));
    const auto match = boundaryPattern.match(QString::fromLatin1(head));
    QVERIFY(match.hasMatch());
    const QByteArray boundary = match.captured(1).toLatin1();
    QCOMPARE(bytes.count("--" + boundary), 3);
    QVERIFY(bytes.endsWith("--" + boundary + "--\r\n"));
    QVERIFY(bytes.contains("--" + boundary +
                           "\r\nContent-Type: text/plain; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"));
    QVERIFY(bytes.contains("--" + boundary +
                           "\r\nContent-Type: text/html; charset=utf-8\r\n"
                           "Content-Transfer-Encoding: quoted-printable\r\n\r\n"));
    // A second rendering picks a fresh boundary.
    QVERIFY(!MimeBuilder().render(m)->contains(boundary));
}

void TestMimeBuilder::singlePartWhenNoHtml()
{
    MailMessage m = sampleMessage();
    m.htmlBody.clear();
    const auto rendered = MimeBuilder().render(m);
    QVERIFY(rendered.ok());
    QVERIFY(!rendered->contains("multipart"));
    QVERIFY(rendered->contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
    QVERIFY(rendered->endsWith("\r\n"));
}

void TestMimeBuilder::longLinesStayShort()
{
    MailMessage m = sampleMessage();
    m.subject = QStringLiteral("Lange Betreffzeile mit Umlauten äöü ").repeated(40);
    m.textBody = QString(5000, u'x') + u'\n' + QString(5000, u'ü');
    m.htmlBody = QStringLiteral("<p>") + QString(5000, u'y') + QStringLiteral("</p>");
    m.to.clear();
    for (int i = 0; i < 30; ++i)
        m.to.append(MailAddress(QStringLiteral("person%1@example.org").arg(i),
                                QStringLiteral("Person Nummer %1 Öz").arg(i)));
    const auto rendered = MimeBuilder().render(m);
    QVERIFY(rendered.ok());
    QVERIFY(allCrlf(*rendered));
    QVERIFY(maxLineLength(*rendered) <= 78);
}

void TestMimeBuilder::roundTripThroughPython_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("fromName");
    QTest::addColumn<QString>("text");
    QTest::newRow("ascii") << "Your password reset"
                           << "Helpdesk"
                           << "Hello Anna.";
    QTest::newRow("german") << "Passwort zurücksetzen – Konto gesperrt?"
                            << "Müller, Jörg (Support)"
                            << "Grüße aus Köln.\nZeile zwei.";
    QTest::newRow("japanese long")
        << QStringLiteral("パスワードの再設定のお知らせ").repeated(6) << "サポート担当 山田"
        << "パスワードを再設定してください。";
    QTest::newRow("final line break kept") << "Subject"
                                           << "Name"
                                           << "line one\nline two\n";
    QTest::newRow("base64 body") << "Сброс пароля"
                                 << "Служба поддержки"
                                 << "Здравствуйте!\nСбросьте пароль, пожалуйста.\n";
    QTest::newRow("emoji and specials") << "🔐 =?not-encoded?= _under_ \"quotes\""
                                        << "Team \"Security\" 🔑"
                                        << "a=b\nend  ";
}

void TestMimeBuilder::roundTripThroughPython()
{
    QFETCH(QString, subject);
    QFETCH(QString, fromName);
    QFETCH(QString, text);
    if (helpdesk::test::findPython().isEmpty())
        QSKIP("python3 is not available for check_mime.py");
    MailMessage m = sampleMessage();
    m.subject = subject;
    m.from.displayName = fromName;
    m.textBody = text;
    m.htmlBody = QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
    const auto rendered = MimeBuilder().render(m);
    QVERIFY(rendered.ok());
    QString error;
    const QJsonObject facts = helpdesk::test::checkMime(*rendered, &error);
    QVERIFY2(!facts.isEmpty(), qPrintable(error));
    QCOMPARE(facts[u"subject"].toString(), subject);
    QCOMPARE(facts[u"from"].toArray().at(0)[u"name"].toString(), fromName);
    QCOMPARE(facts[u"from"].toArray().at(0)[u"address"].toString(),
             QStringLiteral("helpdesk@example.org"));
    QCOMPARE(facts[u"to"].toArray().at(0)[u"name"].toString(), QStringLiteral("Anna Example"));
    QCOMPARE(facts[u"date"].toString(), QStringLiteral("2024-06-04T09:05:00+02:00"));
    QCOMPARE(facts[u"content_type"].toString(), QStringLiteral("multipart/alternative"));
    QVERIFY2(facts[u"defects"].toArray().isEmpty(),
             qPrintable(QJsonDocument(facts[u"defects"].toArray()).toJson()));
    QVERIFY(facts[u"all_crlf"].toBool());
    QVERIFY(facts[u"max_header_line_length"].toInt() <= 78);
    QVERIFY(facts[u"max_encoded_word_length"].toInt() <= 75);
    const QJsonArray parts = facts[u"parts"].toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts[0][u"content_type"].toString(), QStringLiteral("text/plain"));
    QCOMPARE(parts[0][u"charset"].toString(), QStringLiteral("utf-8"));
    QCOMPARE(parts[1][u"content_type"].toString(), QStringLiteral("text/html"));
    QString decodedText = parts[0][u"content"].toString();
    decodedText.remove(u'\r');
    QCOMPARE(decodedText, text);
}

QTEST_GUILESS_MAIN(TestMimeBuilder)
#include "tst_mimebuilder.moc"
