#include "mail/MimeBuilder.h"

#include "mail/MailText.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <array>
#include <cstdlib>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MimeBuilder", text);
}

constexpr qsizetype kFoldWidth = 78;      // RFC 5322 2.1.1 "should"
constexpr qsizetype kMaxEncodedWord = 75; // RFC 2047 2
constexpr qsizetype kMaxPlainWord = 900;  // longer unbroken words get encoded so lines stay < 998

// Builds one header field, folding before words that would pass kFoldWidth.
class HeaderWriter
{
public:
    explicit HeaderWriter(QByteArrayView name)
    {
        m_out.append(name.data(), name.size());
        m_out.append(':');
        m_lineLength = m_out.size();
    }

    // Room left on the current line for a word after one space.
    qsizetype room() const { return kFoldWidth - m_lineLength - 1; }

    // Appends " word", folding first when it does not fit and folding helps.
    void addWord(QByteArrayView word, bool mayFold = true)
    {
        const qsizetype size = word.size();
        if (mayFold && !word.isEmpty() && m_lineLength + 1 + size > kFoldWidth &&
            (m_lineHasWord || 1 + size <= kFoldWidth)) {
            m_out.append("\r\n");
            m_lineLength = 0;
        }
        m_out.append(' ');
        m_out.append(word.data(), size);
        m_lineLength += 1 + size;
        m_lineHasWord = true;
    }

    // Appends text that must stick to the previous word (a list comma).
    void addTight(QByteArrayView text)
    {
        m_out.append(text.data(), text.size());
        m_lineLength += text.size();
    }

    QByteArray finish() { return m_out + "\r\n"; }

private:
    QByteArray m_out;
    qsizetype m_lineLength = 0;
    bool m_lineHasWord = false;
};

bool isQSafe(uchar c)
{
    // RFC 2047 5(3): the characters safe in a Q encoded-word even inside a phrase.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
           c == '*' || c == '+' || c == '-' || c == '/';
}

qsizetype qLength(uchar c)
{
    return (isQSafe(c) || c == ' ') ? 1 : 3;
}

qsizetype bLength(qsizetype bytes)
{
    return 4 * ((bytes + 2) / 3);
}

qsizetype codePointLength(uchar lead)
{
    if (lead < 0x80)
        return 1;
    if ((lead & 0xE0) == 0xC0)
        return 2;
    if ((lead & 0xF0) == 0xE0)
        return 3;
    if ((lead & 0xF8) == 0xF0)
        return 4;
    return 1;
}

QByteArray qEncode(QByteArrayView bytes)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (char ch : bytes) {
        const auto c = static_cast<uchar>(ch);
        if (c == ' ') {
            out += '_';
        } else if (isQSafe(c)) {
            out += ch;
        } else {
            out += '=';
            out += hex[c >> 4];
            out += hex[c & 0xF];
        }
    }
    return out;
}

// Encodes text as a run of UTF-8 encoded-words, each holding whole characters and fitting the
// line it lands on. Whitespace between adjacent encoded-words is dropped by decoders, so spaces
// of the text travel inside the words.
void addEncodedWords(HeaderWriter &writer, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    qsizetype qTotal = 0;
    for (char c : utf8)
        qTotal += qLength(static_cast<uchar>(c));
    const bool useQ = qTotal <= bLength(utf8.size());
    const QByteArray prefix =
        useQ ? QByteArrayLiteral("=?UTF-8?Q?") : QByteArrayLiteral("=?UTF-8?B?");
    const qsizetype overhead = prefix.size() + 2;

    qsizetype i = 0;
    while (i < utf8.size()) {
        const qsizetype room = writer.room();
        const qsizetype budget =
            (room >= 30 ? std::min(kMaxEncodedWord, room) : kMaxEncodedWord) - overhead;
        qsizetype j = i;
        qsizetype cost = 0;
        while (j < utf8.size()) {
            const qsizetype len =
                std::min(codePointLength(static_cast<uchar>(utf8[j])), utf8.size() - j);
            qsizetype next = 0;
            if (useQ) {
                next = cost;
                for (qsizetype k = j; k < j + len; ++k)
                    next += qLength(static_cast<uchar>(utf8[k]));
            } else {
                next = bLength(j + len - i);
            }
            if (next > budget && j > i)
                break;
            cost = next;
            j += len;
        }
        const QByteArrayView chunk(utf8.constData() + i, j - i);
        const QByteArray payload =
            useQ ? qEncode(chunk) : QByteArray(chunk.data(), chunk.size()).toBase64();
        writer.addWord(prefix + payload + "?=");
        i = j;
    }
}

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

