#include "inbound/TextFingerprint.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QtEndian>

#include <algorithm>

namespace helpdesk {

namespace {
constexpr int kShingleWords = 5;

quint64 fnv1a(QStringView text)
{
    quint64 h = 14695981039346656037ULL;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        h ^= static_cast<quint64>(u & 0xFF);
        h *= 1099511628211ULL;
        h ^= static_cast<quint64>(u >> 8);
        h *= 1099511628211ULL;
    }
    return h;
}
} // namespace

QString TextFingerprint::normalize(QStringView text)
{
    static const QRegularExpression quotePrefix(QStringLiteral("^[ \\t]*(?:>[ \\t]?)+"),
                                                QRegularExpression::MultilineOption);
    static const QRegularExpression link(
        QStringLiteral("(?:(?:https?|ftp)://|www\\.|mailto:)[^\\s<>()\"']+"),
        QRegularExpression::CaseInsensitiveOption);
    QString s = text.toString();
    s.replace(quotePrefix, QString());
    s.replace(link, QStringLiteral(" "));
    s = s.toCaseFolded();
    QString out;
    out.reserve(s.size());
    bool space = true;
    for (const QChar ch : std::as_const(s)) {
        if (ch.isLetterOrNumber() || ch.isMark()) {
            out += ch;
            space = false;
        } else if (!space) {
            out += u' ';
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

TextFingerprint TextFingerprint::of(QStringView text)
{
    TextFingerprint fp;
    const QString normalized = normalize(text);
    if (normalized.isEmpty())
        return fp;
    fp.m_digest = QString::fromLatin1(
        QCryptographicHash::hash(normalized.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QList<QStringView> words = QStringView(normalized).split(u' ', Qt::SkipEmptyParts);
    fp.m_words = static_cast<int>(words.size());
    if (words.size() < kShingleWords) {
        fp.m_shingles.append(fnv1a(normalized));
        return fp;
    }
    fp.m_shingles.reserve(words.size());
    for (qsizetype i = 0; i + kShingleWords <= words.size(); ++i) {
        const QStringView first = words.at(i);
        const QStringView last = words.at(i + kShingleWords - 1);
        const qsizetype begin = first.data() - normalized.constData();
        const qsizetype end = last.data() + last.size() - normalized.constData();
        fp.m_shingles.append(fnv1a(QStringView(normalized).mid(begin, end - begin)));
    }
    std::sort(fp.m_shingles.begin(), fp.m_shingles.end());
    fp.m_shingles.erase(std::unique(fp.m_shingles.begin(), fp.m_shingles.end()),
                        fp.m_shingles.end());
    return fp;
}

double TextFingerprint::containment(const TextFingerprint &ours, const TextFingerprint &theirs)
{
    if (ours.m_shingles.isEmpty() || theirs.m_shingles.isEmpty())
        return 0.0;
    qsizetype common = 0;
    auto a = ours.m_shingles.cbegin();
    auto b = theirs.m_shingles.cbegin();
    while (a != ours.m_shingles.cend() && b != theirs.m_shingles.cend()) {
        if (*a < *b) {
            ++a;
        } else if (*b < *a) {
            ++b;
        } else {
            ++common;
            ++a;
            ++b;
        }
    }
    return static_cast<double>(common) / static_cast<double>(ours.m_shingles.size());
}

QByteArray TextFingerprint::toStorage() const
{
    QByteArray bytes;
    bytes.resize(m_shingles.size() * 8);
    for (qsizetype i = 0; i < m_shingles.size(); ++i)
        qToBigEndian(m_shingles.at(i), bytes.data() + i * 8);
    return "fp1:" + QByteArray::number(m_words) + ':' + m_digest.toLatin1() + ':' +
           bytes.toBase64();
}

TextFingerprint TextFingerprint::fromStorage(const QByteArray &stored)
{
    TextFingerprint fp;
    const QList<QByteArray> fields = stored.split(':');
    if (fields.size() != 4 || fields.at(0) != "fp1")
        return fp;
    fp.m_words = fields.at(1).toInt();
    fp.m_digest = QString::fromLatin1(fields.at(2));
    const QByteArray bytes = QByteArray::fromBase64(fields.at(3));
    for (qsizetype i = 0; i + 8 <= bytes.size(); i += 8)
        fp.m_shingles.append(qFromBigEndian<quint64>(bytes.constData() + i));
    return fp;
}

} // namespace helpdesk
