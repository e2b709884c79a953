#pragma once
// What an agent types into the search box, parsed into words and phrases that mean the same on
// SQLite (FTS5) and PostgreSQL (tsquery). Nothing typed is ever syntax of either engine.

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace helpdesk {

// Rules, identical on both dialects:
// - A word is a run of Unicode letters and digits; any other character separates words, as in
//   the engines' tokenizers (FTS5 unicode61, PostgreSQL 'simple' after the migration's clean-up).
//   Case never matters; accents do ("café" is not "cafe").
// - Every term must match (AND), each within one text: the subject, or one message, reply or
//   note of the ticket.
// - "Quoted words" match only adjacent and in order. A chunk typed without spaces but with
//   punctuation inside ("sign-in", "julia@example.com", "col:val") is a phrase of its words too.
// - As you type: when the input does not end in a space, quote or punctuation, its last word
//   also matches longer words ("passw" finds "password") if it has at least kMinPrefixLength
//   characters. Words inside quotes are always whole words.
// - Operators of either engine (OR, NOT, NEAR, AND, *, ^, -, :, parentheses) are plain text:
//   "OR" is the word "or", "*" and "-" are separators. A quote without a partner is ignored.
class SearchQuery
{
public:
    struct Term
    {
        QStringList words;   // as typed (the engines fold case); two or more form a phrase
        bool prefix = false; // the last word also matches words that start with it
        bool operator==(const Term &) const = default;
    };

    static constexpr int kMinPrefixLength = 3; // FTS5 indexes 3-character prefixes
    // Limits that keep a pasted page from becoming a huge query; the hint says what was dropped.
    static constexpr int kMaxWords = 32;
    static constexpr int kMaxWordLength = 100;

    SearchQuery() = default;
    static SearchQuery parse(const QString &text);

    // The words of a text as both engines see them, in order (not case-folded).
    static QStringList words(QStringView text);

    const QString &text() const { return m_text; }
    const QList<Term> &terms() const { return m_terms; }
    // True when there is nothing to search for; hint() then says what to type.
    bool isEmpty() const { return m_terms.isEmpty(); }
    // Translated advice for the line under the search box; empty when there is none.
    const QString &hint() const { return m_hint; }

    // About maxWords words of text around the best cluster of matches, each matched word between
    // markStart and markEnd, `ellipsis` where the text was cut. Uses the engines' word rules,
    // so it marks exactly what the index matched (neither snippet() nor ts_headline is used).
    QString snippet(QStringView text, int maxWords, QChar markStart, QChar markEnd,
                    QStringView ellipsis) const;

    // For `MATCH ?` on an FTS5 table: every word double-quoted, terms joined by AND.
    QString toFts5Match() const;
    // The same, where expansions[i], when not empty, lists the whole words the prefix of term i
    // stands for in that index: the term becomes an OR of them instead of a prefix query.
    QString toFts5Match(const QList<QStringList> &expansions) const;
    // For `to_tsquery('simple', ?)`: every word single-quoted, phrases joined by <->.
    QString toTsQuery() const;

private:
    QString m_text;
    QList<Term> m_terms;
    QString m_hint;
};

} // namespace helpdesk
