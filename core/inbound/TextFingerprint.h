#pragma once
// TextFingerprint: what survives of a mail's text when it comes back forwarded or quoted, for
// matching it against the text we sent. The text is normalised first: quote marks ("> "), line
// wrapping and white space, case, punctuation and every link (mail scanners rewrite them, and a
// link may carry a token) are dropped. Then the words are cut into overlapping five-word
// shingles, hashed (FNV-1a, the same in every process, so the set can be stored).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

namespace helpdesk {

class TextFingerprint
{
public:
    TextFingerprint() = default;
    static TextFingerprint of(QStringView text);
    // The normalised text: lower-case words separated by single spaces.
    static QString normalize(QStringView text);

    bool isEmpty() const { return m_shingles.isEmpty(); }
    int wordCount() const { return m_words; }
    // Hex SHA-256 of the normalised text: equal only when nothing but formatting changed.
    const QString &digest() const { return m_digest; }
    const QList<quint64> &shingles() const { return m_shingles; } // sorted, unique

    // How much of `ours` is found in `theirs`, 0..1: the share of our shingles that are in
    // theirs. A forward that kept our whole text scores near 1 whatever the customer added.
    static double containment(const TextFingerprint &ours, const TextFingerprint &theirs);

    // A compact form for storage (a database column): "fp1:WORDS:DIGEST:" + base64 of the
    // shingles (8 bytes each, big-endian).
    QByteArray toStorage() const;
    static TextFingerprint fromStorage(const QByteArray &stored);

private:
    QString m_digest;
    QList<quint64> m_shingles;
    int m_words = 0;
};

} // namespace helpdesk
