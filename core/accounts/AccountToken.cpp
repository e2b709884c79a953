#include "accounts/AccountToken.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>

#include <array>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountToken", text);
}
} // namespace

namespace TokenKinds {

QString key(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Reset:
        return QStringLiteral("reset");
    case TokenKind::Activation:
        return QStringLiteral("activation");
    }
    return {};
}

std::optional<TokenKind> fromKey(const QString &k)
{
    for (TokenKind kind : {TokenKind::Reset, TokenKind::Activation})
        if (key(kind) == k)
            return kind;
    return std::nullopt;
}

QString label(TokenKind kind)
{
    switch (kind) {
    case TokenKind::Reset:
        return tr("Password reset");
    case TokenKind::Activation:
        return tr("Activation");
    }
    return {};
}

} // namespace TokenKinds

namespace TokenStates {

QString key(TokenState state)
{
    switch (state) {
    case TokenState::Issued:
        return QStringLiteral("issued");
    case TokenState::Sent:
        return QStringLiteral("sent");
    case TokenState::Used:
        return QStringLiteral("used");
    case TokenState::Expired:
        return QStringLiteral("expired");
    case TokenState::Revoked:
        return QStringLiteral("revoked");
    }
    return {};
}

QString label(TokenState state)
{
    switch (state) {
    case TokenState::Issued:
        return tr("Issued, mail not yet sent");
    case TokenState::Sent:
        return tr("Handed to the mail relay");
    case TokenState::Used:
        return tr("Used");
    case TokenState::Expired:
        return tr("Expired");
    case TokenState::Revoked:
        return tr("Revoked");
    }
    return {};
}

} // namespace TokenStates

QString RevokeReasons::label(const QString &reason)
{
    if (reason == Reissued)
        return tr("replaced by a newer link");
    if (reason == Locked)
        return tr("the account was locked");
    if (reason == Revoked)
        return tr("revoked by an agent");
    return reason;
}

TokenState TokenInfo::stateAt(qint64 nowMs) const
{
    if (usedAt.isValid())
        return TokenState::Used;
    if (revokedAt.isValid())
        return TokenState::Revoked;
    if (expiresAt.isValid() && expiresAt.toMSecsSinceEpoch() <= nowMs)
        return TokenState::Expired;
    if (mailStatus == OutboxStatus::Sent)
        return TokenState::Sent;
    return TokenState::Issued;
}

namespace OneTimeToken {

QString generate()
{
    std::array<quint32, Bits / 32> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool isWellFormed(const QString &token)
{
    if (token.size() != Length)
        return false;
    for (QChar c : token) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') ||
                        (u >= u'0' && u <= u'9') || u == u'-' || u == u'_';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace OneTimeToken

} // namespace helpdesk
