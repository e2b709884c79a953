#include "tickets/SearchQuery.h"

#include <QCoreApplication>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SearchQuery", text);
}

bool isWordChar(char32_t c)
{
    return QChar::isLetterOrNumber(c);
}

// The code point at i (a lone surrogate stands for itself) and how many UTF-16 units it takes.
qsizetype codePointWidth(QStringView text, qsizetype i)
{
    return text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()
               ? 2
               : 1;
}

char32_t codePointAt(QStringView text, qsizetype i)
{
    if (codePointWidth(text, i) == 2)
        return QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
    return text.at(i).unicode();
}

// The code point that ends text.
char32_t lastCodePoint(QStringView text)
{
    const qsizetype n = text.size();
    if (n >= 2 && text.at(n - 1).isLowSurrogate() && text.at(n - 2).isHighSurrogate())
        return QChar::surrogateToUcs4(text.at(n - 2), text.at(n - 1));
    return text.at(n - 1).unicode();
}

bool isSpace(QChar c)
{
    return c.isSpace();
}

// Quoting for the two engines. Words hold only letters and digits, so nothing needs escaping
// today; the escapes keep it safe if the word rule ever widens.
QString fts5String(const QStringList &words)
{
    QString joined = words.join(u' ');
    joined.replace(u'"', QStringLiteral("\"\""));
    return u'"' + joined + u'"';
}

QString tsLexeme(QString word)
{
    word.replace(u'\\', QStringLiteral("\\\\"));
    word.replace(u'\'', QStringLiteral("''"));
    return u'\'' + word + u'\'';
}

} // namespace

namespace {
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
};

// Where the words of text are.
QList<Span> wordSpans(QStringView text)
{
    QList<Span> out;
    qsizetype start = -1;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        const qsizetype width = codePointWidth(text, i);
        const bool word = isWordChar(codePointAt(text, i));
        if (word && start < 0)
            start = i;
        if (!word && start >= 0) {
            out.append({start, i});
            start = -1;
        }
        i += width;
    }
    if (start >= 0)
        out.append({start, n});
    return out;
}
} // namespace

QStringList SearchQuery::words(QStringView text)
{
    QStringList out;
    for (const Span &s : wordSpans(text))
        out.append(text.mid(s.start, s.end - s.start).toString());
    return out;
}

SearchQuery SearchQuery::parse(const QString &text)
{
    SearchQuery q;
    q.m_text = text;
    int wordBudget = kMaxWords;
    bool truncated = false;
    bool droppedLong = false;
    QList<QStringList> seen; // case-folded terms already taken, to skip repeats

    auto addTerm = [&](QStringList words, bool prefix) {
        QStringList kept;
        for (QString &w : words) {
            if (w.size() > kMaxWordLength)
                droppedLong = true;
            else
                kept.append(std::move(w));
        }
        if (kept.size() != words.size())
            prefix = false; // the typed end of the chunk is gone
        if (kept.isEmpty())
            return;
        QStringList folded;
        for (const QString &w : std::as_const(kept))
            folded.append(w.toCaseFolded());
        if (prefix)
            folded.append(QStringLiteral("*"));
        if (seen.contains(folded))
            return;
        if (wordBudget <= 0) {
            truncated = true;
            return;
        }
        if (kept.size() > wordBudget) {
            kept = kept.mid(0, wordBudget);
            prefix = false;
            truncated = true;
        }
        wordBudget -= int(kept.size());
        seen.append(folded);
        q.m_terms.append(Term{kept, prefix});
    };

    const int n = int(text.size());
    int i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (isSpace(c)) {
            ++i;
            continue;
        }
        if (c == u'"') {
            const int close = int(text.indexOf(u'"', i + 1));
            if (close < 0) {
                ++i; // a quote without a partner is plain text, i.e. a separator
                continue;
            }
            addTerm(words(QStringView(text).mid(i + 1, close - i - 1)), false);
            i = close + 1;
            continue;
        }
        // A chunk: everything up to the next space or quote.
        int end = i;
        while (end < n && !isSpace(text.at(end)) && text.at(end) != u'"')
            ++end;
        const QStringView chunk = QStringView(text).mid(i, end - i);
        QStringList chunkWords = words(chunk);
        bool prefix = false;
        if (end == n && !chunkWords.isEmpty()) {
            // Only when the input stops in the middle of the last word.
            const bool endsInWord = isWordChar(lastCodePoint(chunk));
            prefix = endsInWord && chunkWords.constLast().size() >= kMinPrefixLength;
        }
        if (!chunkWords.isEmpty())
            addTerm(std::move(chunkWords), prefix);
        i = end;
    }

    if (q.m_terms.isEmpty()) {
        q.m_hint = droppedLong ? tr("Words longer than %1 characters cannot be searched. Type a "
                                    "shorter word.")
                                     .arg(kMaxWordLength)
                               : tr("Type at least one word to search.");
    } else if (truncated) {
        q.m_hint = tr("Only the first %1 words are searched.").arg(kMaxWords);
    } else if (droppedLong) {
        q.m_hint = tr("Words longer than %1 characters were left out.").arg(kMaxWordLength);
    }
    return q;
}

