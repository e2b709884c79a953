#include "mail/MailText.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("MailText", text);
}

using Kind = MailText::Problem::Kind;

// What a character is, before the rules decide whether that matters.
std::optional<Kind> classify(char32_t c)
{
    if (c == u'\r' || c == u'\n' || c == 0x85 || c == 0x2028 || c == 0x2029)
        return Kind::LineBreak;
    if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
        return Kind::Control;
    if (c == 0xfffd)
        return Kind::InvalidUtf8;
    return std::nullopt;
}

// The characters MimeBuilder has always refused in a header: CR, LF, C0 but TAB, DEL.
bool refusedWhenSending(char32_t c)
{
    return (c < 0x20 && c != u'\t') || c == 0x7f;
}

// Walks the code points of `text`; `refuse` says whether a classified one is a problem.
template <typename Refuse>
std::optional<MailText::Problem> scan(QStringView text, bool refuseLoneSurrogates, Refuse refuse)
{
    qsizetype position = 0;
    qsizetype line = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t unit = text[i].unicode();
        ++position;
        char32_t c = unit;
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            c = QChar::surrogateToUcs4(unit, text[i + 1].unicode());
            ++i;
        } else if (QChar::isSurrogate(unit)) {
            if (refuseLoneSurrogates)
                return MailText::Problem{Kind::LoneSurrogate, c, position, line};
            continue;
        }
        if (const auto kind = classify(c); kind && refuse(c, *kind))
            return MailText::Problem{*kind, c, position, line};
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return std::nullopt;
}

QString codePointText(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString controlName(char32_t c)
{
    switch (c) {
    case 0x00:
        return tr("NUL");
    case 0x07:
        return tr("bell");
    case 0x08:
        return tr("backspace");
    case 0x0b:
        return tr("vertical tab");
    case 0x0c:
        return tr("form feed");
    case 0x1b:
        return tr("escape");
    case 0x7f:
        return tr("delete");
    case 0x85:
        return tr("next line");
    case 0x2028:
        return tr("line separator");
    case 0x2029:
        return tr("paragraph separator");
    default:
        return {};
    }
}

QString named(char32_t c)
{
    const QString name = controlName(c);
    return name.isEmpty() ? codePointText(c) : tr("%1 (%2)").arg(codePointText(c), name);
}
} // namespace

std::optional<MailText::Problem> MailText::findInLine(QStringView text, Rules rules)
{
    const bool strict = rules == Rules::Entered;
    return scan(text, strict, [strict](char32_t c, Kind) {
        return c != u'\t' && (strict || refusedWhenSending(c));
    });
}

std::optional<MailText::Problem> MailText::findInBody(QStringView text)
{
    return scan(text, true,
                [](char32_t c, Kind kind) { return c == 0 || kind == Kind::InvalidUtf8; });
}

QString MailText::describe(const Problem &problem, bool withLine)
{
    const QString where =
        withLine ? tr("on line %1").arg(problem.line) : tr("at position %1").arg(problem.position);
    switch (problem.kind) {
    case Kind::LineBreak:
        if (problem.codePoint == u'\r' || problem.codePoint == u'\n')
            return tr("a line break %1").arg(where);
        return tr("a line break, %1, %2").arg(named(problem.codePoint), where);
    case Kind::Control:
        return tr("the control character %1 %2").arg(named(problem.codePoint), where);
    case Kind::InvalidUtf8:
        return tr("the replacement character U+FFFD %1, which stands for bytes that were not "
                  "valid UTF-8")
            .arg(where);
    case Kind::LoneSurrogate:
        return tr("a broken character %1 (half of a UTF-16 surrogate pair, %2)")
            .arg(where, codePointText(problem.codePoint));
    }
    return {};
}

namespace {
Error refusal(const MailText::Problem &problem, const QString &field, bool withLine)
{
    QString what;
    switch (problem.kind) {
    case Kind::LineBreak:
        what = tr("The %1 contains %2; enter it on one line.");
        break;
    case Kind::Control:
        what = tr("The %1 contains %2; remove it.");
        break;
    case Kind::InvalidUtf8:
        what = tr("The %1 contains %2; enter the text again as UTF-8 (check the encoding of the "
                  "terminal or file it came from).");
        break;
    case Kind::LoneSurrogate:
        what = tr("The %1 contains %2; enter the text again.");
        break;
    }
    return Error::make(Error::Code::InvalidInput,
                       what.arg(field, MailText::describe(problem, withLine)));
}
} // namespace

Result<void> MailText::checkLine(QStringView text, const QString &field, Rules rules)
{
    if (const auto problem = findInLine(text, rules))
        return refusal(*problem, field, false);
    return {};
}

Result<void> MailText::checkBody(QStringView text, const QString &field)
{
    if (const auto problem = findInBody(text))
        return refusal(*problem, field, true);
    return {};
}

QString MailText::printable(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(std::min(text.size(), maxLength + 1));
    qsizetype i = 0;
    for (; i < text.size() && out.size() < maxLength; ++i) {
        const char16_t unit = text[i].unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            if (out.size() + 2 > maxLength)
                break;
            out += text[i];
            out += text[++i];
            continue;
        }
        const bool refused =
            QChar::isSurrogate(unit) || unit == u'\t' || classify(unit).has_value();
        out += refused ? QChar(u'?') : text[i];
    }
    if (i < text.size())
        out += QChar(0x2026);
    return out;
}

} // namespace helpdesk