bool needsEncoding(const QString &text)
{
    if (!isPrintableAscii(text) || text.contains(QLatin1String("=?")))
        return true;
    const auto words = text.split(u' ');
    return std::any_of(words.begin(), words.end(),
                       [](const QString &w) { return w.size() > kMaxPlainWord; });
}

bool isAtext(QChar c)
{
    const char16_t u = c.unicode();
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-/=?^_`{|}~").contains(c);
}

void addPhrase(HeaderWriter &writer, const QString &phrase)
{
    if (needsEncoding(phrase)) {
        addEncodedWords(writer, phrase);
        return;
    }
    const bool atoms =
        !phrase.startsWith(u' ') && !phrase.endsWith(u' ') &&
        !phrase.contains(QLatin1String("  ")) &&
        std::all_of(phrase.begin(), phrase.end(), [](QChar c) { return c == u' ' || isAtext(c); });
    if (atoms) {
        for (const QString &word : phrase.split(u' '))
            writer.addWord(word.toLatin1());
        return;
    }
    QByteArray quoted = "\"";
    for (QChar c : phrase) {
        if (c == u'"' || c == u'\\')
            quoted += '\\';
        quoted += static_cast<char>(c.unicode());
    }
    quoted += '"';
    if (quoted.size() > kMaxEncodedWord) {
        addEncodedWords(writer, phrase); // a long quoted-string cannot be folded cleanly
        return;
    }
    writer.addWord(quoted);
}

Result<void> checkHeaderText(const QString &value, const QString &field)
{
    return MailText::checkLine(value, field, MailText::Rules::Sendable);
}

Result<void> checkMailbox(const MailAddress &mailbox, const QString &addressField,
                          const QString &nameField)
{
    HD_TRY(MailAddress::normalized(mailbox.address, addressField));
    return checkHeaderText(mailbox.displayName, nameField);
}

bool isReservedHeader(const QByteArray &name)
{
    static const QList<QByteArray> reserved = {"date",
                                               "from",
                                               "sender",
                                               "reply-to",
                                               "to",
                                               "cc",
                                               "bcc",
                                               "message-id",
                                               "subject",
                                               "mime-version",
                                               "content-type",
                                               "content-transfer-encoding",
                                               "content-disposition"};
    const QByteArray lower = name.toLower();
    return reserved.contains(lower) || lower.startsWith("content-");
}

bool isValidDomainForId(const QByteArray &ace)
{
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    for (const QByteArray &label : ace.split('.')) {
        if (label.isEmpty() || label.size() > 63 || label.front() == '-' || label.back() == '-')
            return false;
        for (char c : label) {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                  c == '-'))
                return false;
        }
    }
    return true;
}

QByteArray makeBoundary()
{
    // "=_" cannot occur in quoted-printable or base64 output, so the boundary is safe by
    // construction; render() still checks.
    std::array<quint32, 3> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    return "=_hd_" +
           QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random)).toHex();
}

struct EncodedPart
{
    QByteArray headers;
    QByteArray body;
};

EncodedPart encodePart(QByteArrayView mimeType, const QString &text)
{
    const QByteArray bytes = MimeBuilder::toCrlf(text.toUtf8());
    EncodedPart part;
    part.headers = "Content-Type: " + mimeType.toByteArray() + "; charset=utf-8\r\n";
    if (MimeBuilder::preferQuotedPrintable(bytes)) {
        part.headers += "Content-Transfer-Encoding: quoted-printable\r\n";
        part.body = MimeBuilder::encodeQuotedPrintable(bytes);
    } else {
        part.headers += "Content-Transfer-Encoding: base64\r\n";
        part.body = MimeBuilder::encodeBase64Lines(bytes);
    }
    return part;
}

void appendWithCrlf(QByteArray &out, const QByteArray &body)
{
    out += body;
    if (!body.endsWith("\r\n"))
        out += "\r\n";
}
} // namespace

MimeBuilder::MimeBuilder(QString messageIdDomain)
    : m_domain(std::move(messageIdDomain)), m_clock([] { return QDateTime::currentDateTime(); })
{}

Result<void> MimeBuilder::validate(const MailMessage &message)
{
    if (auto r = checkMailbox(message.from, tr("sender (From)"), tr("sender name (From)")); !r)
        return r;
    if (message.to.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The message has no recipient (To). Add at least one address."));
    for (const MailAddress &to : message.to) {
        if (auto r = checkMailbox(to, tr("recipient (To)"), tr("recipient name (To)")); !r)
            return r;
    }
    if (!message.replyTo.isEmpty()) {
        if (auto r = checkMailbox(message.replyTo, tr("reply address (Reply-To)"),
                                  tr("reply name (Reply-To)"));
            !r)
            return r;
    } else if (!message.replyTo.displayName.isEmpty()) {
        return Error::make(Error::Code::InvalidInput,
                           tr("The reply name (Reply-To) is set but the reply address is empty. "
                              "Add the address or clear the name."));
    }
    if (auto r = checkHeaderText(message.subject, tr("subject")); !r)
        return r;
    if (!message.messageId.isEmpty()) {
        if (auto r = checkHeaderText(message.messageId, tr("Message-ID")); !r)
            return r;
        static const QRegularExpression idPattern(QStringLiteral("^<[!-;=?-~]+@[!-;=?-~]+>$"));
        if (message.messageId.size() > 900 || !idPattern.match(message.messageId).hasMatch())
            return Error::make(Error::Code::InvalidInput,
                               tr("The Message-ID \"%1\" is not of the form <id@domain>. Leave "
                                  "it empty to have one generated.")
                                   .arg(message.messageId));
    }
    for (const MailHeader &header : message.extraHeaders) {
        const bool nameOk = !header.name.isEmpty() && header.name.size() <= 76 &&
                            std::all_of(header.name.begin(), header.name.end(),
                                        [](char c) { return c >= 33 && c <= 126 && c != ':'; });
        if (!nameOk)
            return Error::make(Error::Code::InvalidInput,
                               tr("The header name \"%1\" is not valid. Use letters, digits and "
                                  "dashes only.")
                                   .arg(QString::fromLatin1(header.name).left(80)));
        if (isReservedHeader(header.name))
            return Error::make(Error::Code::InvalidInput,
                               tr("The header %1 is written by the mail builder itself. Set the "
                                  "matching message field instead.")
                                   .arg(QString::fromLatin1(header.name)));
        if (auto r = checkHeaderText(header.value,
                                     tr("header %1").arg(QString::fromLatin1(header.name)));
            !r)
            return r;
    }
    if (message.textBody.isEmpty() && message.htmlBody.isEmpty())
        return Error::make(Error::Code::InvalidInput,
                           tr("The message body is empty. Write a text or HTML body."));
    return {};
}

Result<QByteArray> MimeBuilder::render(const MailMessage &message) const
{
    HD_TRY_ASSIGN(auto envelope, buildEnvelope(message));
    return std::move(envelope).data;
}

Result<SmtpEnvelope> MimeBuilder::buildEnvelope(const MailMessage &message, qint64 tag) const
{
    HD_TRY(validate(message));

    SmtpEnvelope envelope;
    envelope.tag = tag;
    if (message.messageId.isEmpty()) {
        HD_TRY_ASSIGN(auto id, generateMessageId(m_domain));
        envelope.messageId = id.toLatin1();
    } else {
        envelope.messageId = message.messageId.toLatin1();
    }
    envelope.reversePath = *MailAddress::normalized(message.from.address, {});
    for (const MailAddress &to : message.to)
        envelope.recipients.append(*MailAddress::normalized(to.address, {}));

    const QDateTime date = message.date.isValid() ? message.date : m_clock();
    QByteArray out;
    out += "Date: " + formatDate(date) + "\r\n";
    out += *addressHeader("From", {message.from}, {});
    if (!message.replyTo.isEmpty())
        out += *addressHeader("Reply-To", {message.replyTo}, {});
    out += *addressHeader("To", message.to, {});
    out += "Message-ID: " + envelope.messageId + "\r\n";
    out += unstructuredHeader("Subject", message.subject);
    out += "MIME-Version: 1.0\r\n";
    for (const MailHeader &header : message.extraHeaders)
        out += unstructuredHeader(header.name, header.value);

    if (message.htmlBody.isEmpty() || message.textBody.isEmpty()) {
        const EncodedPart part = message.htmlBody.isEmpty()
                                     ? encodePart("text/plain", message.textBody)
                                     : encodePart("text/html", message.htmlBody);
        out += part.headers + "\r\n";
        appendWithCrlf(out, part.body);
    } else {
        const EncodedPart text = encodePart("text/plain", message.textBody);
        const EncodedPart html = encodePart("text/html", message.htmlBody);
        QByteArray boundary = makeBoundary();
        while (text.body.contains(boundary) || html.body.contains(boundary))
            boundary = makeBoundary();
        out += "Content-Type: multipart/alternative;\r\n boundary=\"" + boundary + "\"\r\n\r\n";
        // The CRLF before each delimiter belongs to the delimiter (RFC 2046 5.1.1), so a
        // part's own final line break survives.
        out += "--" + boundary + "\r\n" + text.headers + "\r\n" + text.body + "\r\n";
        out += "--" + boundary + "\r\n" + html.headers + "\r\n" + html.body + "\r\n";
        out += "--" + boundary + "--\r\n";
    }
    envelope.data = std::move(out);
    return envelope;
}

Result<QString> MimeBuilder::generateMessageId(const QString &domain)
{
    const QByteArray ace = QUrl::toAce(domain);
    if (!isValidDomainForId(ace))
        return Error::make(Error::Code::InvalidInput,
                           tr("The Message-ID domain \"%1\" is not a valid domain name. Set the "
                              "mail domain in the mail settings, e.g. example.org.")
                               .arg(domain));
    std::array<quint32, 4> random{};
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray id =
        QByteArray(reinterpret_cast<const char *>(random.data()), sizeof(random)).toHex();
    return QString::fromLatin1("<" + id + "@" + ace + ">");
}

QByteArray MimeBuilder::formatDate(const QDateTime &dateTime)
{
    static constexpr std::array<const char *, 7> days = {"Mon", "Tue", "Wed", "Thu",
                                                         "Fri", "Sat", "Sun"};
    static constexpr std::array<const char *, 12> months = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate date = dateTime.date();
    const QTime time = dateTime.time();
    const int offsetMinutes = dateTime.offsetFromUtc() / 60;
    const int absOffset = std::abs(offsetMinutes);
    return QString::asprintf("%s, %d %s %04d %02d:%02d:%02d %c%02d%02d",
                             days.at(static_cast<size_t>(date.dayOfWeek() - 1)), date.day(),
                             months.at(static_cast<size_t>(date.month() - 1)), date.year(),
                             time.hour(), time.minute(), time.second(),
                             offsetMinutes < 0 ? '-' : '+', absOffset / 60, absOffset % 60)
        .toLatin1();
}

QByteArray MimeBuilder::unstructuredHeader(QByteArrayView name, const QString &value)
{
    HeaderWriter writer(name);
    if (value.isEmpty())
        return writer.finish();
    if (needsEncoding(value)) {
        addEncodedWords(writer, value);
    } else {
        for (const QString &word : value.split(u' '))
            writer.addWord(word.toLatin1(), !word.isEmpty());
    }
    return writer.finish();
}

Result<QByteArray> MimeBuilder::addressHeader(QByteArrayView name, const QList<MailAddress> &list,
                                              const QString &field)
{
    HeaderWriter writer(name);
    bool first = true;
    for (const MailAddress &mailbox : list) {
        HD_TRY_ASSIGN(auto address, MailAddress::normalized(mailbox.address, field));
        HD_TRY(checkHeaderText(mailbox.displayName, field));
        if (!first)
            writer.addTight(",");
        first = false;
        if (mailbox.displayName.isEmpty()) {
            writer.addWord(address);
        } else {
            addPhrase(writer, mailbox.displayName);
            writer.addWord("<" + address + ">");
        }
    }
    return writer.finish();
}

QByteArray MimeBuilder::encodeQuotedPrintable(const QByteArray &crlfText)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(crlfText.size() + crlfText.size() / 8);
    qsizetype start = 0;
    while (true) {
        qsizetype end = crlfText.indexOf("\r\n", start);
        const bool lastLine = end < 0;
        if (lastLine)
            end = crlfText.size();
        qsizetype column = 0;
        for (qsizetype k = start; k < end; ++k) {
            const auto c = static_cast<uchar>(crlfText[k]);
            const bool endOfLine = k == end - 1;
            // Trailing whitespace would be stripped in transit, so it is encoded.
            const bool literal =
                (c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !endOfLine);
            const qsizetype width = literal ? 1 : 3;
            // Leave room for the "=" of a soft break unless this is the line's last token.
            if (column + width > (endOfLine ? 76 : 75)) {
                out += "=\r\n";
                column = 0;
            }
            if (literal) {
                out += static_cast<char>(c);
            } else {
                out += '=';
                out += hex[c >> 4];
                out += hex[c & 0xF];
            }
            column += width;
        }
        if (lastLine)
            break;
        out += "\r\n";
        start = end + 2;
    }
    return out;
}

QByteArray MimeBuilder::encodeBase64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 38 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76) {
        if (i > 0)
            out += "\r\n";
        out.append(encoded.constData() + i, std::min<qsizetype>(76, encoded.size() - i));
    }
    return out;
}

bool MimeBuilder::preferQuotedPrintable(const QByteArray &data)
{
    // Each escaped byte costs 3 characters in QP; base64 costs 4/3 per byte. QP wins while at
    // most one byte in six needs escaping, and stays readable for mostly-ASCII text.
    qsizetype escaped = 0;
    for (char ch : data) {
        const auto c = static_cast<uchar>(ch);
        const bool plain = (c >= 32 && c <= 126 && c != '=') || c == '\t' || c == '\r' || c == '\n';
        if (!plain)
            ++escaped;
    }
    return escaped * 6 <= data.size();
}

QByteArray MimeBuilder::toCrlf(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 32);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < text.size() && text[i + 1] == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace helpdesk
