#include "knowledge/Markdown.h"

#include "common/Html.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace helpdesk::Markdown {

namespace {

// Inline nesting deeper than this is shown as text (a pasted "****...*" stays cheap).
constexpr int kMaxDepth = 6;

enum class Out { Html, Text };

bool isPunctuation(QChar c)
{
    return c.unicode() < 128 && c.isPunct();
}

bool isMarkdownPunct(QChar c)
{
    return isPunctuation(c) || c == u'`' || c == u'*' || c == u'_' || c == u'[' || c == u']' ||
           c == u'(' || c == u')' || c == u'#' || c == u'+' || c == u'-' || c == u'.' ||
           c == u'!' || c == u'\\';
}

// Finds the closing delimiter `delim` for an opening at `from` (exclusive), on the same text,
// not escaped, with something between. -1 when there is none.
qsizetype findClosing(const QString &s, qsizetype from, QStringView delim)
{
    for (qsizetype i = from; i + delim.size() <= s.size(); ++i) {
        if (s.at(i) == u'\\') {
            ++i;
            continue;
        }
        if (QStringView(s).mid(i, delim.size()) == delim && i > from)
            return i;
    }
    return -1;
}

QString inlineText(const QString &s, Out out, int depth, bool allowLinks);

QString text(const QString &s, Out out)
{
    return out == Out::Html ? escape(s) : s;
}

QString inlineText(const QString &s, Out out, int depth, bool allowLinks)
{
    if (depth > kMaxDepth)
        return text(s, out);
    QString result;
    QString run; // plain characters not yet escaped
    auto flush = [&] {
        result += text(run, out);
        run.clear();
    };
    const qsizetype n = s.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = s.at(i);
        if (c == u'\\' && i + 1 < n && isMarkdownPunct(s.at(i + 1))) {
            run += s.at(i + 1);
            i += 2;
            continue;
        }
        if (c == u'`') {
            const qsizetype close = s.indexOf(u'`', i + 1);
            if (close > i + 1) {
                flush();
                const QString code = s.mid(i + 1, close - i - 1);
                result += out == Out::Html
                              ? QStringLiteral("<code>") + escape(code) + QStringLiteral("</code>")
                              : code;
                i = close + 1;
                continue;
            }
        }
        if ((c == u'*' || c == u'_') && i + 1 < n && s.at(i + 1) == c) {
            const QString delim(2, c);
            const qsizetype close = findClosing(s, i + 2, delim);
            if (close > 0) {
                flush();
                const QString inner =
                    inlineText(s.mid(i + 2, close - i - 2), out, depth + 1, allowLinks);
                result += out == Out::Html
                              ? QStringLiteral("<strong>") + inner + QStringLiteral("</strong>")
                              : inner;
                i = close + 2;
                continue;
            }
        }
        if ((c == u'*' || c == u'_') && i + 1 < n && !s.at(i + 1).isSpace() &&
            (c == u'*' || i == 0 || !s.at(i - 1).isLetterOrNumber())) {
            const QString delim(1, c);
            const qsizetype close = findClosing(s, i + 1, delim);
            if (close > 0 && !s.at(close - 1).isSpace()) {
                flush();
                const QString inner =
                    inlineText(s.mid(i + 1, close - i - 1), out, depth + 1, allowLinks);
                result += out == Out::Html
                              ? QStringLiteral("<em>") + inner + QStringLiteral("</em>")
                              : inner;
                i = close + 1;
                continue;
            }
        }
        if (c == u'[' && allowLinks) {
            const qsizetype closeText = findClosing(s, i + 1, u"]");
            if (closeText > 0 && closeText + 1 < n && s.at(closeText + 1) == u'(') {
                const qsizetype closeUrl = s.indexOf(u')', closeText + 2);
                if (closeUrl > 0) {
                    flush();
                    const QString label =
                        inlineText(s.mid(i + 1, closeText - i - 1), out, depth + 1, false);
                    const QString address =
                        s.mid(closeText + 2, closeUrl - closeText - 2).trimmed();
                    if (isAllowedLink(address)) {
                        const QString href = QString::fromLatin1(
                            QUrl(address, QUrl::StrictMode).toEncoded(QUrl::FullyEncoded));
                        result += out == Out::Html
                                      ? QStringLiteral("<a href=\"") + escape(href) +
                                            QStringLiteral("\">") + label + QStringLiteral("</a>")
                                      : label + QStringLiteral(" (") + href + u')';
                    } else {
                        result += label;
                    }
                    i = closeUrl + 1;
                    continue;
                }
            }
        }
        run += c;
        ++i;
    }
    flush();
    return result;
}

struct Block
{
    enum Kind { Paragraph, Heading, Bullets, Numbers, Code } kind = Paragraph;
    int level = 0;
    QStringList lines; // paragraph lines, list items, or code lines
};

