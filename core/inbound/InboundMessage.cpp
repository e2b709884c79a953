#include "inbound/InboundMessage.h"

#include <algorithm>

namespace helpdesk {

QString InboundMessage::header(QStringView name) const
{
    for (const InboundHeader &h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return h.value;
    }
    return {};
}

QStringList InboundMessage::headerValues(QStringView name) const
{
    QStringList values;
    for (const InboundHeader &h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            values.append(h.value);
    }
    return values;
}

bool InboundMessage::hasHeader(QStringView name) const
{
    for (const InboundHeader &h : headers) {
        if (QStringView(h.name).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

qint64 InboundMessage::keptBytes() const
{
    qint64 total = 0;
    for (const InboundPart &p : parts)
        total += p.data.size();
    return total;
}

QList<const InboundPart *> InboundMessage::omittedParts() const
{
    QList<const InboundPart *> out;
    for (const InboundPart &p : parts) {
        if (p.omitted)
            out.append(&p);
    }
    return out;
}

namespace {
// The characters MailText's Entered rules refuse in a line, for a UTF-16 unit or a decoded
// code point.
bool refusedInLine(char32_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
           c == 0xFFFD;
}
} // namespace

QString InboundText::oneLine(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(std::min(text.size(), maxLength + 1));
    bool pendingSpace = false;
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        char32_t cp = ch.unicode();
        bool lone = false;
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            cp = QChar::surrogateToUcs4(ch, text.at(i + 1));
        } else if (ch.isSurrogate()) {
            lone = true;
        }
        if (lone || refusedInLine(cp) || QChar::isSpace(cp)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (count >= maxLength) {
            out += QChar(0x2026);
            return out;
        }
        if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += ch;
        if (cp > 0xFFFF) {
            out += text.at(++i);
        }
        ++count;
    }
    return out;
}

QString InboundText::body(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        const char16_t u = ch.unicode();
        if (u == u'\r') {
            out += u'\n';
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            continue;
        }
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(++i);
            continue;
        }
        if (ch.isSurrogate() || u == 0xFFFD) {
            out += u'?';
            continue;
        }
        if ((u < 0x20 && u != u'\t' && u != u'\n' && u != u'\f') || u == 0x7F)
            continue;
        out += ch;
    }
    return out;
}

QString InboundText::domainOf(QStringView addressOrId)
{
    QStringView s = addressOrId.trimmed();
    if (s.startsWith(u'<'))
        s = s.mid(1);
    if (s.endsWith(u'>'))
        s.chop(1);
    const qsizetype at = s.lastIndexOf(u'@');
    if (at < 0 || at + 1 >= s.size())
        return {};
    return s.mid(at + 1).toString().toLower();
}

} // namespace helpdesk