QString SearchQuery::toFts5Match() const
{
    return toFts5Match({});
}

QString SearchQuery::toFts5Match(const QList<QStringList> &expansions) const
{
    QStringList parts;
    for (qsizetype i = 0; i < m_terms.size(); ++i) {
        const Term &t = m_terms.at(i);
        const QStringList expanded = t.prefix ? expansions.value(i) : QStringList();
        if (expanded.isEmpty()) {
            parts.append(fts5String(t.words) + (t.prefix ? QStringLiteral("*") : QString()));
            continue;
        }
        QStringList alternatives;
        QStringList words = t.words;
        for (const QString &word : expanded) {
            words.last() = word;
            alternatives.append(fts5String(words));
        }
        parts.append(u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    return parts.join(QStringLiteral(" AND "));
}

QString SearchQuery::toTsQuery() const
{
    QStringList parts;
    for (const Term &t : m_terms) {
        QStringList lexemes;
        for (const QString &w : t.words)
            lexemes.append(tsLexeme(w));
        if (t.prefix)
            lexemes.last() += QStringLiteral(":*");
        parts.append(lexemes.size() == 1 ? lexemes.constFirst()
                                         : u'(' + lexemes.join(QStringLiteral(" <-> ")) + u')');
    }
    return parts.join(QStringLiteral(" & "));
}

QString SearchQuery::snippet(QStringView text, int maxWords, QChar markStart, QChar markEnd,
                             QStringView ellipsis) const
{
    const QList<Span> spans = wordSpans(text);
    const qsizetype n = spans.size();
    if (n == 0 || maxWords <= 0)
        return {};
    QStringList folded;
    folded.reserve(n);
    for (const Span &s : spans)
        folded.append(text.mid(s.start, s.end - s.start).toString().toLower());

    // Which words a term matches, as the engines match them: whole words, a prefix for the
    // last word of a prefix term, phrases on consecutive words.
    QList<bool> hit(n, false);
    for (const Term &t : m_terms) {
        QStringList want;
        for (const QString &w : t.words)
            want.append(w.toLower());
        const qsizetype k = want.size();
        for (qsizetype i = 0; i + k <= n; ++i) {
            bool match = true;
            for (qsizetype j = 0; j < k && match; ++j) {
                const QString &word = folded.at(i + j);
                match = (t.prefix && j == k - 1) ? word.startsWith(want.at(j)) : word == want.at(j);
            }
            for (qsizetype j = 0; match && j < k; ++j)
                hit[i + j] = true;
        }
    }

    // The window with the most matched words; then, when that keeps them all, start it two
    // words before its first match so the match has some lead-in.
    const qsizetype width = qMin<qsizetype>(maxWords, n);
    QList<qsizetype> before(n + 1, 0); // matched words before index i
    for (qsizetype i = 0; i < n; ++i)
        before[i + 1] = before[i] + (hit[i] ? 1 : 0);
    qsizetype start = 0;
    for (qsizetype s = 1; s + width <= n; ++s)
        if (before[s + width] - before[s] > before[start + width] - before[start])
            start = s;
    qsizetype first = start;
    while (first < start + width && !hit[first])
        ++first;
    if (first < start + width) {
        const qsizetype lead = qBound<qsizetype>(0, first - 2, n - width);
        if (before[lead + width] - before[lead] == before[start + width] - before[start])
            start = lead;
    }
    const qsizetype end = start + width; // one past the last word shown

    QString out;
    if (start > 0)
        out += ellipsis;
    qsizetype pos = start == 0 ? 0 : spans.at(start).start;
    for (qsizetype i = start; i < end; ++i) {
        const Span &s = spans.at(i);
        out += text.mid(pos, s.start - pos);
        if (hit[i])
            out += markStart;
        out += text.mid(s.start, s.end - s.start);
        if (hit[i])
            out += markEnd;
        pos = s.end;
    }
    if (end == n)
        out += text.mid(pos);
    else
        out += ellipsis;
    return out;
}

} // namespace helpdesk
