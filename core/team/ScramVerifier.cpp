#include "team/ScramVerifier.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <array>

namespace helpdesk::ScramVerifier {

QString make(const QString &password, const QByteArray &salt, int iterations)
{
    // PostgreSQL applies SASLprep; NFKC is its normalisation step (the mapping of the rare
    // characters it drops or maps to a space is not repeated here).
    const QByteArray secret = password.normalized(QString::NormalizationForm_KC).toUtf8();
    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, secret,
                                                                 salt, iterations, 32);
    const QByteArray clientKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = QMessageAuthenticationCode::hash(
        QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString make(const QString &password)
{
    std::array<quint32, 4> words{};
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return make(password, QByteArray(reinterpret_cast<const char *>(words.data()), sizeof(words)));
}

} // namespace helpdesk::ScramVerifier