QList<Block> blocks(const QString &markdown)
{
    static const QRegularExpression heading(
        QStringLiteral("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression bullet(QStringLiteral("^\\s{0,3}[-*+]\\s+(.*)$"));
    static const QRegularExpression number(QStringLiteral("^\\s{0,3}\\d{1,9}[.)]\\s+(.*)$"));
    static const QRegularExpression fence(QStringLiteral("^\\s{0,3}```"));

    QString normalized = markdown;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    // Control characters other than tab and line feed are never content.
    for (QChar &c : normalized)
        if (c.unicode() < 0x20 && c != u'\n' && c != u'\t')
            c = u' ';
    const QStringList lines = normalized.split(u'\n');

    QList<Block> out;
    Block *open = nullptr; // the paragraph or list lines continue
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (fence.match(line).hasMatch()) {
            Block code{Block::Code, 0, {}};
            for (++i; i < lines.size() && !fence.match(lines.at(i)).hasMatch(); ++i)
                code.lines.append(lines.at(i));
            out.append(code);
            open = nullptr;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            open = nullptr;
            continue;
        }
        if (const auto m = heading.match(line); m.hasMatch()) {
            out.append(Block{Block::Heading, int(m.capturedLength(1)), {m.captured(2)}});
            open = nullptr;
            continue;
        }
        const auto b = bullet.match(line);
        const auto nm = number.match(line);
        if (b.hasMatch() || nm.hasMatch()) {
            const Block::Kind kind = b.hasMatch() ? Block::Bullets : Block::Numbers;
            if (!open || open->kind != kind) {
                out.append(Block{kind, 0, {}});
                open = &out.last();
            }
            open->lines.append((b.hasMatch() ? b : nm).captured(1).trimmed());
            continue;
        }
        if (open && (open->kind == Block::Bullets || open->kind == Block::Numbers)) {
            open->lines.last() += u' ' + line.trimmed(); // a list item's continued line
            continue;
        }
        if (!open) {
            out.append(Block{Block::Paragraph, 0, {}});
            open = &out.last();
        }
        open->lines.append(line.trimmed());
    }
    return out;
}

} // namespace

QString escape(const QString &value)
{
    return Html::escape(value);
}

bool isAllowedLink(const QString &address)
{
    if (address.isEmpty() || address.size() > 2000)
        return false;
    for (const QChar c : address)
        if (c.unicode() <= 0x20 || c == u'"' || c == u'<' || c == u'>' || c == u'\\' || c == u'`')
            return false;
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid())
        return false;
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("mailto"))
        return !url.path().isEmpty() && address.startsWith(QLatin1String("mailto:"));
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    // The address must say its scheme in lower case as typed, so what the browser reads is what
    // was checked.
    return !url.host().isEmpty() && address.startsWith(scheme + QLatin1String("://"));
}

QString toHtml(const QString &markdown)
{
    QString html;
    for (const Block &b : blocks(markdown)) {
        switch (b.kind) {
        case Block::Heading: {
            const QString tag = QStringLiteral("h%1").arg(qMin(b.level + 1, 6));
            html += u'<' + tag + u'>' + inlineText(b.lines.constFirst(), Out::Html, 0, true) +
                    QStringLiteral("</") + tag + QStringLiteral(">\n");
            break;
        }
        case Block::Paragraph:
            html += QStringLiteral("<p>") + inlineText(b.lines.join(u'\n'), Out::Html, 0, true) +
                    QStringLiteral("</p>\n");
            break;
        case Block::Bullets:
        case Block::Numbers: {
            const QString tag =
                b.kind == Block::Bullets ? QStringLiteral("ul") : QStringLiteral("ol");
            html += u'<' + tag + QStringLiteral(">\n");
            for (const QString &item : b.lines)
                html += QStringLiteral("<li>") + inlineText(item, Out::Html, 0, true) +
                        QStringLiteral("</li>\n");
            html += QStringLiteral("</") + tag + QStringLiteral(">\n");
            break;
        }
        case Block::Code:
            html += QStringLiteral("<pre><code>") + escape(b.lines.join(u'\n')) +
                    QStringLiteral("</code></pre>\n");
            break;
        }
    }
    return html;
}

QString toPlainText(const QString &markdown)
{
    QStringList parts;
    for (const Block &b : blocks(markdown)) {
        switch (b.kind) {
        case Block::Heading:
            parts.append(inlineText(b.lines.constFirst(), Out::Text, 0, true));
            break;
        case Block::Paragraph:
            parts.append(inlineText(b.lines.join(u'\n'), Out::Text, 0, true));
            break;
        case Block::Bullets:
        case Block::Numbers: {
            QStringList items;
            int n = 0;
            for (const QString &item : b.lines)
                items.append((b.kind == Block::Bullets ? QStringLiteral("- ")
                                                       : QStringLiteral("%1. ").arg(++n)) +
                             inlineText(item, Out::Text, 0, true));
            parts.append(items.join(u'\n'));
            break;
        }
        case Block::Code:
            parts.append(b.lines.join(u'\n'));
            break;
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace helpdesk::Markdown
