#include "inbound/HtmlToText.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>

#include <array>
#include <utility>

namespace helpdesk {

namespace {

const QHash<QString, char32_t> &namedEntities()
{
    static const QHash<QString, char32_t> table = [] {
        static constexpr std::array<std::pair<const char *, char32_t>, 64> entries{{
            {"amp", U'&'},      {"lt", U'<'},      {"gt", U'>'},      {"quot", U'"'},
            {"apos", U'\''},    {"nbsp", U' '},    {"ensp", U' '},    {"emsp", U' '},
            {"thinsp", U' '},   {"copy", 0xA9},    {"reg", 0xAE},     {"trade", 0x2122},
            {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018},
            {"rsquo", 0x2019},  {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D},
            {"bdquo", 0x201E},  {"laquo", 0xAB},   {"raquo", 0xBB},   {"bull", 0x2022},
            {"middot", 0xB7},   {"euro", 0x20AC},  {"pound", 0xA3},   {"yen", 0xA5},
            {"cent", 0xA2},     {"sect", 0xA7},    {"deg", 0xB0},     {"plusmn", 0xB1},
            {"times", 0xD7},    {"divide", 0xF7},  {"auml", 0xE4},    {"ouml", 0xF6},
            {"uuml", 0xFC},     {"Auml", 0xC4},    {"Ouml", 0xD6},    {"Uuml", 0xDC},
            {"szlig", 0xDF},    {"eacute", 0xE9},  {"egrave", 0xE8},  {"ecirc", 0xEA},
            {"Eacute", 0xC9},   {"aacute", 0xE1},  {"agrave", 0xE0},  {"acirc", 0xE2},
            {"iacute", 0xED},   {"oacute", 0xF3},  {"uacute", 0xFA},  {"ccedil", 0xE7},
            {"Ccedil", 0xC7},   {"ntilde", 0xF1},  {"Ntilde", 0xD1},  {"aring", 0xE5},
            {"Aring", 0xC5},    {"oslash", 0xF8},  {"aelig", 0xE6},   {"iexcl", 0xA1},
            {"iquest", 0xBF},   {"shy", 0xAD},     {"zwnj", 0x200C},  {"zwj", 0x200D},
        }};
        QHash<QString, char32_t> t;
        for (const auto &[name, cp] : entries)
            t.insert(QString::fromLatin1(name), cp);
        return t;
    }();
    return table;
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        cp = U'?';
    if (cp == 0xAD || cp == 0x200C || cp == 0x200D)
        return; // invisible in running text
    if (QChar::requiresSurrogates(cp)) {
        out += QChar(QChar::highSurrogate(cp));
        out += QChar(QChar::lowSurrogate(cp));
    } else {
        out += QChar(static_cast<char16_t>(cp));
    }
}

bool isBlock(QStringView tag)
{
    static const QStringList blocks = {
        QStringLiteral("p"),          QStringLiteral("div"),     QStringLiteral("tr"),
        QStringLiteral("table"),      QStringLiteral("ul"),      QStringLiteral("ol"),
        QStringLiteral("h1"),         QStringLiteral("h2"),      QStringLiteral("h3"),
        QStringLiteral("h4"),         QStringLiteral("h5"),      QStringLiteral("h6"),
        QStringLiteral("blockquote"), QStringLiteral("pre"),     QStringLiteral("section"),
        QStringLiteral("article"),    QStringLiteral("header"),  QStringLiteral("footer"),
        QStringLiteral("address"),    QStringLiteral("dl"),      QStringLiteral("dt"),
        QStringLiteral("dd"),         QStringLiteral("center"),  QStringLiteral("form"),
        QStringLiteral("fieldset"),   QStringLiteral("main"),    QStringLiteral("nav"),
        QStringLiteral("aside"),      QStringLiteral("figure"),  QStringLiteral("tbody"),
        QStringLiteral("thead"),      QStringLiteral("caption"), QStringLiteral("body"),
    };
    return blocks.contains(tag);
}

bool isParagraph(QStringView tag)
{
    return tag == u"p" ||
           (tag.size() == 2 && tag.at(0) == u'h' && tag.at(1) >= u'1' && tag.at(1) <= u'6');
}

// Elements whose content is never text for a reader.
bool isSkipped(QStringView tag)
{
    return tag == u"script" || tag == u"style" || tag == u"head" || tag == u"title" ||
           tag == u"template" || tag == u"noscript" || tag == u"svg" || tag == u"object" ||
           tag == u"iframe" || tag == u"xml" || tag == u"select" || tag == u"textarea";
}

QString attribute(QStringView tagText, const QString &name)
{
    const QRegularExpression re(
        QStringLiteral("(?:^|\\s)%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(tagText);
    if (!m.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (m.capturedLength(i) > 0)
            return HtmlToText::decodeEntities(m.capturedView(i)).trimmed();
    }
    return {};
}

class Writer
{
public:
    void text(QStringView s, bool pre)
    {
        for (const QChar ch : s) {
            if (!pre && ch.isSpace()) {
                m_space = true;
                continue;
            }
            if (pre && ch == u'\n') {
                newline();
                continue;
            }
            put(ch);
        }
    }
    void newline()
    {
        m_space = false;
        m_out += u'\n';
        m_lineStart = true;
        if (m_out.endsWith(QLatin1String("\n\n\n")))
            m_out.chop(1);
    }
    // A block boundary: start a new line unless at one; blank adds an empty line.
    void block(bool blank)
    {
        if (!m_out.isEmpty() && !m_lineStart)
            newline();
        if (blank && !m_out.isEmpty() && !m_out.endsWith(QLatin1String("\n\n")))
            newline();
        m_space = false;
    }
    void put(QChar ch)
    {
        if (m_lineStart) {
            for (int i = 0; i < quoteDepth; ++i)
                m_out += QLatin1String("> ");
            m_lineStart = false;
            m_space = false;
        } else if (m_space) {
            m_out += u' ';
            m_space = false;
        }
        m_out += ch;
    }
    void raw(const QString &s)
    {
        for (const QChar ch : s)
            put(ch);
    }
    void space() { m_space = true; }
    qsizetype size() const { return m_out.size(); }
    QString textSince(qsizetype pos) const { return m_out.mid(pos); }
    QString finish()
    {
        // Trailing spaces on lines, and blank lines at the ends.
        static const QRegularExpression trailing(QStringLiteral("[ \\t]+\\n"));
        m_out.replace(trailing, QStringLiteral("\n"));
        return m_out.trimmed();
    }
    int quoteDepth = 0;

private:
    QString m_out;
    bool m_space = false;
    bool m_lineStart = true;
};

} // namespace

QString HtmlToText::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch != u'&') {
            out += ch;
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out += ch;
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        if (name.startsWith(u'#')) {
            bool ok = false;
            const uint cp = (name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X'))
                                ? name.mid(2).toUInt(&ok, 16)
                                : name.mid(1).toUInt(&ok, 10);
            if (ok) {
                // Windows-1252 numbers that HTML maps to their characters (&#150; is a dash).
                static constexpr std::array<char16_t, 32> cp1252 = {
                    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021,
                    0x2C6,  0x2030, 0x160,  0x2039, 0x152,  0x8D,   0x17D,  0x8F,
                    0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                    0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178};
                appendCodePoint(out, cp >= 0x80 && cp <= 0x9F ? cp1252[cp - 0x80] : cp);
                i = semi;
                continue;
            }
        } else if (const auto it = namedEntities().constFind(name.toString());
                   it != namedEntities().cend()) {
            appendCodePoint(out, it.value());
            i = semi;
            continue;
        }
        out += ch;
    }
    return out;
}

QByteArray HtmlToText::declaredCharset(const QByteArray &html)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = meta.match(QString::fromLatin1(html.left(2048)));
    return m.hasMatch() ? m.captured(1).toLatin1().toLower() : QByteArray();
}

QString HtmlToText::convert(QStringView html)
{
    Writer w;
    QString skipUntil; // the closing tag we are waiting for inside a skipped element
    int preDepth = 0;
    struct Link
    {
        QString href;
        qsizetype start = 0;
    };
    QList<Link> links;
    QList<int> listCounters; // -1 for <ul>, else the next number of an <ol>

    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const QChar ch = html.at(i);
        if (ch != u'<') {
            qsizetype next = html.indexOf(u'<', i);
            if (next < 0)
                next = n;
            if (skipUntil.isEmpty())
                w.text(decodeEntities(html.mid(i, next - i)), preDepth > 0);
            i = next;
            continue;
        }
        // Comments, doctype, CDATA, processing instructions.
        if (html.mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(u"-->", i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (i + 1 < n && (html.at(i + 1) == u'!' || html.at(i + 1) == u'?')) {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const qsizetype end = html.indexOf(u'>', i);
        if (end < 0) {
            if (skipUntil.isEmpty())
                w.text(html.mid(i), preDepth > 0);
            break;
        }
        const QStringView tagText = html.mid(i + 1, end - i - 1);
        i = end + 1;
        const bool closing = tagText.startsWith(u'/');
        QStringView rest = closing ? tagText.mid(1) : tagText;
        qsizetype nameEnd = 0;
        while (nameEnd < rest.size() && (rest.at(nameEnd).isLetterOrNumber()))
            ++nameEnd;
        if (nameEnd == 0) {
            // "a < b" in text: not a tag.
            if (skipUntil.isEmpty())
                w.text(QStringLiteral("<") + tagText.toString() + QStringLiteral(">"),
                       preDepth > 0);
            continue;
        }
        const QString tag = rest.left(nameEnd).toString().toLower();
        const QStringView attrs = rest.mid(nameEnd);

        if (!skipUntil.isEmpty()) {
            if (closing && tag == skipUntil)
                skipUntil.clear();
            continue;
        }
        if (!closing && isSkipped(tag)) {
            if (!attrs.trimmed().endsWith(u'/'))
                skipUntil = tag;
            continue;
        }
        if (tag == u"br") {
            w.newline();
        } else if (tag == u"hr") {
            w.block(false);
            w.raw(QStringLiteral("----"));
            w.newline();
        } else if (tag == u"li") {
            if (!closing) {
                w.block(false);
                if (!listCounters.isEmpty() && listCounters.last() >= 0)
                    w.raw(QString::number(listCounters.last()++) + QStringLiteral(". "));
                else
                    w.raw(QStringLiteral("- "));
            }
        } else if (tag == u"ul" || tag == u"ol") {
            w.block(false);
            if (!closing) {
                listCounters.append(tag == u"ol" ? 1 : -1);
            } else if (!listCounters.isEmpty()) {
                listCounters.removeLast();
            }
        } else if (tag == u"td" || tag == u"th") {
            if (closing)
                w.space();
        } else if (tag == u"blockquote") {
            w.block(false);
            w.quoteDepth = std::max(0, w.quoteDepth + (closing ? -1 : 1));
        } else if (tag == u"pre") {
            w.block(false);
            preDepth = std::max(0, preDepth + (closing ? -1 : 1));
        } else if (tag == u"a") {
            if (!closing) {
                links.append({attribute(attrs, QStringLiteral("href")), w.size()});
            } else if (!links.isEmpty()) {
                const Link link = links.takeLast();
                const QString label = w.textSince(link.start).trimmed();
                QString href = link.href;
                if (href.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                    href = href.mid(7);
                const bool useful =
                    !href.isEmpty() && !href.startsWith(u'#') &&
                    !href.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive) &&
                    label != href;
                if (useful) {
                    if (label.isEmpty()) {
                        w.raw(href);
                    } else {
                        w.space();
                        w.raw(u'(' + href + u')');
                    }
                }
            }
        } else if (tag == u"img") {
            const QString alt = attribute(attrs, QStringLiteral("alt"));
            if (!alt.isEmpty())
                w.raw(u'[' + alt + u']');
        } else if (isBlock(tag)) {
            w.block(isParagraph(tag));
        }
    }
    return w.finish();
}

} // namespace helpdesk
